// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <functional>

class ConnectionListModel;
class QObject;

/// File ▸ Export Fleet Report… (issue 20 item 3): the report of every connection's VMs written to a file, CSV or
/// JSON by its suffix, as `xpctl report` writes it. The records are copied on the GUI thread; the rows are made and
/// the file written on the thread pool.
class FleetReportExport
{
public:
    /// @p done runs on the GUI thread with the rows written and an error text (empty when it worked), unless
    /// @p context is gone by then.
    static void start(const ConnectionListModel* connections, const QString& path, QObject* context,
                      std::function<void(int rows, const QString& error)> done);
};
