// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConfigDump.h"
#include "device/PlatformDevice.h"

#include <QTest>
#include <initializer_list>

using xp::device::AccessWidth;
using xp::device::ErrorCode;
using xp::device::Flavour;
using xp::device::kAllFlavours;
using xp::device::PciConfigSpace;
using xp::device::PlatformDevice;
using xp::device::PlatformDeviceConfig;

Q_DECLARE_METATYPE(xp::device::Flavour)
Q_DECLARE_METATYPE(xp::device::XenServerProfile)

namespace {
using ConfigDump::toBytes;

QByteArray dump(std::initializer_list<const char*> lines)
{
    return ConfigDump::fromLines(lines);
}

// -1 in a data row means "not configured".
PlatformDevice make(Flavour flavour, int deviceId = -1, int revision = -1)
{
    PlatformDeviceConfig config;
    config.flavour = flavour;
    if (deviceId >= 0)
        config.deviceId = quint16(deviceId);
    if (revision >= 0)
        config.revision = quint8(revision);
    auto created = PlatformDevice::create(config);
    if (!created)
        qFatal("PlatformDevice::create refused a valid configuration");
    return *created;
}

const char* name(Flavour flavour)
{
    return xp::device::flavourName(flavour).data();
}
} // namespace

class tst_PlatformDevice : public QObject
{
    Q_OBJECT

private slots:
    void constants();
    void resetDump_data();
    void resetDump();
    void identity_data();
    void identity();
    void xenServerProfiles_data();
    void xenServerProfiles();
    void barSizing_data();
    void barSizing();
    void identityIsReadOnly_data();
    void identityIsReadOnly();
    void resetAfterWrites_data();
    void resetAfterWrites();
    void ioBar_data();
    void ioBar();
    void ioBarReads_data();
    void ioBarReads();
    void ioBarWideAccess();
    void ioBarLogPort_data();
    void ioBarLogPort();
    void mmioReadsZero_data();
    void mmioReadsZero();
    void createError_data();
    void createError();
};

void tst_PlatformDevice::constants()
{
    QCOMPARE(PlatformDevice::kMagic, quint16(0x49d2));            // facts§1.1, §2 step 1
    QCOMPARE(PlatformDevice::kBlacklistedMagic, quint16(0xd249)); // facts§1.3
    QCOMPARE(PlatformDevice::kVendorId, quint16(0x5853));         // facts§1.1 "XS"
    QCOMPARE(PlatformDevice::kProtocolVersion, quint8(1));        // facts§1.1
    QCOMPARE(PlatformDevice::kPortBase, quint16(0x10));           // facts§1.1
    QCOMPARE(PlatformDevice::kIoBarSize, quint32(0x100));         // facts§1.1
    QCOMPARE(PlatformDevice::kMmioBarSize, quint32(0x1000000));   // facts§1.1
    QVERIFY(PlatformDevice::kVersion2BlacklistUncertain);         // facts§1.5 UNCONFIRMED
}

