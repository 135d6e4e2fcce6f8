// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/BootView.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/GuestFacts.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Where each guest fact comes from and how old it is (issue 18 item 3): the guest agent's report outranks the
// imported inventory, which outranks our metadata, which outranks libosinfo's record of the install.
//
// The agent's reports follow qemu-ga's guest-get-osinfo: on Windows id "mswindows", kernel-version "MAJOR.MINOR",
// kernel-release the build number and variant "server" or "client" (qemu qga/commands-win32.c
// qmp_guest_get_osinfo); elsewhere kernel-release and kernel-version are uname's release and version and the rest
// comes from os-release (qemu qga/commands-posix.c qmp_guest_get_osinfo).

namespace {

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

const QDateTime kAgentAt = utc("2026-12-07T10:00:00Z");

AgentReport report(const char* id, const char* kernelRelease, const char* kernelVersion, const char* variant = "",
                   const char* prettyName = "")
{
    AgentReport r;
    r.state = AgentReport::State::Reported;
    r.at = kAgentAt;
    r.osId = QString::fromLatin1(id);
    r.kernelRelease = QString::fromLatin1(kernelRelease);
    r.kernelVersion = QString::fromLatin1(kernelVersion);
    r.variant = QString::fromLatin1(variant);
    r.prettyName = QString::fromLatin1(prettyName);
    return r;
}

/// qga/commands-win32.c: kernel-version "10.0", kernel-release the build, variant server or client.
AgentReport windowsReport(const char* build, bool server, const char* prettyName = "")
{
    return report("mswindows", build, "10.0", server ? "server" : "client", prettyName);
}

/// Debian 12's uname -r names the ABI, uname -v the upstream version (qga/commands-posix.c: uname()).
AgentReport debianReport(const char* prettyName = "Debian GNU/Linux 12 (bookworm)")
{
    return report("debian", "6.1.0-41-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3 (2026-11-26)", "", prettyName);
}

VmConfig windowsVm(const QString& release, bool server, const QStringList& drivers)
{
    VmConfig c;
    c.name = u"win"_s;
    c.hasMetadata = true;
    c.guest.os = GuestOs::Windows;
    c.guest.release = release;
    c.guest.server = server;
    c.guest.drivers = drivers;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, u"hda"_s, 0, 0, 0}};
    c.nics = {EmulatedNic{u"rtl8139"_s, u"52:54:00:00:00:01"_s}};
    return c;
}

VmConfig linuxVm(const QString& release, xp::device::Flavour flavour, std::optional<quint16> platformId)
{
    VmConfig c;
    c.name = u"linux"_s;
    c.hasMetadata = true;
    c.guest.os = GuestOs::Linux;
    c.guest.release = release;
    c.flavour = flavour;
    c.xenServerProfile = xp::device::XenServerProfile::UpstreamCompat; // no profile assumption
    c.platform.deviceId = platformId;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, u"hda"_s, 0, 0, 0}};
    c.nics = {EmulatedNic{u"e1000"_s, {}}};
    return c;
}

/// Nothing declared, nothing recorded at install.
VmConfig bareVm()
{
    VmConfig c;
    c.name = u"bare"_s;
    c.disks = {EmulatedDisk{EmulatedDisk::Bus::Ide, false, u"hda"_s, 0, 0, 0}};
    return c;
}

InventoryPackage package(const char* published, const char* catalogueId)
{
    InventoryPackage p;
    p.publishedName = QString::fromLatin1(published);
    p.originalName = u"xenbus.inf"_s;
    p.provider = u"XenServer"_s;
    p.version = u"9.1.0.100"_s;
    p.catalogueId = QString::fromLatin1(catalogueId);
    return p;
}

/// An imported enum-drivers output with these packages, taken at 10:00 UTC.
DriverInventory packagesInventory(const QList<InventoryPackage>& packages)
{
    DriverInventory inv;
    inv.origin = u"dc-01.txt"_s;
    inv.taken = utc("2026-12-07T10:00:00Z");
    inv.imported = utc("2026-12-07T10:30:00Z");
    inv.hasPackages = true;
    inv.packages = packages;
    return inv;
}

InventoryDevice platformDevice(const char* driver, const char* catalogueId)
{
    InventoryDevice d;
    d.instanceId = u"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18"_s;
    d.status = u"Started"_s;
    d.driver = QString::fromLatin1(driver);
    d.originalName = u"xenbus.inf"_s;
    d.version = u"9.1.0.100"_s;
    d.catalogueId = QString::fromLatin1(catalogueId);
    return d;
}

const GuestFacts::Fact* factOf(const GuestFacts& facts, const QString& key)
{
    for (const GuestFacts::Fact& f : facts.facts())
        if (f.key == key)
            return &f;
    return nullptr;
}

