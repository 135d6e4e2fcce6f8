// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// Which VM each file of a folder of saved pnputil outputs belongs to (issue 18 item 2), by its name: the VM's
/// name or UUID, alone or followed by '.', '-' or '_' and anything ("dc-01.txt", "dc-01-drivers.txt",
/// "0b9e...-devices.txt"). Where two names fit, the longer wins ("dc-01-b.txt" is dc-01-b's, not dc-01's).
class InventoryFiles
{
    Q_DECLARE_TR_FUNCTIONS(InventoryFiles)

public:
    struct Vm
    {
        QString key; ///< what the caller finds the VM by
        QString name;
        QString uuid;
    };
    struct Plan
    {
        /// VM key → its files (absolute paths), in name order.
        QHash<QString, QStringList> files;
        /// One sentence per file that belongs to no VM or to two, naming it; nothing should be written then.
        QStringList errors;
    };

    /// Matches the regular, non-hidden files directly in @p directory against @p vms.
    static Plan match(const QString& directory, const QList<Vm>& vms);
    /// The VMs @p fileName belongs to: none, one, or (names that are equal, e.g. on two connections) several.
    static QList<Vm> owners(const QString& fileName, const QList<Vm>& vms);
};
