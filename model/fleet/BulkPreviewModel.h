// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "BulkPreview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

/// The VMs of a bulk change: each one's eligibility, predicted driver and new findings, updated in place
/// whenever the change is edited (dataChanged per VM, never a reset), and its push result once the run got to it.
class BulkPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vm, Eligibility, DriverAfter, NewFindings, Result, ColumnCount };
    enum Role {
        /// The fleet key of the VM.
        KeyRole = Qt::UserRole + 1,
        /// int(Finding::Severity) of the worst new finding; invalid when the change adds none.
        SeverityRole,
        /// Whether the VM would get a new error finding.
        NewErrorRole,
        /// int(PushResult::Status) once the run reached the VM; invalid before.
        StatusRole,
    };

    explicit BulkPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the entries: rows with a known key change in place, new keys are appended, keys no longer
    /// present are removed. Results of an earlier run are cleared (they belong to the earlier change).
    void setEntries(const QList<BulkPreviewEntry>& entries);
    /// Records the result of the VM with @p uuid (the PushItem's); unknown UUIDs are ignored.
    void setResult(const QString& uuid, const PushResult& result);

    const QList<BulkPreviewEntry>& entries() const { return m_entries; }
    std::optional<PushResult> result(int row) const { return m_results.at(row); }
    int rowOf(const QString& key) const { return m_rowByKey.value(key, -1); }

private:
    void reindex();

    QList<BulkPreviewEntry> m_entries;
    QList<std::optional<PushResult>> m_results;
    QHash<QString, int> m_rowByKey;
};
