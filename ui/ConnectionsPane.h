// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QPointer>
#include <QWidget>

class ConnectionDelegate;
class ConnectionDialog;
class ConnectionListModel;
class Fleet;
class QAction;
class QListView;
class QMenu;
class QMessageBox;

/// The open connections, for the left side of the main window: name, VM count, state and a read-only badge per
/// connection, with Add…, Remove… and Reconnect in a tool bar and a context menu. Connections that open are
/// remembered as recent connections.
class ConnectionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPane(ConnectionListModel* model, QWidget* parent = nullptr);

    ConnectionListModel* model() const { return m_model; }
    /// The selected connection's fleet, or null.
    Fleet* currentFleet() const;
    void setCurrentRow(int row);

    /// For the lead's menus; their shortcuts (Delete, F5) work while the pane has focus.
    QAction* addConnectionAction() const { return m_add; }
    QAction* removeConnectionAction() const { return m_remove; }
    QAction* reconnectAction() const { return m_reconnect; }
    /// Checkable, per connection: read Windows guests' driver inventories through their agents (issue 18 item 1).
    QAction* agentInventoryAction() const { return m_agentInventory; }
    /// The list's context menu (the same three actions).
    QMenu* contextMenu() const { return m_contextMenu; }

    /// Adds (or selects, when it is already listed) a connection and makes it current.
    void addConnection(const QString& uri, bool readOnly);
    /// Opens the "Add Connection" dialog (window-modal); its OK adds the connection.
    void showAddDialog();
    /// Asks before closing the current connection; the answer closes it or not.
    void confirmRemove();
    void reconnectCurrent();

    /// The dialogs while they are open (for tests), else null.
    ConnectionDialog* addDialog() const;
    QMessageBox* removeConfirmation() const;

signals:
    /// The selection moved to another connection (null when none is selected).
    void currentConnectionChanged(Fleet* fleet);

private:
    static void setAgentInventory(Fleet* fleet, bool on);
    void createActions();
    void updateActions();
    void showContextMenu(const QPoint& position);

    ConnectionListModel* m_model;
    QListView* m_list;
    ConnectionDelegate* m_delegate;
    QAction* m_add;
    QAction* m_remove;
    QAction* m_reconnect;
    QAction* m_agentInventory;
    QMenu* m_contextMenu;
    QPointer<ConnectionDialog> m_addDialog;
    QPointer<QMessageBox> m_removeConfirmation;
    QPointer<Fleet> m_current;
};
