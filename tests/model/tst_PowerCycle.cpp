// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"

#include <QSignalSpy>
#include <QTest>

// A running VM's pending changes take effect when it is shut down and started again, through the console's own
// connection (the demo node: libvirt's test driver shuts a guest down at once and reports the stop event).
class tst_PowerCycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void appliesPendingChanges();
    void startOnlyStartsAShutOffVm();
    void readOnlyConnectionRefuses();
    void unknownDomainFails();

private:
    int rowNamed(const QString& name) const;

    VmListModel* m_model = nullptr;
    BindingEngine* m_engine = nullptr;
    Fleet* m_fleet = nullptr;
};

void tst_PowerCycle::init()
{
    m_model = new VmListModel;
    m_engine = new BindingEngine(DriverCatalogue::shipped());
    m_fleet = new Fleet(*m_engine, m_model);
}

void tst_PowerCycle::cleanup()
{
    delete m_fleet;
    delete m_engine;
    delete m_model;
}

int tst_PowerCycle::rowNamed(const QString& name) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->row(r).name == name)
            return r;
    return -1;
}

void tst_PowerCycle::appliesPendingChanges()
{
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), false);
    QVERIFY(loaded.wait(10000));
    const VmRecord* record = m_fleet->record(m_model->row(rowNamed(QStringLiteral("dc-01"))).key);
    QVERIFY(record && record->config.running);
    const QString key = record->config.key;
    QString error;
    const auto change = ConfigChange::parse(QStringLiteral("blacklist+=linux:5"), &error);
    PushJob job(m_fleet->connection(), {DomainPush::prepareOn(m_fleet->uri(), record->snapshot, {*change})});
    QSignalSpy pushed(&job, &PushJob::finished);
    job.start();
    QVERIFY(pushed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->row(m_model->rowOf(key)).pending, QStringLiteral("blacklist"), 10000);

    PowerCycle cycle(m_fleet->connection(), record->config.uuid, QStringLiteral("dc-01"));
    QSignalSpy progress(&cycle, &PowerCycle::progress);
    QSignalSpy finished(&cycle, &PowerCycle::finished);
    cycle.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(cycle.stage(), PowerCycle::Stage::Done);
    QVERIFY(progress.count() >= 3);
    // Running again, from the new definition: nothing pending any more.
    QTRY_VERIFY_WITH_TIMEOUT(m_model->row(m_model->rowOf(key)).pending.isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->record(key)->config.running, 10000);
}

void tst_PowerCycle::startOnlyStartsAShutOffVm()
{
    // A VM that is off already only needs starting for its next boot to take effect (the migration wizard's
    // power-cycle step on a shut-off VM).
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), false);
    QVERIFY(loaded.wait(10000));
    const VmRecord* record = m_fleet->record(m_model->row(rowNamed(QStringLiteral("print-01"))).key);
    QVERIFY(record && !record->config.running);
    const QString key = record->config.key;
    PowerCycle cycle(m_fleet->connection(), record->config.uuid, QStringLiteral("print-01"));
    QSignalSpy finished(&cycle, &PowerCycle::finished);
    cycle.startOnly();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.constFirst().at(0).toBool(), qPrintable(finished.constFirst().at(1).toString()));
    QCOMPARE(finished.constFirst().at(1).toString(), QStringLiteral("print-01 was started."));
    QCOMPARE(cycle.stage(), PowerCycle::Stage::Done);
    QTRY_VERIFY_WITH_TIMEOUT(m_fleet->record(key)->config.running, 10000);
}

void tst_PowerCycle::readOnlyConnectionRefuses()
{
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), true);
    QVERIFY(loaded.wait(10000));
    const VmRecord* record = m_fleet->record(m_model->row(rowNamed(QStringLiteral("dc-01"))).key);
    PowerCycle cycle(m_fleet->connection(), record->config.uuid, QStringLiteral("dc-01"));
    QSignalSpy finished(&cycle, &PowerCycle::finished);
    cycle.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.constFirst().at(0).toBool());
    QVERIFY(finished.constFirst().at(1).toString().contains(QLatin1String("read-only")));
    QCOMPARE(cycle.stage(), PowerCycle::Stage::Failed);
    // Still running: nothing was done to it.
    QVERIFY(m_fleet->record(record->config.key)->config.running);
}

void tst_PowerCycle::unknownDomainFails()
{
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), false);
    QVERIFY(loaded.wait(10000));
    PowerCycle cycle(m_fleet->connection(), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                     QStringLiteral("ghost"));
    QSignalSpy finished(&cycle, &PowerCycle::finished);
    cycle.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.constFirst().at(0).toBool());
    QVERIFY(!finished.constFirst().at(1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_PowerCycle)
#include "tst_PowerCycle.moc"
