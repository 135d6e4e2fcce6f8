// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/PredictionCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Whether the prediction came true (issue 18 item 4): the driver the guest's inventory shows bound to each Xen PCI
// device against BindingEngine::preview of the same VmConfig. The device lines follow pnputil /enum-devices
// /drivers as tests/data/pnputil/README.md describes it (Problem Code 28 is CM_PROB_FAILED_INSTALL).

namespace {

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

const QString kPlatformId = u"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01"_s;
const QString kVendorId = u"PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01"_s;

VmConfig windowsVm(const QStringList& drivers)
{
    VmConfig c;
    c.name = u"win"_s;
    c.hasMetadata = true;
    c.guest.os = GuestOs::Windows;
    c.guest.release = u"10.0.17763"_s;
    c.guest.server = true;
    c.guest.drivers = drivers;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, u"hda"_s, 0, 0, 0}};
    c.observed.lastBoot = utc("2026-12-07T09:00:00Z");
    return c;
}

InventoryPackage package(const char* published, const char* provider, const char* catalogueId)
{
    InventoryPackage p;
    p.publishedName = QString::fromLatin1(published);
    p.originalName = u"xenbus.inf"_s;
    p.provider = QString::fromLatin1(provider);
    p.version = u"9.1.0.100"_s;
    p.catalogueId = QString::fromLatin1(catalogueId);
    return p;
}

/// A device line: @p hardwareId plus an instance suffix, with @p driver (a published name; empty: none).
InventoryDevice device(const QString& hardwareId, const char* driver, const char* catalogueId,
                       const char* version = "9.1.0.100")
{
    InventoryDevice d;
    d.instanceId = hardwareId + u"\\3&267a616a&0&18"_s;
    d.status = u"Started"_s;
    d.driver = QString::fromLatin1(driver);
    if (!d.driver.isEmpty()) {
        d.originalName = u"xenbus.inf"_s;
        d.version = QString::fromLatin1(version);
    }
    d.catalogueId = QString::fromLatin1(catalogueId);
    return d;
}

/// Both pnputil outputs imported, taken at 10:00 UTC, an hour after the VM's last boot.
DriverInventory inventory(const QList<InventoryPackage>& packages, const QList<InventoryDevice>& devices)
{
    DriverInventory inv;
    inv.origin = u"dc-01-drivers.txt, dc-01-devices.txt"_s;
    inv.taken = utc("2026-12-07T10:00:00Z");
    inv.imported = utc("2026-12-07T12:00:00Z");
    inv.hasPackages = true;
    inv.hasDevices = true;
    inv.packages = packages;
    inv.devices = devices;
    return inv;
}

} // namespace

class tst_PredictionCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void check_data();
    void check();

private:
    DriverCatalogue m_catalogue;
};

void tst_PredictionCheck::initTestCase()
{
    QVERIFY2(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue.errorString()));
}

