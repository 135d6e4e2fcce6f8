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

/// The open connections, for the left side of the main window: name, VM count, state (for a failed one its cause)
/// and a read-only badge per connection, with Add…, Edit…, Remove… and Reconnect as buttons above the list (they
/// wrap onto a second row rather than hide behind an overflow arrow) and in a context menu. Connections that open
/// are remembered as recent connections.
class ConnectionsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPane(ConnectionListModel* model, QWidget* parent = nullptr);

    ConnectionListModel* model() const { return m_model; }
    /// The selected connection's fleet, or null.
    Fleet* currentFleet() const;
    void setCurrentRow(int row);
    /// The width the pane asks for, the same in every language (the buttons above the list wrap to fit it).
    QSize sizeHint() const override;

    /// For the lead's menus; their shortcuts (F2, Delete, F5) work while the pane has focus.
    QAction* addConnectionAction() const { return m_add; }
    /// "Edit Connection…": the selected connection's URI and read-only flag in the connection dialog.
    QAction* editConnectionAction() const { return m_edit; }
    QAction* removeConnectionAction() const { return m_remove; }
    QAction* reconnectAction() const { return m_reconnect; }
    /// Checkable, per connection: read Windows guests' driver inventories through their agents (issue 18 item 1).
    QAction* agentInventoryAction() const { return m_agentInventory; }
    /// The list's context menu (the same four actions).
    QMenu* contextMenu() const { return m_contextMenu; }

    /// Adds (or selects, when it is already listed) a connection and makes it current.
    void addConnection(const QString& uri, bool readOnly);
    /// Opens the "Add Connection" dialog (window-modal); its OK adds the connection.
    void showAddDialog();
    /// Opens the connection dialog filled in from the selected connection (window-modal); its OK closes that
    /// connection and opens the edited one in its row, selected.
    void showEditDialog();
    /// Asks before closing the current connection; the answer closes it or not.
    void confirmRemove();
    void reconnectCurrent();

    /// The dialogs while they are open (for tests), else null.
    ConnectionDialog* addDialog() const;
    ConnectionDialog* editDialog() const;
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
    QAction* m_edit;
    QAction* m_remove;
    QAction* m_reconnect;
    QAction* m_agentInventory;
    QMenu* m_contextMenu;
    QPointer<ConnectionDialog> m_addDialog;
    QPointer<ConnectionDialog> m_editDialog;
    QPointer<QMessageBox> m_removeConfirmation;
    QPointer<Fleet> m_current;
};
