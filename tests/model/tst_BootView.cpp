// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/BootView.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Realization.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// A domain as virt-install 4.1 writes one (libosinfo metadata, emulator, SATA disk, e1000e NIC), with our metadata
/// and the command-line block of the test row.
QString domainXml(const QString& type, const QString& osType, const QString& emulator, const QString& ourMetadata,
                  const QString& commandLine)
{
    return QStringLiteral(R"(<domain type="%1">
  <name>vm</name>
  <uuid>0b9e8a52-5e2c-4b8e-9c61-7a1d00000017</uuid>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://microsoft.com/win/10"/>
    </libosinfo:libosinfo>%4
  </metadata>
  <memory>4194304</memory>
  <os>
    <type arch="x86_64" machine="%5">%2</type>
  </os>
  <devices>%3
    <disk type="file" device="disk"><source file="/var/lib/libvirt/images/vm.qcow2"/><target dev="hda" bus="ide"/></disk>
    <interface type="network"><source network="default"/><mac address="52:54:00:12:34:56"/><model type="e1000e"/></interface>
  </devices>%6
</domain>)")
        .arg(type, osType,
             emulator.isEmpty() ? QString() : QStringLiteral("\n    <emulator>%1</emulator>").arg(emulator),
             ourMetadata, type == QLatin1String("xen") ? QStringLiteral("xenfv") : QStringLiteral("pc-i440fx-7.2"),
             commandLine);
}

QString commandLine(const QString& type, const QStringList& args)
{
    if (args.isEmpty())
        return {};
    const bool xen = type == QLatin1String("xen");
    const QString prefix = xen ? QStringLiteral("xen") : QStringLiteral("qemu");
    const QString ns = xen ? Realization::xenNamespace() : Realization::qemuNamespace();
    QString text = QStringLiteral("\n  <%1:commandline xmlns:%1=\"%2\">").arg(prefix, ns);
    for (const QString& a : args)
        text += QStringLiteral("\n    <%1:arg value=\"%2\"/>").arg(prefix, a.toHtmlEscaped());
    return text + QStringLiteral("\n  </%1:commandline>").arg(prefix);
}

const QString kWindowsMetadata = QStringLiteral(R"(
    <xp:platform xmlns:xp="urn:xpconsole:platform:1" schema="1">%1
      <xp:guest os="windows" release="10.0.19045" windows-update="automatic">
        <xp:driver package="xenserver-vmtools-9"/>
      </xp:guest>
    </xp:platform>)");

QString vendorMetadata(const QString& deviceId, const QString& revision)
{
    return kWindowsMetadata.arg(
        QStringLiteral("\n      <xp:vendor-device enabled=\"yes\" device-id=\"%1\" revision=\"%2\"/>")
            .arg(deviceId, revision));
}

VmConfig read(const QString& xml, HostDriver driver)
{
    VmConfig config;
    [&] { QVERIFY2(DomainXmlReader::read(xml, config), qPrintable(config.metadataErrors.join(QLatin1Char('\n')))); }();
    config.definition.driver = driver;
    return config;
}

QStringList vendorLabels(const PreviewOutcome& outcome)
{
    QStringList labels;
    for (const ExposedDevice& d : outcome.devices)
        labels << QStringLiteral("%1:%2:%3")
                      .arg(d.role == ExposedDevice::Role::Platform ? u"platform"_s : u"vendor"_s)
                      .arg(d.deviceId, 4, 16, QLatin1Char('0'))
                      .arg(d.revision, 2, 16, QLatin1Char('0'));
    return labels;
}

} // namespace

/// What boots, read from definitions that xpconsole did not write (issue 17), and the push that repairs them.
class tst_BootView : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatBoots_data();
    void readsWhatBoots();
    void readsTheDefinitionFacts();
    void osFromLibosinfoWhenTheMetadataIsSilent();
    void hostDecidesWhetherTheVmStarts_data();
    void hostDecidesWhetherTheVmStarts();
    void pushRepairsAndNeverAddsASecondVendorDevice();
    void previewOfAPushFollowsThePatcher();
    void pushOptionsRefuseWhatTheyCannotDo_data();
    void pushOptionsRefuseWhatTheyCannotDo();
};

