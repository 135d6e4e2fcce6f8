// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "EmulatedMachine.h"

#include <algorithm>

namespace xp::device {

EmulatedMachine::EmulatedMachine(Flavour flavour, std::optional<QemuVersion> qemuVersion)
    : m_flavour(flavour)
    , m_qemuVersion(flavour == Flavour::XenServer && !qemuVersion ? std::optional(kXenServerQemu) : qemuVersion)
{}

Result<std::size_t> EmulatedMachine::addDevice(EmulatedPciDevice device)
{
    if (device.id.empty())
        return Error{ErrorCode::InvalidOption, "device without id"};
    if (std::ranges::find(m_devices, device.id, &EmulatedPciDevice::id) != m_devices.end())
        return Error{ErrorCode::InvalidOption, device.id};
    if (isPassthroughModel(device.model))
        device.passthrough = true;
    // A passed-through controller's disks belong to the host, not to QEMU's qdev tree.
    if (!device.drives.empty() && (!hasDrives(device.classWord) || device.passthrough))
        return Error{ErrorCode::InvalidOption, device.id};
    for (auto it = device.drives.begin(); it != device.drives.end(); ++it) {
        if (it->bus.empty() || it->unit > 1)
            return Error{ErrorCode::InvalidOption, device.id};
        // qdev bus names are unique in the whole machine, so "ide.0" unit 0 is one drive at most.
        const auto sameSlot = [&](const EmulatedDrive& other) {
            return other.bus == it->bus && other.unit == it->unit;
        };
        const bool takenHere = std::any_of(device.drives.begin(), it, sameSlot);
        const bool takenElsewhere = std::ranges::any_of(
            m_devices, [&](const EmulatedPciDevice& other) { return std::ranges::any_of(other.drives, sameSlot); });
        if (takenHere || takenElsewhere)
            return Error{ErrorCode::InvalidOption, device.id + ":" + it->bus + "." + std::to_string(it->unit)};
    }
    m_devices.push_back(std::move(device));
    return m_devices.size() - 1;
}

bool EmulatedMachine::upstreamSince(QemuVersion version) const
{
    return runsUpstreamQemu(m_flavour) && (!m_qemuVersion || *m_qemuVersion >= version);
}

bool EmulatedMachine::scsiUnplugSupported() const
{
    // solooboroten/xen-device-model hw/xen_platform.c: bit0 calls ide_unplug_harddisks() only.
    return runsUpstreamQemu(m_flavour);
}

bool EmulatedMachine::nvmeUnplugSupported() const
{
    return runsUpstreamQemu(m_flavour);
}

bool EmulatedMachine::auxIdeUnplugSupported() const
{
    return !runsUpstreamQemu(m_flavour) || upstreamSince(kAuxIdeUnplugSince);
}

bool EmulatedMachine::ahciUnplugSupported() const
{
    return upstreamSince(kAhciUnplugSince);
}

bool EmulatedMachine::isPassthroughModel(std::string_view model)
{
    return model == "xen-pci-passthrough" || model == "vfio-pci";
}

bool EmulatedMachine::hasDrives(std::uint16_t classWord)
{
    return classWord == kClassStorageIde || classWord == kClassStorageSata;
}

} // namespace xp::device
