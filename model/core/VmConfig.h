// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DefinitionFacts.h"
#include "GuestObservations.h"
#include "MigrationProgress.h"
#include "device/Flavour.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class GuestOs { Unknown, Windows, Linux, FreeBsd, NetBsd, OpenBsd };
enum class WindowsUpdate { Off, Automatic };

/// The Xen platform PCI device (5853:0001 or XenServer's 0002) as the VM's metadata asks for it.
struct PlatformDeviceSettings
{
    bool enabled = true;
    /// Unset means the flavour's default (0x0001); only the two XenServer flavours can change it.
    std::optional<quint16> deviceId;
    /// Unset means the flavour's default (1; 2 when a XenServer device ID is set, except under xenserver's
    /// qemu-upstream-uefi profile, which passes no revision).
    std::optional<quint8> revision;

    bool operator==(const PlatformDeviceSettings&) const = default;
};

/// QEMU's xen-pvdevice, the binding point for vendor drivers that Windows Update targets (C000).
struct VendorDeviceSettings
{
    bool enabled = false;
    quint16 vendorId = 0x5853;
    quint16 deviceId = 0xc000;
    quint8 revision = 0x01;

    bool operator==(const VendorDeviceSettings&) const = default;
};

/// One blacklist entry: a product from Xen's registry and a build or an inclusive build range.
struct BlacklistItem
{
    quint16 product = 0;
    quint32 firstBuild = 0;
    quint32 lastBuild = 0;
    QString comment;

    bool operator==(const BlacklistItem&) const = default;
};

/// A what-if publication: Windows Update offering @c package for devices with @c hardwareId.
struct WuPublication
{
    QString package;
    QString hardwareId;

    bool operator==(const WuPublication&) const = default;
};

struct GuestSettings
{
    GuestOs os = GuestOs::Unknown;
    /// Windows "10.0.17763", a Linux kernel "6.1.0", a BSD release "13.2".
    QString release;
    /// Linux kernel command line (xen_emul_unplug= matters).
    QString cmdline;
    WindowsUpdate windowsUpdate = WindowsUpdate::Off;
    /// Windows Server rather than a client edition (same release numbers, different INF decorations).
    bool server = false;
    /// Catalogue package ids installed in the guest's driver store.
    QStringList drivers;
    /// The persisted xenbus active-device record (XENFILT\Parameters\ActiveDeviceID, win-xenbus src/xen/config.c
    /// ConfigSetActive): the full PnP device ID as stored, compared case-insensitively with each device's
    /// (src/xenbus/fdo.c FdoSetActive), so another revision or subsystem no longer matches. Empty: not recorded.
    QString xenbusActiveHardwareId;
    /// The record as a device ID only: "that device, as it is exposed now".
    std::optional<quint16> xenbusActiveDeviceId;
    /// PCI Enum keys the guest's registry keeps, as full device IDs. They outlive the device: a vendor device's key
    /// makes a vendor xenbus build refuse the legacy devices (src/xen/config.c __ConfigIsVendorDevicePresent).
    QStringList enumKeys;

    bool operator==(const GuestSettings&) const = default;
};

/// An emulated disk or CD-ROM from the domain XML.
struct EmulatedDisk
{
    enum class Bus { Ide, Sata, Scsi, Nvme, Virtio, Xen, Usb, Other };
    Bus bus = Bus::Ide;
    bool cdrom = false;
    QString target;     ///< "hda", "sdb"...
    int controller = 0; ///< <address controller=...>
    int busIndex = 0;   ///< <address bus=...>
    int unit = 0;       ///< <address unit=...>

    bool operator==(const EmulatedDisk&) const = default;
};

struct EmulatedNic
{
    QString model; ///< rtl8139, e1000, virtio, netfront...
    QString mac;

    bool operator==(const EmulatedNic&) const = default;
};

/// Everything the console knows about one VM: libvirt's view plus our metadata (schema v1).
struct VmConfig
{
    QString key; ///< connection URI + "/" + UUID: stable across refreshes
    QString name;
    QString uuid;
    QString domainType; ///< <domain type=...>: xen, kvm, qemu, test
    QString machine;    ///< <os><type machine=...>: pc, q35, xenfv
    bool running = false;

    xp::device::Flavour flavour = xp::device::Flavour::QemuUpstream;
    bool flavourFromMetadata = false;
    /// xenserver only: xenopsd's device-model profile as the metadata records it (<device-model profile=...>); unset
    /// when it does not, and the prediction then says what it assumed.
    std::optional<xp::device::XenServerProfile> xenServerProfile;
    PlatformDeviceSettings platform;
    VendorDeviceSettings vendor;
    QList<BlacklistItem> blacklist;
    GuestSettings guest;
    QList<WuPublication> wuPublications;
    /// The driver migration recorded in the metadata, if any (MigrationWizard's progress).
    std::optional<MigrationProgress> migration;

    QList<EmulatedDisk> disks;
    QList<EmulatedNic> nics;
    int passthroughDevices = 0;
    /// What the definition itself says boots (issue 17); our metadata above is what the admin asked for.
    DefinitionFacts definition;
    /// What was observed of the guest rather than declared (issue 18): the guest agent's report, the imported
    /// driver inventory (kept in our metadata), and the VM's last boot as far as the console knows it.
    GuestObservations observed;

    /// Problems found in our metadata, each naming the offending text; the VM stays listed.
    QStringList metadataErrors;
    /// The metadata uses a newer schema than this build understands: show it, never write it.
    bool metadataReadOnly = false;
    bool hasMetadata = false;

    bool operator==(const VmConfig&) const = default;
};
