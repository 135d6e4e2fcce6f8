// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "BulkPreview.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

/// The VMs of a bulk change: each one's eligibility, predicted devices, driver and new findings, updated in place
/// whenever the change is edited (dataChanged per VM, never a reset), rows inserted and removed as VMs are picked,
/// and its push result once the run got to it.
class BulkPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Vm, State, Eligibility, DevicesAfter, DriverAfter, NewFindings, Result, ColumnCount };
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

    enum class Results { Clear, Keep };

    /// Replaces the entries: rows with a known key change in place, new keys are appended, keys no longer
    /// present are removed. Results of an earlier run are cleared (they belong to the earlier change) unless
    /// @p results is Keep: the entries then show the VMs after that run.
    void setEntries(const QList<BulkPreviewEntry>& entries, Results results = Results::Clear);
    /// Appends the entries whose key is not listed yet; the others are left as they are.
    void appendEntries(const QList<BulkPreviewEntry>& entries);
    /// Removes the rows of @p keys, each contiguous run of rows at once; unknown keys are ignored.
    void removeKeys(const QStringList& keys);
    /// Every row's key, in row order.
    QStringList keys() const;
    /// Records the result of the VM with @p uuid (the PushItem's); unknown UUIDs are ignored.
    void setResult(const QString& uuid, const PushResult& result);

    const QList<BulkPreviewEntry>& entries() const { return m_entries; }
    std::optional<PushResult> result(int row) const { return m_results.at(row); }
    int rowOf(const QString& key) const { return m_rowByKey.value(key, -1); }

    /// The DevicesAfter text of a device model and the platform and vendor devices in the VM table's words
    /// (VmRow::flavour, platformDevice, vendorDevice).
    static QString devicesText(const QString& flavour, const QString& platform, const QString& vendor);

private:
    void reindex();

    QList<BulkPreviewEntry> m_entries;
    QList<std::optional<PushResult>> m_results;
    QHash<QString, int> m_rowByKey;
};
