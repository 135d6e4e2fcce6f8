// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MainWindow.h"

#include "BlacklistEditor.h"
#include "BulkChangeDialog.h"
#include "ConnectionsPane.h"
#include "ErrorMessage.h"
#include "FleetReportExport.h"
#include "FleetView.h"
#include "FleetWhatIfDialog.h"
#include "GuestTab.h"
#include "Logging.h"
#include "MigrationWizard.h"
#include "PushDialog.h"
#include "ScreenFit.h"
#include "StrategiesDialog.h"
#include "VmActions.h"
#include "VmDetailsView.h"
#include "VmTableDelegate.h"
#include "WhatIfPanel.h"
#include "model/binding/BindingEngine.h"
#include "model/core/ConfigChange.h"
#include "model/core/XpVersion.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/fleet/VmListModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
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
    , m_fleetView(new FleetView(vms, this))
    , m_details(new VmDetailsView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
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

    m_fleetView->setLeaveGuard([this](const QString& key) {
        return key == m_details->blacklistEditor()->vmKey() || m_details->maybeDiscardEdits();
    });
    connect(m_fleetView, &FleetView::currentChanged, this, &MainWindow::showSelected);
    setTabOrder(m_fleetView->table(), m_details);

    // The list comes first (issue 19 item 9): it gets most of the height and never collapses; the details may.
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_fleetView);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, true);
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
    connect(m_details->whatIf(), &WhatIfPanel::applyRequested, this, &MainWindow::applyWhatIf);
    setCentralWidget(m_splitter);

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
    return m_fleetView->selectVm(name);
}

QString MainWindow::currentKey() const
{
    return m_fleetView->currentKey();
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
    m_connectionsDock = dock;
    // A closed pane comes back from the View menu (issue 19 item 4).
    m_connectionsDock->toggleViewAction()->setText(tr("&Connections"));
    m_connectionsDock->toggleViewAction()->setObjectName(QStringLiteral("actionShowConnections"));
    // Choosing a connection shows its VMs; "Show All Connections" ends that (issue 19 item 16).
    connect(m_connectionsPane, &ConnectionsPane::currentConnectionChanged, this, &MainWindow::followConnection);
    connect(m_fleetView, &FleetView::allConnectionsRequested, this, [this] { m_connectionsPane->setCurrentRow(-1); });
    // Every pane follows the fleet's refresh, also when the table row looks the same (issue 19 item 2).
    for (int row = 0; row < m_connections->rowCount(); ++row)
        watchFleet(m_connections->fleetAt(row));
    connect(m_connections, &ConnectionListModel::fleetAdded, this, &MainWindow::watchFleet);
    // The details hold a copy of the record, but their editor is bound to the VM: a closed connection's VM
    // leaves the details too.
    connect(m_connections, &ConnectionListModel::fleetAboutToBeRemoved, this, [this](Fleet* fleet) {
        if (fleet->record(m_details->blacklistEditor()->vmKey()))
            m_details->showRecord(nullptr);
        if (fleet->record(m_fleetView->currentKey()))
            m_fleetView->clearCurrent();
    });
    connect(m_connections, &ConnectionListModel::summaryChanged, this, &MainWindow::setConnectionStatus);
    connect(m_connections, &ConnectionListModel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 5000); });
    connect(m_connections, &ConnectionListModel::fleetLoaded, this, &MainWindow::fitColumns);
    connect(m_connections, &ConnectionListModel::connectionFailed, this,
            [this](const QString& uri, const ConnectError& error) {
                // The cause first, what to do next, libvirt's words behind Details (issue 19 item 13).
                ErrorMessage::createForConnection(this, ConnectionListModel::displayName(uri), error)->open();
            });
    // A connection that turns read-only or reconnects changes what may be written.
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
}

void MainWindow::watchFleet(Fleet* fleet)
{
    connect(fleet, &Fleet::recordsChanged, this, [this](const QStringList& keys) {
        if (!currentKey().isEmpty() && keys.contains(currentKey()))
            showSelected();
    });
}

void MainWindow::followConnection(Fleet* fleet)
{
    // With one connection the list is that connection's anyway: no note, no button.
    if (!fleet || m_connections->rowCount() < 2)
        m_fleetView->setConnection(QString(), QString());
    else
        m_fleetView->setConnection(fleet->uri(), ConnectionListModel::displayName(fleet->uri()));
}

void MainWindow::applyWhatIf(const QStringList& texts)
{
    const QString key = currentKey();
    Fleet* fleet = fleetFor(key);
    const VmRecord* record = fleet ? fleet->record(key) : nullptr;
    if (!record)
        return;
    QList<ConfigChange> changes;
    VmConfig edited = record->config;
    QString error;
    for (const QString& text : texts) {
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        if (!change) {
            ErrorMessage::show(this, tr("Cannot apply the change"), error, text);
            return;
        }
        changes.append(*change);
    }
    if (!BindingEngine::apply(edited, changes, &error)) {
        ErrorMessage::show(this, tr("Cannot apply the change"), error, texts.join(QLatin1Char(' ')));
        return;
    }
    m_actions->pushEdited(fleet, edited, tr("Apply the what-if changes to %1").arg(record->config.name));
}

