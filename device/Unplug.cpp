// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Unplug.h"

#include <algorithm>
#include <array>

namespace xp::device {

namespace {

/// What one mask write asks the device model to do, after its own rules have read the bits.
struct Request
{
    bool disks = false;      ///< the disk walk runs at all
    bool aux = false;        ///< ... in aux mode (keeps the primary master, leaves SCSI alone)
    bool nvme = false;       ///< NVMe controllers go
    bool nics = false;       ///< class 0x0200 devices go
    bool auxIgnored = false; ///< bit2 was the only disk bit, and this device model only logs it
    bool scsiMissing = false;
    bool nvmeMissing = false;
};

Request readMask(const EmulatedMachine& machine, std::uint16_t mask)
{
    Request request;
    request.nics = (mask & Unplug::kNics) != 0;
    std::uint16_t disks = mask & (Unplug::kIdeScsiDisks | Unplug::kAuxIdeDisks | Unplug::kNvmeDisks);
    if (!machine.auxIdeUnplugSupported() && (disks & Unplug::kAuxIdeDisks)) {
        disks &= static_cast<std::uint16_t>(~Unplug::kAuxIdeDisks);
        request.auxIgnored = (disks & Unplug::kIdeScsiDisks) == 0;
    }
    if (runsUpstreamQemu(machine.flavour())) {
        // hw/i386/xen/xen_platform.c: any of bits 0, 2, 3 starts the same disk walk, and aux mode is bit2
        // without bit0. So bit3 alone also removes every IDE hard disk and every SCSI controller.
        // Before the aux bit was implemented only bit0 started the walk.
        request.disks = machine.auxIdeUnplugSupported() ? disks != 0 : (disks & Unplug::kIdeScsiDisks) != 0;
        request.aux = (disks & Unplug::kAuxIdeDisks) && !(disks & Unplug::kIdeScsiDisks);
        request.nvme = (disks & Unplug::kNvmeDisks) != 0;
    } else {
        // qemu-trad: bit0 runs ide_unplug_harddisks(), bit2 ide_unplug_aux_harddisks(); bit3 means nothing.
        request.disks = (disks & (Unplug::kIdeScsiDisks | Unplug::kAuxIdeDisks)) != 0;
        request.aux = request.disks && !(disks & Unplug::kIdeScsiDisks);
        request.scsiMissing = (disks & Unplug::kIdeScsiDisks) != 0;
        request.nvmeMissing = (disks & Unplug::kNvmeDisks) != 0;
    }
    return request;
}

/// The verdict on a whole device, before its drives are looked at. Empty: the rule applies.
std::optional<KeepReason> deviceVerdict(const EmulatedMachine& machine, const EmulatedPciDevice& device,
                                        const Request& request)
{
    std::optional<KeepReason> unsupported;
    bool requested = false;
    switch (device.classWord) {
    case EmulatedMachine::kClassStorageIde:
        requested = request.disks;
        if (!requested && request.auxIgnored)
            unsupported = KeepReason::AuxIdeUnplugNotSupported;
        break;
    case EmulatedMachine::kClassStorageSata:
        requested = request.disks;
        if (!requested && request.auxIgnored)
            unsupported = KeepReason::AuxIdeUnplugNotSupported;
        else if (requested && !machine.ahciUnplugSupported())
            unsupported = KeepReason::AhciUnplugNotSupported;
        break;
    case EmulatedMachine::kClassStorageScsi:
        if (request.scsiMissing)
            unsupported = KeepReason::ScsiUnplugNotSupported;
        else if (request.disks && request.aux)
            unsupported = KeepReason::AuxModeKeepsScsi;
        requested = request.disks && machine.scsiUnplugSupported();
        break;
    case EmulatedMachine::kClassStorageNvme:
        if (request.nvmeMissing)
            unsupported = KeepReason::NvmeUnplugNotSupported;
        requested = request.nvme;
        break;
    case EmulatedMachine::kClassNetworkEthernet: requested = request.nics; break;
    default: return KeepReason::NoUnplugRule;
    }
    if (unsupported)
        return unsupported;
    if (!requested)
        return KeepReason::NotRequested;
    // pci_for_each_device(bus, 0, ...) visits the root bus only, then each rule skips passthrough devices.
    if (device.bus != 0)
        return KeepReason::NotOnRootBus;
    if (device.passthrough)
        return KeepReason::Passthrough;
    return std::nullopt;
}

std::optional<KeepReason> driveVerdict(const EmulatedDrive& drive, const std::optional<KeepReason>& controller,
                                       const Request& request)
{
    // A CD-ROM is the most telling answer whatever else applies: no mask ever removes one.
    if (drive.kind == DriveKind::CdRom)
        return KeepReason::CdRom;
    if (controller)
        return controller;
    if (request.aux && drive.unit == 0 && drive.bus == "ide.0")
        return KeepReason::AuxKeepsPrimaryMaster;
    return std::nullopt;
}

/// Merges one write's verdict into the running one: removed stays removed, the first informative reason wins.
void merge(std::optional<std::optional<KeepReason>>& running, const std::optional<KeepReason>& verdict)
{
    if (!running || (*running && (!verdict || **running == KeepReason::NotRequested)))
        running = verdict;
}

} // namespace

std::string_view keepReasonId(KeepReason reason)
{
    switch (reason) {
    case KeepReason::NotRequested: return "not-requested";
    case KeepReason::NoUnplugRule: return "no-unplug-rule";
    case KeepReason::CdRom: return "cdrom";
    case KeepReason::Passthrough: return "passthrough";
    case KeepReason::NotOnRootBus: return "not-on-root-bus";
    case KeepReason::AuxKeepsPrimaryMaster: return "aux-keeps-primary-master";
    case KeepReason::AuxModeKeepsScsi: return "aux-mode-keeps-scsi";
    case KeepReason::AhciUnplugNotSupported: return "ahci-unplug-not-supported";
    case KeepReason::AuxIdeUnplugNotSupported: return "aux-ide-unplug-not-supported";
    case KeepReason::ScsiUnplugNotSupported: return "scsi-unplug-not-supported";
    case KeepReason::NvmeUnplugNotSupported: return "nvme-unplug-not-supported";
    }
    return {};
}

UnplugOutcome Unplug::apply(const EmulatedMachine& machine, std::uint16_t mask)
{
    const std::array<std::uint16_t, 1> masks{mask};
    return applyWrites(machine, masks);
}

UnplugOutcome Unplug::applyWrites(const EmulatedMachine& machine, std::span<const std::uint16_t> masks)
{
    std::vector<Request> requests;
    requests.reserve(masks.size());
    for (std::uint16_t mask : masks)
        requests.push_back(readMask(machine, mask));

    // With no write at all nothing is requested; an empty request expresses exactly that.
    if (requests.empty())
        requests.emplace_back();

    UnplugOutcome outcome;
    const auto& devices = machine.devices();
    for (std::size_t index = 0; index < devices.size(); ++index) {
        const EmulatedPciDevice& device = devices[index];
        if (!EmulatedMachine::hasDrives(device.classWord)) {
            std::optional<std::optional<KeepReason>> verdict;
            for (const Request& request : requests)
                merge(verdict, deviceVerdict(machine, device, request));
            if (!*verdict) {
                auto& removed = device.classWord == EmulatedMachine::kClassNetworkEthernet ? outcome.removedNics
                                                                                           : outcome.removedControllers;
                removed.push_back(index);
            } else {
                outcome.kept.push_back({index, std::nullopt, **verdict});
            }
            continue;
        }
        bool anyRemoved = false;
        for (const EmulatedDrive& drive : device.drives) {
            std::optional<std::optional<KeepReason>> verdict;
            for (const Request& request : requests)
                merge(verdict, driveVerdict(drive, deviceVerdict(machine, device, request), request));
            DriveLocation location{index, drive.bus, drive.unit};
            if (!*verdict) {
                outcome.removedDrives.push_back(std::move(location));
                anyRemoved = true;
            } else {
                outcome.kept.push_back({index, std::move(location), **verdict});
            }
        }
        if (anyRemoved)
            outcome.resetControllers.push_back(index);
    }
    return outcome;
}

} // namespace xp::device
