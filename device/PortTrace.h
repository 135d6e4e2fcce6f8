// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "AccessWidth.h"
#include "PortIo.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace xp::device {

enum class PortDirection { Read, Write };

/// What a guest driver meant by an access; the unplug trace view labels each row with it.
enum class HandshakeStep {
    ReadMagic,            ///< 16-bit read of 0x10, expecting 0x49d2
    ReadProtocolVersion,  ///< 8-bit read of 0x12
    WriteProductNumber,   ///< 16-bit write to 0x12
    WriteBuildNumber,     ///< 32-bit write to 0x10
    ReReadMagic,          ///< 16-bit read of 0x10 after the build number: 0xd249 means blacklisted
    WriteUnplugMask,      ///< 16-bit write to 0x10 with every type at once
    WriteDiskUnplugMask,  ///< 16-bit write to 0x10 for disks only (Windows writes each type separately)
    WriteNicUnplugMask,   ///< 16-bit write to 0x10 for NICs only
    WriteUnplugType,      ///< 8-bit write to 0x11: the type of the next indexed unplug (version 2)
    WriteProtocolVersion, ///< 8-bit write to 0x13 before any index: the protocol version the driver speaks (version 2)
    WriteUnplugIndex,     ///< 8-bit write to 0x13 after the version: unplug the device of that type and index
};

/// A stable identifier for @p step (CLI JSON, logs); not user-facing text.
std::string_view handshakeStepId(HandshakeStep step);

/// One port access and its answer (for a read) or the value sent (for a write), cut to the access width.
struct PortAccess
{
    HandshakeStep step = HandshakeStep::ReadMagic;
    std::uint16_t port = 0;
    AccessWidth width = AccessWidth::Byte;
    PortDirection direction = PortDirection::Read;
    std::uint32_t value = 0;

    bool operator==(const PortAccess&) const = default;
};

/// Runs accesses against a PortIo and records each of them in order.
class PortTrace
{
public:
    explicit PortTrace(PortIo& io);

    /// Reads and records; the value is cut to the width, as the guest's inb/inw would see it.
    std::uint32_t read(HandshakeStep step, std::uint16_t port, AccessWidth width);
    /// Cuts @p value to the width, writes and records.
    void write(HandshakeStep step, std::uint16_t port, AccessWidth width, std::uint32_t value);

    const std::vector<PortAccess>& accesses() const { return m_accesses; }
    /// Hands the recorded accesses over and starts a new record.
    std::vector<PortAccess> take();

private:
    PortIo& m_io;
    std::vector<PortAccess> m_accesses;
};

} // namespace xp::device
