// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/RecentConnections.h"
#include "model/fleet/VmListModel.h"
#include "ui/ConnectionDelegate.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionsPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

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
    QAction* remove = p.action("actionRemoveConnection");
    QAction* reconnect = p.action("actionReconnect");
    QAction* agentInventory = p.pane.agentInventoryAction();
    QVERIFY(add && remove && reconnect && agentInventory);
    const QList<QAction*> menu = p.pane.contextMenu()->actions();
    QCOMPARE(menu.size(), 5);
    QCOMPARE(menu.mid(0, 3), (QList<QAction*>{add, remove, reconnect}));
    QVERIFY(menu.at(3)->isSeparator());
    QCOMPARE(menu.at(4), agentInventory);
    // The opt-in of issue 18 is per connection: off, and unavailable without one.
    QVERIFY(agentInventory->isCheckable());
    QVERIFY(!agentInventory->isChecked());
    QVERIFY(!agentInventory->isEnabled());
    QCOMPARE(remove->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(reconnect->shortcut(), QKeySequence(QKeySequence::Refresh));
    // Nothing selected, nothing to remove or reconnect.
    QVERIFY(add->isEnabled());
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

QTEST_MAIN(tst_ConnectionsPane)
#include "tst_ConnectionsPane.moc"
