// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"

#include <QElapsedTimer>
#include <QTest>

// One row per scenario of issue 4: the configuration, the --set changes, and what the next boot does.
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
    void previewIsFast();

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

QTEST_GUILESS_MAIN(tst_BindingEngine)
#include "tst_BindingEngine.moc"
