// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InfParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// One row per scenario of issue 4: the configuration, the --set changes, and what the next boot does.
using xp::device::Flavour;

namespace {

VmConfig windowsVm(const QString& release, const QStringList& drivers)
{
    VmConfig c;
    c.name = QStringLiteral("win");
    c.guest.os = GuestOs::Windows;
    c.guest.release = release;
    c.guest.drivers = drivers;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, QStringLiteral("hda"), 0, 0, 0},
               EmulatedDisk{EmulatedDisk::Bus::Ide, true, QStringLiteral("hdc"), 0, 1, 0}};
    c.nics = {EmulatedNic{QStringLiteral("rtl8139"), QStringLiteral("52:54:00:00:00:01")}};
    return c;
}

VmConfig legacyCitrix()
{
    VmConfig c = windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("citrix-legacy-6.0")});
    c.guest.windowsUpdate = WindowsUpdate::Automatic;
    return c;
}

VmConfig linuxVm(const QString& release, xp::device::Flavour flavour, std::optional<quint16> platformId)
{
    VmConfig c;
    c.name = QStringLiteral("linux");
    c.guest.os = GuestOs::Linux;
    c.guest.release = release;
    c.flavour = flavour;
    c.platform.deviceId = platformId;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, QStringLiteral("hda"), 0, 0, 0}};
    c.nics = {EmulatedNic{QStringLiteral("e1000"), {}}};
    return c;
}

QList<ConfigChange> changes(const QStringList& texts)
{
    QList<ConfigChange> list;
    for (const QString& text : texts) {
        QString error;
        const auto change = ConfigChange::parse(text, &error);
        if (!change)
            qFatal("bad change in test data: %s", qPrintable(error));
        list.append(*change);
    }
    return list;
}

QStringList ids(const PreviewOutcome& outcome)
{
    QStringList list = outcome.findingIds();
    list.sort();
    return list;
}

} // namespace

class tst_BindingEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarios_data();
    void scenarios();
    void everyFindingHasPositiveAndNegative();
    void linux0002SaysWhatHappens_data();
    void linux0002SaysWhatHappens();
    void xenServerProfile_data();
    void xenServerProfile();
    void activeRecord_data();
    void activeRecord();
    void linuxBackports_data();
    void linuxBackports();
    void legacyInfBothForms();
    void uncertainFactsAreNamed();
    void previewIsFast();
    void whatIfPackagesFromWindowsUpdate_data();
    void whatIfPackagesFromWindowsUpdate();

private:
    struct Scenario
    {
        QString name;
        VmConfig config;
        QStringList set;
        QString activeDriver;
        QStringList unplugged;
        QStringList findings;
    };
    QList<Scenario> scenarioList() const;

    DriverCatalogue m_catalogue;
};

void tst_BindingEngine::initTestCase()
{
    QVERIFY2(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue.errorString()));
    QVERIFY2(m_catalogue.warnings().isEmpty(), qPrintable(m_catalogue.warnings().join(QLatin1Char('\n'))));
}

