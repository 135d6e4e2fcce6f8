// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/libvirt/LibvirtConnection.h"
#include "model/libvirt/LibvirtCredentialProvider.h"
#include "model/libvirt/LibvirtSession.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <chrono>

using namespace std::chrono_literals;

namespace {
const QString kWin = QStringLiteral("6f1c4a40-0003-4c2e-9a57-3b0d4c6e0003");
// A call that queues work must come back well below anything libvirt could answer in; generous for slow CI.
constexpr qint64 kImmediateMs = 50;
// How long the slow credential provider keeps the worker busy.
constexpr unsigned long kSlowAnswerMs = 400;

QString nodeUri(const QString& file = QStringLiteral("node.xml"))
{
    return QStringLiteral("test://") + QStringLiteral(XP_TEST_DATA_DIR) + QStringLiteral("/libvirt/") + file;
}

// Answers like the real login, but only after a pause, as a user typing into a dialog would.
class SlowCredentials : public LibvirtCredentialProvider
{
public:
    QList<LibvirtCredential::Type> supportedTypes() const override
    {
        return {LibvirtCredential::Type::AuthName, LibvirtCredential::Type::Passphrase};
    }
    bool provide(const QString&, QList<LibvirtCredential>& credentials) override
    {
        QThread::msleep(kSlowAnswerMs);
        for (LibvirtCredential& credential : credentials)
            credential.result = credential.type == LibvirtCredential::Type::Passphrase ? QStringLiteral("s3cret")
                                                                                       : QStringLiteral("admin");
        return true;
    }
};

QList<DomainSnapshot> collect(const QSignalSpy& batches, quint64 requestId)
{
    QList<DomainSnapshot> domains;
    for (const QList<QVariant>& batch : batches) {
        if (batch.at(0).toULongLong() == requestId)
            domains += batch.at(1).value<QList<DomainSnapshot>>();
    }
    return domains;
}

QString newDomainXml(const QString& name, const QString& uuid)
{
    return QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid><memory unit='MiB'>128</memory>"
                          "<vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os></domain>")
        .arg(name, uuid);
}
} // namespace

class tst_LibvirtConnection : public QObject
{
    Q_OBJECT

private slots:
    void opensOnTheWorker();
    void openFailureIsReported();
    void callsReturnBeforeLibvirtAnswers();
    void refreshArrivesInBatches_data();
    void refreshArrivesInBatches();
    void parallelRefreshCoversEveryDomain_data();
    void parallelRefreshCoversEveryDomain();
    void refreshWithoutXml();
    void fetchAndPushThroughWorker();
    void pushConflictThroughWorker();
    void readOnlyPushIsRefused();
    void requestIdsAreUnique();
    void lifecycleEventsBecomeSignals();
    void backoffDelays_data();
    void backoffDelays();
    void closeStopsTheConnection();
};

void tst_LibvirtConnection::opensOnTheWorker()
{
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy states(&connection, &LibvirtConnection::stateChanged);
    connection.open(nodeUri());
    QCOMPARE(connection.state(), LibvirtConnection::State::Opening);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(opened.at(0).at(0).value<LibvirtResult>().ok());
    QCOMPARE(connection.state(), LibvirtConnection::State::Open);
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(1).at(0).value<LibvirtConnection::State>(), LibvirtConnection::State::Open);
    QCOMPARE(connection.uri(), nodeUri());
    QVERIFY(!connection.isReadOnly());
}

void tst_LibvirtConnection::openFailureIsReported()
{
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy lost(&connection, &LibvirtConnection::connectionLost);
    connection.open(nodeUri(QStringLiteral("missing.xml")));
    QTRY_COMPARE(opened.count(), 1);
    const auto result = opened.at(0).at(0).value<LibvirtResult>();
    QCOMPARE(result.status, LibvirtResult::Status::Error);
    QVERIFY(result.message.contains(QLatin1String("missing.xml")));
    QCOMPARE(connection.state(), LibvirtConnection::State::Closed);
    // A first open that fails is the user's to retry; only a dropped connection is re-opened automatically.
    QTest::qWait(100);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(lost.count(), 0);
}

