// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/BindingEngine.h"
#include "model/DriverCatalogue.h"
#include "model/Fleet.h"
#include "model/FleetCommand.h"
#include "model/VmListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// The GUI's data path: the demo node loads through the worker-thread connection into the table model.
class tst_Fleet : public QObject
{
    Q_OBJECT

private slots:
    void loadsDemoFleetIncrementally();
    void reportsConnectionFailure();
};

void tst_Fleet::loadsDemoFleetIncrementally()
{
    VmListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BindingEngine engine(DriverCatalogue::shipped());
    Fleet fleet(engine, &model);
    QSignalSpy loaded(&fleet, &Fleet::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QElapsedTimer timer;
    timer.start();
    fleet.open(FleetCommand::defaultUri(), true);
    // open() only queues work for the worker thread: it must come back at once.
    QVERIFY(timer.elapsed() < 200);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(0).at(0).toInt() >= 12);
    QCOMPARE(model.rowCount(), loaded.at(0).at(0).toInt());
    QCOMPARE(reset.count(), 0);
    int star = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.row(r).name == QLatin1String("erp-db-01"))
            star = r;
    QVERIFY(star >= 0);
    QVERIFY(model.row(star).findings.contains(QStringLiteral("XP-WU-BUGCHECK-RISK")));
    QCOMPARE(model.row(star).worst, VmRow::Severity::Error);
    QVERIFY(fleet.record(model.row(star).key));
}

void tst_Fleet::reportsConnectionFailure()
{
    VmListModel model;
    const BindingEngine engine(DriverCatalogue::shipped());
    Fleet fleet(engine, &model);
    QSignalSpy status(&fleet, &Fleet::statusChanged);
    fleet.open(QStringLiteral("test:///nonexistent/node.xml"), true);
    QTRY_VERIFY_WITH_TIMEOUT(
        !status.isEmpty() && status.constLast().at(0).toString().contains(QStringLiteral("Cannot connect")), 10000);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Fleet)
#include "tst_Fleet.moc"
