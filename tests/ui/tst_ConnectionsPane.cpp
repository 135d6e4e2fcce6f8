// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/RecentConnections.h"
#include "model/fleet/VmListModel.h"
#include "ui/ConnectionDelegate.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionsPane.h"
#include "ui/ErrorMessage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

namespace {
const QString kDefault = QStringLiteral("test:///default");
constexpr int kLoadMs = 15000;

/// The pane over a live connection list, as the main window will dock it.
struct Pane
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    ConnectionsPane pane{&connections};
    QListView* list = pane.findChild<QListView*>(QStringLiteral("connectionList"));

    QAction* action(const char* name) const { return pane.findChild<QAction*>(QLatin1String(name)); }
    bool waitUntilOpen(int row) const
    {
        return QTest::qWaitFor(
            [&] {
                return connections.fleetAt(row) &&
                       connections.fleetAt(row)->state() == LibvirtConnection::State::Open &&
                       connections.fleetAt(row)->vmCount() > 0;
            },
            kLoadMs);
    }
    QStyleOptionViewItem option(const QModelIndex& index) const
    {
        QStyleOptionViewItem option;
        option.rect = list->visualRect(index);
        option.font = list->font();
        option.palette = list->palette();
        return option;
    }
};
} // namespace

class tst_ConnectionsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void hasItsControls();
    void addedConnectionShowsReadOnlyBadge_data();
    void addedConnectionShowsReadOnlyBadge();
    void addThroughTheDialog();
    void addingAListedUriSelectsIt();
    void removeAsksAndNamesTheConsequence();
    void reconnectReopensTheSelection();
    void openedConnectionsBecomeRecent();
    void agentInventoryIsRememberedPerConnection();
    void toolBarFitsInEveryLanguage_data();
    void toolBarFitsInEveryLanguage();
    void editReplacesTheConnection();
    void failedConnectionShowsItsCause();
};

void tst_ConnectionsPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConnectionsPane::init()
{
    QSettings().clear();
}

void tst_ConnectionsPane::hasItsControls()
{
    Pane p;
    QCOMPARE(p.pane.objectName(), QStringLiteral("connectionsPane"));
    QVERIFY(p.list);
    QCOMPARE(p.list->model(), &p.connections);
    QVERIFY(qobject_cast<ConnectionDelegate*>(p.list->itemDelegate()));
    QAction* add = p.action("actionAddConnection");
    QAction* edit = p.action("actionEditConnection");
    QAction* remove = p.action("actionRemoveConnection");
    QAction* reconnect = p.action("actionReconnect");
    QAction* agentInventory = p.pane.agentInventoryAction();
    QVERIFY(add && edit && remove && reconnect && agentInventory);
    QCOMPARE(p.pane.editConnectionAction(), edit);
    const QList<QAction*> menu = p.pane.contextMenu()->actions();
    QCOMPARE(menu.size(), 6);
    QCOMPARE(menu.mid(0, 4), (QList<QAction*>{add, edit, remove, reconnect}));
    QVERIFY(menu.at(4)->isSeparator());
    QCOMPARE(menu.at(5), agentInventory);
    // The opt-in of issue 18 is per connection: off, and unavailable without one.
    QVERIFY(agentInventory->isCheckable());
    QVERIFY(!agentInventory->isChecked());
    QVERIFY(!agentInventory->isEnabled());
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(reconnect->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(edit->shortcut(), QKeySequence(Qt::Key_F2));
    // The pane's shortcuts and its menu's mnemonics must not clash.
    QSet<QKeySequence> shortcuts;
    QSet<QChar> mnemonics;
    for (const QAction* action : p.pane.actions()) {
        QVERIFY2(!shortcuts.contains(action->shortcut()), qPrintable(action->shortcut().toString()));
        shortcuts.insert(action->shortcut());
    }
    for (const QAction* action : menu) {
        const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
        if (amp < 0)
            continue;
        const QChar key = action->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(action->text()));
        mnemonics.insert(key);
    }
    // Nothing selected, nothing to edit, remove or reconnect.
    QVERIFY(add->isEnabled());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!reconnect->isEnabled());
}

void tst_ConnectionsPane::addedConnectionShowsReadOnlyBadge_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-only") << true;
    QTest::newRow("read-write") << false;
}