void tst_PlatformDevice::resetDump_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<QByteArray>("expected");
    // facts§1.1: 5853:0001 rev 01, class ff8000, BAR0 I/O, BAR1 prefetchable, subsys 5853:0001, pin 1;
    // BARs hold only their type bits until assigned. Command: trad keeps its 0003 preset; upstream's
    // reset clears it (derived from facts§3's observed xen-pvdevice, which presets memory and reads 0).
    const QByteArray trad = dump(
        {"00: 53 58 01 00 03 00 00 00 01 00 80 ff 00 00 00 00", "10: 01 00 00 00 08 00 00 00 00 00 00 00 00 00 00 00",
         "20: 00 00 00 00 00 00 00 00 00 00 00 00 53 58 01 00", "30: 00 00 00 00 00 00 00 00 00 00 00 00 00 01 00 00"});
    QByteArray upstream = trad;
    upstream[4] = 0;
    QTest::newRow("facts§1.1+§3 qemu-upstream command cleared by reset")
        << Flavour::QemuUpstream << -1 << -1 << upstream;
    QTest::newRow("facts§1.3 qemu-traditional same IDs") << Flavour::QemuTraditional << -1 << -1 << trad;
    // facts§1.5: class 01/00 SCSI, pin 3 (INTC), defaults 0001 rev 1.
    QTest::newRow("facts§1.5 xenserver-trad default")
        << Flavour::XenServerTrad << -1 << -1
        << dump({"00: 53 58 01 00 03 00 00 00 01 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 01 00", "3d: 03"});
    QTest::newRow("facts§1.5 xenserver-trad device 0002 implies rev 02 subsys 0002")
        << Flavour::XenServerTrad << 0x0002 << -1
        << dump({"00: 53 58 02 00 03 00 00 00 02 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 02 00", "3d: 03"});
    QTest::newRow("facts§8 xenserver-trad device 0001 rev 2 explicit")
        << Flavour::XenServerTrad << 0x0001 << 0x02
        << dump({"00: 53 58 01 00 03 00 00 00 02 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 01 00", "3d: 03"});
    QTest::newRow("facts§1.5 xenserver-trad explicit revision wins")
        << Flavour::XenServerTrad << 0xc200 << 0x07
        << dump({"00: 53 58 00 c2 03 00 00 00 07 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 00 c2", "3d: 03"});
    // facts§10.1, xen-api ocaml/xenopsd/xc/device.ml Dm_Common.xen_platform (qemu-upstream-compat, the profile
    // create() uses unless told): device-id, revision, class-id=0x0100, subsystem 5853:device-id, and upstream
    // QEMU's INTA and reset-cleared command register.
    QTest::newRow("facts§10.1 xenserver compat default")
        << Flavour::XenServer << -1 << -1
        << dump({"00: 53 58 01 00 00 00 00 00 01 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 01 00", "3d: 01"});
    QTest::newRow("facts§10.1 xenserver compat device 0002 implies rev 02 subsys 0002")
        << Flavour::XenServer << 0x0002 << -1
        << dump({"00: 53 58 02 00 00 00 00 00 02 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 02 00", "3d: 01"});
    QTest::newRow("xenserver-trad revision without device id")
        << Flavour::XenServerTrad << -1 << 0x05
        << dump({"00: 53 58 01 00 03 00 00 00 05 00 00 01", "10: 01 00 00 00 08", "2c: 53 58 01 00", "3d: 03"});
}

void tst_PlatformDevice::resetDump()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(QByteArray, expected);
    const PlatformDevice device = make(flavour, deviceId, revision);
    QCOMPARE(toBytes(device.config().bytes()), expected);
}

void tst_PlatformDevice::identity_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<int>("expectedDevice");
    QTest::addColumn<int>("expectedRevision");
    QTest::addColumn<int>("classCode");
    QTest::addColumn<int>("pin");
    QTest::newRow("facts§1.1 qemu-upstream") << Flavour::QemuUpstream << -1 << -1 << 1 << 1 << 0xff8000 << 1;
    QTest::newRow("facts§1.3 qemu-traditional") << Flavour::QemuTraditional << -1 << -1 << 1 << 1 << 0xff8000 << 1;
    QTest::newRow("facts§1.5 xenserver-trad default") << Flavour::XenServerTrad << -1 << -1 << 1 << 1 << 0x010000 << 3;
    QTest::newRow("facts§10.1 xenserver compat default, upstream INTA")
        << Flavour::XenServer << -1 << -1 << 1 << 1 << 0x010000 << 1;
    QTest::newRow("facts§10.1 xenserver compat 0002 rev 2") << Flavour::XenServer << 2 << -1 << 2 << 2 << 0x010000 << 1;
    QTest::newRow("facts§1.5 xenserver-trad 0002 rev 2")
        << Flavour::XenServerTrad << 2 << -1 << 2 << 2 << 0x010000 << 3;
    QTest::newRow("facts§1.5 xenserver-trad 0002 rev 01 explicit wins")
        << Flavour::XenServerTrad << 2 << 1 << 2 << 1 << 0x010000 << 3;
}

