// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectionsPane.h"

#include "ConnectionDelegate.h"
#include "ConnectionDialog.h"
#include "FlowLayout.h"
#include "Logging.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/RecentConnections.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

ConnectionsPane::ConnectionsPane(ConnectionListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_delegate(new ConnectionDelegate(this))
    , m_add(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Connection…"), this))
    , m_edit(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Connection…"), this))
    , m_remove(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Connection…"), this))
    , m_reconnect(new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&connect"), this))
    , m_agentInventory(new QAction(tr("Read Guest &Drivers Through the Agent"), this))
    , m_contextMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("connectionsPane"));
    setAccessibleName(tr("Connections"));

    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setAccessibleName(tr("Connections"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Rows fit the pane's width (names are elided) instead of scrolling sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);

    createActions();
    // Buttons in rows rather than a QToolBar: at the pane's width a tool bar hid "Reconnect" behind its overflow
    // arrow in German (issue 19 item 17); these wrap onto a second row instead.
    auto toolBar = new QWidget(this);
    toolBar->setObjectName(QStringLiteral("connectionsToolBar"));
    toolBar->setAccessibleName(tr("Connection actions"));
    auto buttons = new FlowLayout(toolBar);
    buttons->setContentsMargins(2, 2, 2, 2);
    buttons->setSpacing(2);
    for (QAction* action : {m_add, m_edit, m_remove, m_reconnect}) {
        auto button = new QToolButton(toolBar);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        Fleet* fleet = currentFleet();
        updateActions();
        if (fleet == m_current)
            return;
        m_current = fleet;
        emit currentConnectionChanged(fleet);
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ConnectionsPane::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPane::updateActions);
    // Recent means "opened", so a mistyped URI that never connected is not offered again.
    connect(m_model, &ConnectionListModel::connectionOpened, this,
            [](const QString& uri, bool readOnly) { RecentConnections::remember(uri, readOnly); });
    updateActions();
}

void ConnectionsPane::createActions()
{
    m_add->setObjectName(QStringLiteral("actionAddConnection"));
    m_add->setIconText(tr("Add…"));
    m_add->setToolTip(tr("Open another libvirt connection"));
    connect(m_add, &QAction::triggered, this, &ConnectionsPane::showAddDialog);

    m_edit->setObjectName(QStringLiteral("actionEditConnection"));
    m_edit->setIconText(tr("Edit…"));
    m_edit->setToolTip(tr("Change the selected connection's URI or read-only setting; it is opened again"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &ConnectionsPane::showEditDialog);

    m_remove->setObjectName(QStringLiteral("actionRemoveConnection"));
    m_remove->setIconText(tr("Remove…"));
    m_remove->setToolTip(tr("Close the selected connection; its VMs leave the list"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_remove, &QAction::triggered, this, &ConnectionsPane::confirmRemove);

    m_reconnect->setObjectName(QStringLiteral("actionReconnect"));
    m_reconnect->setIconText(tr("Reconnect"));
    m_reconnect->setToolTip(tr("Open the selected connection again"));
    m_reconnect->setShortcut(QKeySequence::Refresh);
    m_reconnect->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reconnect, &QAction::triggered, this, &ConnectionsPane::reconnectCurrent);

    m_agentInventory->setObjectName(QStringLiteral("actionAgentInventory"));
    m_agentInventory->setCheckable(true);
    m_agentInventory->setToolTip(tr("On this connection, run pnputil in each running Windows guest through its guest "
                                    "agent, so that the prediction uses the drivers the guest really has. Nothing is "
                                    "written to the VMs; the inventory is kept in the console."));
    connect(m_agentInventory, &QAction::toggled, this, [this](bool on) {
        Fleet* fleet = currentFleet();
        if (!fleet || fleet->agentInventoryEnabled() == on)
            return;
        setAgentInventory(fleet, on);
        // Remembered per URI, as an opt-in is a decision about that host's guests.
        QStringList uris = QSettings().value(QStringLiteral("connections/agentInventory")).toStringList();
        uris.removeAll(fleet->uri());
        if (on)
            uris.append(fleet->uri());
        QSettings().setValue(QStringLiteral("connections/agentInventory"), uris);
    });
    connect(m_model, &ConnectionListModel::fleetAdded, this, [this](Fleet* fleet) {
        // The model announces a fleet before it opens its URI: look once it has.
        QMetaObject::invokeMethod(
            this,
            [this, fleet = QPointer<Fleet>(fleet)] {
                const QStringList uris = QSettings().value(QStringLiteral("connections/agentInventory")).toStringList();
                if (fleet && uris.contains(fleet->uri())) {
                    setAgentInventory(fleet, true);
                    updateActions();
                }
            },
            Qt::QueuedConnection);
    });

    // Added to the pane itself so the shortcuts work wherever the focus is inside it.
    QWidget::addActions({m_add, m_edit, m_remove, m_reconnect});
    m_contextMenu->setObjectName(QStringLiteral("connectionContextMenu"));
    m_contextMenu->addActions({m_add, m_edit, m_remove, m_reconnect});
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_agentInventory);
}

Fleet* ConnectionsPane::currentFleet() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->fleetAt(current.row()) : nullptr;
}

QSize ConnectionsPane::sizeHint() const
{
    return {m_list->sizeHint().width(), QWidget::sizeHint().height()};
}

ConnectionDialog* ConnectionsPane::addDialog() const
{
    return m_addDialog;
}

ConnectionDialog* ConnectionsPane::editDialog() const
{
    return m_editDialog;
}

QMessageBox* ConnectionsPane::removeConfirmation() const
{
    return m_removeConfirmation;
}

void ConnectionsPane::setCurrentRow(int row)
{
    m_list->setCurrentIndex(m_model->index(row));
}

void ConnectionsPane::addConnection(const QString& uri, bool readOnly)
{
    setCurrentRow(m_model->add(uri, readOnly));
}

void ConnectionsPane::showAddDialog()
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addConnection(dialog->uri(), dialog->readOnly()); });
    m_addDialog = dialog;
    dialog->open();
}

void ConnectionsPane::showEditDialog()
{
    Fleet* fleet = currentFleet();
    if (!fleet)
        return;
    if (m_editDialog) {
        m_editDialog->raise();
        m_editDialog->activateWindow();
        return;
    }
    auto dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(fleet->uri(), fleet->isReadOnly());
    connect(dialog, &QDialog::accepted, this, [this, dialog, target = QPointer<Fleet>(fleet)] {
        // Rows may have moved (or this one gone) while the dialog was open; the fleet says which row to replace.
        const int row = m_model->rowOf(target);
        setCurrentRow(row >= 0 ? m_model->replace(row, dialog->uri(), dialog->readOnly())
                               : m_model->add(dialog->uri(), dialog->readOnly()));
    });
    m_editDialog = dialog;
    dialog->open();
}

void ConnectionsPane::confirmRemove()
{
    Fleet* fleet = currentFleet();
    if (!fleet || m_removeConfirmation)
        return;
    const QString name = ConnectionListModel::displayName(fleet->uri());
    auto box = new QMessageBox(
        QMessageBox::Question, tr("Close Connection"),
        tr("Close %1? Its %n VM(s) leave(s) the list; nothing on the host changes.", nullptr, fleet->vmCount())
            .arg(name),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemoveConnection"));
    QPushButton* close = box->addButton(tr("C&lose Connection"), QMessageBox::AcceptRole);
    close->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QDialog::finished, this, [this, box, close, target = QPointer<Fleet>(fleet)] {
        // Rows may have moved while the question was open; the fleet decides which row goes.
        if (box->clickedButton() == close && target)
            m_model->remove(m_model->rowOf(target));
    });
    m_removeConfirmation = box;
    box->open();
}

void ConnectionsPane::reconnectCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid())
        m_model->reconnect(current.row());
}

void ConnectionsPane::updateActions()
{
    const bool selected = m_list->currentIndex().isValid();
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_reconnect->setEnabled(selected);
    const Fleet* fleet = currentFleet();
    m_agentInventory->setEnabled(fleet != nullptr);
    const QSignalBlocker quiet(m_agentInventory);
    m_agentInventory->setChecked(fleet && fleet->agentInventoryEnabled());
}

void ConnectionsPane::setAgentInventory(Fleet* fleet, bool on)
{
    AgentInventoryRequest request;
    request.enabled = on;
    fleet->setAgentInventory(request);
}

void ConnectionsPane::showContextMenu(const QPoint& position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    m_contextMenu->popup(m_list->viewport()->mapToGlobal(position));
}
