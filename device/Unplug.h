// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "EmulatedMachine.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace xp::device {

/// Why a device or drive survives an unplug request. model/ turns it into a sentence for the unplug trace.
enum class KeepReason {
    NotRequested,             ///< no written mask has a bit that covers this device
    NoUnplugRule,             ///< a PCI class the device model never unplugs, e.g. 0x0280 (non-Ethernet network)
    CdRom,                    ///< `ide-cd` drives are never unplugged
    Passthrough,              ///< xen-pci-passthrough / vfio-pci
    NotOnRootBus,             ///< behind a bridge: the device model only walks the platform device's root bus
    AuxKeepsPrimaryMaster,    ///< aux-IDE mode keeps unit 0 on bus "ide.0"
    AuxModeKeepsScsi,         ///< aux-IDE mode (bit2 without bit0) leaves SCSI controllers alone
    AhciUnplugNotSupported,   ///< disk unplug asked for, but this QEMU does not unplug SATA/AHCI drives
    AuxIdeUnplugNotSupported, ///< bit2 asked for, but this device model only logs it
    ScsiUnplugNotSupported,   ///< bit0 asked for, but this device model only unplugs IDE disks
    NvmeUnplugNotSupported,   ///< bit3 asked for, but this device model has no NVMe rule
};

/// A stable identifier for @p reason (CLI JSON, logs); not user-facing text.
std::string_view keepReasonId(KeepReason reason);

/// A drive slot: the controller's index in EmulatedMachine::devices(), its bus and unit.
struct DriveLocation
{
    std::size_t controller = 0;
    std::string bus;
    std::uint8_t unit = 0;

    bool operator==(const DriveLocation&) const = default;
};

/// Something that stays. @ref drive is set for drives of IDE and SATA/AHCI controllers, which are judged per
/// drive; every other device is judged whole.
struct KeptItem
{
    std::size_t device = 0;
    std::optional<DriveLocation> drive;
    KeepReason reason = KeepReason::NotRequested;

    bool operator==(const KeptItem&) const = default;
};

/// What a sequence of unplug-mask writes does to a machine. Every drive of an IDE or SATA/AHCI controller and
/// every other device appears exactly once, either removed or kept; the controllers that carry drives are never
/// removed themselves. Lists are in device order.
struct UnplugOutcome
{
    std::vector<DriveLocation> removedDrives;
    std::vector<std::size_t> removedControllers; ///< SCSI and NVMe controllers, unparented whole
    std::vector<std::size_t> removedNics;        ///< class 0x0200 devices
    std::vector<std::size_t> resetControllers;   ///< IDE/AHCI controllers that QEMU resets because a drive went
    std::vector<KeptItem> kept;
};

/// The emulated-device unplug of the platform device: which devices a 16-bit write to port 0x10 removes
/// (platform-facts §1.2, §1.3, pitfall 3). The guest side (which masks get written) is GuestHandshake.
class Unplug
{
public:
    // The bits on the wire (docs/misc/hvm-emulated-unplug step 6). Not Linux's internal flags.
    static constexpr std::uint16_t kIdeScsiDisks = 0x1;
    static constexpr std::uint16_t kNics = 0x2;
    static constexpr std::uint16_t kAuxIdeDisks = 0x4;
    static constexpr std::uint16_t kNvmeDisks = 0x8;

    /// One mask write.
    static UnplugOutcome apply(const EmulatedMachine& machine, std::uint16_t mask);
    /// Several mask writes in order (Windows writes disks and NICs separately). Each write acts on its own, so
    /// the result is the union of the writes, which is not always the effect of their OR: 0x4 then 0x8 removes
    /// the primary master, 0xC does not. A kept item reports the first reason other than NotRequested.
    static UnplugOutcome applyWrites(const EmulatedMachine& machine, std::span<const std::uint16_t> masks);
};

} // namespace xp::device