void tst_PlatformDevice::identity()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(int, expectedDevice);
    QFETCH(int, expectedRevision);
    QFETCH(int, classCode);
    QFETCH(int, pin);
    const PlatformDevice device = make(flavour, deviceId, revision);
    QCOMPARE(device.flavour(), flavour);
    QCOMPARE(int(device.vendorId()), 0x5853);
    QCOMPARE(int(device.deviceId()), expectedDevice);
    QCOMPARE(int(device.revision()), expectedRevision);
    QCOMPARE(int(device.subsystemVendorId()), 0x5853);
    QCOMPARE(int(device.subsystemId()), expectedDevice);
    QCOMPARE(int(device.classCode()), classCode);
    QCOMPARE(int(device.interruptPin()), pin);
    // The accessors and the configuration space agree.
    const PciConfigSpace& space = device.config();
    QCOMPARE(int(space.read(0x02, AccessWidth::Word)), expectedDevice);
    QCOMPARE(int(space.read(0x08, AccessWidth::Dword) >> 8), classCode);
    QCOMPARE(int(space.read(0x2e, AccessWidth::Word)), expectedDevice);
    QCOMPARE(int(space.read(0x3d, AccessWidth::Byte)), pin);
}

void tst_PlatformDevice::xenServerProfiles_data()
{
    using xp::device::XenServerProfile;
    QTest::addColumn<XenServerProfile>("profile");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<int>("expectedRevision");
    QTest::addColumn<int>("subsystemId");
    QTest::addColumn<int>("classCode");
    const auto compat = XenServerProfile::UpstreamCompat;
    const auto uefi = XenServerProfile::UpstreamUefi;
    // xen-api ocaml/xenopsd/xc/xenops_server_xen.ml xen_platform_of: "The revision is always 2 if a device_id is
    // specified", else 1; device.ml passes revision, class-id and subsystem only with trad_compat.
    QTest::newRow("xen-api compat no device_id rev 1 class 0100") << compat << -1 << -1 << 1 << 0x0001 << 0x010000;
    QTest::newRow("xen-api compat device_id 0002 rev 2") << compat << 2 << -1 << 2 << 0x0002 << 0x010000;
    QTest::newRow("xen-api compat device_id 0001 still rev 2") << compat << 1 << -1 << 2 << 0x0001 << 0x010000;
    // CA-313709 (xen-api 6dd1c2f9ca): a VM first started before 8.0 keeps rev 2 without device_id; the metadata
    // describes it with an explicit revision.
    QTest::newRow("xen-api CA-313709 compat rev 2 without device_id") << compat << -1 << 2 << 2 << 0x0001 << 0x010000;
    // qemu-upstream-uefi passes device-id only: QEMU's defaults (revision property 1, class ff80, class_init's
    // subsystem 5853:0001) stand, derived from xcp-ng-rpms/qemu's patches and hw/i386/xen/xen_platform.c.
    QTest::newRow("xen-api uefi no device_id") << uefi << -1 << -1 << 1 << 0x0001 << 0xff8000;
    QTest::newRow("xen-api uefi device_id 0002 keeps rev 1 subsys 0001") << uefi << 2 << -1 << 1 << 0x0001 << 0xff8000;
}

void tst_PlatformDevice::xenServerProfiles()
{
    using xp::device::XenServerProfile;
    QFETCH(XenServerProfile, profile);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(int, expectedRevision);
    QFETCH(int, subsystemId);
    QFETCH(int, classCode);
    PlatformDeviceConfig config;
    config.flavour = Flavour::XenServer;
    config.profile = profile;
    if (deviceId >= 0)
        config.deviceId = quint16(deviceId);
    if (revision >= 0)
        config.revision = quint8(revision);
    const auto device = PlatformDevice::create(config);
    QVERIFY(device);
    const int expectedDevice = deviceId >= 0 ? deviceId : 1;
    QCOMPARE(int(device->deviceId()), expectedDevice);
    QCOMPARE(int(device->revision()), expectedRevision);
    QCOMPARE(int(device->subsystemId()), subsystemId);
    QCOMPARE(int(device->classCode()), classCode);
    QCOMPARE(int(device->interruptPin()), 1); // no XenServer 8 patch touches PCI_INTERRUPT_PIN
    QCOMPARE(int(device->config().read(0x2e, AccessWidth::Word)), subsystemId);
    QCOMPARE(int(device->config().read(0x08, AccessWidth::Byte)), expectedRevision);
    // identity() is what create() builds from, and what the UI and the push plan show as XAPI's values.
    const PlatformDevice::Identity id = PlatformDevice::identity(config);
    QCOMPARE(int(id.revision), expectedRevision);
    QCOMPARE(int(id.subsystemId), subsystemId);
}

