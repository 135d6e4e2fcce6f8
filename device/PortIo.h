// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "AccessWidth.h"

#include <cstdint>

namespace xp::device {

/// Something that answers x86 port I/O: the platform device's fixed block at 0x10-0x1F, or a test fake.
/// Guest-side handshakes are written against this, so they run unchanged against every flavour.
class PortIo
{
public:
    virtual ~PortIo() = default;
    /// Returns the value read, zero-extended; undecoded ports read as all ones of the access width.
    virtual std::uint32_t read(std::uint16_t port, AccessWidth width) = 0;
    virtual void write(std::uint16_t port, AccessWidth width, std::uint32_t value) = 0;
};

} // namespace xp::device
