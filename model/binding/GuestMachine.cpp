// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestMachine.h"

using xp::device::DriveKind;
using xp::device::EmulatedMachine;
using xp::device::EmulatedPciDevice;

namespace {
EmulatedPciDevice controller(const char* id, const char* model, std::uint16_t classWord)
{
    EmulatedPciDevice d;
    d.id = id;
    d.model = model;
    d.classWord = classWord;
    return d;
}
} // namespace

GuestMachine::GuestMachine(const VmConfig& config)
    : m_machine(config.flavour)
{
    // QEMU puts one PIIX IDE function on the root bus of pc/xenfv machines; q35 has an ICH9 AHCI
    // controller instead, whose ports are buses ide.0-ide.5 with one unit each.
    const bool q35 = config.machine.contains(QLatin1String("q35"));
    EmulatedPciDevice ide = q35 ? controller("sata0", "ich9-ahci", EmulatedMachine::kClassStorageSata)
                                : controller("ide0", "piix3-ide", EmulatedMachine::kClassStorageIde);
    EmulatedPciDevice scsi = controller("scsi0", "lsi53c895a", EmulatedMachine::kClassStorageScsi);
    EmulatedPciDevice nvme = controller("nvme0", "nvme", EmulatedMachine::kClassStorageNvme);
    QStringList ideNames;
    int scsiDisks = 0;
    int nvmeDisks = 0;
    QStringList virtioDisks;
    for (const EmulatedDisk& disk : config.disks) {
        const auto kind = disk.cdrom ? DriveKind::CdRom : DriveKind::HardDisk;
        switch (disk.bus) {
        case EmulatedDisk::Bus::Ide:
        case EmulatedDisk::Bus::Sata: {
            // IDE: bus = channel, unit = master/slave. AHCI: one port per bus, unit 0.
            const bool ahci = disk.bus == EmulatedDisk::Bus::Sata || q35;
            const int busIndex = ahci ? disk.unit : disk.busIndex;
            const quint8 unit = ahci ? 0 : quint8(disk.unit);
            const std::string bus = "ide." + std::to_string(busIndex);
            if (ahci != (ide.classWord == EmulatedMachine::kClassStorageSata))
                break; // a SATA disk on a pc machine needs an AHCI controller we do not model; left out
            ide.drives.push_back({bus, unit, kind});
            m_driveNames.append({0, bus, unit, disk.target + (disk.cdrom ? QStringLiteral(" (cdrom)") : QString())});
            break;
        }
        case EmulatedDisk::Bus::Scsi: ++scsiDisks; break;
        case EmulatedDisk::Bus::Nvme: ++nvmeDisks; break;
        // virtio-blk-pci's default class is 0x0100 (SCSI storage), so the SCSI rule applies to it.
        case EmulatedDisk::Bus::Virtio: virtioDisks.append(disk.target); break;
        case EmulatedDisk::Bus::Xen:
        case EmulatedDisk::Bus::Usb:
        case EmulatedDisk::Bus::Other: break;
        }
    }
    auto add = [&](EmulatedPciDevice device, const QString& name) {
        if (m_machine.addDevice(std::move(device)))
            m_deviceNames.append(name);
    };
    add(ide, QString::fromStdString(ide.id));
    if (scsiDisks > 0)
        add(scsi, QStringLiteral("scsi0 (%1 disks)").arg(scsiDisks));
    if (nvmeDisks > 0)
        add(nvme, QStringLiteral("nvme0 (%1 disks)").arg(nvmeDisks));
    for (qsizetype i = 0; i < virtioDisks.size(); ++i) {
        const std::string id = "virtio-disk" + std::to_string(i);
        add(controller(id.c_str(), "virtio-blk-pci", EmulatedMachine::kClassStorageScsi), virtioDisks.at(i));
    }
    for (qsizetype i = 0; i < config.nics.size(); ++i) {
        const EmulatedNic& nic = config.nics.at(i);
        // Xen's PV-only vif has no emulated PCI function at all.
        if (nic.model == QLatin1String("netfront"))
            continue;
        const std::string id = "net" + std::to_string(i);
        const std::string model = nic.model.isEmpty() ? std::string("rtl8139") : nic.model.toStdString();
        add(controller(id.c_str(), model.c_str(), EmulatedMachine::kClassNetworkEthernet),
            QStringLiteral("net%1 (%2)").arg(i).arg(QString::fromStdString(model)));
    }
    for (int i = 0; i < config.passthroughDevices; ++i) {
        const std::string id = "hostdev" + std::to_string(i);
        EmulatedPciDevice dev = controller(id.c_str(), "xen-pci-passthrough", 0x0200);
        dev.passthrough = true;
        add(dev, QStringLiteral("hostdev%1").arg(i));
    }
}

QString GuestMachine::driveName(std::size_t controller, const std::string& bus, quint8 unit) const
{
    for (const DriveName& d : m_driveNames)
        if (d.controller == controller && d.bus == bus && d.unit == unit)
            return d.name;
    return QStringLiteral("%1:%2").arg(QString::fromStdString(bus)).arg(unit);
}

QStringList GuestMachine::removedNames(const xp::device::UnplugOutcome& outcome) const
{
    QStringList names;
    for (const auto& drive : outcome.removedDrives)
        names.append(driveName(drive.controller, drive.bus, drive.unit));
    for (std::size_t index : outcome.removedControllers)
        names.append(m_deviceNames.value(qsizetype(index)));
    for (std::size_t index : outcome.removedNics)
        names.append(m_deviceNames.value(qsizetype(index)));
    return names;
}

QStringList GuestMachine::keptNames(const xp::device::UnplugOutcome& outcome) const
{
    QStringList names;
    for (const auto& kept : outcome.kept) {
        const QString name = kept.drive ? driveName(kept.drive->controller, kept.drive->bus, kept.drive->unit)
                                        : m_deviceNames.value(qsizetype(kept.device));
        const auto reason = xp::device::keepReasonId(kept.reason);
        names.append(QStringLiteral("%1: %2").arg(name, QString::fromLatin1(reason.data(), qsizetype(reason.size()))));
    }
    return names;
}
