// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "InfFile.h"
#include "ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

/// Reads driver INF files as Windows' INF parser does for device installation: sections with
/// case-insensitive names, `;` comments, quoted strings with `""` escapes, trailing-backslash line
/// continuation and single-pass %strkey% substitution from the [Strings] section chosen for a language.
///
/// Input may be hostile: the file size, the logical line length and every substituted value are
/// capped, nothing recurses, and the work is linear in the input size.
class InfParser
{
    Q_DECLARE_TR_FUNCTIONS(InfParser)

public:
    using Error = ParseError;
    using Result = ParseResult<InfFile>;

    /// Larger files are refused unread. The Xen PV driver INFs the console ranks are a few KB (data/drivers), driver
    /// INFs in general stay below 1 MiB, and even those with thousands of models (display, audio) within a few MiB. A
    /// 16 MiB file parses in about 1 s (Debug build) and costs three times its size before parsing (the bytes,
    /// then UTF-16 text); anything larger is no driver INF (a disk image, a log) and gets a clear error instead.
    static constexpr qsizetype kMaxFileSize = 16 * 1024 * 1024;
    /// Characters in one logical line, continuations included.
    static constexpr qsizetype kMaxLineLength = 64 * 1024;
    /// Windows' limit for one string after substitution: 4096 characters including the terminating
    /// NUL (https://learn.microsoft.com/windows-hardware/drivers/install/inf-strings-section).
    static constexpr qsizetype kMaxStringLength = 4095;

    /// Parses @p data; @p fileName only names the file in errors. @p languageId is the Windows
    /// LANGID (e.g. 0x0407 for German) whose [Strings.xxxx] section supplies the tokens; 0 selects
    /// the undecorated [Strings].
    static Result parse(const QByteArray& data, const QString& fileName, quint16 languageId = 0);
    /// Reads and parses the file at @p path; errors name the file by its file name only.
    static Result parseFile(const QString& path, quint16 languageId = 0);

    /// The 1-based line of the first NUL character in @p text, or 0 when it has none. Decoded text never holds one
    /// (UTF-16 is recognized by its byte-order mark), so a NUL means a binary file or UTF-16 without a BOM.
    static int nulLine(QStringView text);

    /// Text of an INF or of saved pnputil output: UTF-16 or UTF-8 when a byte-order mark says so,
    /// otherwise UTF-8, or Latin-1 when the bytes are not valid UTF-8 (Windows reads BOM-less INFs
    /// in the system's ANSI code page, which Latin-1 approximates without ever failing).
    static QString decode(const QByteArray& data);

private:
    class Run;
};
