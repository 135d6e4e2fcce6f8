// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MainWindow.h"

#include "Logging.h"
#include "VmDetailsView.h"
#include "VmTableDelegate.h"
#include "model/Fleet.h"
#include "model/VmListModel.h"
#include "model/XpVersion.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(VmListModel* vms, Fleet* fleet, QWidget* parent)
    : QMainWindow(parent)
    , m_vms(vms)
    , m_fleet(fleet)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_details(new VmDetailsView(this))
    , m_table(new QTableView(this))
    , m_connectionStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("xpconsole"));

    m_proxy->setSourceModel(m_vms);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // Any column: name, OS, device, driver or finding id.
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter virtual machines"));
    m_filter->setPlaceholderText(tr("Filter by name, OS, device, driver or finding (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setAccessibleName(tr("Virtual machines"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new VmTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VmListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
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
    m_details->setVisible(m_fleet != nullptr);
    if (m_fleet)
        m_details->setEngine(&m_fleet->engine());
    setCentralWidget(splitter);

    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connectionStatus);
    setConnectionStatus(tr("Not connected"));

    createActions();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

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

void MainWindow::showSelected()
{
    if (!m_fleet)
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString key = current.isValid() ? current.data(VmListModel::KeyRole).toString() : QString();
    m_details->showRecord(key.isEmpty() ? nullptr : m_fleet->record(key));
}

void MainWindow::fitColumns()
{
    if (!QSettings().value(QStringLiteral("mainWindow/columns")).isNull())
        return;
    m_table->resizeColumnsToContents();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
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
