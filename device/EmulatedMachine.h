// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Flavour.h"
#include "Result.h"

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace xp::device {

/// An upstream QEMU release as major.minor. Only the unplug rules that changed between releases look at it.
struct QemuVersion
{
    int major = 0;
    int minor = 0;

    auto operator<=>(const QemuVersion&) const = default;
};

/// The qdev type of a drive: only hard disks (`ide-hd`) are ever unplugged, CD-ROMs (`ide-cd`) never are.
enum class DriveKind { HardDisk, CdRom };

/// A drive on one of the buses of an IDE or SATA/AHCI controller.
struct EmulatedDrive
{
    /// The qdev bus name, e.g. "ide.0". Aux-IDE unplug keeps unit 0 only on the bus named exactly "ide.0".
    std::string bus;
    std::uint8_t unit = 0; ///< 0 master, 1 slave
    DriveKind kind = DriveKind::HardDisk;
};

/// An emulated (or passed-through) PCI function of the guest, as far as the unplug rules look at it.
struct EmulatedPciDevice
{
    std::string id;                    ///< unique within the machine, e.g. the qdev id "nic0"
    std::string model;                 ///< QEMU device type, e.g. "piix3-ide-xen", "ich9-ahci", "virtio-net-pci"
    std::uint16_t classWord = 0;       ///< base class << 8 | sub-class, config offset 0x0A
    std::uint8_t bus = 0;              ///< PCI bus number; 0 is the root bus that the platform device sits on
    bool passthrough = false;          ///< a host device (xen-pci-passthrough, vfio-pci): never unplugged
    std::vector<EmulatedDrive> drives; ///< only IDE (0x0101) and SATA/AHCI (0x0106) controllers have drives
};

/// The emulated devices of one HVM guest and the device model that would unplug them.
/// Which unplug rules exist depends on the flavour and, for upstream QEMU, on the release
/// (platform-facts §1.2, §1.3; pitfall 3).
class EmulatedMachine
{
public:
    // PCI class words that the unplug rules distinguish (qemu include/hw/pci/pci_ids.h, platform-facts §1.2).
    static constexpr std::uint16_t kClassStorageScsi = 0x0100;
    static constexpr std::uint16_t kClassStorageIde = 0x0101;
    static constexpr std::uint16_t kClassStorageSata = 0x0106;
    static constexpr std::uint16_t kClassStorageNvme = 0x0108;
    static constexpr std::uint16_t kClassNetworkEthernet = 0x0200;
    static constexpr std::uint16_t kClassNetworkOther = 0x0280;

    /// First upstream release that unplugs `ide-hd` drives of SATA/AHCI controllers. UNCONFIRMED: the
    /// change is the 2023-11 pull "xen-platform: unplug AHCI disks"; platform-facts §1.2 gives "QEMU >= 8.2"
    /// without a verified release number.
    static constexpr QemuVersion kAhciUnplugSince{8, 2};
    /// First upstream release that honours the aux-IDE bit (before it was only logged as "not supported").
    /// Derived, UNCONFIRMED: commit ae4d2eb273 landed in 2017-01, i.e. the 2.9 development cycle.
    static constexpr QemuVersion kAuxIdeUnplugSince{2, 9};
    /// The QEMU that XenServer / XCP-ng 8 run: xcp-ng-rpms/qemu SPECS/qemu.spec builds 4.2.1 with XenServer's patch
    /// queue, one of which (unplug-nvme-devices.patch) unplugs NVMe disks with the IDE and SCSI ones. That XenServer's
    /// own builds use the same base is taken from XCP-ng's rebuild of them.
    static constexpr QemuVersion kXenServerQemu{4, 2};

    /// Upstream QEMU as described by platform-facts §1.1 (current master): every unplug rule exists.
    EmulatedMachine() = default;
    /// @p qemuVersion only matters for upstream QEMU: none means current master on QemuUpstream and
    /// kXenServerQemu on XenServer.
    explicit EmulatedMachine(Flavour flavour, std::optional<QemuVersion> qemuVersion = std::nullopt);

    /// Adds a device and returns its index in devices(). Refused (InvalidOption, detail names the device):
    /// an empty or duplicate id, drives on a device other than an emulated IDE or SATA/AHCI controller, a
    /// drive without bus name, a unit other than 0 or 1, or a bus/unit pair that is already taken.
    /// A device whose model is a passthrough type is marked passthrough whatever the flag said.
    Result<std::size_t> addDevice(EmulatedPciDevice device);

    const std::vector<EmulatedPciDevice>& devices() const { return m_devices; }
    Flavour flavour() const { return m_flavour; }
    std::optional<QemuVersion> qemuVersion() const { return m_qemuVersion; }

    /// Bit0 also removes SCSI controllers: upstream only (since 2016-10); qemu-trad's bit0 is IDE only.
    bool scsiUnplugSupported() const;
    /// Bit3 removes NVMe controllers: upstream only; qemu-trad has no NVMe rule.
    bool nvmeUnplugSupported() const;
    /// Bit2 removes all IDE hard disks but the primary master: qemu-trad always, upstream since kAuxIdeUnplugSince.
    bool auxIdeUnplugSupported() const;
    /// Disk unplug also covers SATA/AHCI controllers: upstream since kAhciUnplugSince, never qemu-trad.
    bool ahciUnplugSupported() const;

    /// QEMU's pci_device_is_passthrough(): xen-pci-passthrough, and vfio-pci (KVM Xen emulation).
    static bool isPassthroughModel(std::string_view model);
    /// Whether devices of this class carry drives (IDE and SATA/AHCI controllers).
    static bool hasDrives(std::uint16_t classWord);

private:
    bool upstreamSince(QemuVersion version) const;

    Flavour m_flavour = Flavour::QemuUpstream;
    std::optional<QemuVersion> m_qemuVersion;
    std::vector<EmulatedPciDevice> m_devices;
};

} // namespace xp::device
