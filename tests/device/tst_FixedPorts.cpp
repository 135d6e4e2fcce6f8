// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/PlatformDevice.h"

#include <QTest>

using xp::device::AccessWidth;
using xp::device::Blacklist;
using xp::device::Flavour;
using xp::device::IndexedUnplug;
using xp::device::kAllFlavours;
using xp::device::PlatformDevice;
using xp::device::PlatformDeviceConfig;
using xp::device::PlatformEvent;
using xp::device::PlatformEventKind;

Q_DECLARE_METATYPE(xp::device::Flavour)

namespace {
constexpr auto B = AccessWidth::Byte;
constexpr auto W = AccessWidth::Word;
constexpr auto D = AccessWidth::Dword;

const char* name(Flavour flavour)
{
    return xp::device::flavourName(flavour).data();
}

PlatformDevice make(Flavour flavour, const QStringList& entries = {}, int deviceId = -1, int revision = -1)
{
    PlatformDeviceConfig config;
    config.flavour = flavour;
    if (deviceId >= 0)
        config.deviceId = quint16(deviceId);
    if (revision >= 0)
        config.revision = quint8(revision);
    for (const QString& entry : entries) {
        if (!config.blacklist.add(entry.toStdString()))
            qFatal("bad blacklist entry in test data");
    }
    auto created = PlatformDevice::create(config);
    if (!created)
        qFatal("PlatformDevice::create refused a valid configuration");
    return *created;
}

/// Steps 1-5 of the driver protocol (facts§2): magic, version, product, build, magic again.
quint32 identify(PlatformDevice& device, quint16 product, quint32 build)
{
    device.read(0x10, W);
    device.read(0x12, B);
    device.write(0x12, W, product);
    device.write(0x10, D, build);
    return device.read(0x10, W);
}

bool hasEvent(const PlatformDevice& device, PlatformEventKind kind, quint32 value)
{
    const PlatformEvent wanted{kind, value};
    for (const PlatformEvent& event : device.events()) {
        if (event == wanted)
            return true;
    }
    return false;
}
} // namespace

class tst_FixedPorts : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void flags_data();
    void flags();
    void unplugMask_data();
    void unplugMask();
    void logByte_data();
    void logByte();
    void product_data();
    void product();
    void build_data();
    void build();
    void outsideBlockWritesIgnored_data();
    void outsideBlockWritesIgnored();
    void blacklistMagic_data();
    void blacklistMagic();
    void tradBlacklistIsSticky();
    void xenServerGoodBuildClears();
    void xenServerVersion2_data();
    void xenServerVersion2();
    void version2PortsIgnoredElsewhere_data();
    void version2PortsIgnoredElsewhere();
    void xenServerRefusesBeforeHandshake();
    void xenServerBlacklistedUnplugRefused();
};

