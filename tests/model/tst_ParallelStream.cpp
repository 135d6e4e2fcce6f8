// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/ParallelStream.h"

#include <QTest>
#include <atomic>

// The pipeline of xpctl list: items pushed while helpers already work on the earlier ones.
class tst_ParallelStream : public QObject
{
    Q_OBJECT

private slots:
    void everyItemOnceInOrder_data();
    void everyItemOnceInOrder();
    void helpersTakeItemsWhileTheProducerPushes();
};

void tst_ParallelStream::everyItemOnceInOrder_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("helpers");
    QTest::newRow("none, no helper") << 0 << 0;
    QTest::newRow("none, one helper") << 0 << 1;
    QTest::newRow("one, one helper") << 1 << 1;
    QTest::newRow("ten thousand, one helper") << 10000 << 1;
    QTest::newRow("ten thousand, three helpers") << 10000 << 3;
    QTest::newRow("ten thousand, producer alone") << 10000 << 0;
}

void tst_ParallelStream::everyItemOnceInOrder()
{
    QFETCH(int, count);
    QFETCH(int, helpers);
    struct Item
    {
        int value = 0;
        int calls = 0;
        qint64 square = 0;
    };
    xp::ParallelStream<Item> stream(
        [](Item& item) {
            ++item.calls;
            item.square = qint64(item.value) * item.value;
        },
        helpers);
    for (int i = 0; i < count; ++i)
        stream.push(Item{i, 0, 0});
    const std::deque<Item>& items = stream.finish();
    QCOMPARE(int(items.size()), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(items[std::size_t(i)].value, i);
        QCOMPARE(items[std::size_t(i)].calls, 1);
        QCOMPARE(items[std::size_t(i)].square, qint64(i) * i);
    }
}

void tst_ParallelStream::helpersTakeItemsWhileTheProducerPushes()
{
    std::atomic<int> done{0};
    xp::ParallelStream<int> stream([&done](int&) { ++done; }, 1);
    // A producer as slow as a libvirt listing: the helper works on the first items before the last arrive (the
    // producing thread itself only works inside finish()).
    for (int i = 0; i < 200; ++i) {
        stream.push(i);
        QThread::usleep(100);
    }
    const int doneBeforeFinish = done.load();
    stream.finish();
    QCOMPARE(done.load(), 200);
    QVERIFY2(doneBeforeFinish > 0, "the helper did nothing while items were pushed");
}

QTEST_GUILESS_MAIN(tst_ParallelStream)
#include "tst_ParallelStream.moc"
