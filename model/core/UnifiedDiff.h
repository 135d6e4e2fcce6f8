// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A line-based unified diff (as `diff -u`): ---/+++ headers, @@ hunks with context lines.
///
/// The edit script is Myers' O((N+M)D) shortest one, after the common head and tail are stripped; a script
/// longer than kMaxEdits falls back to replacing the whole differing middle, which is still a correct diff.
class UnifiedDiff
{
public:
    static constexpr int kDefaultContext = 3;
    static constexpr int kMaxEdits = 1000;

    enum class Op { Equal, Delete, Insert };
    struct Line
    {
        Op op = Op::Equal;
        QString text;

        bool operator==(const Line&) const = default;
    };

    /// The diff of @p oldText against @p newText; an empty string when they are equal.
    static QString diff(const QString& oldText, const QString& newText, const QString& oldLabel,
                        const QString& newLabel, int context = kDefaultContext);

    /// The shortest edit script turning @p oldLines into @p newLines, deletions before insertions per change.
    static QList<Line> script(const QStringList& oldLines, const QStringList& newLines);

    /// @p text split into lines without their line breaks; a final line break ends the last line.
    static QStringList lines(const QString& text);
};