void tst_FixedPorts::reads_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("expected");
    for (const Flavour f : kAllFlavours) {
        const char* n = name(f);
        // facts§1.1 table, fresh device.
        QTest::addRow("facts§1.1 %s r8 0x10 flags 0 after reset", n) << f << 0x10 << 1 << 0x00u;
        QTest::addRow("facts§1.1 %s r16 0x10 magic 0x49d2", n) << f << 0x10 << 2 << 0x49d2u;
        QTest::addRow("facts§1.1 %s r32 0x10 all ones", n) << f << 0x10 << 4 << 0xffffffffu;
        QTest::addRow("facts§1.1 %s r8 0x12 protocol version 1", n) << f << 0x12 << 1 << 0x01u;
        QTest::addRow("facts§1.1 %s r16 0x12 other offset 0xffff", n) << f << 0x12 << 2 << 0xffffu;
        QTest::addRow("facts§1.1 %s r32 0x12 all ones", n) << f << 0x12 << 4 << 0xffffffffu;
        QTest::addRow("facts§1.1 %s r8 0x11 undecoded 0xff", n) << f << 0x11 << 1 << 0xffu;
        QTest::addRow("facts§1.1 %s r16 0x11 unaligned 0xffff", n) << f << 0x11 << 2 << 0xffffu;
        QTest::addRow("facts§1.1 %s r8 0x13 undecoded 0xff", n) << f << 0x13 << 1 << 0xffu;
        QTest::addRow("facts§1.1 %s r8 0x14 undecoded 0xff", n) << f << 0x14 << 1 << 0xffu;
        QTest::addRow("facts§1.1 %s r16 0x14 undecoded 0xffff", n) << f << 0x14 << 2 << 0xffffu;
        QTest::addRow("facts§1.1 %s r32 0x14 all ones", n) << f << 0x14 << 4 << 0xffffffffu;
        QTest::addRow("facts§1.1 %s r8 0x1f last port 0xff", n) << f << 0x1f << 1 << 0xffu;
        QTest::addRow("facts§1.1 %s r16 0x1e 0xffff", n) << f << 0x1e << 2 << 0xffffu;
        QTest::addRow("facts§1.1 %s r32 0x1c all ones", n) << f << 0x1c << 4 << 0xffffffffu;
        // Outside the 16-port block nothing answers.
        QTest::addRow("%s r8 0x0f below block", n) << f << 0x0f << 1 << 0xffu;
        QTest::addRow("%s r16 0x0f below block", n) << f << 0x0f << 2 << 0xffffu;
        QTest::addRow("%s r8 0x20 above block", n) << f << 0x20 << 1 << 0xffu;
        QTest::addRow("%s r16 0x20 above block", n) << f << 0x20 << 2 << 0xffffu;
        QTest::addRow("%s r32 0x20 above block", n) << f << 0x20 << 4 << 0xffffffffu;
        QTest::addRow("%s r16 0x00", n) << f << 0x00 << 2 << 0xffffu;
        QTest::addRow("%s r32 0xcfc", n) << f << 0xcfc << 4 << 0xffffffffu;
        QTest::addRow("%s r16 0xffff", n) << f << 0xffff << 2 << 0xffffu;
    }
}

void tst_FixedPorts::reads()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, port);
    QFETCH(int, width);
    QFETCH(quint32, expected);
    PlatformDevice device = make(flavour);
    QCOMPARE(device.read(quint16(port), AccessWidth(width)), expected);
}

void tst_FixedPorts::flags_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("written");
    QTest::addColumn<int>("readBack");
    QTest::addColumn<bool>("romLocked");
    for (const Flavour f : kAllFlavours) {
        // facts§1.1: w8 0x10 sets the flags, bit0 = PFFLAG_ROM_LOCK; only that bit is stored.
        QTest::addRow("facts§1.1 %s w8 0x10 rom lock", name(f)) << f << 0x01 << 0x01 << true;
        QTest::addRow("%s w8 0x10 other bits dropped", name(f)) << f << 0xfe << 0x00 << false;
        QTest::addRow("%s w8 0x10 all ones", name(f)) << f << 0xff << 0x01 << true;
        QTest::addRow("facts§1.1 %s w8 0x10 unlock", name(f)) << f << 0x00 << 0x00 << false;
    }
}

void tst_FixedPorts::flags()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, written);
    QFETCH(int, readBack);
    QFETCH(bool, romLocked);
    PlatformDevice device = make(flavour);
    device.write(0x10, B, 0x01);
    device.write(0x10, B, quint32(written));
    QCOMPARE(device.read(0x10, B), quint32(readBack));
    QCOMPARE(device.romLocked(), romLocked);
    QCOMPARE(int(device.ioBarRead(0)), readBack);
    // Flags are not the magic: a 16-bit read is unaffected.
    QCOMPARE(device.read(0x10, W), 0x49d2u);
}

void tst_FixedPorts::unplugMask_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QList<int>>("ports");
    QTest::addColumn<QList<int>>("masks");
    QTest::addColumn<int>("expected");
    for (const Flavour f : kAllFlavours) {
        const char* n = name(f);
        // facts§1.1: w16 0x10 = unplug bitmask; the model ORs every mask written.
        QTest::addRow("facts§1.1 %s w16 0x10 disks", n) << f << QList<int>{0x10} << QList<int>{0x1} << 0x1;
        QTest::addRow("facts§1.1 %s w16 0x10 disks then nics", n)
            << f << QList<int>{0x10, 0x10} << QList<int>{0x1, 0x2} << 0x3;
        QTest::addRow("facts§1.2 %s w16 0x10 aux and nvme bits kept raw", n)
            << f << QList<int>{0x10} << QList<int>{0xc} << 0xc;
        QTest::addRow("%s w16 0x10 zero adds nothing", n) << f << QList<int>{0x10, 0x10} << QList<int>{0x2, 0x0} << 0x2;
        QTest::addRow("facts§1.1 %s w16 0x11 undecoded", n) << f << QList<int>{0x11} << QList<int>{0x3} << 0;
        QTest::addRow("facts§1.1 %s w16 0x14 undecoded", n) << f << QList<int>{0x14} << QList<int>{0x3} << 0;
        QTest::addRow("%s w16 0x0f outside block", n) << f << QList<int>{0x0f} << QList<int>{0x3} << 0;
        QTest::addRow("%s w16 0x20 outside block", n) << f << QList<int>{0x20} << QList<int>{0x3} << 0;
    }
}

