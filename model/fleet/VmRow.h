// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

/// What the VM table shows for one VM. The key is stable across refreshes (connection and UUID),
/// so a refresh can be merged into the table row by row instead of resetting it.
struct VmRow
{
    enum class Severity { None, Info, Warning, Error };

    QString key;
    QString name;
    /// The connection's name (ConnectionListModel::displayName): the host the VM is defined on.
    QString host;
    QString state;
    QString os;
    QString flavour;
    QString platformDevice;
    QString vendorDevice;
    QString driver;
    QString findings;
    /// What differs at the next boot of a running VM ("platform device, blacklist"); empty when nothing does.
    QString pending;
    /// libvirt's reason the last start failed; empty when it did not.
    QString startError;
    /// An unfinished driver migration, "migration 2/4 by alice@admin1"; empty when none is under way.
    QString migration;
    Severity worst = Severity::None;
    /// How many findings have the worst severity: among VMs as bad, more of them sort first.
    int worstCount = 0;

    bool operator==(const VmRow&) const = default;
};
