// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ProductRegistry.h"

#include "NumberParser.h"

#include <algorithm>
#include <array>

namespace xp::device {

namespace {
// Source: xen-project/xen xen/include/public/hvm/pvdrivers.h, PVDRIVERS_PRODUCT_LIST.
constexpr std::array<Product, 6> kProducts{{
    {0x0001, "xensource-windows", "Citrix (legacy closed drivers)"},
    {0x0002, "gplpv-windows", "James Harper (GPLPV)"},
    {0x0003, "linux", "Linux PV-on-HVM"},
    {0x0004, "xenserver-windows-v7.0+", "Citrix"},
    {0x0005, "xenserver-windows-v7.2+", "Citrix"},
    {0xffff, "experimental", "development use for unreleased drivers"},
}};
} // namespace

std::span<const Product> ProductRegistry::all()
{
    return kProducts;
}

std::optional<Product> ProductRegistry::byNumber(std::uint16_t number)
{
    const auto it = std::ranges::find(kProducts, number, &Product::number);
    if (it == kProducts.end())
        return std::nullopt;
    return *it;
}

std::optional<Product> ProductRegistry::byName(std::string_view name)
{
    const auto it = std::ranges::find(kProducts, name, &Product::name);
    if (it == kProducts.end())
        return std::nullopt;
    return *it;
}

std::optional<Product> ProductRegistry::parse(std::string_view text)
{
    if (auto byRegistryName = byName(text))
        return byRegistryName;
    const auto number = NumberParser::parse(text, 0xffff);
    if (!number)
        return std::nullopt;
    return byNumber(static_cast<std::uint16_t>(*number));
}

} // namespace xp::device
