// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStringList>

class ConnectionListModel;
class Fleet;
class QSortFilterProxyModel;
class WhatIfModel;

/// The VMs a what-if table shows (one outcome class, or one strategy's cell) as the bulk change takes them: their
/// keys, and the one connection they share. The Fleet What If and Fleet Strategies dialogs hand them on alike.
class WhatIfSelection
{
public:
    /// The keys of the rows @p shown shows (a proxy over a WhatIfModel), in its order.
    static QStringList keys(const QSortFilterProxyModel& shown);
    /// The connection every row of @p shown is on; empty when there is no row or they are on several.
    static QString commonConnection(const QSortFilterProxyModel& shown, const WhatIfModel& model);
    /// The fleet of @p uri among @p connections, or nullptr.
    static Fleet* fleetOf(const ConnectionListModel& connections, const QString& uri);
};
