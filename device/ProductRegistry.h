// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace xp::device {

/// One entry of Xen's PV driver product registry (xen/include/public/hvm/pvdrivers.h).
struct Product
{
    std::uint16_t number;
    /// The name as it appears in the xenstore blacklist path /mh/driver-blacklist/<name>/<build>.
    std::string_view name;
    std::string_view owner;
};

/// The product numbers that drivers write to port 0x12 during the unplug handshake.
class ProductRegistry
{
public:
    static std::span<const Product> all();
    static std::optional<Product> byNumber(std::uint16_t number);
    static std::optional<Product> byName(std::string_view name);
    /// Accepts a registry name, a decimal number or a 0x-prefixed hex number (the CLI and metadata rule).
    static std::optional<Product> parse(std::string_view text);
};

} // namespace xp::device
