// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <cstdint>

namespace xp::device {

/// The width of an I/O or config-space access in bytes. On the Xen fixed ports the width is part
/// of the address: port 0x10 is flags (1), magic/unplug mask (2) and build number (4).
enum class AccessWidth : std::uint8_t { Byte = 1, Word = 2, Dword = 4 };

constexpr std::uint32_t widthMask(AccessWidth width)
{
    switch (width) {
    case AccessWidth::Byte: return 0xffu;
    case AccessWidth::Word: return 0xffffu;
    case AccessWidth::Dword: return 0xffffffffu;
    }
    return 0;
}

} // namespace xp::device