void tst_FixedPorts::unplugMask()
{
    QFETCH(Flavour, flavour);
    QFETCH(QList<int>, ports);
    QFETCH(QList<int>, masks);
    QFETCH(int, expected);
    PlatformDevice device = make(flavour);
    for (qsizetype i = 0; i < ports.size(); ++i)
        device.write(quint16(ports[i]), W, quint32(masks[i]));
    QCOMPARE(int(device.unplugMask()), expected);
    QCOMPARE(int(device.requestedUnplugMask()), expected);
    QCOMPARE(device.read(0x10, W), 0x49d2u);
}

void tst_FixedPorts::logByte_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("lines");
    for (const Flavour f : kAllFlavours) {
        // facts§1.1: w8 0x12 = log byte.
        QTest::addRow("facts§1.1 %s w8 0x12 log", name(f)) << f << 0x12 << QStringList{QStringLiteral("hi")};
        QTest::addRow("facts§1.1 %s w8 0x14 not a log port", name(f)) << f << 0x14 << QStringList{};
        QTest::addRow("%s w8 0x22 outside block", name(f)) << f << 0x22 << QStringList{};
    }
}

void tst_FixedPorts::logByte()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, port);
    QFETCH(QStringList, lines);
    PlatformDevice device = make(flavour);
    for (const char c : {'h', 'i', '\n'})
        device.write(quint16(port), B, quint8(c));
    QStringList actual;
    for (const std::string& line : device.logLines())
        actual << QString::fromStdString(line);
    QCOMPARE(actual, lines);
}

void tst_FixedPorts::product_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("expected"); // -1: no product recorded
    for (const Flavour f : kAllFlavours) {
        // facts§1.1: w16 0x12 = product number.
        QTest::addRow("facts§1.1 %s w16 0x12 product", name(f)) << f << 0x12 << 2 << 3;
        QTest::addRow("facts§1.1 %s w16 0x10 is the unplug mask, not product", name(f)) << f << 0x10 << 2 << -1;
        QTest::addRow("%s w16 0x13 undecoded", name(f)) << f << 0x13 << 2 << -1;
    }
}

void tst_FixedPorts::product()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, port);
    QFETCH(int, width);
    QFETCH(int, expected);
    PlatformDevice device = make(flavour);
    device.read(0x12, B); // the protocol read every driver does first (facts§2 step 2)
    device.write(quint16(port), AccessWidth(width), 3);
    QCOMPARE(device.product().has_value(), expected >= 0);
    if (expected >= 0) {
        QCOMPARE(int(*device.product()), expected);
        QVERIFY(hasEvent(device, PlatformEventKind::ProductWritten, quint32(expected)));
    }
}

