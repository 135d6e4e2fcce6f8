// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

/// `xpctl inventory import DIR [--dry-run]` (issue 18 item 2): every file of DIR is a guest's saved pnputil output,
/// matched to its VM by name or UUID (InventoryFiles); each VM's files become its driver inventory, written into
/// its metadata by the reviewed push (DomainPush). Every file is read and checked before anything is written: one
/// bad file, one that matches no VM or two, and nothing is.
class InventoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCommand)

public:
    InventoryCommand(QTextStream& out, QTextStream& err, const QString& uri, bool readOnly);

    /// @p args: the words after "inventory". Returns an xpctl exit status.
    int run(const QStringList& args);

private:
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_uri;
    bool m_readOnly = false;
};
