// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The fleet table: one row per VM of every connection. Updates are incremental (rows inserted,
/// removed or changed in place, never a reset), so selections and scroll positions survive refreshes.
class VmListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, State, Os, Flavour, PlatformDevice, VendorDevice, Driver, Findings, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SeverityRole,
        /// What a running VM's next boot changes (empty when nothing): the "changes pending" badge.
        PendingRole,
    };

    explicit VmListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Inserts the rows whose key is new, updates the changed ones; new rows arrive in one batch.
    void upsert(const QList<VmRow>& rows);
    /// Removes the rows with these keys; unknown keys are ignored.
    void remove(const QStringList& keys);
    int rowOf(const QString& key) const;
    const VmRow& row(int row) const { return m_rows.at(row); }

private:
    void reindexFrom(int first);

    QList<VmRow> m_rows;
    QHash<QString, int> m_rowByKey;
};