void tst_FixedPorts::build_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("product"); // -1: none written
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("event");
    // facts§1.1: upstream ignores the build number.
    QTest::newRow("facts§1.1 upstream w32 0x10 ignored")
        << Flavour::QemuUpstream << 1 << 0x10 << false << int(PlatformEventKind::BuildIgnored);
    // facts§1.3: trad ignores it with a complaint unless a product came first.
    QTest::newRow("facts§1.3 trad w32 0x10 without product complains")
        << Flavour::QemuTraditional << -1 << 0x10 << false << int(PlatformEventKind::BuildBeforeProduct);
    QTest::newRow("facts§1.3 trad w32 0x10 after product 0 complains")
        << Flavour::QemuTraditional << 0 << 0x10 << false << int(PlatformEventKind::BuildBeforeProduct);
    QTest::newRow("facts§1.3 trad w32 0x10 after product accepted")
        << Flavour::QemuTraditional << 1 << 0x10 << true << int(PlatformEventKind::BuildAccepted);
    QTest::newRow("trad w32 0x12 undecoded") << Flavour::QemuTraditional << 1 << 0x12 << false << -1;
    QTest::newRow("xenserver-trad w32 0x10 after product accepted")
        << Flavour::XenServerTrad << 1 << 0x10 << true << int(PlatformEventKind::BuildAccepted);
    QTest::newRow("xenserver-trad w32 0x10 without product complains")
        << Flavour::XenServerTrad << -1 << 0x10 << false << int(PlatformEventKind::BuildBeforeProduct);
    // XenServer's write4 handler ignores the port (cywzl/xen-device-model-1.9.0 hw/xen_platform.c).
    QTest::newRow("xenserver-trad w32 any port in block is the build")
        << Flavour::XenServerTrad << 1 << 0x14 << true << int(PlatformEventKind::BuildAccepted);
    QTest::newRow("xenserver-trad w32 outside block ignored") << Flavour::XenServerTrad << 1 << 0x20 << false << -1;
    // xcp-ng-rpms/qemu 0001-xen-platform-Handle-write-of-four-byte-build-number-.patch: XenServer 8 keeps the build
    // written to 0x10 (for xenopsd's Linux feature flags), product or not, and judges nothing by it.
    QTest::newRow("xcp-ng-rpms/qemu xenserver w32 0x10 recorded")
        << Flavour::XenServer << 1 << 0x10 << true << int(PlatformEventKind::BuildAccepted);
    QTest::newRow("xcp-ng-rpms/qemu xenserver w32 0x10 recorded without product")
        << Flavour::XenServer << -1 << 0x10 << true << int(PlatformEventKind::BuildAccepted);
    QTest::newRow("xcp-ng-rpms/qemu xenserver w32 0x14 not the build")
        << Flavour::XenServer << 1 << 0x14 << false << -1;
}

void tst_FixedPorts::build()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, product);
    QFETCH(int, port);
    QFETCH(bool, accepted);
    QFETCH(int, event);
    PlatformDevice device = make(flavour);
    device.read(0x12, B);
    if (product >= 0)
        device.write(0x12, W, quint32(product));
    const auto eventsBefore = device.events().size();
    device.write(quint16(port), D, 0x00010203);
    QCOMPARE(device.build().has_value(), accepted);
    if (accepted)
        QCOMPARE(*device.build(), 0x00010203u);
    if (event >= 0)
        QVERIFY(hasEvent(device, PlatformEventKind(event), 0x00010203u));
    else
        QCOMPARE(device.events().size(), eventsBefore);
    QCOMPARE(device.read(0x10, W), 0x49d2u);
}

void tst_FixedPorts::outsideBlockWritesIgnored_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("port");
    for (const Flavour f : kAllFlavours) {
        QTest::addRow("%s port 0x0f", name(f)) << f << 0x0f;
        QTest::addRow("%s port 0x20", name(f)) << f << 0x20;
        QTest::addRow("%s port 0x92", name(f)) << f << 0x92;
    }
}

void tst_FixedPorts::outsideBlockWritesIgnored()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, port);
    PlatformDevice device = make(flavour);
    for (const AccessWidth width : {B, W, D})
        device.write(quint16(port), width, 0xffffffff);
    QCOMPARE(int(device.flags()), 0);
    QCOMPARE(int(device.unplugMask()), 0);
    QVERIFY(!device.product());
    QVERIFY(!device.build());
    QVERIFY(device.events().empty());
    QVERIFY(device.log().pending().empty());
}