void MainWindow::showSelected()
{
    const QString key = currentKey();
    Fleet* fleet = fleetFor(key);
    m_details->showRecord(fleet ? fleet->record(key) : nullptr);
    m_details->blacklistEditor()->setReadOnly(!fleet || fleet->isReadOnly());
    m_details->guestTab()->setImportEnabled(fleet && !fleet->isReadOnly());
    m_details->whatIf()->setWritable(fleet && !fleet->isReadOnly());
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
    m_actions->openBulkChange(fleetFor(currentKey()), m_fleetView->selectedKeys());
}

void MainWindow::openFleetWhatIf()
{
    auto dialog = new FleetWhatIfDialog(m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FleetWhatIfDialog::applyRequested, this, &MainWindow::applyFromWhatIf);
    emit fleetWhatIfOpened(dialog);
    dialog->show();
}

void MainWindow::openStrategies()
{
    auto dialog = new StrategiesDialog(m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StrategiesDialog::applyRequested, this, &MainWindow::applyFromWhatIf);
    emit strategiesOpened(dialog);
    dialog->show();
    dialog->run();
}

void MainWindow::applyFromWhatIf(Fleet* fleet, const QStringList& keys, const QStringList& changes)
{
    if (fleet->isReadOnly()) {
        statusBar()->showMessage(tr("%1 is read-only: reconnect it read-write to apply the change.")
                                     .arg(ConnectionListModel::displayName(fleet->uri())),
                                 10000);
        return;
    }
    m_actions->openBulkChange(fleet, keys, changes);
}

void MainWindow::exportReport(const QString& path)
{
    statusBar()->showMessage(tr("Writing the fleet report…"));
    FleetReportExport::start(m_connections, path, this, [this, path](int count, const QString& error) {
        statusBar()->showMessage(
            error.isEmpty()
                ? tr("Wrote the fleet report of %n VM(s) to %1.", nullptr, count).arg(QDir::toNativeSeparators(path))
                : tr("Could not write %1: %2").arg(path, error),
            10000);
        emit reportExported(path, error.isEmpty() ? count : 0, error);
    });
}

void MainWindow::fitColumns()
{
    if (!QSettings().value(QStringLiteral("mainWindow/columns")).isNull())
        return;
    m_fleetView->fitColumns();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::StyleChange)
        m_fleetView->delegate()->resetIcons();
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
    settings.setValue(QStringLiteral("mainWindow/columns"), m_fleetView->table()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    if (m_connectionsPane) {
        file->addAction(m_connectionsPane->addConnectionAction());
        file->addAction(m_connectionsPane->editConnectionAction());
        file->addAction(m_connectionsPane->reconnectAction());
        file->addAction(m_connectionsPane->removeConnectionAction());
        file->addSeparator();
    }
    if (m_connections) {
        QAction* report = file->addAction(tr("E&xport Fleet Report…"), this, [this] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export Fleet Report"), QString(),
                                                              tr("CSV (*.csv);;JSON (*.json)"));
            if (!path.isEmpty())
                exportReport(path);
        });
        report->setObjectName(QStringLiteral("actionExportReport"));
        file->addSeparator();
    }
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction* find = view->addAction(tr("&Find…"), this, [this] {
        m_fleetView->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_fleetView->filterEdit()->selectAll();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setObjectName(QStringLiteral("actionStatusBar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    if (m_connectionsDock)
        view->addAction(m_connectionsDock->toggleViewAction());
    if (m_connections) {
        // The details can give their room to the list, and come back (issue 19 item 9).
        QAction* details = view->addAction(tr("VM &Details"));
        details->setObjectName(QStringLiteral("actionShowDetails"));
        details->setCheckable(true);
        details->setChecked(true);
        connect(details, &QAction::toggled, this, [this](bool on) {
            const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
            m_splitter->setSizes(on ? QList<int>{total * 3 / 5, total - total * 3 / 5} : QList<int>{total, 0});
        });
        connect(m_splitter, &QSplitter::splitterMoved, details, [this, details] {
            const QSignalBlocker block(details);
            details->setChecked(m_splitter->sizes().value(1) > 0);
        });
    }

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
    if (m_connections) {
        // Reads only: a what-if writes nothing, so it is there on read-only connections too.
        QAction* whatIf = vm->addAction(tr("&Fleet What If…"), this, &MainWindow::openFleetWhatIf);
        whatIf->setObjectName(QStringLiteral("actionFleetWhatIf"));
        whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        QAction* strategies = vm->addAction(tr("Fleet &Strategies…"), this, &MainWindow::openStrategies);
        strategies->setObjectName(QStringLiteral("actionFleetStrategies"));
    }
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
        resize(ScreenFit::bounded(this, QSize(1200, 720)));
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()) && m_connectionsDock)
        resizeDocks({m_connectionsDock}, {190}, Qt::Horizontal);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({600, 400});
    m_fleetView->table()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/columns")).toByteArray());
    qCDebug(lcUi) << "window state restored";
}