int countOf(const QList<Finding>& findings, const QString& id)
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.id == id; }));
}

QString findingsText(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines << f.id + u": "_s + f.message + u" ["_s + f.evidence.join(u"; "_s) + u']';
    return lines.join(u'\n');
}

GuestFacts factsOf(const VmConfig& config)
{
    return GuestFacts::of(config, BootView::of(config));
}

} // namespace

class tst_GuestFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentOs_data();
    void agentOs();
    void precedence_data();
    void precedence();
    void disagreement_data();
    void disagreement();
    void ages_data();
    void ages();
    void ageText_data();
    void ageText();
    void changesThePrediction_data();
    void changesThePrediction();
    void findingsNameTheSourceFollowed_data();
    void findingsNameTheSourceFollowed();

private:
    DriverCatalogue m_catalogue;
};

void tst_GuestFacts::initTestCase()
{
    QVERIFY2(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue.errorString()));
}

void tst_GuestFacts::agentOs_data()
{
    QTest::addColumn<AgentReport>("report");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("uncertainty"); // a part of it; empty: none
    const int windows = int(GuestOs::Windows);
    const int linux = int(GuestOs::Linux);

    // qemu qga/commands-win32.c qmp_guest_get_osinfo; the builds are Microsoft's release information.
    QTest::newRow("qga commands-win32.c Windows Server 2019")
        << windowsReport("17763", true) << true << windows << u"10.0.17763"_s << true << QString();
    QTest::newRow("qga commands-win32.c Windows Server 2022")
        << windowsReport("20348", true) << true << windows << u"10.0.20348"_s << true << QString();
    QTest::newRow("qga commands-win32.c Windows 10 22H2 client")
        << windowsReport("19045", false) << true << windows << u"10.0.19045"_s << false << QString();
    QTest::newRow("qga commands-win32.c Windows 11 23H2 client")
        << windowsReport("22631", false) << true << windows << u"10.0.22631"_s << false << QString();
    QTest::newRow("qga commands-win32.c build not a number")
        << windowsReport("n/a", true) << true << windows << QString() << true << u"Windows 10.0 build n/a"_s;
    // qga/commands-posix.c: uname -v of Debian's kernels names the upstream version.
    QTest::newRow("qga commands-posix.c Debian kernel-version names 6.1.192")
        << debianReport() << true << linux << u"6.1.192"_s << false << QString();
    QTest::newRow("Ubuntu-like 5.15.0-91-generic: leading part, uncertain")
        << report("ubuntu", "5.15.0-91-generic", "#101-Ubuntu SMP Tue Nov 14 13:30:08 UTC 2023") << true << linux
        << u"5.15.0"_s << false << u"5.15.0-91-generic"_s;
    QTest::newRow("kernel.org build 6.15.2: exact")
        << report("gentoo", "6.15.2", "#1 SMP PREEMPT_DYNAMIC Sun Jun 15 10:00:00 UTC 2025") << true << linux
        << u"6.15.2"_s << false << QString();
    QTest::newRow("FreeBSD 13.2-RELEASE (uname -r)")
        << report("freebsd", "13.2-RELEASE", "FreeBSD 13.2-RELEASE releng/13.2-n254617-525ecfdad597 GENERIC") << true
        << int(GuestOs::FreeBsd) << u"13.2"_s << false << QString();
    QTest::newRow("FreeBSD 14.1-RELEASE-p5")
        << report("freebsd", "14.1-RELEASE-p5", "") << true << int(GuestOs::FreeBsd) << u"14.1"_s << false << QString();
    QTest::newRow("NetBSD 10.0") << report("netbsd", "10.0", "") << true << int(GuestOs::NetBsd) << u"10.0"_s << false
                                 << QString();
    QTest::newRow("OpenBSD 7.5") << report("openbsd", "7.5", "") << true << int(GuestOs::OpenBsd) << u"7.5"_s << false
                                 << QString();

    AgentReport notResponding = windowsReport("17763", true);
    notResponding.state = AgentReport::State::NotResponding;
    QTest::newRow("not reported: agent not responding")
        << notResponding << false << 0 << QString() << false << QString();
    AgentReport notAsked;
    QTest::newRow("not reported: never asked") << notAsked << false << 0 << QString() << false << QString();
    QTest::newRow("reported, but neither id nor kernel")
        << report("", "", "") << false << 0 << QString() << false << QString();
}

