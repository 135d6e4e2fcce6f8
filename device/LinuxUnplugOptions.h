// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xp::device {

/// Which Xen pieces the guest kernel was built with (as module or built-in). They decide what Linux unplugs
/// when the command line has no xen_emul_unplug (arch/x86/xen/platform-pci-unplug.c, platform-facts §4.2).
struct LinuxKernelConfig
{
    bool netfront = true;    ///< CONFIG_XEN_NETDEV_FRONTEND
    bool blkfront = true;    ///< CONFIG_XEN_BLKDEV_FRONTEND
    bool platformPci = true; ///< the Xen platform PCI driver (CONFIG_XEN_PVHVM)
};

/// Linux's xen_has_pv_*() answers for an HVM guest, from the value it stored in xen_platform_pci_unplug
/// (0 when the unplug step returned early).
struct LinuxPvPredicates
{
    unsigned platformPciUnplug = 0;
    bool pvDevices = false;              ///< xen_has_pv_devices()
    bool pvNicDevices = false;           ///< xen_has_pv_nic_devices(): netfront may bind
    bool pvDiskDevices = false;          ///< xen_has_pv_disk_devices(): blkfront may bind
    bool pvAndLegacyDiskDevices = false; ///< xen_has_pv_and_legacy_disk_devices(): PV and emulated IDE together

    bool operator==(const LinuxPvPredicates&) const = default;
};

/// The kernel parameter xen_emul_unplug= as Linux parses it (platform-facts §4.2). The flags are Linux's
/// own numbering, which is not the wire format: use wireMask() for what reaches port 0x10 (pitfall 3).
class LinuxUnplugOptions
{
public:
    static constexpr unsigned kAllIdeDisks = 1;
    static constexpr unsigned kAllNics = 2;
    static constexpr unsigned kAuxIdeDisks = 4;
    static constexpr unsigned kAll = 7;
    static constexpr unsigned kUnnecessary = 8;
    static constexpr unsigned kNever = 16;

    /// The parameter is absent.
    LinuxUnplugOptions() = default;

    /// Parses the text after "xen_emul_unplug=": a comma list where each token is compared with strncmp over
    /// the token's length against all, ide-disks, aux-ide-disks, nics, unnecessary, never in that order, so
    /// "a" means all, "n" means nics and an empty token (a trailing comma) means all. Unknown tokens are kept
    /// in unrecognised(); the kernel only warns about them.
    static LinuxUnplugOptions parseValue(std::string_view value);
    /// Finds xen_emul_unplug in a whole kernel command line. Every occurrence adds its flags, as the early
    /// parameter handler does; "xen-emul-unplug" is the same name (the kernel treats - and _ alike); quotes
    /// are honoured and parsing stops at "--". The name without "=" counts as given but adds nothing.
    static LinuxUnplugOptions fromCommandLine(std::string_view commandLine);

    /// Whether the parameter appeared at all.
    bool present() const { return m_present; }
    /// xen_emul_unplug as parsed, before the kernel adds its defaults.
    unsigned flags() const { return m_flags; }
    bool never() const { return (m_flags & kNever) != 0; }
    bool unnecessary() const { return (m_flags & kUnnecessary) != 0; }
    /// The tokens the kernel warns about ("unrecognised option ... in parameter 'xen_emul_unplug'").
    const std::vector<std::string>& unrecognised() const { return m_unrecognised; }

    /// The flags after the default step: the kernel fills them in only when flags() is 0.
    unsigned effectiveFlags(const LinuxKernelConfig& kernel) const;
    /// ALL_NICS with netfront and platform-pci built, ALL_IDE_DISKS with blkfront and platform-pci built.
    static unsigned defaultFlags(const LinuxKernelConfig& kernel);
    /// The protocol bits for Linux flags: ide-disks is bit0 (IDE and SCSI on the wire, although the kernel
    /// documentation says "primary master"), nics bit1, aux-ide-disks bit2. UNNECESSARY (8) and NEVER (16)
    /// never reach the port; 8 would read as the NVMe bit there.
    static std::uint16_t wireMask(unsigned linuxFlags);
    /// The xen_has_pv_*() predicates for an HVM guest whose xen_platform_pci_unplug is @p platformPciUnplug.
    static LinuxPvPredicates predicates(unsigned platformPciUnplug);

private:
    void addValue(std::string_view value);

    unsigned m_flags = 0;
    bool m_present = false;
    std::vector<std::string> m_unrecognised;
};

} // namespace xp::device