void tst_PlatformDevice::barSizing_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("offset");
    QTest::addColumn<quint32>("resetValue");
    QTest::addColumn<quint32>("sized");
    for (const Flavour f : kAllFlavours) {
        // facts§1.1/§1.3: BAR0 I/O 0x100, BAR1 32-bit prefetchable 16 MiB, nothing else.
        QTest::addRow("facts§1.1 %s BAR0 io 256", name(f)) << f << 0x10 << 0x1u << 0xffffff01u;
        QTest::addRow("facts§1.1 %s BAR1 16MiB prefetchable", name(f)) << f << 0x14 << 0x8u << 0xff000008u;
        QTest::addRow("%s BAR2 absent", name(f)) << f << 0x18 << 0u << 0u;
        QTest::addRow("%s BAR5 absent", name(f)) << f << 0x24 << 0u << 0u;
        QTest::addRow("%s expansion ROM absent", name(f)) << f << 0x30 << 0u << 0u;
    }
}

void tst_PlatformDevice::barSizing()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, offset);
    QFETCH(quint32, resetValue);
    QFETCH(quint32, sized);
    PlatformDevice device = make(flavour);
    QCOMPARE(device.config().read(quint16(offset), AccessWidth::Dword), resetValue);
    device.config().write(quint16(offset), AccessWidth::Dword, 0xffffffff);
    QCOMPARE(device.config().read(quint16(offset), AccessWidth::Dword), sized);
}

void tst_PlatformDevice::identityIsReadOnly_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("offset");
    for (const Flavour f : kAllFlavours) {
        QTest::addRow("%s vendor/device", name(f)) << f << 0x00;
        QTest::addRow("%s revision/class", name(f)) << f << 0x08;
        QTest::addRow("%s subsystem", name(f)) << f << 0x2c;
        QTest::addRow("%s capability pointer", name(f)) << f << 0x34;
    }
}

void tst_PlatformDevice::identityIsReadOnly()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, offset);
    PlatformDevice device = make(flavour);
    const quint32 before = device.config().read(quint16(offset), AccessWidth::Dword);
    device.config().write(quint16(offset), AccessWidth::Dword, 0x12345678);
    QCOMPARE(device.config().read(quint16(offset), AccessWidth::Dword), before);
}

void tst_PlatformDevice::resetAfterWrites_data()
{
    QTest::addColumn<Flavour>("flavour");
    for (const Flavour f : kAllFlavours)
        QTest::addRow("%s", name(f)) << f;
}

void tst_PlatformDevice::resetAfterWrites()
{
    QFETCH(Flavour, flavour);
    PlatformDevice device = make(flavour);
    const QByteArray image = toBytes(device.config().bytes());
    device.config().write(0x04, AccessWidth::Word, 0x0000);
    QCOMPARE(device.config().read(0x04, AccessWidth::Word), 0x0000u); // I/O and memory enable are writable
    device.config().write(0x10, AccessWidth::Dword, 0xc001);
    device.config().write(0x14, AccessWidth::Dword, 0xf0000000);
    device.config().write(0x3c, AccessWidth::Byte, 0x0b);
    QVERIFY(toBytes(device.config().bytes()) != image);
    device.config().reset();
    QCOMPARE(toBytes(device.config().bytes()), image);
}