void tst_FixedPorts::blacklistMagic_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<int>("product");
    QTest::addColumn<quint32>("build");
    QTest::addColumn<quint32>("magic");
    const QStringList citrix100{QStringLiteral("xensource-windows:100")};
    // facts pitfall 2 / §1.2: upstream always answers 0x49d2.
    QTest::newRow("facts§1.2 upstream listed build still 0x49d2")
        << Flavour::QemuUpstream << citrix100 << -1 << -1 << 1 << 100u << 0x49d2u;
    // facts§1.3: trad blacklists products 1, 2, 0xffff through xenstore.
    QTest::newRow("facts§1.3 trad product 1 listed 0xd249")
        << Flavour::QemuTraditional << citrix100 << -1 << -1 << 1 << 100u << 0xd249u;
    QTest::newRow("facts§1.3 trad product 1 other build 0x49d2")
        << Flavour::QemuTraditional << citrix100 << -1 << -1 << 1 << 101u << 0x49d2u;
    QTest::newRow("facts§1.3 trad product 2 in range 0xd249")
        << Flavour::QemuTraditional << QStringList{QStringLiteral("gplpv-windows:5-10")} << -1 << -1 << 2 << 7u
        << 0xd249u;
    QTest::newRow("facts§1.3 trad product ffff 0xd249")
        << Flavour::QemuTraditional << QStringList{QStringLiteral("experimental:0xffffffff")} << -1 << -1 << 0xffff
        << 0xffffffffu << 0xd249u;
    QTest::newRow("facts§1.3 trad product 3 linux cannot be blacklisted")
        << Flavour::QemuTraditional << QStringList{QStringLiteral("linux:1")} << -1 << -1 << 3 << 1u << 0x49d2u;
    QTest::newRow("facts§1.3 trad product 4 cannot be blacklisted")
        << Flavour::QemuTraditional << QStringList{QStringLiteral("4:0-0xffffffff")} << -1 << -1 << 4 << 9u << 0x49d2u;
    QTest::newRow("facts§1.3 trad entry for another product no match")
        << Flavour::QemuTraditional << citrix100 << -1 << -1 << 2 << 100u << 0x49d2u;
    // facts§10.1: XenServer 8's patch queue never sets drivers_blacklisted (xcp-ng-rpms/qemu SPECS/qemu.spec): no
    // entry and no version-2 rule refuses a driver.
    QTest::newRow("facts§10.1 xenserver product 1 listed still 0x49d2")
        << Flavour::XenServer << citrix100 << -1 << -1 << 1 << 100u << 0x49d2u;
    QTest::newRow("facts§10.1 xenserver product 1 on device 0002 0x49d2")
        << Flavour::XenServer << QStringList{} << 2 << -1 << 1 << 100u << 0x49d2u;
    QTest::newRow("facts§10.1 xenserver linux build 1 on 0002 0x49d2")
        << Flavour::XenServer << QStringList{} << 2 << -1 << 3 << 1u << 0x49d2u;
    QTest::newRow("facts§10.1 xenserver product 4 revision too old 0x49d2")
        << Flavour::XenServer << QStringList{} << 2 << -1 << 4 << 0x000201u << 0x49d2u;
    // facts§1.5: xenserver-trad keeps the xenstore entries and adds the version-2 rules.
    QTest::newRow("facts§1.5 xenserver-trad product 1 listed 0xd249")
        << Flavour::XenServerTrad << citrix100 << -1 << -1 << 1 << 100u << 0xd249u;
    QTest::newRow("facts§1.5 xenserver-trad product 1 on device 0002 0xd249")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 1 << 100u << 0xd249u;
    QTest::newRow("facts§1.5 xenserver-trad product 1 on device 0001 0x49d2")
        << Flavour::XenServerTrad << QStringList{} << -1 << -1 << 1 << 100u << 0x49d2u;
    QTest::newRow("facts§1.5 xenserver-trad linux build 1 on 0001 0x49d2")
        << Flavour::XenServerTrad << QStringList{} << -1 << -1 << 3 << 1u << 0x49d2u;
    QTest::newRow("facts§1.5 xenserver-trad linux build 1 on 0002 0xd249")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 3 << 1u << 0xd249u;
    QTest::newRow("facts§1.5 xenserver-trad product 4 encodes 0002 rev 2 ok")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 4 << 0x000202u << 0x49d2u;
    QTest::newRow("facts§1.5 xenserver-trad product 4 revision too old")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 4 << 0x000201u << 0xd249u;
    QTest::newRow("facts§1.5 xenserver-trad product 4 other device id")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 4 << 0x000302u << 0xd249u;
    QTest::newRow("facts§1.5 xenserver-trad product 4 newer revision ok")
        << Flavour::XenServerTrad << QStringList{} << 2 << -1 << 4 << 0x000203u << 0x49d2u;
}

void tst_FixedPorts::blacklistMagic()
{
    QFETCH(Flavour, flavour);
    QFETCH(QStringList, entries);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(int, product);
    QFETCH(quint32, build);
    QFETCH(quint32, magic);
    PlatformDevice device = make(flavour, entries, deviceId, revision);
    QCOMPARE(device.read(0x10, W), 0x49d2u);
    QCOMPARE(identify(device, quint16(product), build), magic);
    QCOMPARE(device.blacklisted(), magic == 0xd249u);
    QCOMPARE(hasEvent(device, PlatformEventKind::DriversBlacklisted, build), magic == 0xd249u);
}

