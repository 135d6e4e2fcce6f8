// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/VmListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <cerrno>
#include <libvirt/virterror.h>

namespace {
// libvirt's built-in test node: one domain named "test" (libvirt src/test/test_driver.c, defaultConnXML).
const QString kDefault = QStringLiteral("test:///default");
const QString kMissing = QStringLiteral("test:///nonexistent/node.xml");
constexpr int kLoadMs = 15000;

/// Both models under QAbstractItemModelTester, as the console holds them.
struct Console
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    QAbstractItemModelTester vmTester{&vms, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester tester{&connections, QAbstractItemModelTester::FailureReportingMode::QtTest};

    LibvirtConnection::State state(int row) const
    {
        return LibvirtConnection::State(connections.index(row).data(ConnectionListModel::StateRole).toInt());
    }
    QStringList keysOf(const QString& uri) const
    {
        QStringList keys;
        for (int r = 0; r < vms.rowCount(); ++r)
            if (vms.row(r).key.startsWith(uri + QLatin1Char('/')))
                keys << vms.row(r).key;
        return keys;
    }
};

/// Adds the demo node and test:///default and waits until both have listed their VMs.
bool loadBoth(Console& console)
{
    QSignalSpy loaded(&console.connections, &ConnectionListModel::fleetLoaded);
    console.connections.add(DataPaths::demoNodeUri(), true);
    console.connections.add(kDefault, true);
    return QTest::qWaitFor([&] { return loaded.count() == 2; }, kLoadMs);
}
} // namespace

class tst_ConnectionListModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsOfBothConnectionsShareOneTable();
    void addingAListedUriReturnsItsRow();
    void removingOneTakesOnlyItsRows();
    void readOnlyRole_data();
    void readOnlyRole();
    void stateChangesAreRowUpdates();
    void failureShowsTheReason();
    void failureCarriesItsCause();
    void replaceOpensTheNewUriInTheSameRow();
    void reconnectOpensAgain();
    void displayName_data();
    void displayName();
    void fleetForKey();
    void summaryForTheStatusBar();
};

void tst_ConnectionListModel::rowsOfBothConnectionsShareOneTable()
{
    Console console;
    QSignalSpy reset(&console.vms, &QAbstractItemModel::modelReset);
    QVERIFY(loadBoth(console));
    QCOMPARE(console.connections.rowCount(), 2);
    const QString demo = DataPaths::demoNodeUri();
    const int demoCount = console.connections.fleetAt(0)->vmCount();
    QVERIFY(demoCount >= 12);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::VmCountRole).toInt(), demoCount);
    QCOMPARE(console.connections.index(1).data(ConnectionListModel::VmCountRole).toInt(), 1);
    QCOMPARE(console.vms.rowCount(), demoCount + 1);
    QCOMPARE(console.keysOf(demo).size(), demoCount);
    const QStringList defaultKeys = console.keysOf(kDefault);
    QCOMPARE(defaultKeys.size(), 1);
    QCOMPARE(console.vms.row(console.vms.rowOf(defaultKeys.constFirst())).name, QStringLiteral("test"));
    QCOMPARE(console.connections.index(0).data(Qt::DisplayRole).toString(), QStringLiteral("demo node"));
    QCOMPARE(console.connections.index(1).data(Qt::DisplayRole).toString(), kDefault);
    QCOMPARE(console.connections.index(1).data(ConnectionListModel::UriRole).toString(), kDefault);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::StatusTextRole).toString(),
             QStringLiteral("Connected"));
    QCOMPARE(reset.count(), 0);
}

void tst_ConnectionListModel::addingAListedUriReturnsItsRow()
{
    Console console;
    QSignalSpy added(&console.connections, &ConnectionListModel::fleetAdded);
    QCOMPARE(console.connections.add(kDefault, true), 0);
    QCOMPARE(console.connections.add(DataPaths::demoNodeUri(), true), 1);
    QCOMPARE(console.connections.add(QStringLiteral("  test:///default "), false), 0);
    QCOMPARE(console.connections.rowCount(), 2);
    QCOMPARE(added.count(), 2);
    // The first add decides the mode; a second add does not reopen it read-write behind the user's back.
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::ReadOnlyRole).toBool(), true);
}