void tst_BootView::readsWhatBoots_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<int>("driver");
    QTest::addColumn<bool>("fromDefinition");
    QTest::addColumn<QStringList>("devices");
    QTest::addColumn<QStringList>("findings"); // every id the prediction must have
    QTest::addColumn<bool>("uncertain");

    const int qemu = int(HostDriver::Qemu);
    const int libxl = int(HostDriver::Libxl);
    const QString win = kWindowsMetadata.arg(QString());
    const QString ourArg = QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc000,revision=0x01");

    // platform-facts §10.8: QEMU realizes xen-platform only for a Xen guest.
    QTest::newRow("kvm as virt-install writes it: no Xen device")
        << domainXml(u"kvm"_s, u"hvm"_s, u"/usr/bin/qemu-system-x86_64"_s, win, {}) << qemu << true << QStringList()
        << QStringList{u"XP-NO-XEN-PLATFORM"_s} << false;
    // Issue 17: a vendor device added by another tool is what boots, and is said to be foreign.
    QTest::newRow("kvm with another tool's vendor device")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, win,
                     commandLine(u"kvm"_s, {u"-device"_s, u"xen-pvdevice,device-id=0xc000,revision=2"_s}))
        << qemu << true << QStringList{u"vendor:c000:02"_s}
        << QStringList{u"XP-FOREIGN-VENDOR-DEVICE"_s, u"XP-VENDOR-WITHOUT-PLATFORM"_s} << true; // host not asked
    // Issue 17: our argument edited by hand to c001 rev 02 boots as such; the metadata's c000 rev 01 does not.
    QTest::newRow("kvm with our argument edited by hand")
        << domainXml(
               u"kvm"_s, u"hvm"_s, {}, vendorMetadata(u"0xc000"_s, u"0x01"_s),
               commandLine(u"kvm"_s, {u"-device"_s, u"xen-pvdevice,id=xpc-vendor,device-id=0xc001,revision=0x02"_s}))
        << qemu << true << QStringList{u"vendor:c001:02"_s} << QStringList{u"XP-DEFINITION-DIFFERS"_s}
        << true; // host not asked
    QTest::newRow("kvm: metadata asks for a device the definition lacks")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, vendorMetadata(u"0xc000"_s, u"0x01"_s), {}) << qemu << true
        << QStringList() << QStringList{u"XP-DEFINITION-DIFFERS"_s} << false;
    // hw/i386/xen/xen_platform.c: u"xen-platform device requires a Xen guest"_s.
    QTest::newRow("kvm with xen-platform: will not start")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, win, commandLine(u"kvm"_s, {u"-device"_s, u"xen-platform"_s})) << qemu
        << true << QStringList() << QStringList{u"XP-DEVICE-REFUSED"_s} << false;
    QTest::newRow("kvm with a refused vendor device")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, win,
                     commandLine(u"kvm"_s, {u"-device"_s, u"xen-pvdevice,device-id=0x10000"_s}))
        << qemu << true << QStringList() << QStringList{u"XP-DEVICE-REFUSED"_s} << false;
    // QEMU docs/system/i386/xen.rst: Xen HVM emulation adds the platform device by itself (QEMU 8.0+: uncertain).
    QTest::newRow("kvm with Xen HVM emulation")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, win,
                     commandLine(u"kvm"_s, {u"-accel"_s, u"kvm,xen-version=0x4000a,kernel-irqchip=split"_s}))
        << qemu << true << QStringList{u"platform:0001:01"_s} << QStringList() << true;
    // xen tools/libs/light/libxl_create.c: xen_platform_pci defaults to 1 for HVM.
    QTest::newRow("libxl hvm, default device model") << domainXml(u"xen"_s, u"hvm"_s, {}, win, {}) << libxl << true
                                                     << QStringList{u"platform:0001:01"_s} << QStringList() << false;
    QTest::newRow("libxl hvm with our vendor device")
        << domainXml(u"xen"_s, u"hvm"_s, u"/usr/lib/xen/bin/qemu-system-i386"_s, vendorMetadata(u"0xc000"_s, u"0x01"_s),
                     commandLine(u"xen"_s, {u"-device"_s, ourArg}))
        << libxl << true << QStringList{u"platform:0001:01"_s, u"vendor:c000:01"_s} << QStringList() << true;
    // libvirt src/libxl/libxl_capabilities.c libxlDomainGetEmulatorType: qemu-dm is qemu-traditional.
    QTest::newRow("libxl hvm on qemu-dm, metadata says upstream")
        << domainXml(u"xen"_s, u"hvm"_s, u"/usr/lib/xen/bin/qemu-dm"_s,
                     kWindowsMetadata.arg(u"\n      <xp:device-model flavour=\"qemu-upstream\"/>"_s), {})
        << libxl << true << QStringList{u"platform:0001:01"_s} << QStringList{u"XP-DEVICE-MODEL-DIFFERS"_s} << true;
    QTest::newRow("libxl: metadata turns off a device libxl adds")
        << domainXml(u"xen"_s, u"hvm"_s, {}, kWindowsMetadata.arg(u"\n      <xp:platform-device enabled=\"no\"/>"_s),
                     {})
        << libxl << true << QStringList{u"platform:0001:01"_s} << QStringList{u"XP-DEFINITION-DIFFERS"_s} << false;
    QTest::newRow("libxl PV guest: no PCI bus") << domainXml(u"xen"_s, u"linux"_s, {}, win, {}) << libxl << true
                                                << QStringList() << QStringList{u"XP-XEN-PV-GUEST"_s} << false;
    QTest::newRow("libxl PVH guest: no PCI bus") << domainXml(u"xen"_s, u"xenpvh"_s, {}, win, {}) << libxl << true
                                                 << QStringList() << QStringList{u"XP-XEN-PV-GUEST"_s} << false;
    // The test driver keeps no command line: the metadata stands (the demo node relies on it).
    QTest::newRow("test driver: metadata stands")
        << domainXml(u"kvm"_s, u"hvm"_s, {}, vendorMetadata(u"0xc000"_s, u"0x01"_s), {}) << int(HostDriver::Test)
        << false << QStringList{u"platform:0001:01"_s, u"vendor:c000:01"_s} << QStringList() << false;
}

