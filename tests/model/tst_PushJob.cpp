// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/core/ConfigChange.h"
#include "model/fleet/PushJob.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QSignalSpy>
#include <QTest>

namespace {
QString nodeUri()
{
    return QStringLiteral("test://") + QStringLiteral(XP_TEST_DATA_DIR) + QStringLiteral("/libvirt/node.xml");
}

QList<ConfigChange> changes(const QStringList& texts)
{
    QList<ConfigChange> list;
    for (const QString& text : texts) {
        QString error;
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        if (!change)
            qFatal("bad change %s: %s", qPrintable(text), qPrintable(error));
        list.append(*change);
    }
    return list;
}

// Every domain of the node with its inactive XML, as the console's listing has it.
QList<DomainSnapshot> listing(LibvirtConnection& connection)
{
    QSignalSpy batches(&connection, &LibvirtConnection::domainsBatch);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    const quint64 id = connection.refresh();
    if (!finished.wait(10000))
        return {};
    QList<DomainSnapshot> domains;
    for (const QList<QVariant>& batch : std::as_const(batches))
        if (batch.at(0).toULongLong() == id)
            domains += batch.at(1).value<QList<DomainSnapshot>>();
    std::sort(domains.begin(), domains.end(),
              [](const DomainSnapshot& a, const DomainSnapshot& b) { return a.name < b.name; });
    return domains;
}

QList<PushItem> prepared(const QString& uri, const QList<DomainSnapshot>& domains, const QStringList& texts)
{
    QList<PushItem> items;
    for (const DomainSnapshot& snapshot : domains)
        items.append(DomainPush::prepareOn(uri, snapshot, changes(texts)));
    return items;
}
} // namespace

class tst_PushJob : public QObject
{
    Q_OBJECT

private slots:
    void writesEveryVmAndVerifies();
    void unchangedAndRefusedNeedNoDefine();
    void cancelStopsBeforeTheNextVm();
    void conflictKeepsTheChange();
    void readOnlyConnectionWritesNothing();
};

void tst_PushJob::writesEveryVmAndVerifies()
{
    LibvirtConnection connection;
    connection.open(nodeUri());
    const QList<DomainSnapshot> domains = listing(connection);
    QCOMPARE(domains.size(), 4);
    PushJob job(&connection, prepared(nodeUri(), domains, {QStringLiteral("blacklist+=xensource-windows:1-5")}));
    QSignalSpy progress(&job, &PushJob::progress);
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.count(PushResult::Status::Verified), 4);
    QCOMPARE(progress.constLast().at(0).toInt(), 4);
    QCOMPARE(progress.constLast().at(1).toInt(), 4);
    for (const PushResult& result : job.results())
        QVERIFY2(result.storedXml.contains(QLatin1String("builds=\"1-5\"")), qPrintable(result.storedXml));
    // The listing after the run holds what was written.
    const QList<DomainSnapshot> after = listing(connection);
    for (int i = 0; i < after.size(); ++i)
        QCOMPARE(QString::fromUtf8(after.at(i).inactiveXml), job.results().at(i).storedXml);
}

void tst_PushJob::unchangedAndRefusedNeedNoDefine()
{
    LibvirtConnection connection;
    connection.open(nodeUri());
    const QList<DomainSnapshot> domains = listing(connection);
    QList<PushItem> items = prepared(nodeUri(), domains.mid(0, 1), {QStringLiteral("windows-update=off")});
    QList<PushItem> refused = prepared(nodeUri(), domains.mid(1, 1), {QStringLiteral("wu-publish+=x@PCI\\VEN_5853")});
    QVERIFY(!refused.constFirst().canWrite());
    items += refused;
    QSignalSpy pushed(&connection, &LibvirtConnection::pushFinished);
    PushJob job(&connection, items);
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    // Neither needs libvirt, so the run ends within start().
    QCOMPARE(finished.count(), 1);
    QCOMPARE(pushed.count(), 0);
    QCOMPARE(job.results().at(0).status, PushResult::Status::Unchanged);
    QCOMPARE(job.results().at(1).status, PushResult::Status::Refused);
}

void tst_PushJob::cancelStopsBeforeTheNextVm()
{
    LibvirtConnection connection;
    connection.open(nodeUri());
    const QList<DomainSnapshot> domains = listing(connection);
    PushJob job(&connection, prepared(nodeUri(), domains, {QStringLiteral("vendor-device=0xc000:1")}));
    QSignalSpy finished(&job, &PushJob::finished);
    connect(&job, &PushJob::itemFinished, &job, [&job](int index) {
        if (index == 0)
            job.cancel();
    });
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.results().size(), 4);
    QVERIFY(job.isCancelled());
    QCOMPARE(job.results().at(0).status, PushResult::Status::Verified);
    QCOMPARE(job.count(PushResult::Status::Cancelled), 3);
    // The cancelled VMs were not written.
    const QList<DomainSnapshot> after = listing(connection);
    for (int i = 1; i < after.size(); ++i)
        QCOMPARE(after.at(i).inactiveXml, domains.at(i).inactiveXml);
}

void tst_PushJob::conflictKeepsTheChange()
{
    LibvirtConnection connection;
    connection.open(nodeUri());
    const QList<DomainSnapshot> domains = listing(connection);
    const QList<PushItem> first = prepared(nodeUri(), domains.mid(0, 1), {QStringLiteral("flavour=qemu-traditional")});
    const QList<PushItem> second = prepared(nodeUri(), domains.mid(0, 1), {QStringLiteral("blacklist+=1:7")});
    PushJob winner(&connection, first);
    QSignalSpy winnerDone(&winner, &PushJob::finished);
    winner.start();
    QVERIFY(winnerDone.wait(10000));
    QCOMPARE(winner.results().constFirst().status, PushResult::Status::Verified);

    // Based on the XML read before the first push: libvirt's definition changed meanwhile.
    PushJob loser(&connection, second);
    QSignalSpy loserDone(&loser, &PushJob::finished);
    loser.start();
    QVERIFY(loserDone.wait(10000));
    const PushResult& result = loser.results().constFirst();
    QCOMPARE(result.status, PushResult::Status::Conflict);
    QCOMPARE(result.item.edited.blacklist.size(), 1);
    QCOMPARE(result.item.edited.blacklist.constFirst().firstBuild, 7u);
    QCOMPARE(result.storedXml, winner.results().constFirst().storedXml);
}

void tst_PushJob::readOnlyConnectionWritesNothing()
{
    LibvirtConnection connection;
    connection.open(nodeUri(), true);
    const QList<DomainSnapshot> domains = listing(connection);
    PushJob job(&connection, prepared(nodeUri(), domains, {QStringLiteral("platform-device=off")}));
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.count(PushResult::Status::ReadOnly), 4);
    const QList<DomainSnapshot> after = listing(connection);
    QCOMPARE(after, domains);
}

QTEST_GUILESS_MAIN(tst_PushJob)
#include "tst_PushJob.moc"
