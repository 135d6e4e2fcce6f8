// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QtGlobal>

/// Where a driver migration goes: the catalogue package that should be in charge afterwards and the device
/// identity the VM exposes for it (always explicit: the planner compares it with what the flavour realizes).
struct MigrationTarget
{
    /// A driver catalogue id, e.g. "xenserver-vmtools-9".
    QString package;
    /// The Xen platform device: 0x0001 or XenServer's 0x0002, and its revision.
    quint16 platformDeviceId = 0x0001;
    quint8 platformRevision = 0x01;
    /// The vendor device (xen-pvdevice, vendor 0x5853), e.g. 0xc000 rev 0x01 for Windows Update's drivers.
    bool vendorEnabled = false;
    quint16 vendorDeviceId = 0xc000;
    quint8 vendorRevision = 0x01;
    /// Whether the plan may keep the old drivers installed behind a temporary blacklist entry while the new ones
    /// go in. On qemu-traditional and xenserver the entry is a xenstore key in dom0, read by every VM of that
    /// host: the wizard turns it off when other VMs run the same build (MigrationPlanner::blacklistPeers).
    bool temporaryBlacklist = true;

    bool operator==(const MigrationTarget&) const = default;
};
