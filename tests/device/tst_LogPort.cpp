// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/LogPort.h"
#include "device/ManualClock.h"

#include <QTest>

using namespace std::chrono_literals;
using xp::device::Flavour;
using xp::device::kAllFlavours;
using xp::device::LogPort;
using xp::device::ManualClock;

Q_DECLARE_METATYPE(xp::device::Flavour)

namespace {

const char* name(Flavour flavour)
{
    return xp::device::flavourName(flavour).data();
}

QByteArray toBytes(const std::string& text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

QList<QByteArray> linesOf(const LogPort& port)
{
    QList<QByteArray> lines;
    for (const std::string& line : port.lines())
        lines << toBytes(line);
    return lines;
}

void writeAll(LogPort& port, const QByteArray& bytes)
{
    port.write(std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

// 10^9 / 256 ns: the time one token takes to accrue at 256 B/s (facts§1.3).
constexpr qint64 kNsPerToken = 3'906'250;
} // namespace

class tst_LogPort : public QObject
{
    Q_OBJECT

private slots:
    void constants();
    void lines_data();
    void lines();
    void boundary_data();
    void boundary();
    void takeLines();
    void tokenBucket_data();
    void tokenBucket();
    void refillAfterIdle();
    void refillIsLazy();
    void throttlingDisabled();
    void stallsMoveGuestTime();
};

void tst_LogPort::constants()
{
    QCOMPARE(LogPort::kBufferSize, std::size_t(4096));       // facts§1.3, §1.4
    QCOMPARE(LogPort::kMaxLineLength, std::size_t(4095));    // facts§1.3 "when 4095 bytes are buffered"
    QCOMPARE(LogPort::kBucketCapacity, quint32(128 * 1024)); // facts§1.3
    QCOMPARE(LogPort::kRefillBytesPerSecond, quint32(256));  // facts§1.3
}

void tst_LogPort::lines_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<QByteArray>("pending");
    for (const Flavour f : kAllFlavours) {
        const char* n = name(f);
        // facts§1.3/§1.4: '\n' flushes a line; the newline itself is not part of it.
        QTest::addRow("facts§1.4 %s one line", n)
            << f << QByteArray("hello\n") << QList<QByteArray>{"hello"} << QByteArray();
        QTest::addRow("facts§1.4 %s two lines", n)
            << f << QByteArray("a\nb\n") << QList<QByteArray>{"a", "b"} << QByteArray();
        QTest::addRow("%s empty line", n) << f << QByteArray("\n") << QList<QByteArray>{""} << QByteArray();
        QTest::addRow("%s unterminated stays pending", n)
            << f << QByteArray("x\nno newline") << QList<QByteArray>{"x"} << QByteArray("no newline");
    }
    // The device model prints the buffer with "%s": the logged text ends at a NUL (XenServer's filter
    // drops the NUL before it is buffered).
    QTest::newRow("upstream NUL ends the logged text")
        << Flavour::QemuUpstream << QByteArray("ab\0cd\n", 6) << QList<QByteArray>{"ab"} << QByteArray();
    QTest::newRow("trad NUL ends the logged text")
        << Flavour::QemuTraditional << QByteArray("ab\0cd\n", 6) << QList<QByteArray>{"ab"} << QByteArray();
    QTest::newRow("facts§1.5 xenserver-trad drops NUL")
        << Flavour::XenServerTrad << QByteArray("ab\0cd\n", 6) << QList<QByteArray>{"abcd"} << QByteArray();
    // facts§1.5: XenServer turns whitespace into spaces and drops non-printables; others keep bytes.
    QTest::newRow("facts§1.5 xenserver-trad tab becomes space")
        << Flavour::XenServerTrad << QByteArray("a\tb\n") << QList<QByteArray>{"a b"} << QByteArray();
    QTest::newRow("facts§1.5 xenserver-trad cr vt ff become spaces")
        << Flavour::XenServerTrad << QByteArray("a\r\v\fb\n") << QList<QByteArray>{"a   b"} << QByteArray();
    QTest::newRow("facts§1.5 xenserver-trad drops control and high bytes")
        << Flavour::XenServerTrad << QByteArray("\x01o\x7f\x80k\xff\n") << QList<QByteArray>{"ok"} << QByteArray();
    QTest::newRow("facts§1.5 xenserver-trad keeps printable ascii")
        << Flavour::XenServerTrad << QByteArray(" !~Az09\n") << QList<QByteArray>{" !~Az09"} << QByteArray();
    QTest::newRow("facts§1.4 upstream keeps tab and control bytes")
        << Flavour::QemuUpstream << QByteArray("a\t\x01\x80\n") << QList<QByteArray>{"a\t\x01\x80"} << QByteArray();
    QTest::newRow("facts§1.3 trad keeps tab and control bytes")
        << Flavour::QemuTraditional << QByteArray("a\t\x01\x80\n") << QList<QByteArray>{"a\t\x01\x80"} << QByteArray();
    // facts§10.1: the filter is XenServer 7.x's trad; XenServer 8's upstream QEMU keeps the bytes.
    QTest::newRow("facts§10.1 xenserver keeps tab and control bytes")
        << Flavour::XenServer << QByteArray("a\t\x01\x80\n") << QList<QByteArray>{"a\t\x01\x80"} << QByteArray();
}

void tst_LogPort::lines()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(QByteArray, pending);
    LogPort port(flavour);
    writeAll(port, input);
    QCOMPARE(linesOf(port), lines);
    QCOMPARE(QByteArray(port.pending().data(), qsizetype(port.pending().size())), pending);
}

void tst_LogPort::boundary_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("lineLengths");
    QTest::addColumn<int>("pendingLength");
    const QByteArray a4094(4094, 'a');
    const QByteArray a4095(4095, 'a');
    for (const Flavour f : kAllFlavours) {
        const char* n = name(f);
        // facts§1.3: flush on '\n' or when 4095 bytes are buffered; the byte that triggers the flush is dropped.
        QTest::addRow("facts§1.3 %s 4094 bytes stay buffered", n) << f << a4094 << QList<int>{} << 4094;
        QTest::addRow("facts§1.3 %s 4095 bytes stay buffered", n) << f << a4095 << QList<int>{} << 4095;
        QTest::addRow("facts§1.3 %s 4096th byte flushes and is dropped", n)
            << f << QByteArray(4096, 'a') << QList<int>{4095} << 0;
        QTest::addRow("facts§1.3 %s 4097th byte starts the next line", n)
            << f << QByteArray(4097, 'a') << QList<int>{4095} << 1;
        QTest::addRow("facts§1.3 %s 4094 bytes and newline", n) << f << a4094 + '\n' << QList<int>{4094} << 0;
        QTest::addRow("facts§1.3 %s 4095 bytes and newline make one line", n) << f << a4095 + '\n'
                                                                              << QList<int>{4095} << 0;
        QTest::addRow("facts§1.3 %s 4095 bytes, newline, newline", n) << f << a4095 + "\n\n"
                                                                      << QList<int>{4095, 0} << 0;
        QTest::addRow("facts§1.3 %s 8190 bytes", n) << f << QByteArray(8190, 'a') << QList<int>{4095} << 4094;
        QTest::addRow("facts§1.3 %s 8192 bytes", n) << f << QByteArray(8192, 'a') << QList<int>{4095, 4095} << 0;
    }
    // The full-buffer test comes before XenServer's filter: even a dropped byte flushes.
    QTest::newRow("facts§1.5 xenserver-trad control byte flushes a full buffer")
        << Flavour::XenServerTrad << a4095 + '\x01' << QList<int>{4095} << 0;
    QTest::newRow("facts§1.5 xenserver-trad filtered bytes do not fill the buffer")
        << Flavour::XenServerTrad << a4094 + QByteArray(10, '\x01') << QList<int>{} << 4094;
}