void tst_ConnectionsPane::addedConnectionShowsReadOnlyBadge()
{
    QFETCH(bool, readOnly);
    Pane p;
    p.pane.resize(320, 240);
    p.pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.pane));
    p.connections.add(DataPaths::demoNodeUri(), readOnly);
    QCOMPARE(p.list->model()->rowCount(), 1);
    const QModelIndex index = p.list->model()->index(0, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("demo node"));
    const auto delegate = qobject_cast<ConnectionDelegate*>(p.list->itemDelegate());
    const QRect badge = delegate->badgeRect(p.option(index), index);
    QCOMPARE(badge.isEmpty(), !readOnly);
    if (readOnly) {
        QVERIFY(p.list->visualRect(index).contains(badge));
        QVERIFY(index.data(Qt::AccessibleDescriptionRole).toString().contains(ConnectionDelegate::badgeText()));
    }
    QVERIFY(p.waitUntilOpen(0));
    QCOMPARE(index.data(ConnectionListModel::StatusTextRole).toString(), QStringLiteral("Connected"));
    // Two lines fit: the name and count, then the state.
    QVERIFY(delegate->sizeHint(p.option(index), index).height() > 2 * p.list->fontMetrics().height());
    QVERIFY(!p.list->grab().isNull());
}

void tst_ConnectionsPane::addThroughTheDialog()
{
    Pane p;
    p.pane.show();
    QSignalSpy current(&p.pane, &ConnectionsPane::currentConnectionChanged);
    p.action("actionAddConnection")->trigger();
    ConnectionDialog* dialog = p.pane.addDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto preset = dialog->findChild<QComboBox*>(QStringLiteral("connectionPreset"));
    preset->setCurrentIndex(preset->findData(int(ConnectionPreset::Kind::Custom)));
    auto uri = dialog->findChild<QLineEdit*>(QStringLiteral("connectionUri"));
    uri->clear();
    QTest::keyClicks(uri, kDefault);
    dialog->findChild<QCheckBox*>(QStringLiteral("connectionReadOnly"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(p.connections.rowCount(), 1);
    QCOMPARE(p.connections.index(0).data(ConnectionListModel::UriRole).toString(), kDefault);
    QCOMPARE(p.connections.index(0).data(ConnectionListModel::ReadOnlyRole).toBool(), true);
    QCOMPARE(p.list->currentIndex().row(), 0);
    QCOMPARE(p.pane.currentFleet(), p.connections.fleetAt(0));
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).value<Fleet*>(), p.connections.fleetAt(0));
    QVERIFY(p.action("actionRemoveConnection")->isEnabled());
    QTRY_VERIFY(!p.pane.addDialog());
}

void tst_ConnectionsPane::addingAListedUriSelectsIt()
{
    Pane p;
    p.pane.addConnection(DataPaths::demoNodeUri(), true);
    p.pane.addConnection(kDefault, true);
    QCOMPARE(p.list->currentIndex().row(), 1);
    p.pane.addConnection(DataPaths::demoNodeUri(), true);
    QCOMPARE(p.connections.rowCount(), 2);
    QCOMPARE(p.list->currentIndex().row(), 0);
}

void tst_ConnectionsPane::removeAsksAndNamesTheConsequence()
{
    Pane p;
    p.pane.show();
    p.pane.addConnection(DataPaths::demoNodeUri(), true);
    QVERIFY(p.waitUntilOpen(0));
    QTRY_VERIFY_WITH_TIMEOUT(p.connections.fleetAt(0)->vmCount() == p.vms.rowCount(), kLoadMs);
    const int count = p.vms.rowCount();
    QVERIFY(count >= 12);

    p.action("actionRemoveConnection")->trigger();
    QMessageBox* box = p.pane.removeConfirmation();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(
        box->text(),
        QStringLiteral("Close demo node? Its %1 VM(s) leave(s) the list; nothing on the host changes.").arg(count));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(p.connections.rowCount(), 1);
    QCOMPARE(p.vms.rowCount(), count);
    QTRY_VERIFY(!p.pane.removeConfirmation());

    QSignalSpy current(&p.pane, &ConnectionsPane::currentConnectionChanged);
    p.action("actionRemoveConnection")->trigger();
    box = p.pane.removeConfirmation();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QCOMPARE(p.connections.rowCount(), 0);
    QCOMPARE(p.vms.rowCount(), 0);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.at(0).at(0).value<Fleet*>(), nullptr);
    QVERIFY(!p.action("actionRemoveConnection")->isEnabled());
}

void tst_ConnectionsPane::reconnectReopensTheSelection()
{
    Pane p;
    p.pane.addConnection(kDefault, true);
    QVERIFY(p.waitUntilOpen(0));
    QSignalSpy opened(&p.connections, &ConnectionListModel::connectionOpened);
    p.action("actionReconnect")->trigger();
    QCOMPARE(p.connections.fleetAt(0)->state(), LibvirtConnection::State::Opening);
    QVERIFY(opened.wait(kLoadMs));
    QCOMPARE(p.connections.fleetAt(0)->state(), LibvirtConnection::State::Open);
}

