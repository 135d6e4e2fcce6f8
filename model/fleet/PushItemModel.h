// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainPush.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

/// The VMs of one push run: each VM's eligibility before the run and its result after, filled in as the run
/// goes (dataChanged per VM, never a reset).
class PushItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vm, Eligibility, Result, ColumnCount };
    enum Role {
        /// The unified diff of the VM's XML (empty when nothing changes).
        DiffRole = Qt::UserRole + 1,
        /// int(PushResult::Status), or an invalid QVariant before the VM's turn.
        StatusRole,
        /// Whether the VM takes the change (PushItem::canWrite and it has changes).
        WritableRole,
    };

    explicit PushItemModel(QList<PushItem> items, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<PushItem>& items() const { return m_items; }
    const PushItem& item(int row) const { return m_items.at(row); }
    std::optional<PushResult> result(int row) const { return m_results.at(row); }
    /// How many VMs would be written.
    int writableCount() const;
    /// How many of those run, so that the change waits for a power-off and start.
    int runningWritableCount() const;

    void setResult(int row, const PushResult& result);

private:
    QList<PushItem> m_items;
    QList<std::optional<PushResult>> m_results;
};