void tst_FixedPorts::tradBlacklistIsSticky()
{
    // solooboroten/xen-device-model: trad only ever sets drivers_blacklisted.
    PlatformDevice device = make(Flavour::QemuTraditional, {QStringLiteral("1:100")});
    QCOMPARE(identify(device, 1, 100), 0xd249u);
    device.write(0x10, D, 101);
    QCOMPARE(*device.build(), 101u);
    QCOMPARE(device.read(0x10, W), 0xd249u);
    // Trad does not gate the unplug on the blacklist: the driver is expected to stop by itself.
    device.write(0x10, W, 0x3);
    QCOMPARE(int(device.unplugMask()), 0x3);
}

void tst_FixedPorts::xenServerGoodBuildClears()
{
    // cywzl/xen-device-model-1.9.0: drivers_blacklisted is assigned from each lookup.
    PlatformDevice device = make(Flavour::XenServerTrad, {QStringLiteral("1:100")});
    QCOMPARE(identify(device, 1, 100), 0xd249u);
    device.write(0x10, D, 101);
    QCOMPARE(device.read(0x10, W), 0x49d2u);
    QVERIFY(!device.blacklisted());
}

void tst_FixedPorts::xenServerVersion2_data()
{
    // Each step: "r8 PORT=EXPECTED", "w8 PORT VALUE", "w16 PORT VALUE", "w32 PORT VALUE".
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("blacklisted");
    QTest::addColumn<QList<int>>("unplugs"); // type, index, type, index, ...
    const auto steps = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(';')); };
    // facts§1.5: the first byte to 0x13 sets the version; reading 0x12 implies at least 1.
    QTest::newRow("facts§1.5 read 0x12 sets version 1") << -1 << steps("r8 0x12=1") << 1 << false << QList<int>{};
    QTest::newRow("facts§1.5 0x13 first sets version 2 then 0x12 reads 2")
        << -1 << steps("w8 0x13 2;r8 0x12=2") << 2 << true << QList<int>{};
    QTest::newRow("facts§1.5 0x12 read first fixes version 1, later 0x13 ignored")
        << -1 << steps("r8 0x12=1;w8 0x13 2;w8 0x11 1;w8 0x13 0") << 1 << false << QList<int>{};
    QTest::newRow("facts§1.5 version 0 via 0x13 reads back 0")
        << -1 << steps("w8 0x13 0;r8 0x12=0") << 0 << false << QList<int>{};
    // facts§1.5 UNCONFIRMED: a version above 1 marks the drivers blacklisted, so v2 unplugs are refused.
    QTest::newRow("facts§1.5 v2 unplug refused while blacklisted")
        << -1 << steps("w8 0x13 2;w8 0x11 1;w8 0x13 0") << 2 << true << QList<int>{};
    // A v2 driver that identifies itself with a matching build clears the mark (lookup assigns it).
    QTest::newRow("facts§1.5 v2 after matching product 4 build unplugs by index")
        << 2
        << steps("w8 0x13 2;w16 0x12 4;w32 0x10 0x202;r16 0x10=0x49d2;w8 0x11 1;w8 0x13 0;w8 0x13 1;"
                 "w8 0x11 2;w8 0x13 0")
        << 2 << false << QList<int>{1, 0, 1, 1, 2, 0};
    QTest::newRow("facts§1.5 v2 with wrong build stays blacklisted")
        << 2 << steps("w8 0x13 2;w16 0x12 4;w32 0x10 0x201;r16 0x10=0xd249;w8 0x11 1;w8 0x13 0") << 2 << true
        << QList<int>{};
    QTest::newRow("facts§1.5 v2 unknown type is not an unplug")
        << 2 << steps("w8 0x13 2;w16 0x12 4;w32 0x10 0x202;w8 0x11 3;w8 0x13 0") << 2 << false << QList<int>{};
    QTest::newRow("facts§1.5 v2 index before any type is not an unplug")
        << 2 << steps("w8 0x13 2;w16 0x12 4;w32 0x10 0x202;w8 0x13 5") << 2 << false << QList<int>{};
    QTest::newRow("facts§1.5 v1 ignores 0x11")
        << -1 << steps("w8 0x13 1;w8 0x11 1;w8 0x13 0") << 1 << false << QList<int>{};
}