void tst_LogPort::boundary()
{
    QFETCH(Flavour, flavour);
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, lineLengths);
    QFETCH(int, pendingLength);
    LogPort port(flavour);
    writeAll(port, input);
    QList<int> lengths;
    for (const std::string& line : port.lines())
        lengths << int(line.size());
    QCOMPARE(lengths, lineLengths);
    QCOMPARE(int(port.pending().size()), pendingLength);
}

void tst_LogPort::takeLines()
{
    LogPort port(Flavour::QemuUpstream);
    port.write("one\ntwo\nthr");
    const auto taken = port.takeLines();
    QCOMPARE(taken.size(), std::size_t(2));
    QCOMPARE(taken[1], std::string("two"));
    QVERIFY(port.lines().empty());
    port.write("ee\n");
    QCOMPARE(port.lines().front(), std::string("three"));
}

void tst_LogPort::tokenBucket_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("lineCount");
    QTest::addColumn<int>("lineLength");
    QTest::addColumn<qint64>("stallNs");
    QTest::addColumn<int>("tokens");
    // facts§1.3: one token per byte, bucket 128 KiB, refill 256 B/s, starts full, guest blocks when empty.
    // 32 lines of 4095 bytes = 131040 tokens: fits. The 33rd needs 4063 more: 4063 / 256 s.
    QTest::newRow("facts§1.3 trad bucket starts full") << Flavour::QemuTraditional << 32 << 4095 << qint64(0) << 32;
    QTest::newRow("facts§1.3 trad 33rd full line waits for 4063 tokens")
        << Flavour::QemuTraditional << 33 << 4095 << 4063 * kNsPerToken << 0;
    QTest::newRow("facts§1.3 trad 34th full line waits a further 4095 tokens")
        << Flavour::QemuTraditional << 34 << 4095 << (4063 + 4095) * kNsPerToken << 0;
    QTest::newRow("facts§1.3 trad exactly 128 KiB in 1 KiB lines")
        << Flavour::QemuTraditional << 128 << 1024 << qint64(0) << 0;
    QTest::newRow("facts§1.3 trad one more 1 KiB line waits 4 s")
        << Flavour::QemuTraditional << 129 << 1024 << qint64(4'000'000'000) << 0;
    QTest::newRow("facts§1.3 trad empty lines cost nothing")
        << Flavour::QemuTraditional << 1000 << 0 << qint64(0) << 131072;
    QTest::newRow("facts§1.5 xenserver-trad shares the trad bucket")
        << Flavour::XenServerTrad << 33 << 4095 << 4063 * kNsPerToken << 0;
    // facts§1.4: upstream has no rate limiting.
    QTest::newRow("facts§1.4 upstream never stalls") << Flavour::QemuUpstream << 1000 << 4095 << qint64(0) << 131072;
    // facts§10.1: XenServer 8 is upstream QEMU; no patch of xcp-ng-rpms/qemu adds a rate limit to the log port.
    QTest::newRow("facts§10.1 xenserver never stalls") << Flavour::XenServer << 1000 << 4095 << qint64(0) << 131072;
}

