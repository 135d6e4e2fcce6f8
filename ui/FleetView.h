// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class VmFilterProxyModel;
class VmListModel;
class VmTableDelegate;

/// The fleet table with its filter: what an admin looks at first (issue 19 items 7, 9, 10, 12 and 16). It keeps
/// the VM being worked on while a filter or a refresh hides its row, says how many VMs match (and when none do),
/// sorts the worst VMs first, shows one connection's VMs while a connection is chosen, and lets a State cell that
/// grows ("running · changes pending") widen its column unless the user sized it.
class FleetView : public QWidget
{
    Q_OBJECT

public:
    explicit FleetView(VmListModel* vms, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* filterEdit() const { return m_filter; }
    VmFilterProxyModel* proxy() const { return m_proxy; }
    VmTableDelegate* delegate() const { return m_delegate; }

    /// The VM the details show: the table's current row, or the VM a filter hides while it is worked on.
    QString currentKey() const { return m_currentKey; }
    /// Keys of the selected rows (the current VM alone when the filter hides it).
    QStringList selectedKeys() const;
    /// Makes the VM with @p key (or named @p name) current, unless the leave guard keeps the current one; false
    /// when the table does not show it.
    bool selectKey(const QString& key);
    bool selectVm(const QString& name);
    /// Asked before the current VM changes to @p key; false keeps the current one (unapplied edits).
    void setLeaveGuard(std::function<bool(const QString& key)> guard) { m_guard = std::move(guard); }
    /// Shows only the VMs of @p uri (named @p name in the note); an empty @p uri shows every connection's.
    void setConnection(const QString& uri, const QString& name);
    /// Forgets the current VM (it left the fleet).
    void clearCurrent();
    /// The text beside the filter: how many VMs are shown, or why none are.
    QString filterInfo() const;
    /// Sizes the columns to their contents (ColumnFit) and remembers that the widths are no longer the user's.
    void fitColumns();

signals:
    /// The VM the details should show changed (empty: none).
    void currentChanged(const QString& key);
    /// "Show all connections" was chosen: the one-connection view ends.
    void allConnectionsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void afterRowsChanged();
    void updateInfo();
    void growStateColumn(int firstRow, int lastRow);

    VmListModel* m_vms;
    VmFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QLabel* m_info;
    QPushButton* m_showAll;
    QTableView* m_table;
    VmTableDelegate* m_delegate;
    std::function<bool(const QString&)> m_guard;
    QString m_currentKey;
    QString m_connectionName;
    /// The current row is being removed by the filter or a refresh: the selection model's move to a neighbour is
    /// not the user's choice.
    bool m_holding = false;
    bool m_reverting = false;
    /// The State column was sized by the user: it is not widened for longer states.
    bool m_stateSizedByUser = false;
    bool m_resizing = false;
};