void tst_PredictionCheck::check_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QStringList>("pending");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("bootUnknown");
    QTest::addColumn<QString>("summary");      // a part of text()
    QTest::addColumn<int>("devices");          // compared devices
    QTest::addColumn<QStringList>("evidence"); // parts of the finding's one evidence line, in order
    const QStringList vmtools{u"xenserver-vmtools-9"_s};
    const InventoryPackage vmtoolsPackage = package("oem7.inf", "XenServer", "xenserver-vmtools-9");
    const InventoryDevice platformVmtools = device(kPlatformId, "oem7.inf", "xenserver-vmtools-9");
    const InventoryDevice child = [] {
        InventoryDevice d;
        d.instanceId = u"XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0"_s;
        d.driver = u"oem8.inf"_s;
        return d;
    }();

    VmConfig confirmed = windowsVm(vmtools);
    confirmed.observed.inventory = inventory({vmtoolsPackage}, {platformVmtools, child});
    QTest::newRow("confirmed: vmtools on 0001 as predicted")
        << confirmed << QStringList() << u"confirmed"_s << false
        << u"The inventory of 2026-12-07T10:00:00Z confirms the prediction."_s << 1 << QStringList();

    // tests/data/pnputil/enum-devices-drivers-win11.txt: with both xenbus packages in the store the guest installed
    // XenServer's, while the catalogue's INFs rank Xen Project's compatible ID first.
    VmConfig other = windowsVm({u"xenserver-vmtools-9"_s, u"xenproject-9.1"_s});
    other.observed.inventory =
        inventory({vmtoolsPackage, package("oem9.inf", "Xen Project", "xenproject-9.1")}, {platformVmtools});
    QTest::newRow("differs: the guest bound the other installed package")
        << other << QStringList() << u"differs"_s << false << u"differs from the prediction"_s << 1
        << QStringList{kPlatformId + u": predicted xenproject-9.1; the guest has xenbus.inf 9.1.0.100"_s};

    VmConfig failed = windowsVm(vmtools);
    InventoryDevice problem = device(kPlatformId, "", "");
    problem.status = u"Problem"_s;
    problem.problem = u"28"_s;
    failed.observed.inventory = inventory({vmtoolsPackage}, {problem});
    QTest::newRow("differs: no driver, problem code 28")
        << failed << QStringList() << u"differs"_s << false << u"differs"_s << 1
        << QStringList{kPlatformId + u": predicted xenserver-vmtools-9; the guest has no driver (problem 28)"_s};

    VmConfig extra = windowsVm(vmtools);
    extra.observed.inventory =
        inventory({vmtoolsPackage}, {platformVmtools, device(kVendorId, "oem7.inf", "xenserver-vmtools-9")});
    QTest::newRow("differs: the guest lists a device the prediction does not expose")
        << extra << QStringList() << u"differs"_s << false << u"differs"_s << 2
        << QStringList{kVendorId + u": not exposed in the prediction; the guest has xenbus.inf 9.1.0.100"_s};

    VmConfig missing = windowsVm(vmtools);
    missing.vendor.enabled = true;
    missing.observed.inventory = inventory({vmtoolsPackage}, {platformVmtools});
    QTest::newRow("differs: an exposed device the guest does not list")
        << missing << QStringList() << u"differs"_s << false << u"differs"_s << 2
        << QStringList{kVendorId + u": predicted xenserver-vmtools-9"_s, u"; the guest does not list this device"_s};

    VmConfig unknown = windowsVm({});
    InventoryPackage foreign = package("oem20.inf", "Some Vendor", "");
    unknown.observed.inventory = inventory({foreign}, {device(kPlatformId, "oem20.inf", "", "1.2.3.4")});
    QTest::newRow("differs: a driver the catalogue does not know, none predicted")
        << unknown << QStringList() << u"differs"_s << false << u"differs"_s << 1
        << QStringList{kPlatformId + u": predicted none; the guest has xenbus.inf 1.2.3.4"_s};

    VmConfig neither = windowsVm({});
    neither.observed.inventory = inventory({}, {device(kPlatformId, "", "")});
    QTest::newRow("confirmed: no driver predicted, none bound")
        << neither << QStringList() << u"confirmed"_s << false << u"confirms"_s << 1 << QStringList();

    VmConfig lowerCase = windowsVm(vmtools);
    InventoryDevice lower = platformVmtools;
    lower.instanceId = lower.instanceId.toLower();
    lowerCase.observed.inventory = inventory({vmtoolsPackage}, {lower});
    QTest::newRow("confirmed: instance ID compared case-insensitively")
        << lowerCase << QStringList() << u"confirmed"_s << false << u"confirms"_s << 1 << QStringList();

    const QString noDevices = u"No imported pnputil /enum-devices output says which driver is bound."_s;
    QTest::newRow("unchecked: no inventory")
        << windowsVm(vmtools) << QStringList() << u"unchecked"_s << false << noDevices << 0 << QStringList();
    VmConfig driversOnly = windowsVm(vmtools);
    driversOnly.observed.inventory = inventory({vmtoolsPackage}, {});
    driversOnly.observed.inventory->hasDevices = false;
    QTest::newRow("unchecked: enum-drivers only")
        << driversOnly << QStringList() << u"unchecked"_s << false << noDevices << 0 << QStringList();

    VmConfig older = confirmed;
    older.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("unchecked: inventory older than the last boot")
        << older << QStringList() << u"unchecked"_s << false
        << u"The inventory (2026-12-07T10:00:00Z) is older than the VM's last boot (2026-12-07T11:00:00Z)"_s << 0
        << QStringList();

    VmConfig running = confirmed;
    running.running = true;
    QTest::newRow("unchecked: running VM whose definition changed")
        << running << QStringList{u"vendor device added"_s} << u"unchecked"_s << false
        << u"The definition changed since this boot (vendor device added)"_s << 0 << QStringList();
    QTest::newRow("checked: the changes of a stopped VM are its next boot's")
        << confirmed << QStringList{u"vendor device added"_s} << u"confirmed"_s << false << u"confirms"_s << 1
        << QStringList();
    QTest::newRow("checked: running VM without changes")
        << running << QStringList() << u"confirmed"_s << false << u"confirms"_s << 1 << QStringList();

    VmConfig notSeen = confirmed;
    notSeen.observed.lastBoot.reset();
    QTest::newRow("boot unknown: the console saw no boot")
        << notSeen << QStringList() << u"confirmed"_s << true << u"The console did not see the VM's last boot"_s << 1
        << QStringList();
    VmConfig since = notSeen;
    since.running = true;
    since.observed.runningSince = utc("2026-12-07T09:30:00Z");
    QTest::newRow("boot known: running since before the inventory")
        << since << QStringList() << u"confirmed"_s << false << u"confirms"_s << 1 << QStringList();
    since.observed.runningSince = utc("2026-12-07T10:30:00Z");
    QTest::newRow("boot unknown: running since after the inventory")
        << since << QStringList() << u"confirmed"_s << true << u"did not see the VM's last boot"_s << 1
        << QStringList();
    VmConfig bootUnknownDiffers = failed;
    bootUnknownDiffers.observed.lastBoot.reset();
    QTest::newRow("boot unknown and differs")
        << bootUnknownDiffers << QStringList() << u"differs"_s << true << u"did not see the VM's last boot"_s << 1
        << QStringList{kPlatformId + u": predicted xenserver-vmtools-9; the guest has no driver (problem 28)"_s};

    VmConfig imported = confirmed;
    imported.observed.inventory->taken = {};
    imported.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("no taken time: the import's time decides")
        << imported << QStringList() << u"confirmed"_s << false << u"The inventory of 2026-12-07T12:00:00Z confirms"_s
        << 1 << QStringList();

    VmConfig noPlatform = windowsVm(vmtools);
    noPlatform.platform.enabled = false;
    noPlatform.observed.inventory = inventory({vmtoolsPackage}, {child});
    QTest::newRow("unchecked: neither has a Xen PCI device")
        << noPlatform << QStringList() << u"unchecked"_s << false
        << u"Neither the prediction nor the inventory has a Xen PCI device."_s << 0 << QStringList();
}