void tst_GuestFacts::agentOs()
{
    QFETCH(AgentReport, report);
    QFETCH(bool, usable);
    QFETCH(int, os);
    QFETCH(QString, release);
    QFETCH(bool, server);
    QFETCH(QString, uncertainty);
    const auto agent = GuestFacts::agentOs(report);
    QCOMPARE(agent.has_value(), usable);
    if (!usable)
        return;
    QCOMPARE(int(agent->os), os);
    QCOMPARE(agent->release, release);
    QCOMPARE(agent->server, server);
    if (uncertainty.isEmpty())
        QVERIFY2(agent->uncertainty.isEmpty(), qPrintable(agent->uncertainty));
    else
        QVERIFY2(agent->uncertainty.contains(uncertainty), qPrintable(agent->uncertainty));
}

void tst_GuestFacts::precedence_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<int>("osSource");
    QTest::addColumn<QString>("os");          // value of the "os" fact
    QTest::addColumn<QString>("release");     // value of the "release" fact; empty: no such fact
    QTest::addColumn<QString>("drivers");     // value of the "drivers" fact
    QTest::addColumn<QString>("driversFrom"); // its source
    // What the prediction runs on: BootView's effective config with apply().
    QTest::addColumn<int>("effectiveOs");
    QTest::addColumn<QString>("effectiveRelease");
    QTest::addColumn<bool>("effectiveServer");
    QTest::addColumn<QStringList>("effectiveDrivers");
    const QStringList vmtools{u"xenserver-vmtools-9"_s};

    VmConfig agentOverDeclared = windowsVm(u"10.0.17763"_s, true, vmtools);
    agentOverDeclared.observed.agent = windowsReport("17763", true, "Windows Server 2019 Standard");
    QTest::newRow("agent over declared") << agentOverDeclared << int(GuestFacts::Source::GuestAgent)
                                         << u"Windows Server 2019 Standard"_s << u"10.0.17763"_s
                                         << u"xenserver-vmtools-9"_s << u"metadata"_s << int(GuestOs::Windows)
                                         << u"10.0.17763"_s << true << vmtools;

    VmConfig agentOnly = bareVm();
    agentOnly.observed.agent = debianReport("");
    QTest::newRow("agent without a pretty name: the family")
        << agentOnly << int(GuestFacts::Source::GuestAgent) << u"Linux"_s << u"6.1.192"_s << u"none"_s << u"default"_s
        << int(GuestOs::Linux) << u"6.1.192"_s << false << QStringList();

    VmConfig declared = linuxVm(u"6.1.0"_s, xp::device::Flavour::QemuUpstream, std::nullopt);
    declared.observed.agent = debianReport();
    declared.observed.agent.state = AgentReport::State::NotResponding;
    QTest::newRow("declared when the agent does not answer")
        << declared << int(GuestFacts::Source::Declared) << u"Linux"_s << u"6.1.0"_s << u"none"_s << u"metadata"_s
        << int(GuestOs::Linux) << u"6.1.0"_s << false << QStringList();

    VmConfig unusable = windowsVm(u"10.0.17763"_s, false, vmtools);
    unusable.observed.agent = report("", "", "");
    QTest::newRow("declared when the report says nothing usable")
        << unusable << int(GuestFacts::Source::Declared) << u"Windows (client)"_s << u"10.0.17763"_s
        << u"xenserver-vmtools-9"_s << u"metadata"_s << int(GuestOs::Windows) << u"10.0.17763"_s << false << vmtools;

    // LibosinfoOs: osinfo-db's win/2k19 is Windows Server 2019, build 17763.
    VmConfig libosinfo = bareVm();
    libosinfo.definition.libosinfoId = u"http://microsoft.com/win/2k19"_s;
    QTest::newRow("libosinfo when nothing is declared")
        << libosinfo << int(GuestFacts::Source::Libosinfo) << u"Windows Server"_s << u"10.0.17763"_s << u"none"_s
        << u"default"_s << int(GuestOs::Windows) << u"10.0.17763"_s << true << QStringList();

    VmConfig agentOverLibosinfo = libosinfo;
    agentOverLibosinfo.observed.agent = debianReport();
    QTest::newRow("agent over libosinfo")
        << agentOverLibosinfo << int(GuestFacts::Source::GuestAgent) << u"Debian GNU/Linux 12 (bookworm)"_s
        << u"6.1.192"_s << u"none"_s << u"default"_s << int(GuestOs::Linux) << u"6.1.192"_s << false << QStringList();

    QTest::newRow("nothing known") << bareVm() << int(GuestFacts::Source::Default) << u"not recorded"_s << QString()
                                   << u"none"_s << u"default"_s << int(GuestOs::Unknown) << QString() << false
                                   << QStringList();

    VmConfig inventory = windowsVm(u"10.0.17763"_s, true, {u"citrix-legacy-6.0"_s});
    InventoryPackage unknown = package("oem20.inf", "");
    unknown.provider = u"Some Vendor"_s;
    inventory.observed.inventory =
        packagesInventory({package("oem7.inf", "xenserver-vmtools-9"), unknown, package("oem9.inf", "xenproject-9.1"),
                           package("oem8.inf", "xenserver-vmtools-9")});
    QTest::newRow("inventory over declared drivers, each package once")
        << inventory << int(GuestFacts::Source::Declared) << u"Windows Server"_s << u"10.0.17763"_s
        << u"xenserver-vmtools-9, xenproject-9.1"_s << u"inventory"_s << int(GuestOs::Windows) << u"10.0.17763"_s
        << true << QStringList{u"xenserver-vmtools-9"_s, u"xenproject-9.1"_s};

    VmConfig devicesOnly = windowsVm(u"10.0.17763"_s, true, {});
    DriverInventory devices;
    devices.origin = u"devices.txt"_s;
    devices.taken = utc("2026-12-07T10:00:00Z");
    devices.hasDevices = true;
    devices.devices = {platformDevice("oem7.inf", "xenserver-vmtools-9")};
    devicesOnly.observed.inventory = devices;
    QTest::newRow("enum-devices only: the bound packages")
        << devicesOnly << int(GuestFacts::Source::Declared) << u"Windows Server"_s << u"10.0.17763"_s
        << u"xenserver-vmtools-9"_s << u"inventory"_s << int(GuestOs::Windows) << u"10.0.17763"_s << true << vmtools;

    VmConfig emptyInventory = windowsVm(u"10.0.17763"_s, true, vmtools);
    DriverInventory neither;
    neither.origin = u"nothing.txt"_s;
    emptyInventory.observed.inventory = neither;
    QTest::newRow("inventory of neither output: declared drivers")
        << emptyInventory << int(GuestFacts::Source::Declared) << u"Windows Server"_s << u"10.0.17763"_s
        << u"xenserver-vmtools-9"_s << u"metadata"_s << int(GuestOs::Windows) << u"10.0.17763"_s << true << vmtools;
}