QList<tst_BindingEngine::Scenario> tst_BindingEngine::scenarioList() const
{
    using xp::device::Flavour;
    QList<Scenario> list;
    auto add = [&](const char* name, const VmConfig& config, const QStringList& set, const QString& activeDriver,
                   const QStringList& unplugged, const QStringList& findings) {
        list.append(Scenario{QString::fromUtf8(name), config, set, activeDriver, unplugged, findings});
    };

    const QStringList emulated{QStringLiteral("hda"), QStringLiteral("net0 (rtl8139)")};

    // The seed (PRODUCT §6): legacy Citrix on 0001, Windows Update publishes the vendor xenbus for 0001;
    // FeatureScore 0xFE makes its compatible-ID match outrank the legacy INF (facts §6.1, §7.2).
    add("seed: legacy + WU publishes xenbus for 0001", legacyCitrix(),
        QStringList{QStringLiteral("wu-publish+=xenserver-vmtools-9@PCI\\VEN_5853&DEV_0001")},
        QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")});
    add("seed: legacy + WU publishes only for 0002", legacyCitrix(),
        QStringList{QStringLiteral("wu-publish+=xenserver-vmtools-9@PCI\\VEN_5853&DEV_0002")},
        QStringLiteral("citrix-legacy-6.0"), emulated, QStringList{});
    add("seed: legacy + vendor device C000 toggled on (WU targets C000)", legacyCitrix(),
        QStringList{QStringLiteral("vendor-device=0xc000")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")});
    add("legacy without Windows Update: healthy",
        windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("citrix-legacy-6.0")}), QStringList{},
        QStringLiteral("citrix-legacy-6.0"), emulated, QStringList{});

    // facts §1.3: qemu-traditional answers 0xd249 for product 1; legacy drivers then stop.
    VmConfig trad = windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("citrix-legacy-6.0")});
    trad.flavour = Flavour::QemuTraditional;
    const QString legacyBuild = QString::number(m_catalogue.find(QStringLiteral("citrix-legacy-6.0"))->build);
    add("trad blacklists the legacy build: emulated boot", trad,
        QStringList{QStringLiteral("blacklist+=xensource-windows:") + legacyBuild}, QString(), QStringList{},
        QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-NO-PV")});
    // facts pitfall 2: upstream QEMU never answers 0xd249.
    add("upstream does not enforce the same entry",
        windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("citrix-legacy-6.0")}),
        QStringList{QStringLiteral("blacklist+=xensource-windows:") + legacyBuild}, QStringLiteral("citrix-legacy-6.0"),
        emulated, QStringList{QStringLiteral("XP-BLACKLIST-NOT-ENFORCED")});

    const QStringList vmtools{QStringLiteral("xenserver-vmtools-9")};
    add("0001 and 0002 together", windowsVm(QStringLiteral("10.0.17763"), vmtools),
        QStringList{QStringLiteral("vendor-device=0x0002")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-PLATFORM-IDS-CLASH")});
    add("C000 with revision 02 binds nothing", windowsVm(QStringLiteral("10.0.17763"), vmtools),
        QStringList{QStringLiteral("vendor-device=0xc000:0x02")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-VENDOR-REV-MISMATCH")});
    add("C000 without a platform device", windowsVm(QStringLiteral("10.0.17763"), vmtools),
        QStringList{QStringLiteral("vendor-device=0xc000"), QStringLiteral("platform-device=off")}, QString(),
        QStringList{},
        QStringList{QStringLiteral("XP-MODEL-ONLY"), QStringLiteral("XP-NO-PV"),
                    QStringLiteral("XP-VENDOR-WITHOUT-PLATFORM")});
    VmConfig withVendor = windowsVm(QStringLiteral("10.0.20348"), vmtools);
    withVendor.vendor.enabled = true;
    add("C000 with vmtools: healthy", withVendor, QStringList{}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{});

    // facts §4.1: xen-platform-pci matches 0002 only since 2356f15caefc (2025).
    // On XenServer's device model Linux (product 3, build 1 = device_id 0) is also blacklisted whenever the
    // platform device is not 0001 (facts §1.5), so it stays on emulated devices either way.
    add("Linux 5.10 on XenServer 0002", linuxVm(QStringLiteral("5.10.0"), Flavour::XenServerTrad, 0x0002),
        QStringList{}, QString(), QStringList{},
        QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-LINUX-0002-UNSUPPORTED"),
                    QStringLiteral("XP-NO-PV")});
    add("Linux with the 2025 change on 0002", linuxVm(QStringLiteral("6.15.0"), Flavour::XenServerTrad, 0x0002),
        QStringList{}, QString(), QStringList{},
        QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-NO-PV")});
    add("Linux 6.1 on XenServer 0001", linuxVm(QStringLiteral("6.1.0"), Flavour::XenServerTrad, std::nullopt),
        QStringList{}, QStringLiteral("linux"), QStringList{QStringLiteral("hda"), QStringLiteral("net0 (e1000)")},
        QStringList{});
    // facts §10.1: XenServer 8's upstream QEMU blacklists nothing, so an old kernel unplugs its disk and NIC from
    // early boot and then has no PV driver (Linux 2356f15caefc: "device 2 is presented by Xapi").
    add("facts§10.1 Linux 5.10 on xenserver 0002 unplugs and has no PV",
        linuxVm(QStringLiteral("5.10.0"), Flavour::XenServer, 0x0002), QStringList{}, QString(),
        QStringList{QStringLiteral("hda"), QStringLiteral("net0 (e1000)")},
        QStringList{QStringLiteral("XP-LINUX-0002-UNSUPPORTED"), QStringLiteral("XP-NO-PV")});
    add("facts§10.9 Linux 6.15 on xenserver 0002: healthy",
        linuxVm(QStringLiteral("6.15.0"), Flavour::XenServer, 0x0002), QStringList{}, QStringLiteral("linux"),
        QStringList{QStringLiteral("hda"), QStringLiteral("net0 (e1000)")}, QStringList{});
    add("facts§10.1 Linux 5.10 on xenserver 0001: healthy",
        linuxVm(QStringLiteral("5.10.0"), Flavour::XenServer, std::nullopt), QStringList{}, QStringLiteral("linux"),
        QStringList{QStringLiteral("hda"), QStringLiteral("net0 (e1000)")}, QStringList{});
    VmConfig xenServerListed = windowsVm(QStringLiteral("10.0.17763"), vmtools);
    xenServerListed.flavour = Flavour::XenServer;
    xenServerListed.blacklist = {BlacklistItem{0x0001, 60, 60, {}}};
    add("facts§10.1 xenserver does not enforce a blacklist entry", xenServerListed, QStringList{},
        QStringLiteral("xenserver-vmtools-9"), emulated, QStringList{QStringLiteral("XP-BLACKLIST-NOT-ENFORCED")});
    // facts §10.4: FreeBSD unplugs from a SYSINIT and its xenpv bus attaches under nexus, so PV runs on 0002 although
    // xenpci probes 0001 only; OpenBSD's xspd (0001 only, uncertain) has no such path.
    VmConfig freeBsd;
    freeBsd.name = QStringLiteral("bsd");
    freeBsd.guest.os = GuestOs::FreeBsd;
    freeBsd.guest.release = QStringLiteral("14.1");
    freeBsd.flavour = Flavour::XenServer;
    freeBsd.platform.deviceId = 0x0002;
    freeBsd.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, QStringLiteral("ada0"), 0, 0, 0}};
    add("facts§10.4 FreeBSD on xenserver 0002 runs PV", freeBsd, QStringList{}, QStringLiteral("freebsd"),
        QStringList{QStringLiteral("ada0")}, QStringList{});
    VmConfig openBsd = freeBsd;
    openBsd.guest.os = GuestOs::OpenBsd;
    openBsd.guest.release = QStringLiteral("7.5");
    add("facts§5 OpenBSD on xenserver 0002 has no PV", openBsd, QStringList{}, QString(),
        QStringList{QStringLiteral("ada0")}, QStringList{QStringLiteral("XP-NO-PV")});
    // facts §10.5: xenbus 7.0.0 speaks only the version-2 unplug protocol (product 3, build 0x202).
    VmConfig xenbus70 = windowsVm(QStringLiteral("6.1.7601"), {QStringLiteral("xenserver-7.0")});
    xenbus70.flavour = Flavour::XenServerTrad;
    xenbus70.platform.deviceId = 0x0002;
    add("facts§10.5 xenbus 7.0.0 on xenserver-trad 0002 unplugs by index", xenbus70, QStringList{},
        QStringLiteral("xenserver-7.0"), emulated, QStringList{});
    xenbus70.flavour = Flavour::XenServer;
    add("facts§10.5 xenbus 7.0.0 on xenserver 0002 gives up (version 1 only)", xenbus70, QStringList{}, QString(),
        QStringList{}, QStringList{QStringLiteral("XP-NO-PV")});
    // facts §10.10: XenServer 7.x's trad ignores the unplug writes of a blacklisted driver, although xenbus itself
    // only logs the blacklisting and still writes its masks.
    VmConfig blacklistedXenbus = windowsVm(QStringLiteral("10.0.17763"), {QStringLiteral("xenproject-9.1")});
    blacklistedXenbus.flavour = Flavour::XenServerTrad;
    blacklistedXenbus.blacklist = {BlacklistItem{0xffff, 0x90100, 0x90100, {}}};
    add("facts§10.10 xenserver-trad ignores a blacklisted xenbus's unplug", blacklistedXenbus, QStringList{},
        QStringLiteral("xenproject-9.1"), QStringList{}, QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED")});
    add("Linux on upstream 0001: healthy", linuxVm(QStringLiteral("6.1.0"), Flavour::QemuUpstream, std::nullopt),
        QStringList{}, QStringLiteral("linux"), QStringList{QStringLiteral("hda"), QStringLiteral("net0 (e1000)")},
        QStringList{});

    VmConfig locked = windowsVm(QStringLiteral("10.0.17763"), vmtools);
    locked.guest.xenbusActiveDeviceId = 0x0001;
    add("bus lock on 0001 with a vendor device added later", locked,
        QStringList{QStringLiteral("vendor-device=0xc000")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-BUS-LOCKED")});
    add("active device moves from 0001 to C000", windowsVm(QStringLiteral("10.0.17763"), vmtools),
        QStringList{QStringLiteral("vendor-device=0xc000")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-CHILD-IDS-CHANGE")});
    add("no PV driver at all", windowsVm(QStringLiteral("10.0.17763"), {}), QStringList{}, QString(), QStringList{},
        QStringList{QStringLiteral("XP-NO-PV")});
    add("upstream cannot realize platform 0002", windowsVm(QStringLiteral("10.0.17763"), vmtools),
        QStringList{QStringLiteral("platform-device=0x0002")}, QStringLiteral("xenserver-vmtools-9"), emulated,
        QStringList{QStringLiteral("XP-MODEL-ONLY")});
    return list;
}

void tst_BindingEngine::scenarios_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QStringList>("set");
    QTest::addColumn<QString>("activeDriver");
    QTest::addColumn<QStringList>("unplugged");
    QTest::addColumn<QStringList>("findings");
    for (const Scenario& s : scenarioList())
        QTest::newRow(qPrintable(s.name)) << s.config << s.set << s.activeDriver << s.unplugged << s.findings;
}

void tst_BindingEngine::scenarios()
{
    QFETCH(VmConfig, config);
    QFETCH(QStringList, set);
    QFETCH(QString, activeDriver);
    QFETCH(QStringList, unplugged);
    QFETCH(QStringList, findings);
    const BindingEngine engine(m_catalogue);
    QString error;
    const PreviewOutcome outcome = engine.preview(config, changes(set), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList details;
    for (const Finding& f : outcome.findings)
        details << f.id + QStringLiteral(": ") + f.message + QStringLiteral(" [") +
                       f.evidence.join(QStringLiteral("; ")) + QLatin1Char(']');
    QVERIFY2(ids(outcome) == findings, qPrintable(details.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.activeDriver, activeDriver);
    QCOMPARE(outcome.unplugged, unplugged);
    // Issue 16 item 4: no sentence claims an unplug the engine's own unplug list does not show.
    for (const Finding& f : outcome.findings)
        if (f.message.contains(QLatin1String("unplugs")) || f.message.contains(QLatin1String("are unplugged")))
            QVERIFY2(!outcome.unplugged.isEmpty(), qPrintable(f.message));
}

void tst_BindingEngine::linux0002SaysWhatHappens_data()
{
    QTest::addColumn<int>("flavour");
    QTest::addColumn<bool>("willNotBoot");
    // facts §10.1: XenServer 8 lets the old kernel unplug; facts §10.10: XenServer 7.x's trad blacklists product 3
    // on 0002 and then ignores its unplug writes, so the emulated devices stay.
    QTest::newRow("facts§10.1 xenserver: unplugged, will not boot") << int(Flavour::XenServer) << true;
    QTest::newRow("facts§10.10 xenserver-trad: emulated devices stay") << int(Flavour::XenServerTrad) << false;
}

void tst_BindingEngine::linux0002SaysWhatHappens()
{
    QFETCH(int, flavour);
    QFETCH(bool, willNotBoot);
    const BindingEngine engine(m_catalogue);
    const PreviewOutcome outcome = engine.preview(linuxVm(QStringLiteral("5.10.0"), Flavour(flavour), 0x0002));
    const auto found = std::find_if(outcome.findings.cbegin(), outcome.findings.cend(), [](const Finding& f) {
        return f.id == QLatin1String("XP-LINUX-0002-UNSUPPORTED");
    });
    QVERIFY(found != outcome.findings.cend());
    QCOMPARE(found->severity, Finding::Severity::Error);
    // Every sentence agrees with the outcome: "unplugs" only when the engine's own unplug list says so.
    QCOMPARE(found->message.contains(QLatin1String("will not boot")), willNotBoot);
    QCOMPARE(found->message.contains(QLatin1String("unplugs")), !outcome.unplugged.isEmpty());
    QCOMPARE(outcome.unplugged.isEmpty(), !willNotBoot);
}

void tst_BindingEngine::xenServerProfile_data()
{
    QTest::addColumn<int>("profile"); // -1: not recorded
    QTest::addColumn<int>("classCode");
    QTest::addColumn<int>("subsystemId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<bool>("assumed");
    // xen-api ocaml/xenopsd/xc/device.ml Dm_Common.xen_platform: compat passes revision, class-id and subsystem,
    // uefi the device ID only; unrecorded means compat, said as an assumption.
    QTest::newRow("xen-api not recorded: compat assumed") << -1 << 0x010000 << 0x0002 << 2 << true;
    QTest::newRow("xen-api compat recorded")
        << int(xp::device::XenServerProfile::UpstreamCompat) << 0x010000 << 0x0002 << 2 << false;
    QTest::newRow("xen-api uefi recorded")
        << int(xp::device::XenServerProfile::UpstreamUefi) << 0xff8000 << 0x0001 << 1 << false;
}

void tst_BindingEngine::xenServerProfile()
{
    QFETCH(int, profile);
    QFETCH(int, classCode);
    QFETCH(int, subsystemId);
    QFETCH(int, revision);
    QFETCH(bool, assumed);
    VmConfig config = windowsVm(QStringLiteral("10.0.17763"), {QStringLiteral("xenserver-vmtools-9")});
    config.flavour = Flavour::XenServer;
    config.platform.deviceId = 0x0002;
    if (profile >= 0)
        config.xenServerProfile = xp::device::XenServerProfile(profile);
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    const auto platform = std::find_if(outcome.devices.cbegin(), outcome.devices.cend(),
                                       [](const ExposedDevice& d) { return d.role == ExposedDevice::Role::Platform; });
    QVERIFY(platform != outcome.devices.cend());
    QCOMPARE(int(platform->deviceId), 0x0002);
    QCOMPARE(int(platform->classCode), classCode);
    QCOMPARE(int(platform->subsystemId), subsystemId);
    QCOMPARE(int(platform->revision), revision);
    QCOMPARE(!outcome.assumptions.isEmpty(), assumed);
    if (assumed)
        QVERIFY(outcome.assumptions.constFirst().contains(QLatin1String("qemu-upstream-compat")));
}

void tst_BindingEngine::activeRecord_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<int>("activeDevice"); // -1: xenbus stays inactive
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<bool>("assumed");
    auto windows = [](const char* package, const QString& hardwareId, std::optional<quint16> deviceId = {}) {
        VmConfig c = windowsVm(QStringLiteral("10.0.17763"), {QString::fromLatin1(package)});
        c.guest.xenbusActiveHardwareId = hardwareId;
        c.guest.xenbusActiveDeviceId = deviceId;
        return c;
    };
    const QString rev01 = QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01");
    const QString rev02 = QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_02");
    // win-xenbus src/xenbus/fdo.c FdoSetActive: _stricmp of the whole device ID with ActiveDeviceID.
    QTest::newRow("win-xenbus fdo.c full record matches")
        << windows("xenproject-9.1", rev01) << 1 << QStringList{} << false;
    QTest::newRow("win-xenbus fdo.c record compared case-insensitively")
        << windows("xenproject-9.1", rev01.toLower()) << 1 << QStringList{} << false;
    QTest::newRow("metadata device-id alone means the device as exposed now")
        << windows("xenproject-9.1", QString(), 0x0001) << 1 << QStringList{} << false;
    // facts §10.2/§10.3: another revision leaves every instance inactive without FORCE_ACTIVATE; where the build's
    // choice is not public the prediction keeps it inactive and says what forcing would do.
    QTest::newRow("facts§10.2 revision changed, FORCE_ACTIVATE unknown")
        << windows("xenproject-9.1", rev02) << -1
        << QStringList{QStringLiteral("XP-BUS-LOCKED"), QStringLiteral("XP-NO-PV")} << true;
    VmConfig trad = windows("xenserver-7.0", QStringLiteral("PCI\\VEN_5853&DEV_0002&SUBSYS_00025853&REV_01"));
    trad.flavour = Flavour::XenServerTrad;
    trad.platform.deviceId = 0x0002;
    QTest::newRow("facts§10.3 revision changed, build without FORCE_ACTIVATE")
        << trad << -1 << QStringList{QStringLiteral("XP-BUS-LOCKED"), QStringLiteral("XP-NO-PV")} << false;
    // xcp-ng/win-xenbus e6951ae: Precedence 0001 -> 1; the forced device renames the PV children.
    QTest::newRow("xcp-ng/win-xenbus e6951ae forced to the present 0001")
        << windows("xcpng-tools-8.3", QStringLiteral("PCI\\VEN_5853&DEV_0002&SUBSYS_00025853&REV_02")) << 1
        << QStringList{QStringLiteral("XP-CHILD-IDS-CHANGE")} << false;
    // win-xenbus src/xen/config.c __ConfigIsVendorDevicePresent: the vendor device's Enum key outlives the device,
    // and a vendor build then refuses the legacy 0001 (ConfigSetActive fails).
    VmConfig enumKey = windows("xenserver-vmtools-9", QString());
    enumKey.guest.enumKeys = {QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01")};
    QTest::newRow("win-xenbus config.c vendor Enum key refuses 0001")
        << enumKey << -1 << QStringList{QStringLiteral("XP-NO-PV")} << false;
    VmConfig otherKey = enumKey;
    otherKey.guest.enumKeys = {QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_02")};
    QTest::newRow("win-xenbus config.c only the REV_01 key counts") << otherKey << 1 << QStringList{} << false;
}

void tst_BindingEngine::activeRecord()
{
    QFETCH(VmConfig, config);
    QFETCH(int, activeDevice);
    QFETCH(QStringList, findings);
    QFETCH(bool, assumed);
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    QStringList details;
    for (const Finding& f : outcome.findings)
        details << f.id + QStringLiteral(": ") + f.message;
    QVERIFY2(ids(outcome) == findings, qPrintable(details.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.activeXenbusDeviceId ? int(*outcome.activeXenbusDeviceId) : -1, activeDevice);
    QCOMPARE(!outcome.assumptions.isEmpty(), assumed);
    // An inactive xenbus unplugs nothing, and the finding says so.
    if (activeDevice < 0)
        QVERIFY(outcome.unplugged.isEmpty());
}

void tst_BindingEngine::linuxBackports_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("binds");
    QTest::addColumn<bool>("assumed");
    // facts §10.9: mainline 6.15; 6.14.9, 6.1.141 and 5.4.294 confirmed from the stable review series; 6.12, 6.6,
    // 5.15 and 5.10 queued by AUTOSEL without a pinned release.
    QTest::newRow("facts§10.9 mainline 6.15") << QStringLiteral("6.15.0") << true << false;
    QTest::newRow("facts§10.9 stable 6.14.9") << QStringLiteral("6.14.9") << true << false;
    QTest::newRow("facts§10.9 stable 6.14.8 too early") << QStringLiteral("6.14.8") << false << false;
    QTest::newRow("facts§10.9 stable 6.1.141") << QStringLiteral("6.1.141") << true << false;
    QTest::newRow("facts§10.9 stable 5.4.294") << QStringLiteral("5.4.294") << true << false;
    QTest::newRow("facts§10.9 AUTOSEL 6.12.40 unconfirmed") << QStringLiteral("6.12.40") << false << true;
    QTest::newRow("facts§10.9 AUTOSEL 5.10.240 unconfirmed") << QStringLiteral("5.10.240") << false << true;
    QTest::newRow("facts§10.9 5.10.200 before any queue") << QStringLiteral("5.10.200") << false << false;
}

void tst_BindingEngine::linuxBackports()
{
    QFETCH(QString, release);
    QFETCH(bool, binds);
    QFETCH(bool, assumed);
    VmConfig config = linuxVm(release, Flavour::XenServer, quint16(0x0002));
    config.xenServerProfile = xp::device::XenServerProfile::UpstreamCompat; // no profile assumption
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    QCOMPARE(outcome.activeDriver == QLatin1String("linux"), binds);
    QCOMPARE(outcome.hasFinding(QStringLiteral("XP-LINUX-0002-UNSUPPORTED")), !binds);
    QCOMPARE(!outcome.assumptions.isEmpty(), assumed);
}

void tst_BindingEngine::legacyInfBothForms()
{
    // facts §10.6: the legacy Citrix INF named PCI\\VEN_5853&DEV_0001, or also its SUBSYS form (XenServer's cleanup
    // tools remove both). Next to a xenbus build whose INF lists plain IDs without a FeatureScore (2015-era layout,
    // tests/data/inf/xenbus-2015.inf) the two forms pick different drivers on 0001: the prediction says so.
    // A catalogue of its own: the shipped one plus that build, as xenproject-9.1 with the 2015 INF.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir shipped(QStringLiteral(XP_SOURCE_DIR "/data/drivers"));
    for (const QString& file : shipped.entryList({QStringLiteral("*.inf")}, QDir::Files))
        QVERIFY(QFile::copy(shipped.filePath(file), dir.filePath(file)));
    QVERIFY(QFile::copy(QStringLiteral(XP_SOURCE_DIR "/tests/data/inf/xenbus-2015.inf"),
                        dir.filePath(QStringLiteral("xenbus-2015.inf"))));
    QFile json(shipped.filePath(QStringLiteral("catalogue.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QJsonArray packages = root.value(QStringLiteral("packages")).toArray();
    for (const QJsonValue& v : std::as_const(packages)) {
        if (v.toObject().value(QStringLiteral("id")).toString() != QLatin1String("xenproject-9.1"))
            continue;
        QJsonObject copy = v.toObject();
        copy.insert(QStringLiteral("id"), QStringLiteral("xenbus-2015"));
        copy.insert(QStringLiteral("inf"), QStringLiteral("xenbus-2015.inf"));
        packages.append(copy);
        break;
    }
    root.insert(QStringLiteral("packages"), packages);
    QFile out(dir.filePath(QStringLiteral("catalogue.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    DriverCatalogue catalogue;
    QVERIFY2(catalogue.load(dir.path()), qPrintable(catalogue.errorString()));
    QVERIFY(catalogue.find(QStringLiteral("xenbus-2015")));

    auto platformOf = [](const PreviewOutcome& o) {
        return std::find_if(o.devices.cbegin(), o.devices.cend(),
                            [](const ExposedDevice& d) { return d.role == ExposedDevice::Role::Platform; });
    };
    const PreviewOutcome both = BindingEngine(catalogue).preview(
        windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("citrix-legacy-6.0"), QStringLiteral("xenbus-2015")}));
    QVERIFY(platformOf(both) != both.devices.cend());
    QCOMPARE(platformOf(both)->boundPackage, QStringLiteral("xenbus-2015"));
    QCOMPARE(both.assumptions.size(), 1);
    QVERIFY2(both.assumptions.constFirst().contains(QLatin1String("citrix-legacy-6.0 binds")),
             qPrintable(both.assumptions.constFirst()));
    QVERIFY(both.assumptions.constFirst().contains(QLatin1String("SUBSYS_00015853")));

    // Today's xenbus builds carry FeatureScore 0xFE, which outranks the legacy INF in either form: nothing to say.
    const PreviewOutcome current =
        BindingEngine(m_catalogue)
            .preview(windowsVm(QStringLiteral("6.3.9600"),
                               {QStringLiteral("citrix-legacy-6.0"), QStringLiteral("xenproject-9.1")}));
    QCOMPARE(platformOf(current)->boundPackage, QStringLiteral("xenproject-9.1"));
    QVERIFY(current.assumptions.isEmpty());
}

void tst_BindingEngine::uncertainFactsAreNamed()
{
    // Issue 16 item 5: "uncertain" says which facts, each named with its package and the catalogue's sentence.
    const BindingEngine engine(m_catalogue);
    const PreviewOutcome windows =
        engine.preview(windowsVm(QStringLiteral("10.0.17763"), {QStringLiteral("xenserver-vmtools-9")}));
    QVERIFY(windows.uncertain);
    const CataloguePackage* vmtools = m_catalogue.find(QStringLiteral("xenserver-vmtools-9"));
    for (const QString& fact : vmtools->uncertain)
        QVERIFY2(windows.uncertainFacts.contains(QStringLiteral("xenserver-vmtools-9: ") + fact), qPrintable(fact));
    QCOMPARE(windows.uncertainFacts.size(),
             QSet<QString>(windows.uncertainFacts.cbegin(), windows.uncertainFacts.cend()).size()); // each once
    // A prediction that uses only settled catalogue entries is not uncertain and names nothing.
    VmConfig bsd;
    bsd.guest.os = GuestOs::FreeBsd;
    bsd.guest.release = QStringLiteral("14.1");
    const PreviewOutcome freeBsd = engine.preview(bsd);
    QVERIFY(m_catalogue.find(QStringLiteral("freebsd"))->uncertain.isEmpty());
    QVERIFY(!freeBsd.uncertain);
    QVERIFY(freeBsd.uncertainFacts.isEmpty());
}

void tst_BindingEngine::everyFindingHasPositiveAndNegative()
{
    // Each id of PRODUCT §6 appears in some scenario row and is absent from some other row.
    const QStringList required{QStringLiteral("XP-PLATFORM-IDS-CLASH"),
                               QStringLiteral("XP-TWO-STACKS"),
                               QStringLiteral("XP-WU-BUGCHECK-RISK"),
                               QStringLiteral("XP-VENDOR-REV-MISMATCH"),
                               QStringLiteral("XP-VENDOR-WITHOUT-PLATFORM"),
                               QStringLiteral("XP-LINUX-0002-UNSUPPORTED"),
                               QStringLiteral("XP-BLACKLIST-NOT-ENFORCED"),
                               QStringLiteral("XP-DRIVER-BLACKLISTED"),
                               QStringLiteral("XP-CHILD-IDS-CHANGE"),
                               QStringLiteral("XP-BUS-LOCKED"),
                               QStringLiteral("XP-MODEL-ONLY"),
                               QStringLiteral("XP-NO-PV")};
    const QList<Scenario> list = scenarioList();
    for (const QString& id : required) {
        const bool positive =
            std::any_of(list.cbegin(), list.cend(), [&](const Scenario& s) { return s.findings.contains(id); });
        const bool negative =
            std::any_of(list.cbegin(), list.cend(), [&](const Scenario& s) { return !s.findings.contains(id); });
        QVERIFY2(positive && negative, qPrintable(id));
    }
}

void tst_BindingEngine::previewIsFast()
{
    // Behavioural guard only; the figure itself comes from bench/ (docs/performance.md).
    const BindingEngine engine(m_catalogue);
    const VmConfig config = legacyCitrix();
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    while (timer.elapsed() < 200) {
        const PreviewOutcome o = engine.preview(config);
        n += int(o.devices.size());
    }
    QVERIFY(n > 0);
}

namespace {

/// A stub in the spirit of data/strategies/xp-stub.inf, written here so the rows do not depend on that file: the plain
/// 0001 ID as its hardware ID, no FeatureScore (0xFF), and a DriverVer newer than citrix-legacy-6.0's 09/30/2011.
const QByteArray kStubInf = R"([Version]
Signature="$WINDOWS NT$"
Class=System
ClassGuid={4d36e97d-e325-11ce-bfc1-08002be10318}
Provider=%Provider%
DriverVer=10/01/2013,1.0.0.0

[Manufacturer]
%Provider%=Stub,NTamd64

[Stub.NTamd64]
%Desc%=Stub_Inst,PCI\VEN_5853&DEV_0001

[Stub_Inst]
CopyFiles=Stub_Files

[Stub_Files]
stub.sys

[Strings]
Provider="tst_BindingEngine"
Desc="Test stub"
)";

/// The shipped catalogue plus three packages nobody installs, reaching a guest only through `wu-publish+=`
/// (issue 20 item 2): today's xenbus with an installer guard, a stub that starts nothing, and the same stub INF
/// with a xenbus handshake (the control row: it is the handshake, not the binding, that makes the risk).
DriverCatalogue whatIfCatalogue(const DriverCatalogue& shipped)
{
    DriverCatalogue c = shipped;
    const InfParser::Result vmtoolsInf =
        InfParser::parseFile(QStringLiteral(XP_SOURCE_DIR "/data/drivers/xenserver-vmtools-9.inf"));
    const InfParser::Result stubInf = InfParser::parse(kStubInf, QStringLiteral("test-stub.inf"));
    if (!vmtoolsInf.ok() || !stubInf.ok())
        qFatal("test INF does not parse");

    CataloguePackage guarded;
    guarded.id = QStringLiteral("test-guarded-xenbus");
    guarded.os = GuestOs::Windows;
    guarded.stack = QStringLiteral("xenbus");
    guarded.inf = vmtoolsInf.value;
    guarded.signer = DriverRank::Signer::Whql;
    guarded.handshake = CataloguePackage::Handshake::Xenbus;
    guarded.product = 0xffff;
    guarded.build = 0x90100;
    guarded.xenbusVersion = QVersionNumber(9, 1, 0);
    guarded.refusesOverStacks = {QStringLiteral("citrix-legacy"), QStringLiteral("gplpv"),
                                 QStringLiteral("citrix-standard")};
    guarded.whatIf = true;

    CataloguePackage stub;
    stub.id = QStringLiteral("test-stub");
    stub.os = GuestOs::Windows;
    stub.stack = QStringLiteral("stub");
    stub.inf = stubInf.value;
    stub.signer = DriverRank::Signer::Whql;
    stub.handshake = CataloguePackage::Handshake::None;
    stub.whatIf = true;

    CataloguePackage stubXenbus = stub;
    stubXenbus.id = QStringLiteral("test-stub-xenbus");
    stubXenbus.stack = QStringLiteral("xenbus");
    stubXenbus.handshake = CataloguePackage::Handshake::Xenbus;
    stubXenbus.product = 0xffff;
    stubXenbus.build = 0x90100;
    stubXenbus.xenbusVersion = QVersionNumber(9, 1, 0);

    if (!c.add(guarded) || !c.add(stub) || !c.add(stubXenbus))
        qFatal("test package id taken");
    return c;
}

} // namespace

void tst_BindingEngine::whatIfPackagesFromWindowsUpdate_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QString>("published"); // the package published for PCI\VEN_5853&DEV_0001
    QTest::addColumn<QString>("bound");     // the driver on the platform device 0001 afterwards
    QTest::addColumn<bool>("fromUpdate");
    QTest::addColumn<QString>("activeDriver");
    QTest::addColumn<QStringList>("findings");

    VmConfig gplpv = windowsVm(QStringLiteral("6.1.7601"), {QStringLiteral("gplpv-1.0")});
    gplpv.guest.windowsUpdate = WindowsUpdate::Automatic;
    VmConfig clean = windowsVm(QStringLiteral("6.3.9600"), {});
    clean.guest.windowsUpdate = WindowsUpdate::Automatic;
    VmConfig xenproject = windowsVm(QStringLiteral("6.3.9600"), {QStringLiteral("xenproject-9.1")});
    xenproject.guest.windowsUpdate = WindowsUpdate::Automatic;
    const QString guarded = QStringLiteral("test-guarded-xenbus");
    const QString legacy = QStringLiteral("citrix-legacy-6.0");

    // The guard (refusesOverStacks): offered where citrix-legacy is installed, the installer refuses. Without it,
    // the xenbus INF's FeatureScore 0xFE would take 0001 from the legacy INF (0xFF) and run next to the legacy stack
    // started from ROOT\XENEVTCHN, as the seed row above shows: here nothing changes but an info saying so.
    QTest::newRow("guarded xenbus over citrix-legacy: refused")
        << legacyCitrix() << guarded << legacy << false << legacy << QStringList{QStringLiteral("XP-WU-REFUSED")};
    QTest::newRow("guarded xenbus over gplpv: refused")
        << gplpv << guarded << QStringLiteral("gplpv-1.0") << false << QStringLiteral("gplpv-1.0")
        << QStringList{QStringLiteral("XP-WU-REFUSED")};
    // No legacy driver installed: nothing to refuse, it binds 0001 from Windows Update and runs.
    QTest::newRow("guarded xenbus without legacy drivers: binds")
        << clean << guarded << guarded << true << guarded << QStringList{};
    // Another xenbus (stack xenbus) is no reason to refuse: same rank FE1003, the newer DriverVer (2025-09-01 against
    // 2025-08-20) wins.
    QTest::newRow("guarded xenbus over xenproject-9.1: not refused, newer wins")
        << xenproject << guarded << guarded << true << guarded << QStringList{};
    // The stub ties with the legacy INF on 6.3 (FF0003) and wins on its newer DriverVer; citrix-legacy keeps running
    // from ROOT\XENEVTCHN, and a package that starts no PV connection is no bugcheck risk (handshake none).
    QTest::newRow("stub over citrix-legacy: binds, no bugcheck risk")
        << legacyCitrix() << QStringLiteral("test-stub") << QStringLiteral("test-stub") << true << legacy
        << QStringList{};
    // Control: the same INF with a xenbus handshake starts PV connections next to the legacy stack.
    QTest::newRow("same INF with a xenbus handshake: bugcheck risk")
        << legacyCitrix() << QStringLiteral("test-stub-xenbus") << QStringLiteral("test-stub-xenbus") << true
        << QStringLiteral("test-stub-xenbus")
        << QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")};
}

void tst_BindingEngine::whatIfPackagesFromWindowsUpdate()
{
    QFETCH(VmConfig, config);
    QFETCH(QString, published);
    QFETCH(QString, bound);
    QFETCH(bool, fromUpdate);
    QFETCH(QString, activeDriver);
    QFETCH(QStringList, findings);
    const DriverCatalogue catalogue = whatIfCatalogue(m_catalogue);
    const BindingEngine engine(catalogue);
    QString error;
    const PreviewOutcome outcome = engine.preview(
        config, changes({QStringLiteral("wu-publish+=%1@PCI\\VEN_5853&DEV_0001").arg(published)}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList details;
    for (const Finding& f : outcome.findings)
        details << f.id + QStringLiteral(": ") + f.message;
    QVERIFY2(ids(outcome) == findings, qPrintable(details.join(QLatin1Char('\n'))));
    const auto platform = std::find_if(outcome.devices.cbegin(), outcome.devices.cend(),
                                       [](const ExposedDevice& d) { return d.role == ExposedDevice::Role::Platform; });
    QVERIFY(platform != outcome.devices.cend());
    QCOMPARE(platform->boundPackage, bound);
    QCOMPARE(platform->fromWindowsUpdate, fromUpdate);
    QCOMPARE(outcome.wuInstalls, fromUpdate ? QStringList{bound} : QStringList{});
    QCOMPARE(outcome.activeDriver, activeDriver);
    for (const Finding& f : outcome.findings) {
        if (f.id != QLatin1String("XP-WU-REFUSED"))
            continue;
        // It describes the same boot (the device keeps its driver): an info, naming the refusing package.
        QCOMPARE(f.severity, Finding::Severity::Info);
        QVERIFY2(f.evidence.contains(published), qPrintable(f.evidence.join(QLatin1String("; "))));
    }
}

QTEST_GUILESS_MAIN(tst_BindingEngine)
#include "tst_BindingEngine.moc"