void tst_ConnectionListModel::removingOneTakesOnlyItsRows()
{
    Console console;
    QVERIFY(loadBoth(console));
    const int demoCount = console.connections.fleetAt(0)->vmCount();
    Fleet* leaving = console.connections.fleetAt(1);
    QSignalSpy aboutToGo(&console.connections, &ConnectionListModel::fleetAboutToBeRemoved);
    QSignalSpy vmRowsRemoved(&console.vms, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&console.vms, &QAbstractItemModel::modelReset);
    QVERIFY(!console.connections.remove(5));
    QVERIFY(console.connections.remove(1));
    QCOMPARE(aboutToGo.count(), 1);
    QCOMPARE(aboutToGo.at(0).at(0).value<Fleet*>(), leaving);
    QCOMPARE(console.connections.rowCount(), 1);
    QCOMPARE(console.vms.rowCount(), demoCount);
    QVERIFY(console.keysOf(kDefault).isEmpty());
    QCOMPARE(console.keysOf(DataPaths::demoNodeUri()).size(), demoCount);
    QCOMPARE(vmRowsRemoved.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(console.connections.rowOf(kDefault), -1);
    // The demo node keeps working: its rows are still known and still resolve to its records.
    const QString key = console.vms.row(0).key;
    QVERIFY(console.connections.record(key));
}

void tst_ConnectionListModel::readOnlyRole_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-only") << true;
    QTest::newRow("read-write") << false;
}

void tst_ConnectionListModel::readOnlyRole()
{
    QFETCH(bool, readOnly);
    Console console;
    console.connections.add(DataPaths::demoNodeUri(), readOnly);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::ReadOnlyRole).toBool(), readOnly);
    QCOMPARE(console.connections.fleetAt(0)->isReadOnly(), readOnly);
    QCOMPARE(console.connections.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Read-only")),
             readOnly);
    QVERIFY(QTest::qWaitFor([&] { return console.state(0) == LibvirtConnection::State::Open; }, kLoadMs));
    QCOMPARE(console.connections.fleetAt(0)->connection()->isReadOnly(), readOnly);
}

void tst_ConnectionListModel::stateChangesAreRowUpdates()
{
    Console console;
    QSignalSpy changed(&console.connections, &QAbstractItemModel::dataChanged);
    QSignalSpy opened(&console.connections, &ConnectionListModel::connectionOpened);
    console.connections.add(kDefault, true);
    QCOMPARE(console.state(0), LibvirtConnection::State::Opening);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::StatusTextRole).toString(),
             QStringLiteral("Connecting…"));
    QVERIFY(opened.wait(kLoadMs));
    QCOMPARE(opened.at(0).at(0).toString(), kDefault);
    QCOMPARE(opened.at(0).at(1).toBool(), true);
    QCOMPARE(console.state(0), LibvirtConnection::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(console.connections.index(0).data(ConnectionListModel::VmCountRole).toInt(), 1, kLoadMs);
    bool sawState = false;
    bool sawCount = false;
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), 0);
        const auto roles = signal.at(2).value<QList<int>>();
        sawState = sawState || roles.contains(ConnectionListModel::StateRole);
        sawCount = sawCount || roles.contains(ConnectionListModel::VmCountRole);
    }
    QVERIFY(sawState);
    QVERIFY(sawCount);
}

void tst_ConnectionListModel::failureShowsTheReason()
{
    Console console;
    QSignalSpy opened(&console.connections, &ConnectionListModel::connectionOpened);
    QSignalSpy status(&console.connections, &ConnectionListModel::statusMessage);
    console.connections.add(kMissing, true);
    QTRY_COMPARE_WITH_TIMEOUT(console.state(0), LibvirtConnection::State::Closed, kLoadMs);
    const QString text = console.connections.index(0).data(ConnectionListModel::StatusTextRole).toString();
    QVERIFY2(text.startsWith(QStringLiteral("Failed: ")), qPrintable(text));
    QVERIFY(text.size() > QStringLiteral("Failed: ").size());
    QVERIFY(!console.connections.index(0).data(ConnectionListModel::ErrorRole).toString().isEmpty());
    QCOMPARE(opened.count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.constLast().at(0).toString().contains(QStringLiteral("Cannot connect")));
    QCOMPARE(console.vms.rowCount(), 0);
}