void tst_PlatformDevice::ioBar_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("unplugMask");
    // facts§1.1 upstream BAR0: offset 4 value 1 = SUSE/VMDP disks + NICs; offset 8: 1 disks, 2 NICs.
    QTest::newRow("facts§1.1 upstream off4 v1 disks+nics") << Flavour::QemuUpstream << 4 << 1 << 0x3;
    QTest::newRow("facts§1.1 upstream off4 v2 ignored") << Flavour::QemuUpstream << 4 << 2 << 0;
    QTest::newRow("facts§1.1 upstream off4 v0 ignored") << Flavour::QemuUpstream << 4 << 0 << 0;
    QTest::newRow("facts§1.1 upstream off8 v1 disks") << Flavour::QemuUpstream << 8 << 1 << 0x1;
    QTest::newRow("facts§1.1 upstream off8 v2 nics") << Flavour::QemuUpstream << 8 << 2 << 0x2;
    QTest::newRow("facts§1.1 upstream off8 v3 is a log byte") << Flavour::QemuUpstream << 8 << 3 << 0;
    QTest::newRow("facts§1.1 upstream off5 ignored") << Flavour::QemuUpstream << 5 << 1 << 0;
    QTest::newRow("facts§1.1 upstream off9 ignored") << Flavour::QemuUpstream << 9 << 1 << 0;
    QTest::newRow("facts§1.1 upstream offff ignored") << Flavour::QemuUpstream << 0xff << 1 << 0;
    // facts§1.3: in trad BAR0 offset 8 is only a log port and offset 4 does nothing.
    QTest::newRow("facts§1.3 trad off4 v1 nothing") << Flavour::QemuTraditional << 4 << 1 << 0;
    QTest::newRow("facts§1.3 trad off8 v1 log only") << Flavour::QemuTraditional << 8 << 1 << 0;
    QTest::newRow("facts§1.3 trad off8 v2 log only") << Flavour::QemuTraditional << 8 << 2 << 0;
    QTest::newRow("xenserver-trad like trad off4 v1 nothing") << Flavour::XenServerTrad << 4 << 1 << 0;
    QTest::newRow("xenserver-trad like trad off8 v1 log only") << Flavour::XenServerTrad << 8 << 1 << 0;
}

void tst_PlatformDevice::ioBar()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, offset);
    QFETCH(int, value);
    QFETCH(int, unplugMask);
    PlatformDevice device = make(flavour);
    device.ioBarWrite(quint8(offset), quint8(value));
    QCOMPARE(int(device.unplugMask()), unplugMask);
    QCOMPARE(int(device.requestedUnplugMask()), unplugMask);
    QCOMPARE(int(device.flags()), 0);
}

void tst_PlatformDevice::ioBarReads_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("flagsWritten");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("expected");
    for (const Flavour f : kAllFlavours) {
        // facts§1.1: read offset 0 = flags, any other offset all ones; write offset 0 = flags.
        QTest::addRow("facts§1.1 %s off0 flags after reset", name(f)) << f << -1 << 0 << 0;
        QTest::addRow("facts§1.1 %s off0 rom lock set", name(f)) << f << 1 << 0 << 1;
        QTest::addRow("%s off0 stores only rom lock bit", name(f)) << f << 0xff << 0 << 1;
        QTest::addRow("facts§1.1 %s off1 all ones", name(f)) << f << 1 << 1 << 0xff;
        QTest::addRow("facts§1.1 %s off4 all ones", name(f)) << f << 1 << 4 << 0xff;
        QTest::addRow("facts§1.1 %s off8 all ones", name(f)) << f << 1 << 8 << 0xff;
        QTest::addRow("facts§1.1 %s offff all ones", name(f)) << f << 1 << 0xff << 0xff;
    }
}

void tst_PlatformDevice::ioBarReads()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, flagsWritten);
    QFETCH(int, offset);
    QFETCH(int, expected);
    PlatformDevice device = make(flavour);
    if (flagsWritten >= 0)
        device.ioBarWrite(0, quint8(flagsWritten));
    QCOMPARE(int(device.ioBarRead(quint8(offset))), expected);
    // BAR0 offset 0 and fixed port 0x10 are the same flags (facts§1.1).
    QCOMPARE(device.read(0x10, AccessWidth::Byte), quint32(device.flags()));
}