void tst_ConnectionsPane::agentInventoryIsRememberedPerConnection()
{
    {
        Pane p;
        p.pane.addConnection(kDefault, false);
        QVERIFY(p.waitUntilOpen(0));
        QAction* action = p.pane.agentInventoryAction();
        QVERIFY(action->isEnabled());
        QVERIFY(!p.connections.fleetAt(0)->agentInventoryEnabled());
        action->setChecked(true);
        QVERIFY(p.connections.fleetAt(0)->agentInventoryEnabled());
    }
    // A console started later opts the same URI in again, and only that one.
    Pane again;
    again.pane.addConnection(kDefault, false);
    QTRY_VERIFY(again.connections.fleetAt(0)->agentInventoryEnabled());
    QVERIFY(again.pane.agentInventoryAction()->isChecked());
    again.pane.agentInventoryAction()->setChecked(false);
    QVERIFY(!again.connections.fleetAt(0)->agentInventoryEnabled());
    QVERIFY(QSettings().value(QStringLiteral("connections/agentInventory")).toStringList().isEmpty());
}

void tst_ConnectionsPane::openedConnectionsBecomeRecent()
{
    Pane p;
    p.pane.addConnection(QStringLiteral("test:///nonexistent/node.xml"), false);
    p.pane.addConnection(kDefault, true);
    QVERIFY(p.waitUntilOpen(1));
    QTRY_COMPARE_WITH_TIMEOUT(p.connections.fleetAt(0)->state(), LibvirtConnection::State::Closed, kLoadMs);
    // Only the one that opened: a URI that never connected is not offered again.
    const QList<RecentConnection> expected{{kDefault, true}};
    QCOMPARE(RecentConnections::load(), expected);
}

void tst_ConnectionsPane::toolBarFitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("reconnect");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Reconnect");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Neu verbinden");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("再接続");
}

void tst_ConnectionsPane::toolBarFitsInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, reconnect);
    // Issue 19 item 17: in German the tool bar hid "Reconnect" behind its overflow arrow at the pane's width.
    const int englishWidth = Pane().pane.sizeHint().width();
    Translator::install(*qApp, language);
    const auto uninstall = qScopeGuard([] {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    });
    Pane p;
    QCOMPARE(p.action("actionReconnect")->iconText(), reconnect);
    // The main window restores the dock's width whatever the language: the pane asks for the same width in all.
    QCOMPARE(p.pane.sizeHint().width(), englishWidth);
    p.pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&p.pane));
    const auto bar = p.pane.findChild<QWidget*>(QStringLiteral("connectionsToolBar"));
    QVERIFY(bar);
    // From the narrowest the dock can be to the width the pane asks for (the main window's default dock width,
    // MainWindow::restoreWindowState, lies in between).
    for (const int width : {p.pane.minimumSizeHint().width(), p.pane.sizeHint().width()}) {
        p.pane.resize(width, 300);
        QVERIFY(QTest::qWaitFor([&] { return p.pane.width() == width; }));
        p.pane.layout()->activate();
        for (QAction* action : {p.pane.addConnectionAction(), p.pane.editConnectionAction(),
                                p.pane.removeConnectionAction(), p.pane.reconnectAction()}) {
            QToolButton* button = nullptr;
            for (QToolButton* candidate : bar->findChildren<QToolButton*>())
                if (candidate->defaultAction() == action)
                    button = candidate;
            const QString where = QStringLiteral("%1 at %2 px").arg(action->iconText()).arg(width);
            QVERIFY2(button, qPrintable(where));
            // Shown whole: neither hidden in an overflow menu nor cut off at the pane's edge.
            QVERIFY2(button->isVisible(), qPrintable(where));
            const QRect inPane(button->mapTo(&p.pane, QPoint(0, 0)), button->size());
            QVERIFY2(p.pane.rect().contains(inPane), qPrintable(where));
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(where));
        }
    }
}

