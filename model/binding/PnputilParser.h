// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ParseResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QVersionNumber>
#include <optional>

/// Reads the text that `pnputil /enum-drivers` prints, so a guest's driver store can be imported.
/// Two layouts exist: the older one ("Published name :", "Driver package provider :", "Class :",
/// "Driver date and version :", "Signer name :") and the newer one of late Windows 10 and
/// Windows 11 ("Published Name:", "Original Name:", "Provider Name:", "Class Name:", "Class GUID:",
/// "Driver Version:", "Signer Name:", sometimes "Extension ID:" and more). Records are separated by
/// blank lines; the title line ("Microsoft PnP Utility", translated on localised Windows) is skipped.
/// What is not English `pnputil /enum-drivers` output (an empty or binary file, other text, the output
/// of /enum-devices or of another command, or output with translated field names) is refused as a whole
/// first, with PnputilInput's error.
class PnputilParser
{
    Q_DECLARE_TR_FUNCTIONS(PnputilParser)

public:
    /// One driver package of the driver store.
    struct Package
    {
        QString publishedName; ///< oemNN.inf
        QString originalName;  ///< e.g. xenbus.inf; empty in the older layout, which does not print it
        QString provider;
        QString className; ///< the class description pnputil prints, e.g. "System devices"
        QString classGuid; ///< newer layout only
        QDate date;
        QVersionNumber version;
        QString signer;
        /// Fields this parser does not interpret, as (label, value) in output order.
        QList<QPair<QString, QString>> otherFields;
        /// 1-based line of the record's first field.
        int lineNumber = 0;

        bool operator==(const Package&) const = default;
    };

    using Error = ParseError;
    using Result = ParseResult<QList<Package>>;

    /// Output for thousands of packages stays below a few MiB; anything larger is refused unread.
    static constexpr qsizetype kMaxFileSize = 64 * 1024 * 1024;
    /// pnputil prints one field per line, none longer than a few hundred characters.
    static constexpr qsizetype kMaxLineLength = 64 * 1024;

    /// Parses @p data (UTF-8, UTF-16 with BOM, or 8-bit); @p fileName only names the input in errors.
    static Result parse(const QByteArray& data, const QString& fileName);
    static Result parseFile(const QString& path);
};