void tst_ConnectionListModel::failureCarriesItsCause()
{
    // Issue 19 item 13: the model classifies libvirt's failure (code, domain, errno and message).
    Console console;
    QSignalSpy failed(&console.connections, &ConnectionListModel::connectionFailed);
    const QString uri = QStringLiteral("qemu+unix:///system?socket=/nonexistent/sock");
    console.connections.add(uri, false);
    QVERIFY(failed.wait(kLoadMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), uri);
    const auto error = failed.at(0).at(1).value<ConnectError>();
    QCOMPARE(error.cause(), ConnectError::Cause::DaemonNotRunning);
    QVERIFY(error.advice().contains(QStringLiteral("/nonexistent/sock")));
    // libvirt's domain and errno reach the model too, so a translated libvirt message is still recognised:
    // VIR_ERR_SYSTEM_ERROR from the RPC layer with ENOENT (virnetsocket.c, virNetSocketNewConnectUNIX).
    QCOMPARE(error.raw().domain, int(VIR_FROM_RPC));
    QCOMPARE(error.raw().int1, ENOENT);
    QCOMPARE(console.connections.connectError(0).cause(), ConnectError::Cause::DaemonNotRunning);
    QTRY_COMPARE(console.state(0), LibvirtConnection::State::Closed);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::StatusTextRole).toString(),
             QStringLiteral("Failed: libvirt daemon not running"));
    QCOMPARE(console.connections.summary(), QStringLiteral("qemu+unix:///system: Failed: libvirt daemon not running"));

    // Reconnect of a connection that never opened: it fails again and says so again, with the same cause.
    console.connections.reconnect(0);
    QTRY_COMPARE(console.state(0), LibvirtConnection::State::Opening);
    QTRY_COMPARE_WITH_TIMEOUT(console.state(0), LibvirtConnection::State::Closed, kLoadMs);
    QCOMPARE(failed.count(), 2);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::CauseRole).toString(),
             QStringLiteral("libvirt daemon not running"));
}

void tst_ConnectionListModel::replaceOpensTheNewUriInTheSameRow()
{
    Console console;
    QVERIFY(loadBoth(console));
    const int demoRows = int(console.keysOf(DataPaths::demoNodeUri()).size());
    QVERIFY(demoRows > 0);
    Fleet* old = console.connections.fleetAt(0);
    QSignalSpy opened(&console.connections, &ConnectionListModel::connectionOpened);
    // The same URI, now read-write: a new connection in row 0.
    QCOMPARE(console.connections.replace(0, DataPaths::demoNodeUri(), false), 0);
    QCOMPARE(console.connections.rowCount(), 2);
    QVERIFY(console.connections.fleetAt(0) != old);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::ReadOnlyRole).toBool(), false);
    QVERIFY(opened.wait(kLoadMs));
    QCOMPARE(opened.constLast().at(0).toString(), DataPaths::demoNodeUri());
    QCOMPARE(opened.constLast().at(1).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(int(console.keysOf(DataPaths::demoNodeUri()).size()), demoRows, kLoadMs);
    // A URI listed in another row: that row stays (and is returned), the edited one goes.
    QCOMPARE(console.connections.replace(0, kDefault, false), 0);
    QCOMPARE(console.connections.rowCount(), 1);
    QCOMPARE(console.connections.index(0).data(ConnectionListModel::UriRole).toString(), kDefault);
    QVERIFY(console.keysOf(DataPaths::demoNodeUri()).isEmpty());
    QCOMPARE(console.connections.replace(5, kDefault, false), -1);
}

