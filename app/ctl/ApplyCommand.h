// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;
struct PushItem;
struct PushResult;

/// The writing xpctl commands (PRODUCT §8): `apply VM|--all [--set KEY=VALUE]... [--dry-run] [--yes]` and
/// `blacklist VM|--all list|add PRODUCT BUILD[-BUILD]|remove PRODUCT BUILD[-BUILD]`, both through DomainPush.
///
/// apply writes only with --yes; without it, and with --dry-run, it prints the diffs and plans and writes
/// nothing. blacklist add/remove write at once (the contract has no --yes for them; they change metadata only,
/// and print the same diff); --dry-run shows them without writing.
class ApplyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    ApplyCommand(QTextStream& out, QTextStream& err, const QString& uri, bool readOnly);

    /// @p command is apply or blacklist; @p args the words after it. Returns an xpctl exit status.
    int run(const QString& command, const QStringList& args);

    /// The exit status for one VM's result: 0 written or nothing to do, 2 refused, 3 libvirt (or read-only
    /// connection, or libvirt did not keep a field), 4 changed meanwhile.
    static int exitStatus(const PushResult& result);

private:
    int usageError(const QString& message);
    int push(const QStringList& targets, bool all, const QStringList& sets, bool dryRun, bool write);
    int listBlacklists(const QStringList& targets, bool all);
    void printItem(const PushItem& item);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_uri;
    bool m_readOnly = false;
};
