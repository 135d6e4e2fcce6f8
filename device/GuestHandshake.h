// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "HandshakeOutcome.h"
#include "LinuxUnplugOptions.h"
#include "PortIo.h"

#include <cstdint>

namespace xp::device {

/// The handshake of Xen's docs/misc/hvm-emulated-unplug, steps 1-6 (platform-facts §2).
struct XenDocHandshakeInput
{
    std::uint16_t product = 0;
    std::uint32_t build = 0;
    std::uint16_t mask = 0; ///< the step-6 write, protocol bits
};

/// Inputs of win-xenbus's unplug (src/xen/unplug.c, platform-facts §6.1).
struct WindowsXenbusInput
{
    // include/version.tmpl defaults: 9.1.0.
    std::uint8_t major = 9;
    std::uint8_t minor = 1;
    std::uint8_t micro = 0;
    bool unplugDisks = false;  ///< Unplug\DISKS requested and not vetoed (or ForceUnplug)
    bool unplugNics = false;   ///< Unplug\NICS requested and not vetoed (or ForceUnplug)
    bool bootEmulated = false; ///< loader option XEN:BOOT_EMULATED=TRUE: disks write 0x4 instead
    /// Current master writes 0x9 for disks (IDE/SCSI and NVMe, platform-facts §6.1); the older sources stored
    /// in the reference index write 0x1. Off models such an older build.
    bool nvmeInDiskMask = true;

    std::uint32_t build() const
    {
        return (std::uint32_t{major} << 16) | (std::uint32_t{minor} << 8) | std::uint32_t{micro};
    }
};

/// What win-xenbus 7.0.0 writes: its build number and the devices its registry lists for unplugging.
struct Xenbus70Input
{
    /// UNPLUG_BUILD_NUMBER = (PCI_DEVICE_ID << 8) | PCI_REVISION; build.py set 0002 and 02.
    std::uint32_t build = 0x0202;
    std::vector<std::uint8_t> ideIndices; ///< UnplugDevices of class VBD, in registry order
    std::vector<std::uint8_t> nicIndices; ///< UnplugDevices of class VIF
};

/// FreeBSD's loader tunables that keep emulated devices (sys/x86/xen/hvm.c).
struct FreeBsdTunables
{
    bool disablePvDisks = false; ///< hw.xen.disable_pv_disks: bit0 is not written
    bool disablePvNics = false;  ///< hw.xen.disable_pv_nics: bit1 is not written
};

/// The unplug handshakes that guest drivers run against the platform device's fixed ports, each as its
/// driver's source does it, including where they disagree with Xen's document (platform-facts, disagreements
/// 2, 3, 6). Each returns the full trace and what the driver concluded.
class GuestHandshake
{
public:
    static constexpr std::uint16_t kPortMagic = 0x10;    ///< magic (16 R), build (32 W), unplug mask (16 W)
    static constexpr std::uint16_t kPortProtocol = 0x12; ///< protocol version (8 R), product number (16 W)
    static constexpr std::uint16_t kMagic = 0x49d2;
    static constexpr std::uint16_t kMagicBlacklisted = 0xd249;
    static constexpr std::uint16_t kProductLinux = 0x0003;
    static constexpr std::uint32_t kBuildLinux = 0x0001;
    static constexpr std::uint16_t kProductLegacyCitrix = 0x0001;
    static constexpr std::uint16_t kProductXenbus = 0xffff;   ///< upstream win-xenbus ("FIXME" in its source)
    static constexpr std::uint16_t kPortUnplugType = 0x11;    ///< version 2: type of the next index (8 W)
    static constexpr std::uint16_t kPortUnplugIndex = 0x13;   ///< version 2: first the version, then indices (8 W)
    static constexpr std::uint16_t kProductXenbus70 = 0x0003; ///< win-xenbus 7.0.0 UNPLUG_PRODUCT_ID (facts §10.5)
    static constexpr std::uint8_t kUnplugTypeInvalid = 0;
    static constexpr std::uint8_t kUnplugTypeIde = 1;
    static constexpr std::uint8_t kUnplugTypeNic = 2;

    /// The document's protocol: wrong magic → nothing; version 0 → straight to the mask write; re-read 0xd249 →
    /// blacklisted, the drivers must not load and write no mask.
    static HandshakeOutcome runXenDoc(PortIo& io, const XenDocHandshakeInput& input);
    /// Citrix's closed legacy drivers (product 1, platform-facts §6.2), which follow the document. @p mask is an
    /// assumption (UNCONFIRMED): disks and NICs, the only bits that existed then.
    static HandshakeOutcome runLegacyCitrix(PortIo& io, std::uint32_t build, std::uint16_t mask = 0x3);
    /// arch/x86/xen/platform-pci-unplug.c (platform-facts §4.2): never → no access; only protocol 1 is accepted;
    /// errors abort except a wrong magic with unnecessary; unnecessary writes no mask.
    static HandshakeOutcome runLinux(PortIo& io, const LinuxUnplugOptions& options,
                                     const LinuxKernelConfig& kernel = {});
    /// win-xenbus: 0xd249 is only logged; a wrong magic stops; version 0 skips product/build; then one write per
    /// requested type, disks before NICs.
    static HandshakeOutcome runWindowsXenbus(PortIo& io, const WindowsXenbusInput& input);
    /// win-xenbus 7.0.0 (2013-06, d1337e3 src/xen/unplug.c; facts §10.5): the version-2 protocol only. Magic; type
    /// 0 to 0x11 (so the version write cannot unplug); version 2 to 0x13; a version read below 2 gives up with
    /// nothing unplugged; product 3 and the build; a re-read other than 0x49d2 gives up too; then type and index per
    /// device. It never writes a mask. After a failed preamble the outcome does not proceed: xenfilt's unplug start
    /// bails out, and what 7.0.0's PV drivers then do on top of the emulated devices is not established.
    static HandshakeOutcome runXenbus70(PortIo& io, const Xenbus70Input& input);
    /// FreeBSD: magic check only, then 0x1|0x2 minus what the tunables keep; nothing is written if both do.
    static HandshakeOutcome runFreeBsd(PortIo& io, const FreeBsdTunables& tunables = {});
    /// NetBSD: magic check only, then 0x1|0x2.
    static HandshakeOutcome runNetBsd(PortIo& io);
};

} // namespace xp::device