void tst_ConnectionListModel::reconnectOpensAgain()
{
    Console console;
    QVERIFY(loadBoth(console));
    QSignalSpy opened(&console.connections, &ConnectionListModel::connectionOpened);
    QSignalSpy changed(&console.connections, &QAbstractItemModel::dataChanged);
    console.connections.reconnect(1);
    QCOMPARE(console.state(1), LibvirtConnection::State::Opening);
    QVERIFY(opened.wait(kLoadMs));
    QCOMPARE(opened.at(0).at(0).toString(), kDefault);
    QCOMPARE(console.state(1), LibvirtConnection::State::Open);
    for (const QList<QVariant>& signal : std::as_const(changed))
        QCOMPARE(signal.at(0).toModelIndex().row(), 1);
    // The listing after the reopen keeps the same rows (same keys), so nothing is removed or duplicated.
    QTest::qWait(500);
    QCOMPARE(console.keysOf(kDefault).size(), 1);
    QCOMPARE(console.connections.fleetAt(1)->vmCount(), 1);
}

void tst_ConnectionListModel::displayName_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected");
    QTest::newRow("demo") << DataPaths::demoNodeUri() << QStringLiteral("demo node");
    QTest::newRow("xen") << QStringLiteral("xen:///system") << QStringLiteral("xen:///system");
    QTest::newRow("ssh") << QStringLiteral("qemu+ssh://host/system") << QStringLiteral("qemu+ssh://host/system");
    QTest::newRow("ssh-query") << QStringLiteral("qemu+ssh://root@host/system?keyfile=/root/.ssh/id&no_verify=1")
                               << QStringLiteral("qemu+ssh://root@host/system");
    QTest::newRow("test-file") << QStringLiteral("test:///srv/nodes/lab.xml")
                               << QStringLiteral("lab.xml (test driver)");
    QTest::newRow("test-default") << kDefault << kDefault;
}

void tst_ConnectionListModel::displayName()
{
    QFETCH(QString, uri);
    QFETCH(QString, expected);
    QCOMPARE(ConnectionListModel::displayName(uri), expected);
}

void tst_ConnectionListModel::fleetForKey()
{
    Console console;
    QVERIFY(loadBoth(console));
    const QString key = console.keysOf(kDefault).constFirst();
    QCOMPARE(console.connections.fleetFor(key), console.connections.fleetAt(1));
    QVERIFY(console.connections.record(key));
    QCOMPARE(console.connections.record(key)->config.key, key);
    const QString demoKey = console.keysOf(DataPaths::demoNodeUri()).constFirst();
    QCOMPARE(console.connections.fleetFor(demoKey), console.connections.fleetAt(0));
    QCOMPARE(console.connections.fleetFor(QStringLiteral("qemu:///system/6f1c4a40-0003")), nullptr);
    QCOMPARE(console.connections.fleetFor(QStringLiteral("nokey")), nullptr);
    QCOMPARE(console.connections.record(QStringLiteral("test:///default/no-such-uuid")), nullptr);
}

void tst_ConnectionListModel::summaryForTheStatusBar()
{
    Console console;
    QSignalSpy changed(&console.connections, &ConnectionListModel::summaryChanged);
    QCOMPARE(console.connections.summary(), QStringLiteral("No connections"));
    console.connections.add(DataPaths::demoNodeUri(), true);
    QCOMPARE(console.connections.summary(), QStringLiteral("demo node: Connecting…"));
    QTRY_COMPARE_WITH_TIMEOUT(console.connections.summary(), QStringLiteral("demo node: Connected"), kLoadMs);
    console.connections.add(kMissing, true);
    QTRY_COMPARE_WITH_TIMEOUT(console.connections.summary(), QStringLiteral("2 connection(s): 1 connected, 1 failed"),
                              kLoadMs);
    QCOMPARE(changed.constLast().at(0).toString(), console.connections.summary());
    QVERIFY(console.connections.remove(1));
    QCOMPARE(changed.constLast().at(0).toString(), QStringLiteral("demo node: Connected"));
}

QTEST_GUILESS_MAIN(tst_ConnectionListModel)
#include "tst_ConnectionListModel.moc"