void tst_PlatformDevice::ioBarWideAccess()
{
    // facts§2: old SUSE PVonHVM wrote 0x1 to BAR offset 0x4 (outl); QEMU splits it into bytes 01 00 00 00.
    PlatformDevice upstream = make(Flavour::QemuUpstream);
    upstream.ioBarWrite(4, AccessWidth::Dword, 1);
    QCOMPARE(int(upstream.unplugMask()), 0x3);
    upstream.ioBarWrite(0, AccessWidth::Word, 0x0101);
    QCOMPARE(int(upstream.flags()), 1);
    QCOMPARE(upstream.ioBarRead(0, AccessWidth::Dword), 0xffffff01u);
    QCOMPARE(upstream.ioBarRead(0xfe, AccessWidth::Dword), 0xffffffffu);
    // Past the 256-byte region: ignored, not wrapped to offset 0.
    upstream.ioBarWrite(0xff, AccessWidth::Word, 0x0000);
    QCOMPARE(int(upstream.flags()), 1);
}

void tst_PlatformDevice::ioBarLogPort_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    // facts§1.1: offset 8 values other than 1 and 2 are log bytes; facts§1.3: trad logs every byte.
    QTest::newRow("facts§1.1 upstream off8 text")
        << Flavour::QemuUpstream << QByteArray("ok\n") << QStringList{QStringLiteral("ok")};
    QTest::newRow("facts§1.1 upstream off8 1 and 2 unplug, not logged")
        << Flavour::QemuUpstream << QByteArray("a\x01\x02z\n") << QStringList{QStringLiteral("az")};
    QTest::newRow("facts§1.3 trad off8 1 and 2 are logged")
        << Flavour::QemuTraditional << QByteArray("a\x01\x02z\n") << QStringList{QStringLiteral("a\x01\x02z")};
    QTest::newRow("facts§1.5 xenserver-trad off8 filters non-printables")
        << Flavour::XenServerTrad << QByteArray("a\x01\x02z\n") << QStringList{QStringLiteral("az")};
}

void tst_PlatformDevice::ioBarLogPort()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    PlatformDevice device = make(flavour);
    for (const char c : std::as_const(bytes))
        device.ioBarWrite(8, quint8(c));
    QStringList actual;
    for (const std::string& line : device.logLines())
        actual << QString::fromStdString(line);
    QCOMPARE(actual, lines);
}

void tst_PlatformDevice::mmioReadsZero_data()
{
    QTest::addColumn<Flavour>("flavour");
    for (const Flavour f : kAllFlavours)
        QTest::addRow("facts§1.1 %s BAR1 reads 0", name(f)) << f;
}

void tst_PlatformDevice::mmioReadsZero()
{
    QFETCH(Flavour, flavour);
    const PlatformDevice device = make(flavour);
    QCOMPARE(device.mmioRead(0, AccessWidth::Dword), 0u);
    QCOMPARE(device.mmioRead(0xfffffc, AccessWidth::Byte), 0u);
}

void tst_PlatformDevice::createError_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<QString>("detail");
    // facts§1.1: upstream has no qdev properties for the IDs; facts§1.3: trad hard-codes them.
    QTest::newRow("facts§1.1 upstream device id") << Flavour::QemuUpstream << 2 << -1 << "qemu-upstream";
    QTest::newRow("facts§1.1 upstream revision") << Flavour::QemuUpstream << -1 << 2 << "qemu-upstream";
    QTest::newRow("facts§1.1 upstream default id spelled out") << Flavour::QemuUpstream << 1 << -1 << "qemu-upstream";
    QTest::newRow("facts§1.1 upstream both") << Flavour::QemuUpstream << 2 << 2 << "qemu-upstream";
    QTest::newRow("facts§1.3 trad device id") << Flavour::QemuTraditional << 2 << -1 << "qemu-traditional";
    QTest::newRow("facts§1.3 trad revision") << Flavour::QemuTraditional << -1 << 1 << "qemu-traditional";
}

void tst_PlatformDevice::createError()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(QString, detail);
    PlatformDeviceConfig config;
    config.flavour = flavour;
    if (deviceId >= 0)
        config.deviceId = quint16(deviceId);
    if (revision >= 0)
        config.revision = quint8(revision);
    const auto created = PlatformDevice::create(config);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::NotConfigurable);
    QCOMPARE(QString::fromStdString(created.error().detail), detail);
}

QTEST_APPLESS_MAIN(tst_PlatformDevice)
#include "tst_PlatformDevice.moc"
