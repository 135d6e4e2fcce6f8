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
    /// Host comes last in the model so that saved header states of earlier versions keep their columns; the
    /// window shows it beside the name.
    enum Column { Name, State, Os, Flavour, PlatformDevice, VendorDevice, Driver, Findings, Host, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1,
        SeverityRole,
        /// What a running VM's next boot changes (empty when nothing): the "changes pending" badge.
        PendingRole,
        /// filterText() of the row, in any column.
        FilterTextRole,
        /// What the column sorts by: the display text, but for Findings the worst severity and how many findings
        /// have it, so that sorting puts the worst VMs at one end (issue 19 item 10).
        SortRole,
    };
    /// Separates the columns in filterText(). No display text holds it (XML 1.0 cannot carry it), so a needle
    /// without it matches within one column, as a filter over each column's text would.
    static constexpr QChar kFilterSeparator = u'\x1f';

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
    /// Every column's display text of @p row, case-folded and joined by kFilterSeparator: what the filter
    /// searches, built once per change instead of once per keystroke.
    const QString& filterText(int row) const { return m_filterTexts.at(row); }

private:
    static QString displayText(const VmRow& vm, int column);
    static QString filterTextOf(const VmRow& vm);
    void reindexFrom(int first);

    QList<VmRow> m_rows;
    /// Parallel to m_rows.
    QList<QString> m_filterTexts;
    QHash<QString, int> m_rowByKey;
};
