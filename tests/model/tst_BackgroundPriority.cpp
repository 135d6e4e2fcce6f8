// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/BackgroundPriority.h"
#include "model/core/DataPaths.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

// Bulk work yields to the GUI thread: the thread that asks is lowered, the others are not.
class tst_BackgroundPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyTheCallingThread_data();
    void lowersOnlyTheCallingThread();
    void libvirtWorkerRunsLowered();
};

void tst_BackgroundPriority::lowersOnlyTheCallingThread_data()
{
    QTest::addColumn<int>("calls");
    QTest::newRow("once") << 1;
    // Called at the start of every batch: the second call must not raise it further.
    QTest::newRow("three-times") << 3;
}

void tst_BackgroundPriority::lowersOnlyTheCallingThread()
{
    QFETCH(int, calls);
    const int mainBefore = BackgroundPriority::currentNice();
    int before = 0;
    int returned = 0;
    int after = 0;
    QThread* thread = QThread::create([&] {
        before = BackgroundPriority::currentNice();
        for (int i = 0; i < calls; ++i)
            returned = BackgroundPriority::lowerCurrentThread();
        after = BackgroundPriority::currentNice();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
#ifdef Q_OS_LINUX
    // A new thread starts at its creator's nice value.
    QCOMPARE(before, mainBefore);
    QCOMPARE(after, std::max(mainBefore, BackgroundPriority::kNice));
    QCOMPARE(returned, after);
#else
    QCOMPARE(after, 0);
#endif
    QCOMPARE(BackgroundPriority::currentNice(), mainBefore);
}

void tst_BackgroundPriority::libvirtWorkerRunsLowered()
{
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    connection.open(DataPaths::demoNodeUri(), true);
    QVERIFY(opened.wait(10000));
    // The kernel's view of every thread of this process: its name (QThread's objectName) and its nice value.
    QMap<QString, int> niceByName;
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after "(comm) " start with field 3; nice is field 19.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        niceByName.insert(QString::fromLatin1(comm.readAll().trimmed()), fields.value(19 - 3).toInt());
    }
    QVERIFY2(niceByName.contains(QStringLiteral("libvirt")), qPrintable(niceByName.keys().join(u',')));
    QCOMPARE(niceByName.value(QStringLiteral("libvirt")),
             std::max(BackgroundPriority::currentNice(), BackgroundPriority::kListingNice));
    QCOMPARE(BackgroundPriority::currentNice(), niceByName.value(QStringLiteral("tst_BackgroundP"), 0));
}

QTEST_GUILESS_MAIN(tst_BackgroundPriority)
#include "tst_BackgroundPriority.moc"