void tst_LogPort::tokenBucket()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, lineCount);
    QFETCH(int, lineLength);
    QFETCH(qint64, stallNs);
    QFETCH(int, tokens);
    ManualClock clock;
    LogPort port(flavour, &clock);
    // Only the two qemu-trad device models have the token bucket (facts§1.3, §1.4).
    QCOMPARE(port.rateLimited(), flavour == Flavour::QemuTraditional || flavour == Flavour::XenServerTrad);
    QCOMPARE(int(port.tokens()), 131072);
    const QByteArray line = QByteArray(lineLength, 'x') + '\n';
    for (int i = 0; i < lineCount; ++i)
        writeAll(port, line);
    QCOMPARE(int(port.lines().size()), lineCount);
    QCOMPARE(qint64(port.stallTime().count()), stallNs);
    QCOMPARE(int(port.tokens()), tokens);
}

void tst_LogPort::refillAfterIdle()
{
    ManualClock clock;
    LogPort port(Flavour::QemuTraditional, &clock);
    const QByteArray full = QByteArray(4095, 'x') + '\n';
    for (int i = 0; i < 33; ++i)
        writeAll(port, full);
    const auto stalled = port.stallTime();
    QCOMPARE(int(port.tokens()), 0);
    // 16 s of idle time earn 4096 tokens: the next full line goes through without waiting.
    clock.advance(16s);
    writeAll(port, full);
    QCOMPARE(port.stallTime(), stalled);
    QCOMPARE(int(port.tokens()), 1);
    // 1 s is 256 tokens; a 4095-byte line then waits for the other 3838 (one token is left).
    clock.advance(1s);
    writeAll(port, full);
    QCOMPARE(qint64((port.stallTime() - stalled).count()), (4095 - 256 - 1) * kNsPerToken);
}

void tst_LogPort::refillIsLazy()
{
    // qemu-trad only refills when a line finds the bucket short, so tokens() does not grow while idle.
    ManualClock clock;
    LogPort port(Flavour::QemuTraditional, &clock);
    writeAll(port, QByteArray(100, 'x') + '\n');
    QCOMPARE(int(port.tokens()), 131072 - 100);
    clock.advance(1000s);
    QCOMPARE(int(port.tokens()), 131072 - 100);
}

void tst_LogPort::throttlingDisabled()
{
    // facts§1.3: xenstore log-throttling = "0" turns the limiter off.
    ManualClock clock;
    LogPort port(Flavour::QemuTraditional, &clock);
    port.setThrottlingEnabled(false);
    QVERIFY(!port.rateLimited());
    const QByteArray full = QByteArray(4095, 'x') + '\n';
    for (int i = 0; i < 100; ++i)
        writeAll(port, full);
    QCOMPARE(port.stallTime().count(), 0);
    QCOMPARE(int(port.lines().size()), 100);
}

void tst_LogPort::stallsMoveGuestTime()
{
    // Without a clock the guest writes back to back; the stall is the only time that passes, so two
    // ports, one with a frozen clock and one with none, agree.
    ManualClock frozen;
    LogPort withClock(Flavour::QemuTraditional, &frozen);
    LogPort withoutClock(Flavour::QemuTraditional);
    const QByteArray full = QByteArray(4095, 'x') + '\n';
    for (int i = 0; i < 40; ++i) {
        writeAll(withClock, full);
        writeAll(withoutClock, full);
    }
    QCOMPARE(withClock.stallTime(), withoutClock.stallTime());
    // 40 lines: 163800 tokens, 131072 from the full bucket, the rest at 256 B/s.
    QCOMPARE(qint64(withoutClock.stallTime().count()), (163800 - 131072) * kNsPerToken);
}

QTEST_APPLESS_MAIN(tst_LogPort)
#include "tst_LogPort.moc"
