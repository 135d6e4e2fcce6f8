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

    bool operator==(const MigrationTarget&) const = default;
};
