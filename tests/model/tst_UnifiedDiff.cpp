// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/UnifiedDiff.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QString numbered(int count, int changed = -1, const QString& replacement = {})
{
    QString text;
    for (int i = 1; i <= count; ++i)
        text += (i == changed ? replacement : QStringLiteral("line %1").arg(i)) + QLatin1Char('\n');
    return text;
}

/// Applies a unified diff to @p oldText the way patch(1) would, checking every context and removed line.
bool applyDiff(const QString& oldText, const QString& diff, QString* result)
{
    const QStringList old = UnifiedDiff::lines(oldText);
    QStringList out;
    qsizetype position = 0;
    const QStringList lines = diff.split(QLatin1Char('\n'));
    static const QRegularExpression hunk(QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$"));
    bool newOpen = false;
    QChar last;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.isEmpty())
            continue;
        const auto match = hunk.match(line);
        if (match.hasMatch()) {
            const qsizetype start = match.captured(1).toLongLong();
            const qsizetype count = match.captured(2).isEmpty() ? 1 : match.captured(2).toLongLong();
            const qsizetype first = count == 0 ? start : start - 1;
            while (position < first)
                out << old.at(position++);
            continue;
        }
        if (line == QLatin1String("\\ No newline at end of file")) {
            if (last != QLatin1Char('-'))
                newOpen = true;
            continue;
        }
        last = line.at(0);
        const QString text = line.mid(1);
        if (last == QLatin1Char(' ') || last == QLatin1Char('-')) {
            if (position >= old.size() || old.at(position) != text)
                return false;
            if (last == QLatin1Char(' '))
                out << text;
            ++position;
            newOpen = false;
        } else if (last == QLatin1Char('+')) {
            out << text;
            newOpen = false;
        } else {
            return false;
        }
    }
    while (position < old.size())
        out << old.at(position++);
    *result = out.join(QLatin1Char('\n'));
    if (!out.isEmpty() && !newOpen)
        *result += QLatin1Char('\n');
    return true;
}

/// The minimal number of inserted plus deleted lines, by the textbook LCS table.
qsizetype editDistance(const QStringList& a, const QStringList& b)
{
    std::vector<std::vector<qsizetype>> lcs(size_t(a.size() + 1), std::vector<qsizetype>(size_t(b.size() + 1), 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                                            ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                            : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    return a.size() + b.size() - 2 * lcs[0][0];
}

} // namespace

class tst_UnifiedDiff : public QObject
{
    Q_OBJECT

private slots:
    void equalTextsGiveNothing();
    void exactOutput_data();
    void exactOutput();
    void missingFinalLineBreak();
    void randomEditsRoundTripAndAreMinimal();
    void largeDifferencesFallBack();
};

void tst_UnifiedDiff::equalTextsGiveNothing()
{
    QCOMPARE(UnifiedDiff::diff(numbered(5), numbered(5), QStringLiteral("a"), QStringLiteral("b")), QString());
    QCOMPARE(UnifiedDiff::diff(QString(), QString(), QStringLiteral("a"), QStringLiteral("b")), QString());
}

void tst_UnifiedDiff::exactOutput_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one line in the middle")
        << numbered(10) << numbered(10, 5, QStringLiteral("five"))
        << QStringLiteral("--- a\n+++ b\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+five\n line 6\n line 7\n"
                          " line 8\n");
    QTest::newRow("insert at the start") << numbered(5) << QStringLiteral("new\n") + numbered(5)
                                         << QStringLiteral(
                                                "--- a\n+++ b\n@@ -1,3 +1,4 @@\n+new\n line 1\n line 2\n line 3\n");
    QTest::newRow("delete at the end") << numbered(5) << numbered(4)
                                       << QStringLiteral("--- a\n+++ b\n@@ -2,4 +2,3 @@\n line 2\n line 3\n line 4\n"
                                                         "-line 5\n");
    QTest::newRow("from nothing") << QString() << QStringLiteral("a\nb\n")
                                  << QStringLiteral("--- a\n+++ b\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    QTest::newRow("to nothing") << QStringLiteral("a\n") << QString()
                                << QStringLiteral("--- a\n+++ b\n@@ -1 +0,0 @@\n-a\n");
    QTest::newRow("two hunks")
        << numbered(20)
        << numbered(20, 2, QStringLiteral("two")).replace(QStringLiteral("line 18\n"), QStringLiteral("eighteen\n"))
        << QStringLiteral("--- a\n+++ b\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n"
                          " line 4\n line 5\n@@ -15,6 +15,6 @@\n line 15\n line 16\n"
                          " line 17\n-line 18\n+eighteen\n line 19\n line 20\n");
    QTest::newRow("close changes share a hunk")
        << numbered(12)
        << numbered(12, 3, QStringLiteral("three")).replace(QStringLiteral("line 9\n"), QStringLiteral("nine\n"))
        << QStringLiteral("--- a\n+++ b\n@@ -1,12 +1,12 @@\n line 1\n line 2\n-line 3\n+three\n line 4\n line 5\n"
                          " line 6\n line 7\n line 8\n-line 9\n+nine\n line 10\n line 11\n line 12\n");
}

void tst_UnifiedDiff::exactOutput()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(UnifiedDiff::diff(before, after, QStringLiteral("a"), QStringLiteral("b")), expected);
}