void tst_BootView::readsWhatBoots()
{
    QFETCH(QString, xml);
    QFETCH(int, driver);
    QFETCH(bool, fromDefinition);
    QFETCH(QStringList, devices);
    QFETCH(QStringList, findings);
    QFETCH(bool, uncertain);
    const VmConfig config = read(xml, HostDriver(driver));
    const BootView view = BootView::of(config);
    QCOMPARE(view.basis() == BootView::Basis::Definition, fromDefinition);
    QVERIFY(!view.basisSource().isEmpty());
    const PreviewOutcome outcome = BindingEngine(DriverCatalogue::shipped()).preview(config);
    QCOMPARE(vendorLabels(outcome), devices);
    for (const QString& id : findings)
        QVERIFY2(outcome.hasFinding(id), qPrintable(outcome.findingIds().join(u' ')));
    QCOMPARE(!view.uncertainFacts().isEmpty(), uncertain);
    // Never a prediction from a device that does not exist: no platform device, nothing unplugged.
    if (!devices.join(u' ').contains(u"platform"))
        QVERIFY(outcome.unplugged.isEmpty());
}

void tst_BootView::hostDecidesWhetherTheVmStarts_data()
{
    QTest::addColumn<int>("support");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<bool>("uncertain");
    // XenDeviceProbe's answer (libvirt's domain capabilities for machine xenfv, issue 17 item 2).
    QTest::newRow("qemu with Xen support") << int(HostSupport::Yes) << false << false;
    QTest::newRow("Debian's qemu-system-x86_64: no xen-pvdevice") << int(HostSupport::No) << true << false;
    QTest::newRow("libvirt could not say") << int(HostSupport::Unknown) << false << true;
    QTest::newRow("not asked") << int(HostSupport::NotAsked) << false << true;
}

