// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/EmulatedMachine.h"

#include <QTest>

using xp::device::DriveKind;
using xp::device::EmulatedDrive;
using xp::device::EmulatedMachine;
using xp::device::EmulatedPciDevice;
using xp::device::ErrorCode;
using xp::device::Flavour;
using xp::device::QemuVersion;

namespace {

EmulatedPciDevice ideController(std::string id, std::vector<EmulatedDrive> drives)
{
    return {std::move(id), "piix3-ide-xen", EmulatedMachine::kClassStorageIde, 0, false, std::move(drives)};
}

} // namespace

class tst_EmulatedMachine : public QObject
{
    Q_OBJECT

private slots:
    void capabilities_data();
    void capabilities();
    void classWords_data();
    void classWords();
    void passthroughModel_data();
    void passthroughModel();
    void addDevice();
    void addDeviceError_data();
    void addDeviceError();
    void addDeviceSlotTwiceError();
};

void tst_EmulatedMachine::capabilities_data()
{
    QTest::addColumn<int>("flavour");
    QTest::addColumn<int>("major"); // -1: no version, i.e. current master
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("scsi");
    QTest::addColumn<bool>("nvme");
    QTest::addColumn<bool>("aux");
    QTest::addColumn<bool>("ahci");
    const int upstream = int(Flavour::QemuUpstream);
    // §1.1/§1.2: current master has every rule, AHCI included since the 2023-11 pull.
    QTest::newRow("upstream-master") << upstream << -1 << 0 << true << true << true << true;
    // §1.2: "QEMU >= 8.2 - release number UNCONFIRMED" (kAhciUnplugSince).
    QTest::newRow("upstream-8.2-ahci-threshold") << upstream << 8 << 2 << true << true << true << true;
    QTest::newRow("upstream-8.1-no-ahci") << upstream << 8 << 1 << true << true << true << false;
    QTest::newRow("upstream-9.0") << upstream << 9 << 0 << true << true << true << true;
    // §1.2 history: aux-IDE implemented by ae4d2eb273 (2017-01); 2.9 is derived and UNCONFIRMED.
    QTest::newRow("upstream-2.9-aux-threshold") << upstream << 2 << 9 << true << true << true << false;
    QTest::newRow("upstream-2.8-aux-only-logged") << upstream << 2 << 8 << true << true << false << false;
    // §1.3: trad implemented aux long before upstream; its bit0 is ide_unplug_harddisks() only (no SCSI),
    // and it has neither an NVMe bit nor AHCI.
    QTest::newRow("traditional") << int(Flavour::QemuTraditional) << -1 << 0 << false << false << true << false;
    QTest::newRow("traditional-version-ignored")
        << int(Flavour::QemuTraditional) << 9 << 0 << false << false << true << false;
    // PRODUCT §3: xenserver-trad is XenServer 7.x's patched trad; modelled with trad's rules (UNCONFIRMED in detail).
    QTest::newRow("xenserver-trad") << int(Flavour::XenServerTrad) << -1 << 0 << false << false << true << false;
    // facts§10.1: XenServer 8 is upstream QEMU 4.2.1 (xcp-ng-rpms/qemu SPECS/qemu.spec) with unplug-nvme-devices.patch:
    // SCSI, NVMe and aux IDE unplug, no AHCI (upstream since 8.2).
    QTest::newRow("xcp-ng-rpms/qemu xenserver 4.2 by default")
        << int(Flavour::XenServer) << -1 << 0 << true << true << true << false;
    QTest::newRow("xenserver with a newer QEMU given")
        << int(Flavour::XenServer) << 9 << 0 << true << true << true << true;
}

void tst_EmulatedMachine::capabilities()
{
    QFETCH(int, flavour);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(bool, scsi);
    QFETCH(bool, nvme);
    QFETCH(bool, aux);
    QFETCH(bool, ahci);
    std::optional<QemuVersion> version;
    if (major >= 0)
        version = QemuVersion{major, minor};
    const EmulatedMachine machine(Flavour(flavour), version);
    QCOMPARE(machine.scsiUnplugSupported(), scsi);
    QCOMPARE(machine.nvmeUnplugSupported(), nvme);
    QCOMPARE(machine.auxIdeUnplugSupported(), aux);
    QCOMPARE(machine.ahciUnplugSupported(), ahci);
}

void tst_EmulatedMachine::classWords_data()
{
    QTest::addColumn<int>("classWord");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("drives");
    // §1.2 / qemu include/hw/pci/pci_ids.h.
    QTest::newRow("scsi-0x0100") << int(EmulatedMachine::kClassStorageScsi) << 0x0100 << false;
    QTest::newRow("ide-0x0101") << int(EmulatedMachine::kClassStorageIde) << 0x0101 << true;
    QTest::newRow("sata-0x0106") << int(EmulatedMachine::kClassStorageSata) << 0x0106 << true;
    QTest::newRow("nvme-0x0108") << int(EmulatedMachine::kClassStorageNvme) << 0x0108 << false;
    QTest::newRow("ethernet-0x0200") << int(EmulatedMachine::kClassNetworkEthernet) << 0x0200 << false;
    QTest::newRow("other-network-0x0280") << int(EmulatedMachine::kClassNetworkOther) << 0x0280 << false;
}

void tst_EmulatedMachine::classWords()
{
    QFETCH(int, classWord);
    QFETCH(int, expected);
    QFETCH(bool, drives);
    QCOMPARE(classWord, expected);
    QCOMPARE(EmulatedMachine::hasDrives(quint16(classWord)), drives);
}

