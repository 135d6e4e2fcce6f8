// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// `xpctl report`: one row per VM of every connection given, as CSV or JSON, for the admin's own spreadsheets and
/// scripts (issue 20 item 3). The connections are opened read-only.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    /// @p uris: every --connect given; none means the demo node.
    ReportCommand(QTextStream& out, QTextStream& err, const QStringList& uris);

    /// @p args: the words after "report". Returns an xpctl exit status.
    int run(const QStringList& args);

private:
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_uris;
};
