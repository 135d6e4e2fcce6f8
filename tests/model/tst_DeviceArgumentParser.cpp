// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/DeviceArgumentParser.h"
#include "model/core/Realization.h"

#include <QTest>

using Model = DeviceArgument::Model;

/// The word after -device, read as QEMU reads it. Each row names the QEMU source of the rule it checks.
class tst_DeviceArgumentParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void notAXenDevice_data();
    void notAXenDevice();
    void xenEmulation_data();
    void xenEmulation();
};

void tst_DeviceArgumentParser::parse_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("model");
    QTest::addColumn<bool>("ours");
    QTest::addColumn<int>("vendorId"); // -1: not given
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<int>("refusals");
    QTest::addColumn<int>("unread");

    const int pv = int(Model::XenPvdevice);
    const int platform = int(Model::XenPlatform);
    // Realization::arguments writes exactly this.
    QTest::newRow("ours as xpconsole writes it")
        << "xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc000,revision=0x01" << pv << true << 0x5853
        << 0xc000 << 0x01 << 0 << 0;
    // Issue 17: the foreign argument another tool wrote.
    QTest::newRow("foreign, decimal revision")
        << "xen-pvdevice,device-id=0xc000,revision=2" << pv << false << -1 << 0xc000 << 2 << 0 << 0;
    // util/cutils.c qemu_strtou64 with base 0: decimal, 0x hex, a leading 0 octal.
    QTest::newRow("decimal device id") << "xen-pvdevice,device-id=49152" << pv << false << -1 << 0xc000 << -1 << 0 << 0;
    QTest::newRow("octal revision") << "xen-pvdevice,device-id=0xc000,revision=010" << pv << false << -1 << 0xc000 << 8
                                    << 0 << 0;
    // util/qemu-option.c: options are applied in order, so a repeated key's last value wins.
    QTest::newRow("last repeated key wins")
        << "xen-pvdevice,device-id=0xc000,device-id=0xc001" << pv << false << -1 << 0xc001 << -1 << 0 << 0;
    // util/qemu-option.c get_opt_value: ",," is a comma inside the value.
    // ... and util/id.c id_wellformed: such an id is no identifier, so QEMU refuses the device.
    QTest::newRow("escaped comma stays in the id")
        << "xen-pvdevice,id=xpc-a,,device-id=0x1,device-id=0xc000" << pv << true << -1 << 0xc000 << -1 << 1 << 0;
    QTest::newRow("id not an identifier")
        << "xen-pvdevice,id=xpc-vendor!,device-id=0xc000" << pv << true << -1 << 0xc000 << -1 << 1 << 0;
    // The implied first key of -device is "driver" (softmmu/qdev-monitor.c qemu_device_opts, implied_opt_name).
    QTest::newRow("driver as a key") << "driver=xen-pvdevice,device-id=0xc000" << pv << false << -1 << 0xc000 << -1 << 0
                                     << 0;
    // util/qemu-option.c opts_parse_id: the first id= is the device's (QEMU 7.2 "info qtree" shows it), so only
    // that one decides whether the device is ours.
    QTest::newRow("our id first") << "xen-pvdevice,id=xpc-vendor,id=theirs,device-id=0xc000" << pv << true << -1
                                  << 0xc000 << -1 << 0 << 0;
    QTest::newRow("their id first") << "xen-pvdevice,id=tools0,id=xpc-vendor,device-id=0xc000" << pv << false << -1
                                    << 0xc000 << -1 << 0 << 0;
    // Only a xen-pvdevice is ever ours (Realization::arguments writes no other).
    QTest::newRow("xen-platform with our id")
        << "xen-platform,id=xpc-vendor" << platform << false << -1 << -1 << -1 << 0 << 0;
    // qapi/qobject-input-visitor: a uint16 property refuses values above 0xffff, and garbage.
    QTest::newRow("device id out of range")
        << "xen-pvdevice,device-id=0x10000" << pv << false << -1 << -1 << -1 << 1 << 0;
    QTest::newRow("revision out of range")
        << "xen-pvdevice,device-id=0xc000,revision=256" << pv << false << -1 << 0xc000 << -1 << 1 << 0;
    QTest::newRow("negative device id") << "xen-pvdevice,device-id=-1" << pv << false << -1 << -1 << -1 << 1 << 0;
    QTest::newRow("trailing garbage") << "xen-pvdevice,device-id=0xc00g" << pv << false << -1 << -1 << -1 << 1 << 0;
    // qemu_strtou64 is strtoull: blanks before the number and a sign are taken ("-0" is 0), nothing after it.
    QTest::newRow("plus sign") << "xen-pvdevice,device-id=+0xc000" << pv << false << -1 << 0xc000 << -1 << 0 << 0;
    QTest::newRow("leading blank") << "xen-pvdevice,device-id= 5" << pv << false << -1 << 5 << -1 << 0 << 0;
    QTest::newRow("minus zero") << "xen-pvdevice,device-id=-0" << pv << false << -1 << 0 << -1 << 0 << 0;
    QTest::newRow("blank after the hex prefix")
        << "xen-pvdevice,device-id=0x c000" << pv << false << -1 << -1 << -1 << 1 << 0;
    QTest::newRow("second hex prefix") << "xen-pvdevice,device-id=0x0xc000" << pv << false << -1 << -1 << -1 << 1 << 0;
    QTest::newRow("trailing blank") << "xen-pvdevice,device-id=5 " << pv << false << -1 << -1 << -1 << 1 << 0;
    // Only the value QEMU keeps is checked: an out-of-range value given first and overridden is no refusal.
    QTest::newRow("overridden bad value")
        << "xen-pvdevice,device-id=0x10000,device-id=0xc000" << pv << false << -1 << 0xc000 << -1 << 0 << 0;
    QTest::newRow("empty value") << "xen-pvdevice,device-id=" << pv << false << -1 << -1 << -1 << 1 << 0;
    // hw/i386/xen/xen_pvdevice.c has vendor-id, device-id, revision and size; anything else is not modelled.
    QTest::newRow("unknown property") << "xen-pvdevice,device-id=0xc000,colour=blue" << pv << false << -1 << 0xc000
                                      << -1 << 0 << 1;
    QTest::newRow("generic PCI properties")
        << "xen-pvdevice,device-id=0xc000,addr=0x5,bus=pci.0,rombar=0" << pv << false << -1 << 0xc000 << -1 << 0 << 0;
    // QEMU 6.2 and later also take -device as JSON (softmmu/vl.c); only the driver is recognised.
    QTest::newRow("json form") << R"({"driver":"xen-pvdevice","device-id":49152})" << pv << false << -1 << -1 << -1 << 0
                               << 1;
    // XenServer's patched xen-platform takes device-id and revision (platform-facts §8); class-id is not modelled.
    QTest::newRow("xenserver platform") << "xen-platform,addr=3,device-id=0x0002,revision=0x2,class-id=0x0100"
                                        << platform << false << -1 << 2 << 2 << 0 << 1;
}

