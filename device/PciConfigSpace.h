// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "AccessWidth.h"

#include <array>
#include <cstddef>
#include <cstdint>

namespace xp::device {

/// The kind of a base address register.
enum class BarKind : std::uint8_t {
    None,                 ///< no such BAR: reads 0, ignores writes
    Io,                   ///< I/O space
    Memory32,             ///< 32-bit memory, not prefetchable
    Memory32Prefetchable, ///< 32-bit prefetchable memory
};

/// The read-only type bits in a BAR's low nibble (PCI Local Bus spec, BAR layout).
constexpr std::uint32_t barTypeBits(BarKind kind)
{
    switch (kind) {
    case BarKind::None: return 0x0;
    case BarKind::Io: return 0x1;
    case BarKind::Memory32: return 0x0;
    case BarKind::Memory32Prefetchable: return 0x8;
    }
    return 0;
}

/// A type-0 PCI configuration header of 256 bytes with per-byte write masks, modelled on QEMU's
/// PCIDevice (config/wmask arrays, hw/pci/pci.c). Fields default to read-only; the generic writable
/// fields follow QEMU's pci_init_wmask; a device makes its BARs writable through defineBar().
///
/// Access past the end is clipped as QEMU's pci_host_config_read_common/write_common do
/// (MIN(len, limit - addr)): an access starting at 256 or above reads all ones of its width and
/// writes nothing; an access that starts inside and crosses the end touches only the bytes
/// inside, and the missing high bytes read as 0.
class PciConfigSpace
{
public:
    static constexpr std::size_t kSize = 256;
    static constexpr std::size_t kBarCount = 6;

    // Register offsets of the type-0 header.
    static constexpr std::uint8_t kVendorId = 0x00;
    static constexpr std::uint8_t kDeviceId = 0x02;
    static constexpr std::uint8_t kCommand = 0x04;
    static constexpr std::uint8_t kStatus = 0x06;
    static constexpr std::uint8_t kRevision = 0x08;
    static constexpr std::uint8_t kProgIf = 0x09;
    static constexpr std::uint8_t kSubClass = 0x0a;
    static constexpr std::uint8_t kBaseClass = 0x0b;
    static constexpr std::uint8_t kCacheLineSize = 0x0c;
    static constexpr std::uint8_t kHeaderType = 0x0e;
    static constexpr std::uint8_t kBar0 = 0x10;
    static constexpr std::uint8_t kSubsystemVendorId = 0x2c;
    static constexpr std::uint8_t kSubsystemId = 0x2e;
    static constexpr std::uint8_t kRomAddress = 0x30;
    static constexpr std::uint8_t kCapabilityPointer = 0x34;
    static constexpr std::uint8_t kInterruptLine = 0x3c;
    static constexpr std::uint8_t kInterruptPin = 0x3d;
    static constexpr std::uint8_t kDeviceSpecific = 0x40;

    static constexpr std::uint16_t kCommandIo = 0x0001;
    static constexpr std::uint16_t kCommandMemory = 0x0002;
    static constexpr std::uint16_t kCommandBusMaster = 0x0004;
    static constexpr std::uint16_t kCommandSerr = 0x0100;
    static constexpr std::uint16_t kCommandIntxDisable = 0x0400;
    /// QEMU's pci_init_wmask (since 5.0, with SERR unconditional): I/O, memory, bus master, SERR#
    /// and INTx disable. Everything else in the command register is hard-wired.
    static constexpr std::uint16_t kCommandWritable =
        kCommandIo | kCommandMemory | kCommandBusMaster | kCommandSerr | kCommandIntxDisable;

    /// All bytes 0; writable are the command bits above, cache line size, interrupt line and the
    /// device-specific area 0x40-0xff (QEMU memsets the wmask of everything past the header to 0xff).
    PciConfigSpace();

    /// Little-endian read of 1, 2 or 4 bytes; see the class comment for accesses past the end.
    std::uint32_t read(std::uint16_t offset, AccessWidth width) const;
    /// Little-endian write through the per-byte write masks: new = (old & ~mask) | (value & mask).
    void write(std::uint16_t offset, AccessWidth width, std::uint32_t value);

    const std::array<std::uint8_t, kSize>& bytes() const { return m_bytes; }
    /// Restores every byte to its reset value (what preset()/defineBar() set up).
    void reset();

    /// Sets a field's reset value and current value, bypassing the write masks (device construction).
    void preset(std::uint8_t offset, AccessWidth width, std::uint32_t value);
    /// Replaces the write mask of a field; a 0 bit is read-only.
    void setWriteMask(std::uint8_t offset, AccessWidth width, std::uint32_t mask);
    std::uint32_t writeMask(std::uint8_t offset, AccessWidth width) const;

    /// Makes BAR @p index (0-5) a region of @p size bytes: its type bits are the read-only reset
    /// value and the address bits ~(size - 1) become writable, so a sizing write of all ones reads
    /// back ~(size - 1) | type bits (QEMU's pci_register_bar). @p size must be a power of two; the
    /// device checks that before calling (PvDevice reports ErrorCode::SizeNotPowerOfTwo).
    void defineBar(std::size_t index, BarKind kind, std::uint32_t size);
    /// The size given to defineBar(), or 0 for a BAR that does not exist.
    std::uint32_t barSize(std::size_t index) const;
    BarKind barKind(std::size_t index) const;

    static constexpr std::uint8_t barOffset(std::size_t index) { return static_cast<std::uint8_t>(kBar0 + 4 * index); }

private:
    std::array<std::uint8_t, kSize> m_bytes{};
    std::array<std::uint8_t, kSize> m_resetBytes{};
    std::array<std::uint8_t, kSize> m_writeMask{};
    std::array<std::uint32_t, kBarCount> m_barSize{};
    std::array<BarKind, kBarCount> m_barKind{};
};

} // namespace xp::device