void tst_GuestFacts::precedence()
{
    QFETCH(VmConfig, config);
    QFETCH(int, osSource);
    QFETCH(QString, os);
    QFETCH(QString, release);
    QFETCH(QString, drivers);
    QFETCH(QString, driversFrom);
    QFETCH(int, effectiveOs);
    QFETCH(QString, effectiveRelease);
    QFETCH(bool, effectiveServer);
    QFETCH(QStringList, effectiveDrivers);
    const BootView boot = BootView::of(config);
    const GuestFacts facts = GuestFacts::of(config, boot);
    QCOMPARE(int(facts.osSource()), osSource);

    const GuestFacts::Fact* osFact = factOf(facts, u"os"_s);
    QVERIFY(osFact);
    QCOMPARE(osFact->value, os);
    QCOMPARE(int(osFact->source), osSource);
    const GuestFacts::Fact* releaseFact = factOf(facts, u"release"_s);
    QCOMPARE(releaseFact ? releaseFact->value : QString(), release);
    if (releaseFact)
        QCOMPARE(int(releaseFact->source), osSource);
    const GuestFacts::Fact* driversFact = factOf(facts, u"drivers"_s);
    QVERIFY(driversFact);
    QCOMPARE(driversFact->value, drivers);
    QCOMPARE(GuestFacts::sourceName(driversFact->source), driversFrom);

    VmConfig effective = boot.effective(config);
    facts.apply(effective);
    QCOMPARE(int(effective.guest.os), effectiveOs);
    QCOMPARE(effective.guest.release, effectiveRelease);
    QCOMPARE(effective.guest.server, effectiveServer);
    QCOMPARE(effective.guest.drivers, effectiveDrivers);
}