void tst_PredictionCheck::check()
{
    QFETCH(VmConfig, config);
    QFETCH(QStringList, pending);
    QFETCH(QString, state);
    QFETCH(bool, bootUnknown);
    QFETCH(QString, summary);
    QFETCH(int, devices);
    QFETCH(QStringList, evidence);
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    const PredictionCheck check = PredictionCheck::of(config, outcome, pending);
    QStringList lines;
    for (const PredictionCheck::Device& d : check.devices)
        lines << QStringList{d.hardwareId,
                             d.predicted,
                             d.observed,
                             d.observedDriver,
                             d.predictedExposed ? u"exposed"_s : u"-"_s,
                             d.listedByGuest ? u"listed"_s : u"-"_s,
                             d.matches ? u"matches"_s : u"-"_s}
                     .join(u'|');
    const QString details = check.text() + u'\n' + lines.join(u'\n');
    QVERIFY2(PredictionCheck::stateName(check.state) == state, qPrintable(details));
    QCOMPARE(check.bootUnknown, bootUnknown);
    QVERIFY2(check.text().contains(summary), qPrintable(details));
    QVERIFY2(check.devices.size() == devices, qPrintable(details));

    const std::optional<Finding> finding = check.finding();
    QCOMPARE(finding.has_value(), check.state == PredictionCheck::State::Differs);
    if (!finding) {
        QVERIFY(evidence.isEmpty());
        return;
    }
    QCOMPARE(finding->id, u"XP-PREDICTION-DIFFERS"_s);
    QCOMPARE(finding->severity, Finding::Severity::Warning);
    QVERIFY2(finding->evidence.size() == 1, qPrintable(finding->evidence.join(u'\n')));
    for (qsizetype i = 0; i < evidence.size(); ++i)
        QVERIFY2(finding->evidence.constFirst().contains(evidence.at(i)) &&
                     (i == 0 || finding->evidence.constFirst().indexOf(evidence.at(i)) >
                                    finding->evidence.constFirst().indexOf(evidence.at(i - 1))),
                 qPrintable(finding->evidence.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_PredictionCheck)
#include "tst_PredictionCheck.moc"