void tst_UnifiedDiff::missingFinalLineBreak()
{
    QCOMPARE(
        UnifiedDiff::diff(QStringLiteral("a\nb"), QStringLiteral("a\nb\n"), QStringLiteral("a"), QStringLiteral("b")),
        QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"));
    QCOMPARE(
        UnifiedDiff::diff(QStringLiteral("a\nb"), QStringLiteral("a\nc"), QStringLiteral("a"), QStringLiteral("b")),
        QStringLiteral("--- a\n+++ b\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"
                       "\\ No newline at end of file\n"));
}

void tst_UnifiedDiff::randomEditsRoundTripAndAreMinimal()
{
    QRandomGenerator random(20260401);
    for (int round = 0; round < 300; ++round) {
        QStringList a;
        const int size = int(random.bounded(40));
        for (int i = 0; i < size; ++i)
            a << QStringLiteral("l%1").arg(random.bounded(6));
        QStringList b = a;
        const int edits = int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int op = int(random.bounded(3));
            if (op == 0 || b.isEmpty())
                b.insert(random.bounded(b.size() + 1), QStringLiteral("n%1").arg(random.bounded(4)));
            else if (op == 1)
                b.removeAt(random.bounded(b.size()));
            else
                b[random.bounded(b.size())] = QStringLiteral("l%1").arg(random.bounded(6));
        }
        const QString before = a.isEmpty() ? QString() : a.join(QLatin1Char('\n')) + QLatin1Char('\n');
        const QString after = b.isEmpty() ? QString() : b.join(QLatin1Char('\n')) + QLatin1Char('\n');
        const QString diff = UnifiedDiff::diff(before, after, QStringLiteral("a"), QStringLiteral("b"));
        if (before == after) {
            QVERIFY(diff.isEmpty());
            continue;
        }
        QString patched;
        QVERIFY2(applyDiff(before, diff, &patched), qPrintable(diff));
        QCOMPARE(patched, after);
        const QList<UnifiedDiff::Line> script = UnifiedDiff::script(a, b);
        const auto changes = std::count_if(script.cbegin(), script.cend(),
                                           [](const UnifiedDiff::Line& l) { return l.op != UnifiedDiff::Op::Equal; });
        QCOMPARE(qsizetype(changes), editDistance(a, b));
    }
}

void tst_UnifiedDiff::largeDifferencesFallBack()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 5000; ++i) {
        a << QStringLiteral("old %1").arg(i);
        b << QStringLiteral("new %1").arg(i);
    }
    const QString before = a.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString after = b.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString diff = UnifiedDiff::diff(before, after, QStringLiteral("a"), QStringLiteral("b"));
    QString patched;
    QVERIFY(applyDiff(before, diff, &patched));
    QCOMPARE(patched, after);
    QVERIFY(diff.startsWith(QLatin1String("--- a\n+++ b\n@@ -1,5000 +1,5000 @@\n")));
}

QTEST_GUILESS_MAIN(tst_UnifiedDiff)
#include "tst_UnifiedDiff.moc"