void tst_GuestFacts::disagreement_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QString>("key");          // the fact that carries the disagreement
    QTest::addColumn<QString>("disagreement"); // a part of it; empty: the fact has none
    QTest::addColumn<int>("findings");         // XP-SOURCES-DISAGREE
    QTest::addColumn<QString>("message");      // a part of the finding's message
    const QStringList vmtools{u"xenserver-vmtools-9"_s};

    VmConfig family = linuxVm(u"6.1.0"_s, xp::device::Flavour::QemuUpstream, std::nullopt);
    family.observed.agent = windowsReport("17763", true, "Windows Server 2019 Standard");
    QTest::newRow("family: Linux declared, agent reports Windows")
        << family << u"os"_s << u"declared in xpconsole's metadata: Linux"_s << 1
        << u"reports Windows Server 2019 Standard 10.0.17763, but the metadata declares Linux 6.1.0"_s;

    // qga/commands-win32.c: variant "server" whenever wProductType is not VER_NT_WORKSTATION.
    VmConfig edition = windowsVm(u"10.0.17763"_s, false, vmtools);
    edition.observed.agent = windowsReport("17763", true);
    QTest::newRow("edition: client declared, agent reports server")
        << edition << u"os"_s << u"declared in xpconsole's metadata: Windows (client)"_s << 1
        << u"the metadata declares Windows (client) 10.0.17763"_s;

    VmConfig build = windowsVm(u"10.0.17763"_s, true, vmtools);
    build.observed.agent = windowsReport("20348", true);
    QTest::newRow("build: 17763 declared, agent reports 20348")
        << build << u"release"_s << u"declared in xpconsole's metadata: 10.0.17763"_s << 1
        << u"Windows Server 10.0.20348"_s;

    VmConfig same = windowsVm(u"10.0.17763"_s, true, vmtools);
    same.observed.agent = windowsReport("17763", true);
    QTest::newRow("agent confirms the declaration") << same << u"release"_s << QString() << 0 << QString();

    VmConfig series = linuxVm(u"6.1.0"_s, xp::device::Flavour::QemuUpstream, std::nullopt);
    series.observed.agent = debianReport();
    QTest::newRow("same Linux series 6.1, point release 192: no finding")
        << series << u"release"_s << QString() << 0 << QString();

    VmConfig otherSeries = linuxVm(u"5.10.0"_s, xp::device::Flavour::QemuUpstream, std::nullopt);
    otherSeries.observed.agent = debianReport();
    QTest::newRow("Linux series 5.10 declared, 6.1 reported")
        << otherSeries << u"release"_s << u"declared in xpconsole's metadata: 5.10.0"_s << 1
        << u"the metadata declares Linux 5.10.0"_s;

    VmConfig bsd = bareVm();
    bsd.hasMetadata = true;
    bsd.guest.os = GuestOs::FreeBsd;
    bsd.guest.release = u"13.1"_s;
    bsd.observed.agent = report("freebsd", "13.2-RELEASE", "");
    QTest::newRow("FreeBSD 13.1 declared, 13.2-RELEASE reported")
        << bsd << u"release"_s << u"declared in xpconsole's metadata: 13.1"_s << 1 << u"FreeBSD 13.1"_s;

    VmConfig libosinfo = bareVm();
    libosinfo.definition.libosinfoId = u"http://microsoft.com/win/10"_s;
    libosinfo.observed.agent = debianReport();
    QTest::newRow("libosinfo says Windows, agent Linux: noted, no finding")
        << libosinfo << u"os"_s << u"libosinfo (intended at install): Windows (client)"_s << 0 << QString();

    VmConfig packages = windowsVm(u"10.0.17763"_s, true, {u"citrix-legacy-6.0"_s});
    packages.observed.inventory = packagesInventory({package("oem7.inf", "xenserver-vmtools-9")});
    QTest::newRow("inventory packages vs declared drivers")
        << packages << u"drivers"_s << u"declared in xpconsole's metadata: citrix-legacy-6.0"_s << 1
        << u"has xenserver-vmtools-9 installed, but the metadata declares citrix-legacy-6.0"_s;

    VmConfig order = windowsVm(u"10.0.17763"_s, true, {u"xenproject-9.1"_s, u"xenserver-vmtools-9"_s});
    order.observed.inventory =
        packagesInventory({package("oem7.inf", "xenserver-vmtools-9"), package("oem9.inf", "xenproject-9.1")});
    QTest::newRow("inventory lists the declared drivers in another order")
        << order << u"drivers"_s << QString() << 0 << QString();

    VmConfig nothingDeclared = windowsVm(u"10.0.17763"_s, true, {});
    nothingDeclared.observed.inventory = packagesInventory({package("oem7.inf", "xenserver-vmtools-9")});
    QTest::newRow("no drivers declared: the inventory only adds")
        << nothingDeclared << u"drivers"_s << QString() << 0 << QString();
}

void tst_GuestFacts::disagreement()
{
    QFETCH(VmConfig, config);
    QFETCH(QString, key);
    QFETCH(QString, disagreement);
    QFETCH(int, findings);
    QFETCH(QString, message);
    const GuestFacts facts = factsOf(config);
    const GuestFacts::Fact* fact = factOf(facts, key);
    QVERIFY(fact);
    const QString all = fact->disagreements.join(u'\n');
    if (disagreement.isEmpty())
        QVERIFY2(fact->disagreements.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(disagreement), qPrintable(all));
    QVERIFY2(countOf(facts.findings(), u"XP-SOURCES-DISAGREE"_s) == findings,
             qPrintable(findingsText(facts.findings())));
    for (const Finding& f : facts.findings()) {
        if (f.id != QLatin1String("XP-SOURCES-DISAGREE"))
            continue;
        QCOMPARE(f.severity, Finding::Severity::Warning);
        QVERIFY2(f.message.contains(message), qPrintable(f.message));
        QVERIFY(!f.evidence.isEmpty());
        // Each names both sources: the observation and our element.
        if (key == QLatin1String("drivers"))
            QCOMPARE(f.evidence, (QStringList{u"dc-01.txt"_s, u"<xp:driver>"_s}));
        else
            QCOMPARE(f.evidence, (QStringList{u"guest agent at 2026-12-07T10:00:00Z"_s, u"<xp:guest>"_s}));
    }
}

