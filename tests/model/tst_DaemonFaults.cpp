// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtDaemon.h"
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "model/libvirt/LibvirtConnection.h"
#include "model/libvirt/LibvirtSession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

// Faults with a real libvirtd (issue #8 item 3): the daemon killed in the middle of a push run, the connection
// coming back, a domain undefined by someone else while the console shows it, and two connections pushing to
// the same VMs at once.
namespace {
constexpr int kVms = 5;

QString uuidOf(int i)
{
    return QStringLiteral("6f1c4a40-00a%1-4c2e-9a57-3b0d4c6e00a%1").arg(i);
}

QString domainXml(int i)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/push/qemu-foreign.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("/usr/bin/qemu-system-x86_64"), LibvirtDaemon::emulator())
        .replace(QStringLiteral("xpc-push-qemu"), QStringLiteral("xpc-fault-%1").arg(i))
        .replace(QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e00e0"), uuidOf(i));
}

ConfigChange change(const QString& text)
{
    QString error;
    const std::optional<ConfigChange> parsed = ConfigChange::parse(text, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

VmConfig configOf(const QString& xml)
{
    VmConfig config;
    DomainXmlReader::read(xml, config);
    return config;
}
} // namespace

class tst_DaemonFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void concurrentPushesFromTwoConnections();
    void daemonKilledMidPush();
    void domainUndefinedWhileOpen();

private:
    DomainSnapshot snapshot(int i);
    bool waitOpen(LibvirtConnection& connection);

    std::unique_ptr<LibvirtDaemon> m_daemon;
    LibvirtSession m_session;
};

void tst_DaemonFaults::initTestCase()
{
    // QTest installs a crash handler for SIGPIPE, so LibvirtRuntime leaves it alone (it only replaces the
    // default action); the programs themselves run without it and ignore SIGPIPE. Do here what they do, or a
    // write to the killed daemon's socket ends the test as a "crash".
    std::signal(SIGPIPE, SIG_IGN);
    XP_START_LIBVIRTD(m_daemon);
}

void tst_DaemonFaults::init()
{
    // Every test starts from the same five definitions.
    if (!m_session.isAlive())
        QVERIFY(m_session.open(m_daemon->uri(), false).ok());
    for (int i = 0; i < kVms; ++i) {
        const LibvirtResult defined = m_session.define(domainXml(i));
        QVERIFY2(defined.ok(), qPrintable(defined.message));
    }
}

void tst_DaemonFaults::cleanupTestCase()
{
    if (!m_daemon)
        return;
    if (m_daemon->isRunning() && m_session.isAlive())
        for (int i = 0; i < kVms; ++i)
            m_session.undefine(uuidOf(i));
    m_session.close();
    m_daemon.reset();
}

DomainSnapshot tst_DaemonFaults::snapshot(int i)
{
    DomainSnapshot s;
    s.uuid = uuidOf(i);
    m_session.refreshDomain(s, true);
    return s;
}

bool tst_DaemonFaults::waitOpen(LibvirtConnection& connection)
{
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    connection.open(m_daemon->uri(), false);
    return opened.wait(20000) && opened.constFirst().at(0).value<LibvirtResult>().ok();
}

void tst_DaemonFaults::concurrentPushesFromTwoConnections()
{
    // 50 pushes, all based on the same reads: per VM exactly one may win; every other must be refused as a
    // conflict, none may silently replace the winner.
    QList<DomainSnapshot> reads;
    for (int i = 0; i < kVms; ++i)
        reads.append(snapshot(i));
    const QString uri = m_daemon->uri();
    auto itemsFor = [&](int firstBuild) {
        QList<PushItem> items;
        for (int round = 0; round < 5; ++round)
            for (int i = 0; i < kVms; ++i)
                items.append(DomainPush::prepareOn(
                    uri, reads.at(i),
                    {change(QStringLiteral("blacklist+=linux:%1").arg(firstBuild + round * 10 + i))}));
        return items;
    };
    LibvirtConnection a;
    LibvirtConnection b;
    QVERIFY(waitOpen(a));
    QVERIFY(waitOpen(b));
    PushJob jobA(&a, itemsFor(1000));
    PushJob jobB(&b, itemsFor(2000));
    QSignalSpy doneA(&jobA, &PushJob::finished);
    QSignalSpy doneB(&jobB, &PushJob::finished);
    jobA.start();
    jobB.start();
    QTRY_VERIFY_WITH_TIMEOUT(doneA.count() == 1 && doneB.count() == 1, 60000);

    QHash<QString, QList<PushResult>> winners;
    for (const PushJob* job : {&jobA, &jobB}) {
        QCOMPARE(job->results().size(), 25);
        for (const PushResult& result : job->results()) {
            QVERIFY2(result.status == PushResult::Status::Verified || result.status == PushResult::Status::Conflict,
                     qPrintable(result.message));
            if (result.status == PushResult::Status::Verified)
                winners[result.item.uuid].append(result);
        }
    }
    for (int i = 0; i < kVms; ++i) {
        const QList<PushResult> won = winners.value(uuidOf(i));
        QCOMPARE(won.size(), 1);
        // What libvirt holds now is the winner's definition, with the winner's entry and no other.
        const QString now = m_session.domainXml(uuidOf(i)).xml;
        QCOMPARE(now, won.constFirst().storedXml);
        QCOMPARE(configOf(now).blacklist, won.constFirst().item.edited.blacklist);
    }
}

