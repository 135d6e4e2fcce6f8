// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"

#include <QAbstractTableModel>
#include <QHash>

/// The per-VM table of a fleet what-if (issue 20 item 1). A new run's result is merged row by row by VM key
/// (rows inserted, removed or changed in place, never a reset), so a second what-if keeps the selection.
class WhatIfModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Host, Class, Driver, Gained, Lost, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        /// The class's JSON token ("loses-pv"): what a filter by class matches.
        ClassTokenRole,
        /// int(WhatIfOutcome::Class), the most harmful highest: what the Class column sorts by.
        ClassRole,
        UncertainRole,
    };

    explicit WhatIfModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the rows by @p outcomes (with each VM's connection in @p hosts, shown by its name).
    void setOutcomes(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts);
    const QList<WhatIfOutcome>& outcomes() const { return m_rows; }
    QString hostOf(int row) const { return m_hosts.at(row); }

private:
    void reindex();

    QList<WhatIfOutcome> m_rows;
    QStringList m_hosts;
    QHash<QString, int> m_rowByKey;
};