void tst_BootView::hostDecidesWhetherTheVmStarts()
{
    QFETCH(int, support);
    QFETCH(bool, refused);
    QFETCH(bool, uncertain);
    VmConfig config = read(domainXml(u"kvm"_s, u"hvm"_s, {}, vendorMetadata(u"0xc000"_s, u"0x01"_s),
                                     commandLine(u"kvm"_s, {u"-device"_s, u"xen-pvdevice,id=xpc-vendor,vendor-id="
                                                                          "0x5853,device-id=0xc000,revision=0x01"_s})),
                           HostDriver::Qemu);
    config.definition.xenDevices = HostSupport(support);
    config.definition.xenDevicesDetail = u"what libvirt said"_s;
    const PreviewOutcome outcome = BindingEngine(DriverCatalogue::shipped()).preview(config);
    QCOMPARE(outcome.hasFinding(u"XP-DEVICE-REFUSED"_s), refused);
    QCOMPARE(BootView::of(config).uncertainFacts().isEmpty(), !uncertain);
    // The same for the push that would write the device.
    QString error;
    const PreviewOutcome after =
        BindingEngine(DriverCatalogue::shipped())
            .preview(config, {*ConfigChange::parse(u"vendor-device=0xc001"_s, &error)}, &error);
    QCOMPARE(after.hasFinding(u"XP-DEVICE-REFUSED"_s), refused);
}

void tst_BootView::osFromLibosinfoWhenTheMetadataIsSilent()
{
    // A libxl HVM domain virt-install made: no metadata of ours, libosinfo says Windows 10.
    const VmConfig silent = read(domainXml(u"xen"_s, u"hvm"_s, {}, {}, {}), HostDriver::Libxl);
    const BootView view = BootView::of(silent);
    QCOMPARE(view.osSource(), BootView::OsSource::Libosinfo);
    QVERIFY(view.osSourceText().contains(u"http://microsoft.com/win/10"_s));
    QCOMPARE(view.effective(silent).guest.os, GuestOs::Windows);
    QVERIFY(silent.guest.os == GuestOs::Unknown); // never written into our metadata
    QVERIFY(!view.uncertainFacts().isEmpty());    // Windows 10 spans builds
    // The prediction now has an OS: the platform device is ranked for Windows.
    const PreviewOutcome outcome = BindingEngine(DriverCatalogue::shipped()).preview(silent);
    QVERIFY(!outcome.devices.isEmpty());
    QVERIFY(!outcome.devices.first().hardwareIds.isEmpty());

    // Our metadata wins, and a different family is a finding.
    const VmConfig linux =
        read(domainXml(u"xen"_s, u"hvm"_s, {}, uR"(<xp:platform xmlns:xp="urn:xpconsole:platform:1" schema="1">
      <xp:guest os="linux" release="6.1.0"/></xp:platform>)"_s,
                       {}),
             HostDriver::Libxl);
    const BootView differs = BootView::of(linux);
    QCOMPARE(differs.osSource(), BootView::OsSource::Metadata);
    QCOMPARE(differs.effective(linux).guest.os, GuestOs::Linux);
    QVERIFY(std::any_of(differs.findings().cbegin(), differs.findings().cend(),
                        [](const Finding& f) { return f.id == u"XP-OS-DIFFERS"_s; }));
}

