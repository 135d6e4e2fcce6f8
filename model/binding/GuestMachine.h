// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "device/EmulatedMachine.h"
#include "device/Unplug.h"
#include "model/core/VmConfig.h"

#include <QString>
#include <QStringList>

/// The emulated PCI devices of a VM as QEMU would create them from the domain XML, in the shape the
/// unplug rules look at (PCI class on the root bus), with the names the admin knows them by.
class GuestMachine
{
public:
    explicit GuestMachine(const VmConfig& config);

    const xp::device::EmulatedMachine& machine() const { return m_machine; }

    /// "hda", "hdc (cdrom)", "net0 (rtl8139)", "scsi0 (2 disks)": what an unplug outcome removed.
    QStringList removedNames(const xp::device::UnplugOutcome& outcome) const;
    /// The same for what stays, with the keep reason id.
    QStringList keptNames(const xp::device::UnplugOutcome& outcome) const;

private:
    struct DriveName
    {
        std::size_t controller;
        std::string bus;
        quint8 unit;
        QString name;
    };
    QString driveName(std::size_t controller, const std::string& bus, quint8 unit) const;

    xp::device::EmulatedMachine m_machine;
    QStringList m_deviceNames;
    QList<DriveName> m_driveNames;
};