void tst_GuestFacts::ages_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("age");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("olderFinding"); // a part of XP-FACT-OLDER-THAN-BOOT's message; empty: none
    const int current = int(GuestFacts::Age::Current);
    const int older = int(GuestFacts::Age::OlderThanBoot);
    const int unknown = int(GuestFacts::Age::BootUnknown);

    VmConfig agent = windowsVm(u"10.0.17763"_s, true, {u"xenserver-vmtools-9"_s});
    agent.observed.agent = windowsReport("17763", true); // at 10:00
    VmConfig inventory = windowsVm(u"10.0.17763"_s, true, {u"xenserver-vmtools-9"_s});
    inventory.observed.inventory = packagesInventory({package("oem7.inf", "xenserver-vmtools-9")}); // taken 10:00

    VmConfig c = agent;
    c.observed.lastBoot = utc("2026-12-07T09:00:00Z");
    QTest::newRow("agent report after the last boot") << c << u"os"_s << current << kAgentAt << QString();
    c.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("agent report before the last boot")
        << c << u"os"_s << older << kAgentAt << u"The guest agent's report is from 2026-12-07T10:00:00Z"_s;
    c = inventory;
    c.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("inventory before the last boot")
        << c << u"drivers"_s << older << utc("2026-12-07T10:00:00Z")
        << u"The driver inventory (dc-01.txt) is from 2026-12-07T10:00:00Z"_s;
    c.observed.inventory->devices = {platformDevice("oem7.inf", "xenserver-vmtools-9")};
    QTest::newRow("bound driver before the last boot")
        << c << u"bound-driver"_s << older << utc("2026-12-07T10:00:00Z") << u"The driver inventory (dc-01.txt)"_s;
    c = inventory;
    c.observed.inventory->taken = {};
    c.observed.lastBoot = utc("2026-12-07T10:15:00Z");
    QTest::newRow("inventory without taken: the import's time")
        << c << u"drivers"_s << current << utc("2026-12-07T10:30:00Z") << QString();

    c = agent;
    c.running = true;
    c.observed.runningSince = utc("2026-12-07T09:30:00Z");
    QTest::newRow("running since before the report: this boot") << c << u"os"_s << current << kAgentAt << QString();
    c.observed.runningSince = utc("2026-12-07T10:30:00Z");
    QTest::newRow("running since after the report: boot unknown") << c << u"os"_s << unknown << kAgentAt << QString();
    c.running = false;
    c.observed.runningSince = utc("2026-12-07T09:30:00Z");
    QTest::newRow("stopped VM: running since does not count") << c << u"os"_s << unknown << kAgentAt << QString();
    c = agent;
    c.running = true;
    c.observed.runningSince = utc("2026-12-07T09:00:00Z");
    c.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("the last boot seen decides over running since")
        << c << u"os"_s << older << kAgentAt << u"The guest agent's report"_s;
    QTest::newRow("no boot known") << agent << u"os"_s << unknown << kAgentAt << QString();
    c = windowsVm(u"10.0.17763"_s, true, {});
    c.observed.lastBoot = utc("2026-12-07T11:00:00Z");
    QTest::newRow("declarations are timeless") << c << u"os"_s << current << QDateTime() << QString();
}

void tst_GuestFacts::ages()
{
    QFETCH(VmConfig, config);
    QFETCH(QString, key);
    QFETCH(int, age);
    QFETCH(QDateTime, at);
    QFETCH(QString, olderFinding);
    const GuestFacts facts = factsOf(config);
    const GuestFacts::Fact* fact = factOf(facts, key);
    QVERIFY(fact);
    QCOMPARE(GuestFacts::ageName(fact->age), GuestFacts::ageName(GuestFacts::Age(age)));
    QCOMPARE(fact->at, at);
    const int expected = olderFinding.isEmpty() ? 0 : 1;
    QVERIFY2(countOf(facts.findings(), u"XP-FACT-OLDER-THAN-BOOT"_s) == expected,
             qPrintable(findingsText(facts.findings())));
    for (const Finding& f : facts.findings())
        if (f.id == QLatin1String("XP-FACT-OLDER-THAN-BOOT")) {
            QCOMPARE(f.severity, Finding::Severity::Info);
            QVERIFY2(f.message.contains(olderFinding), qPrintable(f.message));
        }
}

