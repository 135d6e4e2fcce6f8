// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>
#include <QVersionNumber>
#include <optional>

/// Tells what a saved file of pnputil output is before a parser reads it: the output of
/// `pnputil /enum-drivers` (PnputilParser), of `pnputil /enum-devices` with or without `/drivers`
/// (PnputilDeviceParser), or something else, with one clear error for each way a file can be wrong:
/// empty, binary, too large, not pnputil output, pnputil output of another command, or pnputil output
/// in another display language. pnputil prints its field names in the language of Windows' display
/// language (they come from pnputil.exe.mui); this build reads the English ones only, so a German or
/// Japanese file is recognised by its values (oemNN.inf, class GUIDs, device instance IDs, driver
/// dates and versions) and refused with the field names it has.
class PnputilInput
{
    Q_DECLARE_TR_FUNCTIONS(PnputilInput)

public:
    enum class Kind {
        /// pnputil's title line and nothing else: what either command prints when it finds nothing to list.
        NoRecords,
        /// `pnputil /enum-drivers`, either layout ("Published name :" or "Published Name:").
        EnumDrivers,
        /// `pnputil /enum-devices`, with or without `/drivers` (records start with "Instance ID:").
        EnumDevices,
    };
    using Error = ParseError;
    /// The kind, or why the file is none of them.
    using Result = ParseResult<Kind>;

    /// What classifyFile() reads of a file: the title and the first records, whatever the file's size.
    static constexpr qsizetype kHeadSize = 64 * 1024;

    /// Classifies @p data (UTF-8, UTF-16 or UTF-32 with a byte-order mark, or 8-bit); @p fileName only
    /// names the input in errors. Data larger than its kind's maxFileSize() is refused.
    static Result classify(const QByteArray& data, const QString& fileName);
    /// Classifies decoded text, as the parsers do after decoding; no size limit is applied.
    static Result classifyText(QStringView text, const QString& fileName);
    /// Classifies the file at @p path from its first kHeadSize bytes; a file larger than its kind's
    /// maxFileSize(), or larger than any, is refused without reading the rest. Errors name the file by
    /// its file name only.
    static Result classifyFile(const QString& path);

    /// The largest file of @p kind its parser reads (PnputilParser::kMaxFileSize or
    /// PnputilDeviceParser::kMaxFileSize; for NoRecords the larger of the two).
    static qsizetype maxFileSize(Kind kind);

    /// The whole file at @p path, or an error when it cannot be read or is larger than @p maxFileSize,
    /// in which case nothing of it is read. Errors name the file by its file name only.
    static ParseResult<QByteArray> readFile(const QString& path, qsizetype maxFileSize);

    /// The error for a file of @p kind given to the parser of @p expected, or nothing when that parser
    /// reads it (NoRecords is read by both).
    static std::optional<ParseError> wrongCommand(Kind kind, Kind expected, const QString& fileName);

    /// A driver's date and version as pnputil prints them, "mm/dd/yyyy w.x.y.z" (one to four version
    /// parts, each at most 65535, as in an INF's DriverVer).
    struct DateAndVersion
    {
        QDate date;
        QVersionNumber version;
    };
    /// @p value read as a DateAndVersion, or nothing when it is not one.
    static std::optional<DateAndVersion> dateAndVersion(QStringView value);
};
