// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "LinuxUnplugOptions.h"
#include "PortTrace.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace xp::device {

/// Why a driver gave up during the handshake. Linux's numbering: MAGIC -1, PROTOCOL -2, BLACKLIST -3.
enum class HandshakeError {
    None,
    Magic,     ///< the first magic read was not 0x49d2 (the platform device is missing or does not speak the protocol)
    Protocol,  ///< a protocol version the driver does not accept (Linux: anything but 1)
    Blacklist, ///< the re-read magic said blacklisted and the driver obeys it
};

/// What a guest driver's unplug handshake did and concluded.
struct HandshakeOutcome
{
    std::vector<PortAccess> trace;      ///< every access in order; empty when the driver made none
    std::optional<std::uint16_t> magic; ///< the first magic read
    bool magicRecognised = false;       ///< the first magic read was 0x49d2
    std::optional<std::uint8_t> protocolVersion;
    std::optional<std::uint16_t> productWritten;
    std::optional<std::uint32_t> buildWritten;
    bool blacklisted = false;                ///< the driver saw 0xd249 (or, for Linux, anything but 0x49d2) again
    std::vector<std::uint16_t> masksWritten; ///< each 16-bit write to 0x10, in order; feed Unplug::applyWrites
    /// The driver went past the handshake: it ran its unplug step and goes on to use PV devices (Windows xenbus
    /// also when blacklisted, since it only logs it). Linux additionally gates each frontend, see linuxPv.
    bool proceeds = false;
    HandshakeError error = HandshakeError::None;
    std::optional<LinuxPvPredicates> linuxPv; ///< Linux only

    /// The OR of the written masks; what a device model that accumulates the mask would hold.
    std::uint16_t accumulatedMask() const
    {
        std::uint16_t mask = 0;
        for (std::uint16_t written : masksWritten)
            mask |= written;
        return mask;
    }
};

} // namespace xp::device
