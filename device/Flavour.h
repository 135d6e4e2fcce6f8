// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <optional>
#include <string_view>

namespace xp::device {

/// The device model the host runs. It decides what a platform-device setting or a blacklist entry does.
enum class Flavour {
    QemuUpstream,    ///< qemu-xen / QEMU with KVM Xen emulation: fixed 5853:0001, never answers 0xd249
    QemuTraditional, ///< qemu-xen-traditional: fixed 5853:0001, blacklist through xenstore for products 1, 2, 0xffff
    XenServerTrad,   ///< XenServer 7.x and earlier, its patched trad: configurable ID/revision, class 0100, INTC,
                     ///< version-2 blacklist (facts §1.5; §10.1 limits it to these releases)
};

/// Every flavour, in the order the UI and the messages list them.
constexpr Flavour kAllFlavours[] = {Flavour::QemuUpstream, Flavour::QemuTraditional, Flavour::XenServerTrad};

constexpr std::string_view flavourName(Flavour flavour)
{
    switch (flavour) {
    case Flavour::QemuUpstream: return "qemu-upstream";
    case Flavour::QemuTraditional: return "qemu-traditional";
    case Flavour::XenServerTrad: return "xenserver-trad";
    }
    return {};
}

constexpr std::optional<Flavour> parseFlavour(std::string_view name)
{
    for (Flavour f : kAllFlavours)
        if (flavourName(f) == name)
            return f;
    return std::nullopt;
}

} // namespace xp::device