void tst_LibvirtConnection::callsReturnBeforeLibvirtAnswers()
{
    LibvirtConnection connection;
    connection.setCredentialProvider(std::make_shared<SlowCredentials>());
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    QElapsedTimer clock;
    clock.start();
    connection.open(nodeUri(QStringLiteral("auth-node.xml")));
    const quint64 id = connection.refresh();
    QVERIFY2(clock.elapsed() < kImmediateMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(opened.count(), 0);
    // The test driver asks twice (user, then password), so the worker is busy for two pauses.
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 5000);
    QVERIFY(clock.elapsed() >= qint64(2 * kSlowAnswerMs));
    QVERIFY(opened.at(0).at(0).value<LibvirtResult>().ok());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QCOMPARE(finished.at(0).at(2).toInt(), 1);
}

void tst_LibvirtConnection::refreshArrivesInBatches_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<QList<int>>("sizes");
    QTest::newRow("one per batch") << 1 << QList<int>{1, 1, 1, 1};
    QTest::newRow("three per batch") << 3 << QList<int>{3, 1};
    QTest::newRow("all in one") << 200 << QList<int>{4};
}

void tst_LibvirtConnection::refreshArrivesInBatches()
{
    QFETCH(int, batchSize);
    QFETCH(QList<int>, sizes);
    LibvirtConnection connection;
    QSignalSpy batches(&connection, &LibvirtConnection::domainsBatch);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    connection.open(nodeUri());
    LibvirtRefreshOptions options;
    options.batchSize = batchSize;
    const quint64 id = connection.refresh(options);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QVERIFY(finished.at(0).at(1).value<LibvirtResult>().ok());
    QCOMPARE(finished.at(0).at(2).toInt(), 4);
    QList<int> seen;
    for (const QList<QVariant>& batch : std::as_const(batches))
        seen.append(int(batch.at(1).value<QList<DomainSnapshot>>().size()));
    QCOMPARE(seen, sizes);
    for (const DomainSnapshot& domain : collect(batches, id))
        QVERIFY2(domain.inactiveXml.contains(domain.uuid.toUtf8()), qPrintable(domain.name));
}

void tst_LibvirtConnection::parallelRefreshCoversEveryDomain_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("two sessions") << 2 << 200;
    QTest::newRow("three sessions, batches of one") << 3 << 1;
    QTest::newRow("more sessions than domains") << 8 << 2;
}

void tst_LibvirtConnection::parallelRefreshCoversEveryDomain()
{
    QFETCH(int, sessions);
    QFETCH(int, batchSize);
    LibvirtConnection connection;
    QSignalSpy batches(&connection, &LibvirtConnection::domainsBatch);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    connection.open(nodeUri());
    LibvirtRefreshOptions options;
    options.parallelSessions = sessions;
    options.batchSize = batchSize;
    const quint64 id = connection.refresh(options);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toULongLong(), id);
    QVERIFY(finished.at(0).at(1).value<LibvirtResult>().ok());
    QCOMPARE(finished.at(0).at(2).toInt(), 4);
    const QList<DomainSnapshot> domains = collect(batches, id);
    QSet<QString> uuids;
    for (const DomainSnapshot& domain : domains) {
        uuids.insert(domain.uuid);
        QVERIFY(!domain.name.isEmpty());
        QVERIFY2(domain.inactiveXml.contains(domain.uuid.toUtf8()), qPrintable(domain.name));
        QVERIFY(domain.error.isEmpty());
    }
    QCOMPARE(domains.size(), 4);
    QCOMPARE(uuids.size(), 4);
    for (const QList<QVariant>& batch : std::as_const(batches))
        QVERIFY(batch.at(1).value<QList<DomainSnapshot>>().size() <= batchSize);
}

