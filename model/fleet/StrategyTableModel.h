// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"
#include "Strategy.h"

#include <QAbstractTableModel>

/// The strategies side by side (issue 20 item 2): one column per strategy, one row per outcome class (the most
/// harmful first), each cell the number of VMs the strategy puts in that class. The strategies are fixed; a run's
/// result changes the cells in place.
class StrategyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        /// The cell's count (int), whatever the display says.
        CountRole = Qt::UserRole + 1,
        /// How many of them rest on uncertain facts.
        UncertainRole,
        /// int(WhatIfOutcome::Class) of the cell's row.
        ClassRole,
    };

    explicit StrategyTableModel(QList<Strategy> strategies, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Strategy>& strategies() const { return m_strategies; }
    /// The class of @p row.
    static WhatIfOutcome::Class classAt(int row);
    /// The row of @p cls.
    static int rowOf(WhatIfOutcome::Class cls);

    /// The counts of a run: @p perStrategy holds, per strategy in column order, one outcome per VM.
    void setOutcomes(const QList<QList<WhatIfOutcome>>& perStrategy);
    bool hasResult() const { return !m_counts.isEmpty(); }
    /// The counts of the strategy in @p column (all zero before a run).
    FleetWhatIf::Counts counts(int column) const { return m_counts.value(column); }

private:
    QList<Strategy> m_strategies;
    QList<FleetWhatIf::Counts> m_counts;
};
