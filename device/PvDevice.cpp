// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PvDevice.h"

#include <bit>
#include <cstdio>
#include <string>

namespace xp::device {

namespace {
std::string hex(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%x", value);
    return text;
}
} // namespace

Result<PvDevice> PvDevice::create(const PvDeviceConfig& config)
{
    if (config.deviceId == kDeviceIdUnset)
        return Error{ErrorCode::DeviceIdRequired, hex(config.deviceId)};
    if (!std::has_single_bit(config.size))
        return Error{ErrorCode::SizeNotPowerOfTwo, hex(config.size)};
    return PvDevice(config);
}

PvDevice::PvDevice(const PvDeviceConfig& config)
    : m_config(config)
{
    using S = PciConfigSpace;
    m_space.preset(S::kVendorId, AccessWidth::Word, config.vendorId);
    m_space.preset(S::kDeviceId, AccessWidth::Word, config.deviceId);
    m_space.preset(S::kRevision, AccessWidth::Byte, config.revision);
    m_space.preset(S::kSubClass, AccessWidth::Word, kClass);
    m_space.preset(S::kSubsystemVendorId, AccessWidth::Word, config.vendorId);
    m_space.preset(S::kSubsystemId, AccessWidth::Word, config.deviceId);
    m_space.preset(S::kInterruptPin, AccessWidth::Byte, kInterruptPin);
    // xen_pv_realize presets the command register to memory-enable, but QEMU's device reset clears
    // every writable command bit, and the QEMU 7.2 dump (facts §3 "Observed directly") reads 0x0000.
    // The command register therefore stays at its reset value 0; memory-enable remains writable.
    m_space.defineBar(kMmioBar, BarKind::Memory32Prefetchable, config.size);
}

std::uint32_t PvDevice::mmioRead(std::uint32_t /*offset*/, AccessWidth width) const
{
    return widthMask(width);
}

void PvDevice::mmioWrite(std::uint32_t /*offset*/, AccessWidth /*width*/, std::uint32_t /*value*/) {}

} // namespace xp::device
