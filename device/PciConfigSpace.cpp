// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PciConfigSpace.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace xp::device {

namespace {
std::size_t byteCount(AccessWidth width)
{
    return static_cast<std::size_t>(width);
}

// The number of bytes of an access at @p offset that lie inside the space; 0 when it starts outside.
std::size_t bytesInside(std::uint16_t offset, AccessWidth width)
{
    if (offset >= PciConfigSpace::kSize)
        return 0;
    return std::min(byteCount(width), PciConfigSpace::kSize - offset);
}
} // namespace

PciConfigSpace::PciConfigSpace()
{
    // Source: qemu/qemu hw/pci/pci.c pci_init_wmask.
    setWriteMask(kCommand, AccessWidth::Word, kCommandWritable);
    m_writeMask[kCacheLineSize] = 0xff;
    m_writeMask[kInterruptLine] = 0xff;
    std::fill(m_writeMask.begin() + kDeviceSpecific, m_writeMask.end(), std::uint8_t{0xff});
}

std::uint32_t PciConfigSpace::read(std::uint16_t offset, AccessWidth width) const
{
    const std::size_t inside = bytesInside(offset, width);
    if (inside == 0)
        return widthMask(width);
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < inside; ++i)
        value |= std::uint32_t{m_bytes[offset + i]} << (8 * i);
    return value;
}

void PciConfigSpace::write(std::uint16_t offset, AccessWidth width, std::uint32_t value)
{
    const std::size_t inside = bytesInside(offset, width);
    for (std::size_t i = 0; i < inside; ++i) {
        const auto in = static_cast<std::uint8_t>(value >> (8 * i));
        const std::uint8_t mask = m_writeMask[offset + i];
        m_bytes[offset + i] = static_cast<std::uint8_t>((m_bytes[offset + i] & ~mask) | (in & mask));
    }
}

void PciConfigSpace::reset()
{
    m_bytes = m_resetBytes;
}

void PciConfigSpace::preset(std::uint8_t offset, AccessWidth width, std::uint32_t value)
{
    const std::size_t inside = bytesInside(offset, width);
    for (std::size_t i = 0; i < inside; ++i) {
        const auto byte = static_cast<std::uint8_t>(value >> (8 * i));
        m_bytes[offset + i] = byte;
        m_resetBytes[offset + i] = byte;
    }
}

void PciConfigSpace::setWriteMask(std::uint8_t offset, AccessWidth width, std::uint32_t mask)
{
    const std::size_t inside = bytesInside(offset, width);
    for (std::size_t i = 0; i < inside; ++i)
        m_writeMask[offset + i] = static_cast<std::uint8_t>(mask >> (8 * i));
}

std::uint32_t PciConfigSpace::writeMask(std::uint8_t offset, AccessWidth width) const
{
    const std::size_t inside = bytesInside(offset, width);
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < inside; ++i)
        mask |= std::uint32_t{m_writeMask[offset + i]} << (8 * i);
    return mask;
}

void PciConfigSpace::defineBar(std::size_t index, BarKind kind, std::uint32_t size)
{
    assert(index < kBarCount);
    assert(size == 0 || std::has_single_bit(size));
    if (index >= kBarCount)
        return;
    const std::uint8_t offset = barOffset(index);
    m_barSize[index] = size;
    m_barKind[index] = size == 0 ? BarKind::None : kind;
    preset(offset, AccessWidth::Dword, barTypeBits(m_barKind[index]));
    // QEMU makes every address bit above the size writable, type bits included when the region is
    // smaller than the type field (it does not enforce the PCI minimum of 16 bytes for memory).
    setWriteMask(offset, AccessWidth::Dword, size == 0 ? 0u : ~(size - 1));
}

std::uint32_t PciConfigSpace::barSize(std::size_t index) const
{
    return index < kBarCount ? m_barSize[index] : 0;
}

BarKind PciConfigSpace::barKind(std::size_t index) const
{
    return index < kBarCount ? m_barKind[index] : BarKind::None;
}

} // namespace xp::device