void tst_BootView::readsTheDefinitionFacts()
{
    const VmConfig config = read(domainXml(u"kvm"_s, u"hvm"_s, u"/usr/bin/qemu-system-x86_64"_s, {},
                                           commandLine(u"kvm"_s, {u"-device"_s, u"e1000,id=xpc-vendor"_s, u"--device"_s,
                                                                  u"xen-pvdevice,device-id=0xc000"_s, u"-accel"_s,
                                                                  u"kvm,xen-version=0x4000a"_s})),
                                 HostDriver::Qemu);
    QCOMPARE(config.definition.osType, QStringLiteral("hvm"));
    QCOMPARE(config.definition.emulator, QStringLiteral("/usr/bin/qemu-system-x86_64"));
    QCOMPARE(config.definition.libosinfoId, QStringLiteral("http://microsoft.com/win/10"));
    QCOMPARE(config.definition.devices.size(), 1); // the e1000 is not a Xen device, whatever its id
    QVERIFY(!config.definition.devices.first().ours);
    QCOMPARE(config.definition.xenEmulationArgument, QStringLiteral("-accel kvm,xen-version=0x4000a"));
    // Only the dialect the domain type's driver reads: a xen:commandline on a kvm domain boots nothing.
    const VmConfig other = read(domainXml(u"kvm"_s, u"hvm"_s, {}, {},
                                          commandLine(u"xen"_s, {u"-device"_s, u"xen-pvdevice,device-id=0xc000"_s})),
                                HostDriver::Qemu);
    QVERIFY(other.definition.devices.isEmpty());
}

void tst_BootView::pushRepairsAndNeverAddsASecondVendorDevice()
{
    const QString foreign = QStringLiteral("xen-pvdevice,device-id=0xc000,revision=2");
    const QString xml = domainXml(u"kvm"_s, u"hvm"_s, {}, kWindowsMetadata.arg(QString()),
                                  commandLine(u"kvm"_s, {u"-device"_s, u"e1000"_s, u"-device"_s, foreign}));
    const VmConfig baseline = read(xml, HostDriver::Qemu);

    // Asking for a vendor device next to another tool's is refused, and nothing is written.
    VmConfig edited = baseline;
    QString error;
    QVERIFY(BindingEngine::apply(edited, {*ConfigChange::parse(u"vendor-device=0xc000"_s, &error)}, &error));
    DomainPatcher::Result refused = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Qemu);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(foreign), qPrintable(refused.error));

    // Taken over: the guest keeps c000 rev 02, written as ours in the other tool's place; e1000 stays.
    VmConfig taken = baseline;
    QVERIFY2(BindingEngine::apply(taken, {*ConfigChange::parse(u"take-over=vendor-device"_s, &error)}, &error),
             qPrintable(error));
    QCOMPARE(taken.vendor.deviceId, quint16(0xc000));
    QCOMPARE(taken.vendor.revision, quint8(0x02));
    const DomainPatcher::Result result = DomainPatcher::patch(xml, baseline, taken, CommandLineDialect::Qemu);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(DomainPatcher::foreignArguments(result.xml, CommandLineDialect::Qemu),
             (QStringList{u"-device"_s, u"e1000"_s}));
    QCOMPARE(
        DomainPatcher::ownArguments(result.xml, CommandLineDialect::Qemu),
        (QStringList{u"-device"_s, u"xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc000,revision=0x02"_s}));

    // Our argument edited by hand: the next push, whatever it is for, writes the metadata's again.
    const QString edited2 = domainXml(
        u"kvm"_s, u"hvm"_s, {}, vendorMetadata(u"0xc000"_s, u"0x01"_s),
        commandLine(u"kvm"_s, {u"-device"_s, u"xen-pvdevice,id=xpc-vendor,device-id=0xc001,revision=0x02"_s}));
    const VmConfig before = read(edited2, HostDriver::Qemu);
    VmConfig after = before;
    QVERIFY(BindingEngine::apply(after, {*ConfigChange::parse(u"windows-update=off"_s, &error)}, &error));
    const DomainPatcher::Result repaired = DomainPatcher::patch(edited2, before, after, CommandLineDialect::Qemu);
    QVERIFY2(repaired.ok, qPrintable(repaired.error));
    QVERIFY(repaired.plan.argumentsChanged);
    QCOMPARE(DomainPatcher::ownArguments(repaired.xml, CommandLineDialect::Qemu).value(1),
             QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc000,revision=0x01"));
}

