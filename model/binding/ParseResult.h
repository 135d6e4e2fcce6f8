// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <optional>

/// Where a file from outside (a driver INF, saved pnputil output) could not be read, and why.
struct ParseError
{
    QString fileName;
    /// 1-based; 0 when the error concerns the whole file (unreadable, too large).
    int line = 0;
    QString message;

    /// "file:line: message", or "file: message" for whole-file errors.
    QString toString() const
    {
        if (line <= 0)
            return QStringLiteral("%1: %2").arg(fileName, message);
        return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
    }
    bool operator==(const ParseError&) const = default;
};

/// What a parser of such a file returns: the parsed @p value, or the first error that stopped it.
template<typename T>
struct ParseResult
{
    T value;
    std::optional<ParseError> error;

    bool ok() const { return !error.has_value(); }
};
