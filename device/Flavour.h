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
    XenServer,       ///< XenServer / XCP-ng 8.0 and later: upstream QEMU with XenServer's patches, the device ID
                     ///< set by XAPI, never answers 0xd249 (facts §10.1)
    XenServerTrad,   ///< XenServer 7.x and earlier, its patched trad: configurable ID/revision, class 0100, INTC,
                     ///< version-2 blacklist (facts §1.5; §10.1 limits it to these releases)
};

/// Every flavour, in the order the UI and the messages list them.
constexpr Flavour kAllFlavours[] = {Flavour::QemuUpstream, Flavour::QemuTraditional, Flavour::XenServer,
                                    Flavour::XenServerTrad};

constexpr std::string_view flavourName(Flavour flavour)
{
    switch (flavour) {
    case Flavour::QemuUpstream: return "qemu-upstream";
    case Flavour::QemuTraditional: return "qemu-traditional";
    case Flavour::XenServer: return "xenserver";
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

/// Whether the device model is upstream QEMU, patched or not: it decides the port protocol (no blacklist, no
/// version-2 unplug), the unplug rules and the log port. XenServer 8 patches only the IDs and the build number's
/// report (xcp-ng-rpms/qemu SOURCES: xen-platform-add-{device-id,class-id,revision}-property.patch).
constexpr bool runsUpstreamQemu(Flavour flavour)
{
    return flavour == Flavour::QemuUpstream || flavour == Flavour::XenServer;
}

/// Whether XAPI owns the VM: the platform device's ID is XAPI's platform:device_id and the vendor device is
/// has-vendor-device (5853:c000 rev 01 only), on XenServer's old device model and its current one alike.
constexpr bool managedByXapi(Flavour flavour)
{
    return flavour == Flavour::XenServer || flavour == Flavour::XenServerTrad;
}

/// xenopsd's device-model profile of a `xenserver` VM (XAPI's platform:device-model; xen-api
/// ocaml/xenopsd/xc/device.ml `Profile`, `Dm_Common.xen_platform`). BIOS VMs get qemu-upstream-compat, UEFI VMs
/// qemu-upstream-uefi unless they already carry compat (ocaml/xapi/xapi_vm.ml).
enum class XenServerProfile {
    UpstreamCompat, ///< xen-platform gets device-id, revision, class-id 0x0100 and subsystem 5853:device-id
    UpstreamUefi,   ///< xen-platform gets device-id only: QEMU's revision 1, class ff80, subsystem 5853:0001
};

constexpr std::string_view profileName(XenServerProfile profile)
{
    switch (profile) {
    case XenServerProfile::UpstreamCompat: return "qemu-upstream-compat";
    case XenServerProfile::UpstreamUefi: return "qemu-upstream-uefi";
    }
    return {};
}

constexpr std::optional<XenServerProfile> parseProfile(std::string_view name)
{
    for (XenServerProfile p : {XenServerProfile::UpstreamCompat, XenServerProfile::UpstreamUefi})
        if (profileName(p) == name)
            return p;
    return std::nullopt;
}

} // namespace xp::device
