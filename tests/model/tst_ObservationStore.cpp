// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/ObservationStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 18: what a guest's agent last said outlives the console's run, per connection, and a store that is not
// this connection's or not readable is empty rather than an error.
class tst_ObservationStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively(); }
    void roundTrip();
    void perConnection();
    void unreadableIsEmpty_data();
    void unreadableIsEmpty();

private:
    static ObservationStore::Entries sample()
    {
        AgentReport r;
        r.state = AgentReport::State::Reported;
        r.at = QDateTime(QDate(2026, 12, 6), QTime(22, 15, 3, 250), Qt::UTC);
        r.osId = u"mswindows"_s;
        r.name = u"Microsoft Windows"_s;
        r.prettyName = u"Windows Server 2019 Standard"_s;
        r.versionId = u"2019"_s;
        r.kernelRelease = u"17763"_s;
        r.kernelVersion = u"10.0"_s;
        r.machine = u"x86_64"_s;
        r.variant = u"server"_s;
        r.variantId = u"server"_s;
        ObservationStore::Entries entries;
        entries[u"5d0c7e3a-1f2b-4c11-8a01-6d656d6f0002"_s].agent = r;
        entries[u"5d0c7e3a-1f2b-4c11-8a01-6d656d6f0003"_s].lastBoot =
            QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);
        return entries;
    }
};

void tst_ObservationStore::roundTrip()
{
    const QString uri = u"qemu+ssh://root@host-a/system"_s;
    QVERIFY(ObservationStore::load(uri).isEmpty());
    QVERIFY(ObservationStore::save(uri, sample()));
    QCOMPARE(ObservationStore::load(uri), sample());
    // Written whole: a second save replaces the first.
    ObservationStore::Entries fewer = sample();
    fewer.remove(u"5d0c7e3a-1f2b-4c11-8a01-6d656d6f0003"_s);
    QVERIFY(ObservationStore::save(uri, fewer));
    QCOMPARE(ObservationStore::load(uri), fewer);
}

void tst_ObservationStore::perConnection()
{
    QVERIFY(ObservationStore::save(u"qemu+ssh://host-a/system"_s, sample()));
    QVERIFY(ObservationStore::load(u"qemu+ssh://host-b/system"_s).isEmpty());
    QVERIFY(ObservationStore::fileFor(u"qemu+ssh://host-a/system"_s) !=
            ObservationStore::fileFor(u"qemu+ssh://host-b/system"_s));
    // A file of another URI under this URI's name (a hash collision, a copied file) is not read as this one's.
    QFile::copy(ObservationStore::fileFor(u"qemu+ssh://host-a/system"_s),
                ObservationStore::fileFor(u"qemu+ssh://host-c/system"_s));
    QVERIFY(ObservationStore::load(u"qemu+ssh://host-c/system"_s).isEmpty());
}

void tst_ObservationStore::unreadableIsEmpty_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not-json") << QByteArray("\x00\x01garbage", 9);
    QTest::newRow("other-format") << QByteArray(R"({"format": 2, "uri": "qemu:///system", "vms": {}})");
    QTest::newRow("vms-not-an-object") << QByteArray(R"({"format": 1, "uri": "qemu:///system", "vms": [1]})");
    QTest::newRow("agent-without-time") << QByteArray(
        R"({"format": 1, "uri": "qemu:///system", "vms": {"u": {"agent": {"os_id": "x"}}}})");
}

void tst_ObservationStore::unreadableIsEmpty()
{
    QFETCH(QByteArray, content);
    const QString uri = u"qemu:///system"_s;
    const QString path = ObservationStore::fileFor(uri);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(ObservationStore::load(uri).isEmpty());
}

QTEST_GUILESS_MAIN(tst_ObservationStore)
#include "tst_ObservationStore.moc"
