// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MainWindow.h"

#include "BlacklistEditor.h"
#include "BulkChangeDialog.h"
#include "ColumnFit.h"
#include "ConnectionsPane.h"
#include "ErrorMessage.h"
#include "GuestTab.h"
#include "Logging.h"
#include "MigrationWizard.h"
#include "PushDialog.h"
#include "VmActions.h"
#include "VmDetailsView.h"
#include "VmTableDelegate.h"
#include "model/core/XpVersion.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/fleet/VmFilterProxyModel.h"
#include "model/fleet/VmListModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(VmListModel* vms, ConnectionListModel* connections, QWidget* parent)
    : QMainWindow(parent)
    , m_vms(vms)
    , m_connections(connections)
    , m_proxy(new VmFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_details(new VmDetailsView(this))
    , m_table(new QTableView(this))
    , m_connectionStatus(new QLabel(this))
    , m_actions(new VmActions(this, m_details))
{
    // The signals stay the window's: callers and tests listen there, wherever the actions run.
    connect(m_actions, &VmActions::pushDialogOpened, this, &MainWindow::pushDialogOpened);
    connect(m_actions, &VmActions::bulkChangeOpened, this, &MainWindow::bulkChangeOpened);
    connect(m_actions, &VmActions::migrationWizardOpened, this, &MainWindow::migrationWizardOpened);
    connect(m_actions, &VmActions::powerCycleStarted, this, &MainWindow::powerCycleStarted);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("xpconsole"));

    m_proxy->setSourceModel(m_vms);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter virtual machines"));
    m_filter->setPlaceholderText(tr("Filter by name, OS, device, driver or finding (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &VmFilterProxyModel::setFilterText);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setAccessibleName(tr("Virtual machines"));
    m_table->setModel(m_proxy);
    m_delegate = new VmTableDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    // A refresh that changes the selected VM's prediction updates the details at once; changes to other
    // rows (thousands during a load) do not rebuild the details.
    connect(m_vms, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& first, const QModelIndex& last) {
        const int current = m_proxy->mapToSource(m_table->currentIndex()).row();
        if (current >= first.row() && current <= last.row())
            showSelected();
    });

    auto fleetPane = new QWidget(this);
    auto fleetLayout = new QVBoxLayout(fleetPane);
    fleetLayout->setContentsMargins(0, 0, 0, 0);
    fleetLayout->addWidget(m_filter);
    fleetLayout->addWidget(m_table);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(fleetPane);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_details->setVisible(m_connections != nullptr);
    if (m_connections) {
        m_details->setEngine(&m_connections->engine());
        createConnectionsPane();
    }
    connect(m_details, &VmDetailsView::migrateRequested, this, &MainWindow::openMigrationWizard);
    connect(m_details->guestTab(), &GuestTab::importRequested, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import pnputil Output"), QString(), tr("Saved pnputil output (*.txt *.log);;All files (*)"));
        m_actions->importInventory(fleetFor(currentKey()), currentKey(), files);
    });
    connect(m_details->blacklistEditor(), &BlacklistEditor::applyRequested, this, [this](const VmConfig& edited) {
        m_actions->pushEdited(fleetFor(edited.key), edited, tr("Apply the blacklist of %1").arg(edited.name));
    });
    setCentralWidget(splitter);

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    if (m_connections) {
        // Whether the predictions came true, where a guest's inventory says (issue 18 item 4).
        auto checks = new QLabel(this);
        checks->setObjectName(QStringLiteral("predictionChecks"));
        checks->setVisible(false);
        statusBar()->addPermanentWidget(checks);
        connect(m_connections, &ConnectionListModel::predictionSummaryChanged, checks, [checks](const QString& text) {
            checks->setText(text);
            checks->setVisible(!text.isEmpty());
        });
    }
    // Connections may have been opened before the window was built (main() starts the first one early).
    setConnectionStatus(m_connections && m_connections->rowCount() > 0 ? m_connections->summary()
                                                                       : tr("Not connected"));

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setConfirmer(std::function<bool(const QString& title, const QString& question)> confirmer)
{
    m_actions->setConfirmer(std::move(confirmer));
}

void MainWindow::setConnectionStatus(const QString& text)
{
    m_connectionStatus->setText(text);
}

bool MainWindow::selectVm(const QString& name)
{
    const QModelIndexList hits =
        m_proxy->match(m_proxy->index(0, VmListModel::Name), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    if (hits.isEmpty())
        return false;
    m_table->setCurrentIndex(hits.constFirst());
    return true;
}

QString MainWindow::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(VmListModel::KeyRole).toString() : QString();
}

Fleet* MainWindow::fleetFor(const QString& key) const
{
    return m_connections && !key.isEmpty() ? m_connections->fleetFor(key) : nullptr;
}

void MainWindow::createConnectionsPane()
{
    m_connectionsPane = new ConnectionsPane(m_connections, this);
    auto dock = new QDockWidget(tr("Connections"), this);
    dock->setObjectName(QStringLiteral("connectionsDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    dock->setWidget(m_connectionsPane);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // The details hold a copy of the record, but their editor is bound to the VM: a closed connection's VM
    // leaves the details too.
    connect(m_connections, &ConnectionListModel::fleetAboutToBeRemoved, this, [this](Fleet* fleet) {
        if (fleet->record(m_details->blacklistEditor()->vmKey()))
            m_details->showRecord(nullptr);
    });
    connect(m_connections, &ConnectionListModel::summaryChanged, this, &MainWindow::setConnectionStatus);
    connect(m_connections, &ConnectionListModel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_connections, &ConnectionListModel::fleetLoaded, this, &MainWindow::fitColumns);
    connect(m_connections, &ConnectionListModel::connectionFailed, this,
            [this](const QString& uri, const QString& message) {
                ErrorMessage::show(this, tr("Cannot connect to %1").arg(ConnectionListModel::displayName(uri)),
                                   tr("Check the URI, that libvirtd runs on that host and that you may use it, "
                                      "then choose Reconnect."),
                                   message);
            });
    // A connection that turns read-only or reconnects changes what may be written.
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
}

void MainWindow::onCurrentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_revertingSelection)
        return;
    // Moving to another VM must not silently drop unapplied edits of the one shown.
    const QString key = current.isValid() ? current.data(VmListModel::KeyRole).toString() : QString();
    if (key != m_details->blacklistEditor()->vmKey() && !m_details->maybeDiscardEdits()) {
        m_revertingSelection = true;
        m_table->setCurrentIndex(previous);
        m_revertingSelection = false;
        return;
    }
    showSelected();
}

void MainWindow::showSelected()
{
    const QString key = currentKey();
    Fleet* fleet = fleetFor(key);
    m_details->showRecord(fleet ? fleet->record(key) : nullptr);
    m_details->blacklistEditor()->setReadOnly(!fleet || fleet->isReadOnly());
    m_details->guestTab()->setImportEnabled(fleet && !fleet->isReadOnly());
    updateActions();
}

void MainWindow::updateActions()
{
    Fleet* fleet = fleetFor(currentKey());
    const bool writable = fleet && !fleet->isReadOnly();
    for (QAction* action : std::as_const(m_writeActions))
        action->setEnabled(writable);
    if (m_editBlacklist)
        m_editBlacklist->setEnabled(fleet != nullptr);
    if (m_powerCycle) {
        const VmRecord* record = fleet ? fleet->record(currentKey()) : nullptr;
        m_powerCycle->setEnabled(writable && record && record->config.running && !record->pendingChanges.isEmpty());
    }
}

void MainWindow::powerCycleSelected()
{
    const QString key = currentKey();
    m_actions->powerCycle(fleetFor(key), key);
}

void MainWindow::addWriteAction(QAction* action)
{
    // Marked so that tests (and later menus) can find every action that writes to libvirt.
    action->setProperty("xpWrites", true);
    action->setEnabled(false);
    m_writeActions.append(action);
}

void MainWindow::openMigrationWizard()
{
    const QString key = currentKey();
    m_actions->openMigrationWizard(fleetFor(key), key);
}

void MainWindow::openBulkChange()
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(VmListModel::Name);
    for (const QModelIndex& row : rows)
        keys.append(row.data(VmListModel::KeyRole).toString());
    m_actions->openBulkChange(fleetFor(currentKey()), keys);
}

