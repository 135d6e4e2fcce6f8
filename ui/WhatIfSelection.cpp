// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfSelection.h"

#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/WhatIfModel.h"

#include <QSortFilterProxyModel>

QStringList WhatIfSelection::keys(const QSortFilterProxyModel& shown)
{
    QStringList keys;
    for (int row = 0; row < shown.rowCount(); ++row)
        keys << shown.index(row, 0).data(WhatIfModel::KeyRole).toString();
    return keys;
}

QString WhatIfSelection::commonConnection(const QSortFilterProxyModel& shown, const WhatIfModel& model)
{
    QString host;
    for (int row = 0; row < shown.rowCount(); ++row) {
        const QString uri = model.hostOf(shown.mapToSource(shown.index(row, 0)).row());
        if (!host.isEmpty() && host != uri)
            return {};
        host = uri;
    }
    return host;
}

Fleet* WhatIfSelection::fleetOf(const ConnectionListModel& connections, const QString& uri)
{
    for (int row = 0; row < connections.rowCount(); ++row)
        if (Fleet* fleet = connections.fleetAt(row); fleet->uri() == uri)
            return fleet;
    return nullptr;
}