void tst_GuestFacts::ageText_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("text");
    const QDateTime now = utc("2026-12-07T12:00:00Z");
    QTest::newRow("unknown") << QDateTime() << QString();
    QTest::newRow("30 s") << now.addSecs(-30) << u"just now"_s;
    QTest::newRow("5 min") << now.addSecs(-5 * 60) << u"5 min ago"_s;
    QTest::newRow("89 min") << now.addSecs(-89 * 60) << u"89 min ago"_s;
    QTest::newRow("2 h") << now.addSecs(-2 * 3600) << u"2 h ago"_s;
    QTest::newRow("35 h") << now.addSecs(-35 * 3600) << u"35 h ago"_s;
    QTest::newRow("3 d") << now.addDays(-3) << u"3 d ago"_s;
}

void tst_GuestFacts::ageText()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, text);
    QCOMPARE(GuestFacts::ageText(at, utc("2026-12-07T12:00:00Z")), text);
}

void tst_GuestFacts::changesThePrediction_data()
{
    QTest::addColumn<VmConfig>("declared");
    QTest::addColumn<VmConfig>("observed"); // the same VM with what the guest reported
    QTest::addColumn<QString>("declaredActive");
    QTest::addColumn<QString>("observedActive");
    QTest::addColumn<QStringList>("declaredFindings");
    QTest::addColumn<QStringList>("observedFindings");
    QTest::addColumn<QString>("uncertain"); // a part of an uncertain fact of the observed prediction

    // facts§10.9 (tst_BindingEngine linuxBackports): 0002 binds from stable 6.1.141 on; Debian's uname -r says
    // 6.1.0, its uname -v the upstream 6.1.192.
    const VmConfig debian = linuxVm(u"6.1.0"_s, xp::device::Flavour::XenServer, quint16(0x0002));
    VmConfig debianReported = debian;
    debianReported.observed.agent = debianReport();
    QTest::newRow("facts§10.9 Debian 6.1.192 reported binds 0002, 6.1.0 declared does not")
        << debian << debianReported << QString() << u"linux"_s
        << QStringList{u"XP-LINUX-0002-UNSUPPORTED"_s, u"XP-NO-PV"_s} << QStringList() << QString();

    VmConfig ubuntuReported = debian;
    ubuntuReported.observed.agent = report("ubuntu", "6.8.0-49-generic", "#49-Ubuntu SMP PREEMPT_DYNAMIC");
    QTest::newRow("Ubuntu-like 6.8.0-49-generic: other series, no 0002, release uncertain")
        << debian << ubuntuReported << QString() << QString()
        << QStringList{u"XP-LINUX-0002-UNSUPPORTED"_s, u"XP-NO-PV"_s}
        << QStringList{u"XP-LINUX-0002-UNSUPPORTED"_s, u"XP-NO-PV"_s, u"XP-SOURCES-DISAGREE"_s}
        << u"6.8.0-49-generic is a distribution"_s;

    const VmConfig linuxDeclared = [] {
        VmConfig c = linuxVm(u"6.1.0"_s, xp::device::Flavour::QemuUpstream, std::nullopt);
        c.guest.drivers = {u"xenserver-vmtools-9"_s};
        return c;
    }();
    VmConfig windowsReported = linuxDeclared;
    windowsReported.observed.agent = windowsReport("17763", true, "Windows Server 2019 Standard");
    QTest::newRow("agent reports Windows where Linux is declared")
        << linuxDeclared << windowsReported << u"linux"_s << u"xenserver-vmtools-9"_s << QStringList()
        << QStringList{u"XP-SOURCES-DISAGREE"_s} << QString();

    const VmConfig legacy = windowsVm(u"10.0.17763"_s, true, {u"citrix-legacy-6.0"_s});
    VmConfig imported = legacy;
    imported.observed.inventory = packagesInventory({package("oem7.inf", "xenserver-vmtools-9")});
    QTest::newRow("inventory has vmtools where legacy drivers are declared")
        << legacy << imported << u"citrix-legacy-6.0"_s << u"xenserver-vmtools-9"_s << QStringList()
        << QStringList{u"XP-SOURCES-DISAGREE"_s} << QString();

    const VmConfig vmtools = windowsVm(u"10.0.17763"_s, true, {u"xenserver-vmtools-9"_s});
    VmConfig noPv = vmtools;
    DriverInventory othersOnly = packagesInventory({});
    othersOnly.otherPackages = 40;
    noPv.observed.inventory = othersOnly;
    QTest::newRow("inventory has no PV package where vmtools is declared")
        << vmtools << noPv << u"xenserver-vmtools-9"_s << QString() << QStringList()
        << QStringList{u"XP-NO-PV"_s, u"XP-SOURCES-DISAGREE"_s} << QString();

    VmConfig confirmed = vmtools;
    confirmed.observed.agent = windowsReport("17763", true);
    confirmed.observed.inventory = packagesInventory({package("oem7.inf", "xenserver-vmtools-9")});
    QTest::newRow("agent and inventory confirm the declaration")
        << vmtools << confirmed << u"xenserver-vmtools-9"_s << u"xenserver-vmtools-9"_s << QStringList()
        << QStringList() << QString();
}