void MainWindow::fitColumns()
{
    if (!QSettings().value(QStringLiteral("mainWindow/columns")).isNull())
        return;
    ColumnFit::toContents(m_table);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange)
        m_delegate->resetIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_details->maybeDiscardEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/columns"), m_table->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    if (m_connectionsPane) {
        file->addAction(m_connectionsPane->addConnectionAction());
        file->addAction(m_connectionsPane->reconnectAction());
        file->addAction(m_connectionsPane->removeConnectionAction());
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction* find = view->addAction(tr("&Find…"), this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setObjectName(QStringLiteral("actionStatusBar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu* vm = menuBar()->addMenu(tr("V&M"));
    vm->setObjectName(QStringLiteral("menuVm"));
    m_editBlacklist = vm->addAction(tr("Edit &Blacklist"), this, [this] {
        m_details->selectTab(QStringLiteral("blacklistTab"));
        m_details->blacklistEditor()->setFocus(Qt::ShortcutFocusReason);
    });
    m_editBlacklist->setObjectName(QStringLiteral("actionEditBlacklist"));
    m_editBlacklist->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_editBlacklist->setEnabled(false);
    QAction* migrate = vm->addAction(tr("&Migrate Drivers…"), this, &MainWindow::openMigrationWizard);
    migrate->setObjectName(QStringLiteral("actionMigrateDrivers"));
    migrate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    addWriteAction(migrate);
    m_powerCycle = vm->addAction(tr("Shut Down and Start to &Apply…"), this, &MainWindow::powerCycleSelected);
    m_powerCycle->setObjectName(QStringLiteral("actionPowerCycle"));
    m_powerCycle->setToolTip(tr("Pending changes take effect when the VM is shut down and started again."));
    m_powerCycle->setProperty("xpWrites", true);
    m_powerCycle->setEnabled(false);
    QAction* bulk = vm->addAction(tr("B&ulk Change…"), this, &MainWindow::openBulkChange);
    bulk->setObjectName(QStringLiteral("actionBulkChange"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    addWriteAction(bulk);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(tr("&About xpconsole"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About xpconsole"),
                       tr("<h3>xpconsole %1</h3>"
                          "<p>Shows which Xen platform device and PV drivers each VM exposes and binds, "
                          "edits the unplug blacklist and predicts the next boot before it happens.</p>")
                           .arg(QLatin1String(xp::kVersion)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 720);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/columns")).toByteArray());
    qCDebug(lcUi) << "window state restored";
}