void tst_ConnectionsPane::editReplacesTheConnection()
{
    Pane p;
    p.pane.show();
    p.pane.addConnection(kDefault, false);
    p.pane.addConnection(DataPaths::demoNodeUri(), true);
    // Both open before the edit: the demo node finishing its load after the edit would be the most recent
    // connection, and the check below would depend on which load wins (it failed on a busy machine).
    QVERIFY(p.waitUntilOpen(0));
    QVERIFY(p.waitUntilOpen(1));
    p.pane.setCurrentRow(0);
    Fleet* old = p.connections.fleetAt(0);
    QSignalSpy current(&p.pane, &ConnectionsPane::currentConnectionChanged);
    p.action("actionEditConnection")->trigger();
    ConnectionDialog* dialog = p.pane.editDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Connection"));
    auto uri = dialog->findChild<QLineEdit*>(QStringLiteral("connectionUri"));
    auto readOnly = dialog->findChild<QCheckBox*>(QStringLiteral("connectionReadOnly"));
    QCOMPARE(uri->text(), kDefault);
    QVERIFY(!readOnly->isChecked());
    // Same URI, now read-only: the connection is closed and opened again, in its row.
    readOnly->setChecked(true);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(p.connections.rowCount(), 2);
    QCOMPARE(p.connections.index(0).data(ConnectionListModel::UriRole).toString(), kDefault);
    QCOMPARE(p.connections.index(0).data(ConnectionListModel::ReadOnlyRole).toBool(), true);
    QVERIFY(p.connections.fleetAt(0) != old);
    QCOMPARE(p.list->currentIndex().row(), 0);
    QCOMPARE(p.pane.currentFleet(), p.connections.fleetAt(0));
    QVERIFY(!current.isEmpty());
    QCOMPARE(current.constLast().at(0).value<Fleet*>(), p.connections.fleetAt(0));
    QVERIFY(p.waitUntilOpen(0));
    QCOMPARE(RecentConnections::load().constFirst(), (RecentConnection{kDefault, true}));
    QTRY_VERIFY(!p.pane.editDialog());

    // Another URI: the row now holds it.
    p.action("actionEditConnection")->trigger();
    dialog = p.pane.editDialog();
    QVERIFY(dialog);
    uri = dialog->findChild<QLineEdit*>(QStringLiteral("connectionUri"));
    uri->selectAll();
    QTest::keyClicks(uri, QStringLiteral("test:///nonexistent/node.xml"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(p.connections.rowCount(), 2);
    QCOMPARE(p.connections.index(0).data(ConnectionListModel::UriRole).toString(),
             QStringLiteral("test:///nonexistent/node.xml"));
    QCOMPARE(p.connections.rowOf(kDefault), -1);
    QCOMPARE(p.list->currentIndex().row(), 0);
}

void tst_ConnectionsPane::failedConnectionShowsItsCause()
{
    Pane p;
    p.pane.resize(p.pane.sizeHint().width(), 240);
    p.pane.show();
    QSignalSpy failed(&p.connections, &ConnectionListModel::connectionFailed);
    const QString uri = QStringLiteral("qemu+unix:///system?socket=/nonexistent/sock");
    p.pane.addConnection(uri, false);
    QVERIFY(failed.wait(kLoadMs));
    const QModelIndex index = p.connections.index(0);
    QTRY_COMPARE(index.data(ConnectionListModel::StateRole).toInt(), int(LibvirtConnection::State::Closed));
    // The row names the cause, not only that it failed (issue 19 item 13).
    QCOMPARE(index.data(ConnectionListModel::StatusTextRole).toString(),
             QStringLiteral("Failed: libvirt daemon not running"));
    QCOMPARE(index.data(ConnectionListModel::CauseRole).toString(), QStringLiteral("libvirt daemon not running"));
    QVERIFY(ConnectionDelegate::failed(index));
    QCOMPARE(ConnectionDelegate::statusLine(index), QStringLiteral("libvirt daemon not running"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("systemctl start")));
    QVERIFY(!p.list->grab().isNull());

    const auto error = failed.at(0).at(1).value<ConnectError>();
    QCOMPARE(failed.at(0).at(0).toString(), uri);
    QCOMPARE(error.cause(), ConnectError::Cause::DaemonNotRunning);
    QMessageBox* box = ErrorMessage::createForConnection(&p.pane, ConnectionListModel::displayName(uri), error);
    QCOMPARE(box->text(), QStringLiteral("Cannot connect to qemu+unix:///system: libvirt daemon not running"));
    QVERIFY2(box->informativeText().contains(QStringLiteral("/nonexistent/sock")), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(QStringLiteral("systemctl start libvirtd")));
    QVERIFY(box->detailedText().startsWith(QStringLiteral("Failed to connect socket to '/nonexistent/sock'")));
    delete box;
}

QTEST_MAIN(tst_ConnectionsPane)
#include "tst_ConnectionsPane.moc"