void tst_GuestFacts::changesThePrediction()
{
    QFETCH(VmConfig, declared);
    QFETCH(VmConfig, observed);
    QFETCH(QString, declaredActive);
    QFETCH(QString, observedActive);
    QFETCH(QStringList, declaredFindings);
    QFETCH(QStringList, observedFindings);
    QFETCH(QString, uncertain);
    const BindingEngine engine(m_catalogue);
    const PreviewOutcome before = engine.preview(declared);
    const PreviewOutcome after = engine.preview(observed);
    QCOMPARE(before.activeDriver, declaredActive);
    QCOMPARE(after.activeDriver, observedActive);
    QStringList beforeIds = before.findingIds();
    beforeIds.sort();
    QStringList afterIds = after.findingIds();
    afterIds.sort();
    QVERIFY2(beforeIds == declaredFindings, qPrintable(findingsText(before.findings)));
    QVERIFY2(afterIds == observedFindings, qPrintable(findingsText(after.findings)));
    // What the guest is comes before what the simulation found.
    const auto firstOther = std::find_if(after.findings.cbegin(), after.findings.cend(), [](const Finding& f) {
        return f.id != QLatin1String("XP-SOURCES-DISAGREE") && f.id != QLatin1String("XP-FACT-OLDER-THAN-BOOT");
    });
    QVERIFY(std::none_of(firstOther, after.findings.cend(),
                         [](const Finding& f) { return f.id == QLatin1String("XP-SOURCES-DISAGREE"); }));
    const QString facts = after.uncertainFacts.join(u'\n');
    if (!uncertain.isEmpty()) {
        QVERIFY(after.uncertain);
        QVERIFY2(facts.contains(uncertain), qPrintable(facts));
    } else {
        QVERIFY2(!facts.contains(u"distribution kernel"_s), qPrintable(facts));
    }
}

void tst_GuestFacts::findingsNameTheSourceFollowed_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<QString>("activeDriver");
    // Metadata Windows, libosinfo (virt-install) Debian 12, the agent Debian: BootView says the metadata and
    // libosinfo differ (XP-OS-DIFFERS), GuestFacts that the agent and the metadata do (XP-SOURCES-DISAGREE). The
    // prediction runs on the agent's OS; no finding may say it follows the metadata.
    VmConfig debian = windowsVm(u"10.0.17763"_s, true, {u"xenserver-vmtools-9"_s});
    debian.definition.libosinfoId = u"http://debian.org/debian/12"_s;
    debian.observed.agent = debianReport();
    QTest::newRow("agent and libosinfo say Debian, metadata Windows") << debian << u"linux"_s;
    // Without the agent the metadata decides, and XP-OS-DIFFERS says so rightly.
    VmConfig declared = debian;
    declared.observed.agent = AgentReport();
    QTest::newRow("metadata Windows, libosinfo Debian, no agent") << declared << u"xenserver-vmtools-9"_s;
}

void tst_GuestFacts::findingsNameTheSourceFollowed()
{
    QFETCH(VmConfig, config);
    QFETCH(QString, activeDriver);
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    QCOMPARE(outcome.activeDriver, activeDriver);
    const bool agentDecides = GuestFacts::agentOs(config.observed.agent).has_value();
    for (const Finding& f : outcome.findings) {
        if (agentDecides)
            QVERIFY2(!f.message.contains(u"follows the metadata"_s), qPrintable(findingsText(outcome.findings)));
        else
            QVERIFY2(!f.message.contains(u"follows the guest agent"_s), qPrintable(findingsText(outcome.findings)));
    }
    QVERIFY2(outcome.hasFinding(agentDecides ? u"XP-SOURCES-DISAGREE"_s : u"XP-OS-DIFFERS"_s),
             qPrintable(findingsText(outcome.findings)));
}

QTEST_GUILESS_MAIN(tst_GuestFacts)
#include "tst_GuestFacts.moc"
