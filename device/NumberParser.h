// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace xp::device {

/// The one number syntax of the project: decimal, or hex with a 0x/0X prefix. No sign, no spaces,
/// no trailing text, no empty input; a value above @p max is refused rather than truncated.
class NumberParser
{
public:
    static std::optional<std::uint64_t> parse(std::string_view text, std::uint64_t max);
};

} // namespace xp::device
