// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "UnifiedDiff.h"

#include <vector>

namespace {

/// Myers' greedy forward search on a[0..n) and b[0..m), with the V array kept per step for the walk back.
/// Returns false when more than @p maxEdits edits are needed.
bool myers(const QStringList& a, qsizetype aBegin, qsizetype n, const QStringList& b, qsizetype bBegin, qsizetype m,
           int maxEdits, QList<UnifiedDiff::Line>& out)
{
    const qsizetype max = std::min<qsizetype>(n + m, maxEdits);
    const qsizetype offset = max + 1;
    std::vector<qsizetype> v(size_t(2 * max + 3), 0);
    // Step d only reads diagonals -d-1..d+1 of the previous V, so that slice is all the walk back needs:
    // memory grows with D squared, not with D times (N+M).
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= max && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                              ? v[size_t(offset + k + 1)]
                              : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < n && y < m && a.at(aBegin + x) == b.at(bBegin + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0)
        return false;

    QList<UnifiedDiff::Line> reversed;
    qsizetype x = n;
    qsizetype y = m;
    for (qsizetype d = found; d >= 0; --d) {
        const std::vector<qsizetype>& slice = trace[size_t(d)];
        auto pv = [&](qsizetype k) { return slice[size_t(k + d + 1)]; };
        const qsizetype k = x - y;
        const qsizetype prevK = (k == -d || (k != d && pv(k - 1) < pv(k + 1))) ? k + 1 : k - 1;
        const qsizetype prevX = pv(prevK);
        const qsizetype prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            reversed.append({UnifiedDiff::Op::Equal, a.at(aBegin + x - 1)});
            --x;
            --y;
        }
        if (d > 0) {
            if (x == prevX)
                reversed.append({UnifiedDiff::Op::Insert, b.at(bBegin + y - 1)});
            else
                reversed.append({UnifiedDiff::Op::Delete, a.at(aBegin + x - 1)});
        }
        x = prevX;
        y = prevY;
    }
    // Within each run of changes, deletions first: the order diff -u prints.
    QList<UnifiedDiff::Line> forward(reversed.crbegin(), reversed.crend());
    for (qsizetype i = 0; i < forward.size();) {
        if (forward.at(i).op == UnifiedDiff::Op::Equal) {
            out.append(forward.at(i++));
            continue;
        }
        qsizetype j = i;
        while (j < forward.size() && forward.at(j).op != UnifiedDiff::Op::Equal)
            ++j;
        for (qsizetype t = i; t < j; ++t)
            if (forward.at(t).op == UnifiedDiff::Op::Delete)
                out.append(forward.at(t));
        for (qsizetype t = i; t < j; ++t)
            if (forward.at(t).op == UnifiedDiff::Op::Insert)
                out.append(forward.at(t));
        i = j;
    }
    return true;
}

QString range(qsizetype start, qsizetype count)
{
    // diff -u: a one-line range is just its number; an empty range names the line before it.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

} // namespace

QStringList UnifiedDiff::lines(const QString& text)
{
    QStringList result = text.split(QLatin1Char('\n'));
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

QList<UnifiedDiff::Line> UnifiedDiff::script(const QStringList& oldLines, const QStringList& newLines)
{
    qsizetype head = 0;
    while (head < oldLines.size() && head < newLines.size() && oldLines.at(head) == newLines.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldLines.size() - head && tail < newLines.size() - head &&
           oldLines.at(oldLines.size() - 1 - tail) == newLines.at(newLines.size() - 1 - tail))
        ++tail;

    QList<Line> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({Op::Equal, oldLines.at(i)});
    const qsizetype n = oldLines.size() - head - tail;
    const qsizetype m = newLines.size() - head - tail;
    if (!myers(oldLines, head, n, newLines, head, m, kMaxEdits, out)) {
        for (qsizetype i = 0; i < n; ++i)
            out.append({Op::Delete, oldLines.at(head + i)});
        for (qsizetype i = 0; i < m; ++i)
            out.append({Op::Insert, newLines.at(head + i)});
    }
    for (qsizetype i = oldLines.size() - tail; i < oldLines.size(); ++i)
        out.append({Op::Equal, oldLines.at(i)});
    return out;
}

QString UnifiedDiff::diff(const QString& oldText, const QString& newText, const QString& oldLabel,
                          const QString& newLabel, int context)
{
    if (oldText == newText)
        return {};
    // A last line without a line break differs from the same text with one (diff prints a marker), so it is
    // compared with a mark that no XML text can contain.
    const QChar open(QChar::Null);
    auto split = [&](const QString& text) {
        QStringList list = lines(text);
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            list.last().append(open);
        return list;
    };
    const QList<Line> ops = script(split(oldText), split(newText));

    QString out = QStringLiteral("--- %1\n+++ %2\n").arg(oldLabel, newLabel);
    const qsizetype total = ops.size();
    std::vector<qsizetype> oldNo(size_t(total) + 1);
    std::vector<qsizetype> newNo(size_t(total) + 1);
    for (qsizetype i = 0, o = 0, n = 0; i <= total; ++i) {
        oldNo[size_t(i)] = o;
        newNo[size_t(i)] = n;
        if (i < total) {
            o += ops.at(i).op != Op::Insert ? 1 : 0;
            n += ops.at(i).op != Op::Delete ? 1 : 0;
        }
    }
    auto isChange = [&](qsizetype i) { return ops.at(i).op != Op::Equal; };

    qsizetype i = 0;
    while (i < total) {
        while (i < total && !isChange(i))
            ++i;
        if (i >= total)
            break;
        const qsizetype start = std::max<qsizetype>(0, i - context);
        // Extend the hunk over every change whose gap to the previous one is at most twice the context.
        qsizetype end = i + 1;
        for (qsizetype j = end; j < total; ++j) {
            if (!isChange(j))
                continue;
            if (j - end > 2 * context)
                break;
            end = j + 1;
        }
        const qsizetype stop = std::min(total, end + context);
        out += QStringLiteral("@@ -%1 +%2 @@\n")
                   .arg(range(oldNo[size_t(start)], oldNo[size_t(stop)] - oldNo[size_t(start)]),
                        range(newNo[size_t(start)], newNo[size_t(stop)] - newNo[size_t(start)]));
        for (qsizetype t = start; t < stop; ++t) {
            const Line& line = ops.at(t);
            const QChar mark = line.op == Op::Equal    ? QLatin1Char(' ')
                               : line.op == Op::Delete ? QLatin1Char('-')
                                                       : QLatin1Char('+');
            if (line.text.endsWith(open))
                out += mark + line.text.chopped(1) + QStringLiteral("\n\\ No newline at end of file\n");
            else
                out += mark + line.text + QLatin1Char('\n');
        }
        i = stop;
    }
    return out;
}