void tst_EmulatedMachine::passthroughModel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("passthrough");
    // §1.2: pci_device_is_passthrough() names these two types.
    QTest::newRow("xen-pci-passthrough") << "xen-pci-passthrough" << true;
    QTest::newRow("vfio-pci") << "vfio-pci" << true;
    QTest::newRow("rtl8139") << "rtl8139" << false;
    QTest::newRow("virtio-net-pci") << "virtio-net-pci" << false;
    QTest::newRow("prefix-is-not-enough") << "vfio-pci-nohotplug" << false;
}

void tst_EmulatedMachine::passthroughModel()
{
    QFETCH(QString, model);
    QFETCH(bool, passthrough);
    QCOMPARE(EmulatedMachine::isPassthroughModel(model.toStdString()), passthrough);

    EmulatedMachine machine;
    const auto index =
        machine.addDevice({"dev", model.toStdString(), EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    QVERIFY(index.ok());
    QCOMPARE(machine.devices().at(*index).passthrough, passthrough);
}

void tst_EmulatedMachine::addDevice()
{
    EmulatedMachine machine(Flavour::QemuUpstream, QemuVersion{8, 2});
    const auto ide = machine.addDevice(ideController(
        "ide", {{"ide.0", 0, DriveKind::HardDisk}, {"ide.0", 1, DriveKind::HardDisk}, {"ide.1", 0, DriveKind::CdRom}}));
    QVERIFY(ide.ok());
    QCOMPARE(*ide, std::size_t(0));
    const auto nic = machine.addDevice({"nic0", "e1000", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    QVERIFY(nic.ok());
    QCOMPARE(*nic, std::size_t(1));
    // An explicit passthrough flag on an emulated model stays as given.
    const auto flagged = machine.addDevice({"gpu", "some-gpu", 0x0300, 0, true, {}});
    QVERIFY(flagged.ok());

    QCOMPARE(machine.devices().size(), std::size_t(3));
    QCOMPARE(machine.devices().at(0).drives.size(), std::size_t(3));
    QCOMPARE(machine.devices().at(0).drives.at(2).kind, DriveKind::CdRom);
    QCOMPARE(machine.devices().at(1).model, std::string("e1000"));
    QVERIFY(machine.devices().at(2).passthrough);
    QCOMPARE(machine.flavour(), Flavour::QemuUpstream);
    QCOMPARE(machine.qemuVersion(), std::optional<QemuVersion>(QemuVersion{8, 2}));
}

void tst_EmulatedMachine::addDeviceError_data()
{
    QTest::addColumn<int>("classWord");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("withDrive");
    QTest::addColumn<QString>("bus");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("detail");
    // The machine already holds "ide" with a hard disk on ide.0 unit 0.
    const int ide = EmulatedMachine::kClassStorageIde;
    QTest::newRow("empty-id") << ide << ""
                              << "piix3-ide" << false << "" << 0 << "device without id";
    QTest::newRow("duplicate-id") << ide << "ide"
                                  << "piix3-ide" << false << "" << 0 << "ide";
    QTest::newRow("drive-on-nic") << int(EmulatedMachine::kClassNetworkEthernet) << "nic0"
                                  << "e1000" << true << "ide.4" << 0 << "nic0";
    QTest::newRow("drive-on-scsi") << int(EmulatedMachine::kClassStorageScsi) << "scsi0"
                                   << "lsi53c895a" << true << "scsi.0" << 0 << "scsi0";
    QTest::newRow("drive-on-passthrough-ide") << ide << "pt"
                                              << "xen-pci-passthrough" << true << "ide.4" << 0 << "pt";
    QTest::newRow("unit-2") << ide << "ide2"
                            << "piix3-ide" << true << "ide.4" << 2 << "ide2";
    QTest::newRow("empty-bus") << ide << "ide2"
                               << "piix3-ide" << true << "" << 0 << "ide2";
    // qdev bus names are global, so a second controller cannot have another "ide.0" unit 0.
    QTest::newRow("slot-taken-by-other-controller") << int(EmulatedMachine::kClassStorageSata) << "sata"
                                                    << "ich9-ahci" << true << "ide.0" << 0 << "sata:ide.0.0";
}

void tst_EmulatedMachine::addDeviceError()
{
    QFETCH(int, classWord);
    QFETCH(QString, id);
    QFETCH(QString, model);
    QFETCH(bool, withDrive);
    QFETCH(QString, bus);
    QFETCH(int, unit);
    QFETCH(QString, detail);
    EmulatedMachine machine;
    QVERIFY(machine.addDevice(ideController("ide", {{"ide.0", 0, DriveKind::HardDisk}})).ok());

    EmulatedPciDevice device{id.toStdString(), model.toStdString(), quint16(classWord), 0, false, {}};
    if (withDrive)
        device.drives.push_back({bus.toStdString(), quint8(unit), DriveKind::HardDisk});
    const auto result = machine.addDevice(device);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidOption);
    QCOMPARE(QString::fromStdString(result.error().detail), detail);
    QCOMPARE(machine.devices().size(), std::size_t(1));
}

void tst_EmulatedMachine::addDeviceSlotTwiceError()
{
    // One controller cannot carry two drives on the same bus and unit either.
    EmulatedMachine machine;
    const auto result =
        machine.addDevice(ideController("ide", {{"ide.1", 1, DriveKind::HardDisk}, {"ide.1", 1, DriveKind::CdRom}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidOption);
    QCOMPARE(result.error().detail, std::string("ide:ide.1.1"));
    QVERIFY(machine.devices().empty());
}

QTEST_APPLESS_MAIN(tst_EmulatedMachine)
#include "tst_EmulatedMachine.moc"