void tst_LibvirtConnection::refreshWithoutXml()
{
    LibvirtConnection connection;
    QSignalSpy batches(&connection, &LibvirtConnection::domainsBatch);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    connection.open(nodeUri(), true);
    LibvirtRefreshOptions options;
    options.withXml = false;
    options.parallelSessions = 4;
    const quint64 id = connection.refresh(options);
    QTRY_COMPARE(finished.count(), 1);
    const QList<DomainSnapshot> domains = collect(batches, id);
    QCOMPARE(domains.size(), 4);
    for (const DomainSnapshot& domain : domains)
        QVERIFY(domain.inactiveXml.isEmpty());
}

void tst_LibvirtConnection::fetchAndPushThroughWorker()
{
    LibvirtConnection connection;
    QSignalSpy fetched(&connection, &LibvirtConnection::xmlFetched);
    QSignalSpy pushed(&connection, &LibvirtConnection::pushFinished);
    connection.open(nodeUri());
    const quint64 fetchId = connection.fetchXml(kWin);
    QTRY_COMPARE(fetched.count(), 1);
    QCOMPARE(fetched.at(0).at(0).toULongLong(), fetchId);
    const auto read = fetched.at(0).at(1).value<LibvirtResult>();
    QVERIFY(read.ok());
    QCOMPARE(read.uuid, kWin);

    QString changed = read.xml;
    changed.replace(QStringLiteral("</name>"), QStringLiteral("</name>\n  <title>pushed</title>"));
    const quint64 pushId = connection.push(kWin, read.xml, changed);
    QTRY_COMPARE(pushed.count(), 1);
    QCOMPARE(pushed.at(0).at(0).toULongLong(), pushId);
    const auto result = pushed.at(0).at(1).value<LibvirtResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.xml.contains(QLatin1String("<title>pushed</title>")));
}

void tst_LibvirtConnection::pushConflictThroughWorker()
{
    LibvirtConnection connection;
    QSignalSpy fetched(&connection, &LibvirtConnection::xmlFetched);
    QSignalSpy pushed(&connection, &LibvirtConnection::pushFinished);
    connection.open(nodeUri());
    connection.fetchXml(kWin);
    QTRY_COMPARE(fetched.count(), 1);
    const QString read = fetched.at(0).at(1).value<LibvirtResult>().xml;
    QString first = read;
    first.replace(QStringLiteral("</name>"), QStringLiteral("</name>\n  <title>first</title>"));
    QString second = read;
    second.replace(QStringLiteral("</name>"), QStringLiteral("</name>\n  <title>second</title>"));
    // Both pushes start from the same read; the worker runs them in order, so the second finds the first's XML.
    const quint64 firstId = connection.push(kWin, read, first);
    const quint64 secondId = connection.push(kWin, read, second);
    QTRY_COMPARE(pushed.count(), 2);
    QCOMPARE(pushed.at(0).at(0).toULongLong(), firstId);
    QCOMPARE(pushed.at(1).at(0).toULongLong(), secondId);
    const auto winner = pushed.at(0).at(1).value<LibvirtResult>();
    const auto loser = pushed.at(1).at(1).value<LibvirtResult>();
    QVERIFY(winner.ok());
    QCOMPARE(loser.status, LibvirtResult::Status::Conflict);
    QCOMPARE(loser.xml, winner.xml);
}

void tst_LibvirtConnection::readOnlyPushIsRefused()
{
    LibvirtConnection connection;
    QSignalSpy fetched(&connection, &LibvirtConnection::xmlFetched);
    QSignalSpy pushed(&connection, &LibvirtConnection::pushFinished);
    connection.open(nodeUri(), true);
    QVERIFY(connection.isReadOnly());
    connection.fetchXml(kWin);
    QTRY_COMPARE(fetched.count(), 1);
    const QString read = fetched.at(0).at(1).value<LibvirtResult>().xml;
    connection.push(kWin, read, read);
    QTRY_COMPARE(pushed.count(), 1);
    QCOMPARE(pushed.at(0).at(1).value<LibvirtResult>().status, LibvirtResult::Status::ReadOnly);
    connection.fetchXml(kWin);
    QTRY_COMPARE(fetched.count(), 2);
    QCOMPARE(fetched.at(1).at(1).value<LibvirtResult>().xml, read);
}

