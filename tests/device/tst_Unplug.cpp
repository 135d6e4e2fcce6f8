// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/Unplug.h"

#include <QTest>

using namespace Qt::StringLiterals;

using xp::device::DriveKind;
using xp::device::EmulatedMachine;
using xp::device::EmulatedPciDevice;
using xp::device::Flavour;
using xp::device::KeepReason;
using xp::device::QemuVersion;
using xp::device::Unplug;
using xp::device::UnplugOutcome;

namespace {

constexpr auto kHd = DriveKind::HardDisk;
constexpr auto kCd = DriveKind::CdRom;

void add(EmulatedMachine& machine, EmulatedPciDevice device)
{
    const auto result = machine.addDevice(std::move(device));
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().detail.c_str());
}

/// i440fx/xenfv: PIIX IDE with two hard disks on the primary channel, a CD-ROM and a hard disk on the
/// secondary one, three NIC models, SCSI, NVMe, a non-Ethernet network device and a display.
void addPiix(EmulatedMachine& machine)
{
    add(machine, {"ide",
                  "piix3-ide-xen",
                  EmulatedMachine::kClassStorageIde,
                  0,
                  false,
                  {{"ide.0", 0, kHd}, {"ide.0", 1, kHd}, {"ide.1", 0, kCd}, {"ide.1", 1, kHd}}});
    add(machine, {"nic0", "rtl8139", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    add(machine, {"nic1", "e1000", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    add(machine, {"nic2", "virtio-net-pci", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    add(machine, {"scsi0", "lsi53c895a", EmulatedMachine::kClassStorageScsi, 0, false, {}});
    add(machine, {"nvme0", "nvme", EmulatedMachine::kClassStorageNvme, 0, false, {}});
    add(machine, {"net-other", "some-wireless", EmulatedMachine::kClassNetworkOther, 0, false, {}});
    add(machine, {"vga", "cirrus-vga", 0x0300, 0, false, {}});
}

/// Q35: the ICH9 AHCI controller (id "ide", so its ports' buses are ide.0 ... ide.5) and an e1000e.
void addQ35(EmulatedMachine& machine)
{
    add(machine, {"ide",
                  "ich9-ahci",
                  EmulatedMachine::kClassStorageSata,
                  0,
                  false,
                  {{"ide.0", 0, kHd}, {"ide.1", 0, kHd}, {"ide.2", 0, kCd}}});
    add(machine, {"nic0", "e1000e", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
}

/// Devices that the rules skip for where they are, not for what they are.
void addPlacement(EmulatedMachine& machine)
{
    add(machine, {"nic0", "e1000", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    add(machine, {"nic-bridged", "e1000", EmulatedMachine::kClassNetworkEthernet, 1, false, {}});
    add(machine, {"nic-pt", "xen-pci-passthrough", EmulatedMachine::kClassNetworkEthernet, 0, false, {}});
    add(machine, {"nvme-pt", "vfio-pci", EmulatedMachine::kClassStorageNvme, 0, false, {}});
    add(machine, {"scsi-bridged", "virtio-scsi-pci", EmulatedMachine::kClassStorageScsi, 2, false, {}});
    add(machine, {"ide-bridged",
                  "piix3-ide",
                  EmulatedMachine::kClassStorageIde,
                  1,
                  false,
                  {{"ide.4", 1, kHd}, {"ide.5", 0, kCd}}});
}

EmulatedMachine buildMachine(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char('@'));
    const QString flavour = parts.value(1);
    EmulatedMachine machine;
    if (flavour == QLatin1String("trad"))
        machine = EmulatedMachine(Flavour::QemuTraditional);
    else if (flavour == QLatin1String("xenserver-trad"))
        machine = EmulatedMachine(Flavour::XenServerTrad);
    else if (flavour.startsWith(QLatin1String("upstream-"))) {
        const QStringList version = flavour.mid(9).split(QLatin1Char('.'));
        machine =
            EmulatedMachine(Flavour::QemuUpstream, QemuVersion{version.value(0).toInt(), version.value(1).toInt()});
    }
    if (parts.value(0) == QLatin1String("piix"))
        addPiix(machine);
    else if (parts.value(0) == QLatin1String("q35"))
        addQ35(machine);
    else
        addPlacement(machine);
    return machine;
}

/// The outcome as one line per entry, in the outcome's own order, so that a row states all of it.
QStringList render(const EmulatedMachine& machine, const UnplugOutcome& outcome)
{
    const auto id = [&](std::size_t index) { return QString::fromStdString(machine.devices().at(index).id); };
    QStringList lines;
    for (const auto& drive : outcome.removedDrives)
        lines << QStringLiteral("drive %1 %2:%3")
                     .arg(id(drive.controller), QString::fromStdString(drive.bus))
                     .arg(drive.unit);
    for (std::size_t index : outcome.removedControllers)
        lines << QStringLiteral("controller %1").arg(id(index));
    for (std::size_t index : outcome.removedNics)
        lines << QStringLiteral("nic %1").arg(id(index));
    for (std::size_t index : outcome.resetControllers)
        lines << QStringLiteral("reset %1").arg(id(index));
    for (const auto& kept : outcome.kept) {
        const auto reasonId = xp::device::keepReasonId(kept.reason);
        const QString reason = QString::fromUtf8(reasonId.data(), qsizetype(reasonId.size()));
        if (kept.drive)
            lines << QStringLiteral("keep %1 %2:%3 %4")
                         .arg(id(kept.device), QString::fromStdString(kept.drive->bus))
                         .arg(kept.drive->unit)
                         .arg(reason);
        else
            lines << QStringLiteral("keep %1 %2").arg(id(kept.device), reason);
    }
    return lines;
}

// The piix machine's non-disk devices when only disks are asked for.
const QStringList kPiixNicsAndOthersKept{u"keep nic0 not-requested"_s, u"keep nic1 not-requested"_s,
                                         u"keep nic2 not-requested"_s};

} // namespace

class tst_Unplug : public QObject
{
    Q_OBJECT

private slots:
    void singleMask_data();
    void singleMask();
    void writes_data();
    void writes();
    void keepReasonIds_data();
    void keepReasonIds();
};

void tst_Unplug::singleMask_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<int>("mask");
    QTest::addColumn<QStringList>("expected");

    // §1.2 bit0: IDE hard disks (CD-ROM stays), SCSI controller whole; NVMe needs bit3.
    QTest::newRow("piix-bit0-ide-scsi") << "piix@upstream" << 0x1
                                        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s,
                                                        u"drive ide ide.1:1"_s, u"controller scsi0"_s, u"reset ide"_s,
                                                        u"keep ide ide.1:0 cdrom"_s} +
                                            kPiixNicsAndOthersKept +
                                            QStringList{u"keep nvme0 not-requested"_s,
                                                        u"keep net-other no-unplug-rule"_s,
                                                        u"keep vga no-unplug-rule"_s});
    // §1.2 bit1: every class-0x0200 NIC, virtio-net and e1000 included; 0x0280 untouched.
    QTest::newRow("piix-bit1-every-ethernet-nic") << "piix@upstream" << 0x2
                                                  << QStringList{u"nic nic0"_s,
                                                                 u"nic nic1"_s,
                                                                 u"nic nic2"_s,
                                                                 u"keep ide ide.0:0 not-requested"_s,
                                                                 u"keep ide ide.0:1 not-requested"_s,
                                                                 u"keep ide ide.1:0 cdrom"_s,
                                                                 u"keep ide ide.1:1 not-requested"_s,
                                                                 u"keep scsi0 not-requested"_s,
                                                                 u"keep nvme0 not-requested"_s,
                                                                 u"keep net-other no-unplug-rule"_s,
                                                                 u"keep vga no-unplug-rule"_s};
    // §1.2 bit2: aux keeps the master on ide.0 and leaves SCSI alone.
    QTest::newRow("piix-bit2-aux") << "piix@upstream" << 0x4
                                   << (QStringList{u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"reset ide"_s,
                                                   u"keep ide ide.0:0 aux-keeps-primary-master"_s,
                                                   u"keep ide ide.1:0 cdrom"_s} +
                                       kPiixNicsAndOthersKept +
                                       QStringList{u"keep scsi0 aux-mode-keeps-scsi"_s, u"keep nvme0 not-requested"_s,
                                                   u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    // §1.2/§2 step 6: bit0 overrides bit2.
    QTest::newRow("piix-bit0-overrides-bit2")
        << "piix@upstream" << 0x5
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep nvme0 not-requested"_s, u"keep net-other no-unplug-rule"_s,
                        u"keep vga no-unplug-rule"_s});
    // hw/i386/xen/xen_platform.c unplug_disks(): bit3 starts the same disk walk in non-aux mode, so it also takes
    // every IDE hard disk and the SCSI controller (§1.2's summary says SCSI needs bit0; the code does not).
    QTest::newRow("piix-bit3-alone-walks-ide-and-scsi-too")
        << "piix@upstream" << 0x8
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"controller nvme0"_s, u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept + QStringList{u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    // Aux plus NVMe: aux mode for IDE and SCSI, NVMe goes.
    QTest::newRow("piix-bit2-bit3-aux-and-nvme")
        << "piix@upstream" << 0xC
        << (QStringList{u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller nvme0"_s, u"reset ide"_s,
                        u"keep ide ide.0:0 aux-keeps-primary-master"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep scsi0 aux-mode-keeps-scsi"_s, u"keep net-other no-unplug-rule"_s,
                        u"keep vga no-unplug-rule"_s});
    // §6.1: win-xenbus disks 0x9.
    QTest::newRow("piix-0x9-xenbus-disks")
        << "piix@upstream" << 0x9
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"controller nvme0"_s, u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept + QStringList{u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    QTest::newRow("piix-0xf-everything") << "piix@upstream" << 0xF
                                         << QStringList{u"drive ide ide.0:0"_s,
                                                        u"drive ide ide.0:1"_s,
                                                        u"drive ide ide.1:1"_s,
                                                        u"controller scsi0"_s,
                                                        u"controller nvme0"_s,
                                                        u"nic nic0"_s,
                                                        u"nic nic1"_s,
                                                        u"nic nic2"_s,
                                                        u"reset ide"_s,
                                                        u"keep ide ide.1:0 cdrom"_s,
                                                        u"keep net-other no-unplug-rule"_s,
                                                        u"keep vga no-unplug-rule"_s};
    const QStringList nothing{
        u"keep ide ide.0:0 not-requested"_s, u"keep ide ide.0:1 not-requested"_s, u"keep ide ide.1:0 cdrom"_s,
        u"keep ide ide.1:1 not-requested"_s, u"keep nic0 not-requested"_s,        u"keep nic1 not-requested"_s,
        u"keep nic2 not-requested"_s,        u"keep scsi0 not-requested"_s,       u"keep nvme0 not-requested"_s,
        u"keep net-other no-unplug-rule"_s,  u"keep vga no-unplug-rule"_s};
    QTest::newRow("piix-zero-mask") << "piix@upstream" << 0x0 << nothing;
    // Pitfall 3: Linux's NEVER (16) forwarded raw has no meaning on the wire ...
    QTest::newRow("piix-linux-never-raw-0x10-ignored") << "piix@upstream" << 0x10 << nothing;
    // ... and Linux's UNNECESSARY (8) forwarded raw would be the NVMe bit (compare the bit3 row).
    QTest::newRow("piix-linux-unnecessary-raw-is-nvme-bit")
        << "piix@upstream" << 0x8
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"controller nvme0"_s, u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept + QStringList{u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});

    // §1.2: AHCI ide-hd drives go on current QEMU (2023-11 pull), CD-ROM stays.
    QTest::newRow("q35-bit0-ahci-master") << "q35@upstream" << 0x1
                                          << QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.1:0"_s, u"reset ide"_s,
                                                         u"keep ide ide.2:0 cdrom"_s, u"keep nic0 not-requested"_s};
    // §1.2 "QEMU >= 8.2 - UNCONFIRMED": older QEMU leaves class 0x0106 alone.
    QTest::newRow("q35-bit0-ahci-before-8.2")
        << "q35@upstream-8.1" << 0x1
        << QStringList{u"keep ide ide.0:0 ahci-unplug-not-supported"_s, u"keep ide ide.1:0 ahci-unplug-not-supported"_s,
                       u"keep ide ide.2:0 cdrom"_s, u"keep nic0 not-requested"_s};
    QTest::newRow("q35-bit0-ahci-at-8.2") << "q35@upstream-8.2" << 0x1
                                          << QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.1:0"_s, u"reset ide"_s,
                                                         u"keep ide ide.2:0 cdrom"_s, u"keep nic0 not-requested"_s};
    // §1.2: aux keeps unit 0 on the bus *named* ide.0, which on Q35 is AHCI port 0.
    QTest::newRow("q35-bit2-aux-keeps-port0")
        << "q35@upstream" << 0x4
        << QStringList{u"drive ide ide.1:0"_s, u"reset ide"_s, u"keep ide ide.0:0 aux-keeps-primary-master"_s,
                       u"keep ide ide.2:0 cdrom"_s, u"keep nic0 not-requested"_s};
    QTest::newRow("q35-bit1-e1000e") << "q35@upstream" << 0x2
                                     << QStringList{u"nic nic0"_s, u"keep ide ide.0:0 not-requested"_s,
                                                    u"keep ide ide.1:0 not-requested"_s, u"keep ide ide.2:0 cdrom"_s};

    // §1.2: root bus only, passthrough never (NICs and disks alike).
    QTest::newRow("placement-0xf") << "placement@upstream" << 0xF
                                   << QStringList{u"nic nic0"_s,
                                                  u"keep nic-bridged not-on-root-bus"_s,
                                                  u"keep nic-pt passthrough"_s,
                                                  u"keep nvme-pt passthrough"_s,
                                                  u"keep scsi-bridged not-on-root-bus"_s,
                                                  u"keep ide-bridged ide.4:1 not-on-root-bus"_s,
                                                  u"keep ide-bridged ide.5:0 cdrom"_s};

    // §1.3 qemu-trad: bit0 is ide_unplug_harddisks() only, aux implemented, no NVMe bit.
    QTest::newRow("trad-bit0-ide-only")
        << "piix@trad" << 0x1
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"reset ide"_s,
                        u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep scsi0 scsi-unplug-not-supported"_s, u"keep nvme0 not-requested"_s,
                        u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    QTest::newRow("trad-bit2-aux-implemented")
        << "piix@trad" << 0x4
        << (QStringList{u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"reset ide"_s,
                        u"keep ide ide.0:0 aux-keeps-primary-master"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep scsi0 aux-mode-keeps-scsi"_s, u"keep nvme0 not-requested"_s,
                        u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    QTest::newRow("trad-bit3-no-nvme-rule")
        << "piix@trad" << 0x8 << QStringList{u"keep ide ide.0:0 not-requested"_s,
                                             u"keep ide ide.0:1 not-requested"_s,
                                             u"keep ide ide.1:0 cdrom"_s,
                                             u"keep ide ide.1:1 not-requested"_s,
                                             u"keep nic0 not-requested"_s,
                                             u"keep nic1 not-requested"_s,
                                             u"keep nic2 not-requested"_s,
                                             u"keep scsi0 not-requested"_s,
                                             u"keep nvme0 nvme-unplug-not-supported"_s,
                                             u"keep net-other no-unplug-rule"_s,
                                             u"keep vga no-unplug-rule"_s};
    QTest::newRow("xenserver-trad-bit0-like-trad") << "piix@xenserver-trad" << 0x3
                                                   << QStringList{u"drive ide ide.0:0"_s,
                                                                  u"drive ide ide.0:1"_s,
                                                                  u"drive ide ide.1:1"_s,
                                                                  u"nic nic0"_s,
                                                                  u"nic nic1"_s,
                                                                  u"nic nic2"_s,
                                                                  u"reset ide"_s,
                                                                  u"keep ide ide.1:0 cdrom"_s,
                                                                  u"keep scsi0 scsi-unplug-not-supported"_s,
                                                                  u"keep nvme0 not-requested"_s,
                                                                  u"keep net-other no-unplug-rule"_s,
                                                                  u"keep vga no-unplug-rule"_s};
    // §1.2 history: before ae4d2eb273 upstream only logged bit2 ("not supported").
    QTest::newRow("upstream-2.8-bit2-only-logged")
        << "piix@upstream-2.8" << 0x4
        << (QStringList{u"keep ide ide.0:0 aux-ide-unplug-not-supported"_s,
                        u"keep ide ide.0:1 aux-ide-unplug-not-supported"_s, u"keep ide ide.1:0 cdrom"_s,
                        u"keep ide ide.1:1 aux-ide-unplug-not-supported"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep scsi0 not-requested"_s, u"keep nvme0 not-requested"_s,
                        u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    QTest::newRow("upstream-2.8-bit0-bit2")
        << "piix@upstream-2.8" << 0x5
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept +
            QStringList{u"keep nvme0 not-requested"_s, u"keep net-other no-unplug-rule"_s,
                        u"keep vga no-unplug-rule"_s});
}

void tst_Unplug::singleMask()
{
    QFETCH(QString, machine);
    QFETCH(int, mask);
    QFETCH(QStringList, expected);
    const EmulatedMachine built = buildMachine(machine);
    QCOMPARE(render(built, Unplug::apply(built, quint16(mask))), expected);
}

void tst_Unplug::writes_data()
{
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QList<int>>("masks");
    QTest::addColumn<QStringList>("expected");

    // §6.1: win-xenbus writes disks and NICs separately; same result as 0xB.
    QTest::newRow("xenbus-0x9-then-0x2") << "piix@upstream" << QList<int>{0x9, 0x2}
                                         << QStringList{u"drive ide ide.0:0"_s,
                                                        u"drive ide ide.0:1"_s,
                                                        u"drive ide ide.1:1"_s,
                                                        u"controller scsi0"_s,
                                                        u"controller nvme0"_s,
                                                        u"nic nic0"_s,
                                                        u"nic nic1"_s,
                                                        u"nic nic2"_s,
                                                        u"reset ide"_s,
                                                        u"keep ide ide.1:0 cdrom"_s,
                                                        u"keep net-other no-unplug-rule"_s,
                                                        u"keep vga no-unplug-rule"_s};
    // Each write acts on its own: aux then NVMe removes the primary master and SCSI, which 0xC would keep.
    QTest::newRow("aux-then-nvme-differs-from-or")
        << "piix@upstream" << QList<int>{0x4, 0x8}
        << (QStringList{u"drive ide ide.0:0"_s, u"drive ide ide.0:1"_s, u"drive ide ide.1:1"_s, u"controller scsi0"_s,
                        u"controller nvme0"_s, u"reset ide"_s, u"keep ide ide.1:0 cdrom"_s} +
            kPiixNicsAndOthersKept + QStringList{u"keep net-other no-unplug-rule"_s, u"keep vga no-unplug-rule"_s});
    // The first informative reason wins over a later "not requested".
    QTest::newRow("boot-emulated-then-nics")
        << "q35@upstream" << QList<int>{0x4, 0x2}
        << QStringList{u"drive ide ide.1:0"_s, u"nic nic0"_s, u"reset ide"_s,
                       u"keep ide ide.0:0 aux-keeps-primary-master"_s, u"keep ide ide.2:0 cdrom"_s};
    QTest::newRow("no-write") << "q35@upstream" << QList<int>{}
                              << QStringList{u"keep ide ide.0:0 not-requested"_s, u"keep ide ide.1:0 not-requested"_s,
                                             u"keep ide ide.2:0 cdrom"_s, u"keep nic0 not-requested"_s};
}

void tst_Unplug::writes()
{
    QFETCH(QString, machine);
    QFETCH(QList<int>, masks);
    QFETCH(QStringList, expected);
    const EmulatedMachine built = buildMachine(machine);
    std::vector<std::uint16_t> written;
    for (int mask : masks)
        written.push_back(quint16(mask));
    QCOMPARE(render(built, Unplug::applyWrites(built, written)), expected);
}

void tst_Unplug::keepReasonIds_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<QString>("id");
    QTest::newRow("not-requested") << int(KeepReason::NotRequested) << "not-requested";
    QTest::newRow("no-unplug-rule") << int(KeepReason::NoUnplugRule) << "no-unplug-rule";
    QTest::newRow("cdrom") << int(KeepReason::CdRom) << "cdrom";
    QTest::newRow("passthrough") << int(KeepReason::Passthrough) << "passthrough";
    QTest::newRow("not-on-root-bus") << int(KeepReason::NotOnRootBus) << "not-on-root-bus";
    QTest::newRow("aux-keeps-primary-master") << int(KeepReason::AuxKeepsPrimaryMaster) << "aux-keeps-primary-master";
    QTest::newRow("aux-mode-keeps-scsi") << int(KeepReason::AuxModeKeepsScsi) << "aux-mode-keeps-scsi";
    QTest::newRow("ahci") << int(KeepReason::AhciUnplugNotSupported) << "ahci-unplug-not-supported";
    QTest::newRow("aux-ide") << int(KeepReason::AuxIdeUnplugNotSupported) << "aux-ide-unplug-not-supported";
    QTest::newRow("scsi") << int(KeepReason::ScsiUnplugNotSupported) << "scsi-unplug-not-supported";
    QTest::newRow("nvme") << int(KeepReason::NvmeUnplugNotSupported) << "nvme-unplug-not-supported";
}

void tst_Unplug::keepReasonIds()
{
    QFETCH(int, reason);
    QFETCH(QString, id);
    const auto text = xp::device::keepReasonId(KeepReason(reason));
    QCOMPARE(QString::fromUtf8(text.data(), qsizetype(text.size())), id);
}

QTEST_APPLESS_MAIN(tst_Unplug)
#include "tst_Unplug.moc"
