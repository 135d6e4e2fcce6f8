// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/ParallelFor.h"

#include <QMutex>
#include <QSet>
#include <QTest>

class tst_ParallelFor : public QObject
{
    Q_OBJECT

private slots:
    void everyIndexOnce_data();
    void everyIndexOnce();
    void usesSeveralThreadsForLargeCounts();
};

void tst_ParallelFor::everyIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("below-one-chunk") << 31;
    QTest::newRow("exactly-one-chunk") << 32;
    QTest::newRow("chunk-plus-one") << 33;
    QTest::newRow("ten-thousand") << 10000;
}

void tst_ParallelFor::everyIndexOnce()
{
    QFETCH(int, count);
    std::vector<std::atomic<int>> calls(static_cast<std::size_t>(count));
    QList<qint64> out(count, -1);
    xp::parallelFor(count, [&](qsizetype i) {
        ++calls[std::size_t(i)];
        out[i] = qint64(i) * i;
    });
    for (int i = 0; i < count; ++i) {
        QCOMPARE(calls[std::size_t(i)].load(), 1);
        QCOMPARE(out.at(i), qint64(i) * i);
    }
}

void tst_ParallelFor::usesSeveralThreadsForLargeCounts()
{
    if (QThread::idealThreadCount() < 2)
        QFAIL("this machine reports one core; the parallel path cannot be exercised");
    QMutex mutex;
    QSet<std::thread::id> seen;
    xp::parallelFor(4096, [&](qsizetype) {
        // Long enough that a second thread gets chunks before the first has taken them all.
        QThread::usleep(50);
        const QMutexLocker lock(&mutex);
        seen.insert(std::this_thread::get_id());
    });
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
}

QTEST_GUILESS_MAIN(tst_ParallelFor)
#include "tst_ParallelFor.moc"