void tst_LibvirtConnection::requestIdsAreUnique()
{
    LibvirtConnection connection;
    QSet<quint64> ids;
    ids.insert(connection.refresh());
    ids.insert(connection.fetchXml(kWin));
    ids.insert(connection.push(kWin, {}, {}));
    ids.insert(connection.refresh());
    QCOMPARE(ids.size(), 4);
    QVERIFY(!ids.contains(0));
}

void tst_LibvirtConnection::lifecycleEventsBecomeSignals()
{
    // test:///default connections share one driver, so a change made by another session is an event here.
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy defined(&connection, &LibvirtConnection::domainDefined);
    QSignalSpy started(&connection, &LibvirtConnection::domainStarted);
    QSignalSpy stopped(&connection, &LibvirtConnection::domainStopped);
    QSignalSpy undefined(&connection, &LibvirtConnection::domainUndefined);
    QSignalSpy events(&connection, &LibvirtConnection::domainEvent);
    connection.open(QStringLiteral("test:///default"));
    QTRY_COMPARE(opened.count(), 1);

    LibvirtSession other;
    QVERIFY(other.open(QStringLiteral("test:///default"), false).ok());
    const QString uuid = QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e00e0");
    QVERIFY(other.define(newDomainXml(QStringLiteral("evented"), uuid)).ok());
    QTRY_COMPARE(defined.count(), 1);
    QCOMPARE(defined.at(0).at(0).toString(), uuid);
    QVERIFY(other.start(uuid).ok());
    QTRY_COMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), uuid);
    QVERIFY(other.destroy(uuid).ok());
    QTRY_COMPARE(stopped.count(), 1);
    QVERIFY(other.undefine(uuid).ok());
    QTRY_COMPARE(undefined.count(), 1);
    QCOMPARE(undefined.at(0).at(0).toString(), uuid);
    QCOMPARE(events.count(), 4);
    const auto first = events.at(0).at(0).value<LibvirtDomainEvent>();
    QCOMPARE(first.type, LibvirtDomainEvent::Type::Defined);
    QCOMPARE(first.name, QStringLiteral("evented"));
    QCOMPARE(first.uuid, uuid);
}

void tst_LibvirtConnection::backoffDelays_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maximumMs");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("first") << 0 << 1000 << 60000 << 1000;
    QTest::newRow("second") << 1 << 1000 << 60000 << 2000;
    QTest::newRow("third") << 2 << 1000 << 60000 << 4000;
    QTest::newRow("sixth") << 5 << 1000 << 60000 << 32000;
    QTest::newRow("seventh capped") << 6 << 1000 << 60000 << 60000;
    QTest::newRow("much later") << 1000 << 1000 << 60000 << 60000;
    QTest::newRow("injected first") << 0 << 50 << 200 << 50;
    QTest::newRow("injected capped") << 3 << 50 << 200 << 200;
}

void tst_LibvirtConnection::backoffDelays()
{
    QFETCH(int, attempt);
    QFETCH(int, initialMs);
    QFETCH(int, maximumMs);
    QFETCH(int, delayMs);
    const auto delay = LibvirtConnection::backoffDelay(attempt, std::chrono::milliseconds(initialMs),
                                                       std::chrono::milliseconds(maximumMs));
    QCOMPARE(delay.count(), qint64(delayMs));
}

void tst_LibvirtConnection::closeStopsTheConnection()
{
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    connection.open(nodeUri());
    QTRY_COMPARE(opened.count(), 1);
    connection.close();
    QCOMPARE(connection.state(), LibvirtConnection::State::Closed);
    connection.refresh();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(1).value<LibvirtResult>().status, LibvirtResult::Status::NotConnected);
}

QTEST_GUILESS_MAIN(tst_LibvirtConnection)
#include "tst_LibvirtConnection.moc"
