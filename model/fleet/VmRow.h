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
    Severity worst = Severity::None;

    bool operator==(const VmRow&) const = default;
};