void tst_DeviceArgumentParser::parse()
{
    QFETCH(QString, value);
    QFETCH(int, model);
    QFETCH(bool, ours);
    QFETCH(int, vendorId);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(int, refusals);
    QFETCH(int, unread);
    const auto device = DeviceArgumentParser::parse(value);
    QVERIFY(device);
    QCOMPARE(int(device->model), model);
    QCOMPARE(device->value, value);
    QCOMPARE(device->ours, ours);
    QCOMPARE(Realization::isOwnDeviceValue(value), ours);
    QCOMPARE(device->vendorId ? int(*device->vendorId) : -1, vendorId);
    QCOMPARE(device->deviceId ? int(*device->deviceId) : -1, deviceId);
    QCOMPARE(device->revision ? int(*device->revision) : -1, revision);
    QCOMPARE(device->refusals.size(), refusals);
    QCOMPARE(device->unread.size(), unread);
}

void tst_DeviceArgumentParser::notAXenDevice_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("e1000 with our id") << QStringLiteral("e1000,id=xpc-vendor");
    QTest::newRow("virtio") << QStringLiteral("virtio-net-pci,netdev=n0");
    QTest::newRow("driver overridden") << QStringLiteral("xen-pvdevice,driver=e1000,id=xpc-vendor");
    QTest::newRow("name as a prefix") << QStringLiteral("xen-pvdevice-x,device-id=0xc000");
    QTest::newRow("empty") << QString();
    QTest::newRow("json of another device") << QStringLiteral(R"({"driver":"e1000","id":"xpc-vendor"})");
    // get_opt_value: ",," in the first word is part of the driver's name, which QEMU then does not know.
    QTest::newRow("comma in the driver word") << QStringLiteral("xen-pvdevice,,id=xpc-vendor");
    // softmmu/vl.c: JSON only when the word starts with '{'; with a blank first it is a (bad) driver name.
    QTest::newRow("blank before json") << QStringLiteral(R"( {"driver":"xen-pvdevice"})");
    QTest::newRow("longer than the cap") << QStringLiteral("xen-pvdevice,device-id=0xc000,id=") +
                                                QString(DeviceArgumentParser::kMaxValueLength, QLatin1Char('x'));
}

void tst_DeviceArgumentParser::notAXenDevice()
{
    QFETCH(QString, value);
    QVERIFY(!DeviceArgumentParser::parse(value));
    // Whatever its id, a push never rewrites or removes it.
    QVERIFY(!Realization::isOwnDeviceValue(value));
}

void tst_DeviceArgumentParser::xenEmulation_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("asks");
    // QEMU docs/system/i386/xen.rst: --accel kvm,xen-version=0x4000a,kernel-irqchip=split
    QTest::newRow("accel as documented") << QStringLiteral("kvm,xen-version=0x4000a,kernel-irqchip=split") << true;
    QTest::newRow("accel without xen") << QStringLiteral("kvm,kernel-irqchip=split") << false;
    QTest::newRow("a value that mentions it") << QStringLiteral("kvm,note=xen-version") << false;
}

void tst_DeviceArgumentParser::xenEmulation()
{
    QFETCH(QString, value);
    QFETCH(bool, asks);
    QCOMPARE(DeviceArgumentParser::asksForXenEmulation(value), asks);
}

QTEST_GUILESS_MAIN(tst_DeviceArgumentParser)
#include "tst_DeviceArgumentParser.moc"
