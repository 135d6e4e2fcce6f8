// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PortTrace.h"

#include <utility>

namespace xp::device {

std::string_view handshakeStepId(HandshakeStep step)
{
    switch (step) {
    case HandshakeStep::ReadMagic: return "read-magic";
    case HandshakeStep::ReadProtocolVersion: return "read-protocol-version";
    case HandshakeStep::WriteProductNumber: return "write-product-number";
    case HandshakeStep::WriteBuildNumber: return "write-build-number";
    case HandshakeStep::ReReadMagic: return "re-read-magic";
    case HandshakeStep::WriteUnplugMask: return "write-unplug-mask";
    case HandshakeStep::WriteDiskUnplugMask: return "write-disk-unplug-mask";
    case HandshakeStep::WriteNicUnplugMask: return "write-nic-unplug-mask";
    case HandshakeStep::WriteUnplugType: return "write-unplug-type";
    case HandshakeStep::WriteProtocolVersion: return "write-protocol-version";
    case HandshakeStep::WriteUnplugIndex: return "write-unplug-index";
    }
    return {};
}

PortTrace::PortTrace(PortIo& io)
    : m_io(io)
{}

std::uint32_t PortTrace::read(HandshakeStep step, std::uint16_t port, AccessWidth width)
{
    const std::uint32_t value = m_io.read(port, width) & widthMask(width);
    m_accesses.push_back({step, port, width, PortDirection::Read, value});
    return value;
}

void PortTrace::write(HandshakeStep step, std::uint16_t port, AccessWidth width, std::uint32_t value)
{
    value &= widthMask(width);
    m_io.write(port, width, value);
    m_accesses.push_back({step, port, width, PortDirection::Write, value});
}

std::vector<PortAccess> PortTrace::take()
{
    return std::exchange(m_accesses, {});
}

} // namespace xp::device
