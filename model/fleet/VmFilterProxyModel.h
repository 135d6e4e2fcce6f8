// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QBitArray>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

class VmListModel;

/// The fleet table's filter and sort: shows the VMs whose display text contains the filter text in any column,
/// ignoring case. One substring search per row on VmListModel::filterText(), which the model keeps case-folded,
/// so a keystroke neither asks every column for its data nor runs a regular expression (issue 9).
class VmFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VmFilterProxyModel(QObject* parent = nullptr);

    /// Any model works that answers VmListModel::FilterTextRole; a VmListModel is read directly.
    void setSourceModel(QAbstractItemModel* source) override;
    /// An empty @p text shows every row.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

    /// Shows only the VMs of the connection @p uri; an empty one shows every connection's.
    void setConnection(const QString& uri);
    QString connection() const { return m_connection; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Ties are broken so that equal rows stay in a useful order whichever way the column sorts: by host, the
    /// worst VMs first within each host (a grouping by host); then by name, always A to Z.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    /// How the needle being applied relates to the one before it.
    enum class Step { Other, Longer, Shorter };

    void rememberShownRows();

    QPointer<VmListModel> m_vms;
    QString m_text;
    QString m_connection;
    /// m_connection + "/": the prefix of its VMs' keys.
    QString m_keyPrefix;
    /// m_text case-folded, as the model's filter texts are.
    QString m_needle;
    /// The needle holds the column separator: it could only match across two columns, which a filter over each
    /// column's text never did.
    bool m_spansColumns = false;
    /// While setFilterText() re-filters after a Longer or Shorter step: the source rows shown before it.
    Step m_step = Step::Other;
    QBitArray m_shownBefore;
    QList<QMetaObject::Connection> m_sourceConnections;
};