void tst_DaemonFaults::daemonKilledMidPush()
{
    QList<PushItem> items;
    for (int i = 0; i < kVms; ++i)
        items.append(
            DomainPush::prepareOn(m_daemon->uri(), snapshot(i),
                                  {change(QStringLiteral("vendor-device=0xc000")),
                                   // Debian's QEMU has no xen-pvdevice (issue 17 item 2); this test is about the push.
                                   change(QStringLiteral("override=host-check"))}));
    LibvirtConnection connection;
    connection.setReconnectBackoff(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
    QVERIFY(waitOpen(connection));
    QSignalSpy lost(&connection, &LibvirtConnection::connectionLost);
    QSignalSpy reconnected(&connection, &LibvirtConnection::reconnected);
    PushJob job(&connection, items);
    QSignalSpy finished(&job, &PushJob::finished);
    connect(&job, &PushJob::itemFinished, this, [this](int index) {
        if (index == 0)
            m_daemon->crash();
    });
    job.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(job.results().constFirst().status, PushResult::Status::Verified);
    QVERIFY(job.count(PushResult::Status::Failed) >= 1);
    for (const PushResult& result : job.results()) {
        QVERIFY2(result.status == PushResult::Status::Verified || result.status == PushResult::Status::Failed,
                 qPrintable(result.message));
        if (result.status == PushResult::Status::Failed)
            QVERIFY2(!result.message.isEmpty(), "a failed push must say why");
    }

    // The connection comes back when the daemon does.
    m_daemon->stop();
    QVERIFY2(m_daemon->start(), qPrintable(m_daemon->errorString()));
    QVERIFY(lost.count() >= 1 || lost.wait(10000));
    QVERIFY(reconnected.count() >= 1 || reconnected.wait(30000));
    QCOMPARE(connection.state(), LibvirtConnection::State::Open);

    // Every definition is the old one or the new one, whole: never a mix.
    m_session.close();
    QVERIFY(m_session.open(m_daemon->uri(), false).ok());
    for (int i = 0; i < kVms; ++i) {
        const PushResult& result = job.results().at(i);
        const LibvirtResult read = m_session.domainXml(uuidOf(i));
        QVERIFY2(read.ok(), qPrintable(read.message));
        const VmConfig now = configOf(read.xml);
        QVERIFY2(now.metadataErrors.isEmpty(), qPrintable(now.metadataErrors.join(QLatin1Char(' '))));
        const bool isOld = now.vendor == result.item.baseline.vendor && now.blacklist == result.item.baseline.blacklist;
        const bool isNew = now.vendor == result.item.edited.vendor && now.blacklist == result.item.edited.blacklist;
        QVERIFY2(isOld || isNew, qPrintable(read.xml));
        if (result.status == PushResult::Status::Verified)
            QVERIFY(isNew);
        QCOMPARE(DomainPatcher::foreignArguments(read.xml, CommandLineDialect::Qemu),
                 DomainPatcher::foreignArguments(result.item.originalXml, CommandLineDialect::Qemu));
    }
}

void tst_DaemonFaults::domainUndefinedWhileOpen()
{
    VmListModel model;
    const BindingEngine engine(DriverCatalogue::shipped());
    Fleet fleet(engine, &model);
    QSignalSpy loaded(&fleet, &Fleet::loaded);
    fleet.open(m_daemon->uri(), false);
    QVERIFY(loaded.wait(30000));
    const QString key = m_daemon->uri() + QLatin1Char('/') + uuidOf(4);
    QVERIFY(fleet.record(key));
    const PushItem stale =
        DomainPush::prepareOn(fleet.uri(), fleet.record(key)->snapshot, {change(QStringLiteral("blacklist+=linux:7"))});

    // Someone else undefines it: the console's row goes, and a push prepared before fails and says why.
    QVERIFY(m_session.undefine(uuidOf(4)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(key) < 0, 10000);
    QVERIFY(!fleet.record(key));
    PushJob job(fleet.connection(), {stale});
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    const PushResult& result = job.results().constFirst();
    QCOMPARE(result.status, PushResult::Status::Failed);
    QVERIFY2(result.message.contains(uuidOf(4)) || result.message.contains(QLatin1String("domain")),
             qPrintable(result.message));
    // Nothing was re-created by the failed push.
    QVERIFY(!m_session.domainXml(uuidOf(4)).ok());
}

QTEST_GUILESS_MAIN(tst_DaemonFaults)
#include "tst_DaemonFaults.moc"
