// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "AccessWidth.h"
#include "PciConfigSpace.h"
#include "Result.h"

#include <cstdint>

namespace xp::device {

/// The properties of QEMU's `-device xen-pvdevice`, with QEMU's defaults (facts §3).
struct PvDeviceConfig
{
    std::uint16_t vendorId = 0x5853;
    /// QEMU's default 0xffff means "not supplied" and is refused.
    std::uint16_t deviceId = 0xffff;
    std::uint8_t revision = 0x01;
    std::uint32_t size = 0x400000;
};

/// QEMU's xen-pvdevice (hw/i386/xen/xen_pvdevice.c): a binding point for vendor PV drivers, with
/// one prefetchable memory BAR at BAR1 and no I/O ports (facts §3).
class PvDevice
{
public:
    static constexpr std::uint16_t kDeviceIdUnset = 0xffff;
    /// PCI_CLASS_SYSTEM_OTHER: base class 0x08, sub-class 0x80 (lspci "System peripheral").
    static constexpr std::uint16_t kClass = 0x0880;
    static constexpr std::uint8_t kInterruptPin = 1;
    static constexpr std::size_t kMmioBar = 1;

    /// ErrorCode::DeviceIdRequired for device ID 0xffff, ErrorCode::SizeNotPowerOfTwo for a size
    /// that is 0 or not a power of two (QEMU refuses both at realize).
    static Result<PvDevice> create(const PvDeviceConfig& config);

    std::uint16_t vendorId() const { return m_config.vendorId; }
    std::uint16_t deviceId() const { return m_config.deviceId; }
    std::uint8_t revision() const { return m_config.revision; }
    std::uint32_t size() const { return m_config.size; }
    /// Subsystem vendor and ID mirror vendor and device ID (so Windows sees SUBSYS_<dev><ven>).
    std::uint16_t subsystemVendorId() const { return m_config.vendorId; }
    std::uint16_t subsystemId() const { return m_config.deviceId; }

    /// The configuration space; after create() or reset() it matches QEMU 7.2 byte for byte.
    const PciConfigSpace& config() const { return m_space; }
    PciConfigSpace& config() { return m_space; }

    /// A read of the BAR1 window: always all ones of the width (xen_pv_mmio_read returns ~0).
    std::uint32_t mmioRead(std::uint32_t offset, AccessWidth width) const;
    /// Writes to the BAR1 window are ignored (only traced by QEMU).
    void mmioWrite(std::uint32_t offset, AccessWidth width, std::uint32_t value);

private:
    explicit PvDevice(const PvDeviceConfig& config);

    PvDeviceConfig m_config;
    PciConfigSpace m_space;
};

} // namespace xp::device