void tst_BootView::previewOfAPushFollowsThePatcher()
{
    const QString xml = domainXml(u"xen"_s, u"hvm"_s, {}, kWindowsMetadata.arg(QString()),
                                  commandLine(u"xen"_s, {u"-device"_s, u"xen-pvdevice,device-id=0xc000,revision=2"_s}));
    const VmConfig config = read(xml, HostDriver::Libxl);
    const BindingEngine engine(DriverCatalogue::shipped());
    QString error;
    // A push that adds ours next to theirs is refused, and its preview says so.
    const PreviewOutcome refused = engine.preview(config, {*ConfigChange::parse(u"vendor-device=0xc000"_s, &error)});
    QVERIFY2(refused.hasFinding(u"XP-PUSH-REFUSED"_s), qPrintable(refused.findingIds().join(u' ')));
    QCOMPARE(vendorLabels(refused), (QStringList{u"platform:0001:01"_s, u"vendor:c000:02"_s}));
    // Taking it over keeps one vendor device, now ours.
    const PreviewOutcome taken = engine.preview(config, {*ConfigChange::parse(u"take-over=vendor-device"_s, &error)});
    QVERIFY(!taken.hasFinding(u"XP-PUSH-REFUSED"_s));
    QVERIFY(!taken.hasFinding(u"XP-FOREIGN-VENDOR-DEVICE"_s));
    QCOMPARE(vendorLabels(taken), (QStringList{u"platform:0001:01"_s, u"vendor:c000:02"_s}));
}

void tst_BootView::pushOptionsRefuseWhatTheyCannotDo_data()
{
    QTest::addColumn<QString>("device"); // the -device value of the definition, or empty
    QTest::addColumn<QString>("set");
    QTest::addColumn<QString>("error"); // a part of the message
    QTest::newRow("take-over of something else")
        << QString() << u"take-over=platform-device"_s << u"expected vendor-device"_s;
    QTest::newRow("override of something else") << QString() << u"override=everything"_s << u"expected host-check"_s;
    QTest::newRow("take-over without a foreign device")
        << QString() << u"take-over=vendor-device"_s << u"no vendor device of another tool"_s;
    QTest::newRow("take-over of our own") << u"xen-pvdevice,id=xpc-vendor,device-id=0xc000"_s
                                          << u"take-over=vendor-device"_s << u"no vendor device of another tool"_s;
    // hw/i386/xen/xen_pvdevice.c: device-id defaults to 0xffff, which realize refuses.
    QTest::newRow("take-over of a device without an id")
        << u"xen-pvdevice"_s << u"take-over=vendor-device"_s << u"0xffff"_s;
}

void tst_BootView::pushOptionsRefuseWhatTheyCannotDo()
{
    QFETCH(QString, device);
    QFETCH(QString, set);
    QFETCH(QString, error);
    VmConfig config = read(domainXml(u"kvm"_s, u"hvm"_s, {}, {},
                                     device.isEmpty() ? QString() : commandLine(u"kvm"_s, {u"-device"_s, device})),
                           HostDriver::Qemu);
    QString message;
    const auto change = ConfigChange::parse(set, &message);
    if (change) {
        const VmConfig before = config;
        QVERIFY(!change->applyTo(config, &message));
        QCOMPARE(config.vendor, before.vendor);
    }
    QVERIFY2(message.contains(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_BootView)
#include "tst_BootView.moc"