void tst_FixedPorts::xenServerVersion2()
{
    QFETCH(int, deviceId);
    QFETCH(QStringList, steps);
    QFETCH(int, version);
    QFETCH(bool, blacklisted);
    QFETCH(QList<int>, unplugs);
    PlatformDevice device = make(Flavour::XenServerTrad, {}, deviceId);
    for (const QString& step : std::as_const(steps)) {
        const QStringList words = step.split(QLatin1Char(' '));
        const AccessWidth width = AccessWidth(words[0].mid(1).toInt() / 8);
        if (words[0].startsWith(QLatin1Char('r'))) {
            const QStringList portAndValue = words[1].split(QLatin1Char('='));
            const quint32 value = device.read(quint16(portAndValue[0].toUInt(nullptr, 16)), width);
            QVERIFY2(value == portAndValue[1].toUInt(nullptr, 0), qPrintable(step));
        } else {
            device.write(quint16(words[1].toUInt(nullptr, 16)), width, words[2].toUInt(nullptr, 0));
        }
    }
    QCOMPARE(int(device.protocolVersion()), version);
    QCOMPARE(device.blacklisted(), blacklisted);
    QCOMPARE(device.read(0x10, W), blacklisted ? 0xd249u : 0x49d2u);
    QList<int> actual;
    for (const IndexedUnplug& u : device.indexedUnplugs())
        actual << u.type << u.index;
    QCOMPARE(actual, unplugs);
}

void tst_FixedPorts::version2PortsIgnoredElsewhere_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::newRow("facts§1.1 upstream ignores 0x11 and 0x13") << Flavour::QemuUpstream;
    QTest::newRow("facts§1.3 trad ignores 0x11 and 0x13") << Flavour::QemuTraditional;
    // facts§10.1 (xcp-ng-rpms/qemu: no patch touches offsets 1 or 3 of the fixed block): XenServer 8 has no
    // version-2 unplug protocol, so xenbus 7.0.0's per-index unplug does nothing there (facts§10.5).
    QTest::newRow("facts§10.1 xenserver ignores 0x11 and 0x13") << Flavour::XenServer;
}

void tst_FixedPorts::version2PortsIgnoredElsewhere()
{
    QFETCH(Flavour, flavour);
    PlatformDevice device = make(flavour);
    device.write(0x13, B, 2);
    device.write(0x11, B, 1);
    device.write(0x13, B, 0);
    QCOMPARE(int(device.protocolVersion()), 1);
    QCOMPARE(device.read(0x12, B), 1u);
    QVERIFY(!device.blacklisted());
    QCOMPARE(device.read(0x10, W), 0x49d2u);
    QVERIFY(device.indexedUnplugs().empty());
}

void tst_FixedPorts::xenServerRefusesBeforeHandshake()
{
    // cywzl/xen-device-model-1.9.0: product and build need unplug_version != 0.
    PlatformDevice device = make(Flavour::XenServerTrad);
    QCOMPARE(int(device.protocolVersion()), 0);
    device.write(0x12, W, 1);
    device.write(0x10, D, 100);
    QVERIFY(!device.product());
    QVERIFY(!device.build());
    QVERIFY(hasEvent(device, PlatformEventKind::IgnoredBeforeHandshake, 0x12));
    QVERIFY(hasEvent(device, PlatformEventKind::IgnoredBeforeHandshake, 0x10));
    // The version-0/1 unplug mask is still honoured.
    device.write(0x10, W, 0x2);
    QCOMPARE(int(device.unplugMask()), 0x2);
}

void tst_FixedPorts::xenServerBlacklistedUnplugRefused()
{
    // cywzl/xen-device-model-1.9.0 version_0_1_unplug: nothing for blacklisted drivers.
    PlatformDevice device = make(Flavour::XenServerTrad, {}, 2);
    QCOMPARE(identify(device, 1, 100), 0xd249u);
    device.write(0x10, W, 0x3);
    QCOMPARE(int(device.unplugMask()), 0);
    QCOMPARE(int(device.requestedUnplugMask()), 0x3);
    QVERIFY(hasEvent(device, PlatformEventKind::UnplugRefused, 0x10));
}

QTEST_APPLESS_MAIN(tst_FixedPorts)
#include "tst_FixedPorts.moc"
