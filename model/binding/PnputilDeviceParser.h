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

/// Reads the text that `pnputil /enum-devices /drivers` prints (Windows 10 2004 and later), or `pnputil
/// /enum-devices` without /drivers (Windows 10 1903 and later), so that the guest's own word on which
/// driver each device uses, and which others match it with what rank, can be imported.
///
/// One record per device, started by "Instance ID:", then "Device Description:", "Class Name:",
/// "Class GUID:", "Manufacturer Name:", "Status:", "Driver Name:" (absent when no driver is installed),
/// "Problem Code:" and "Problem Status:" for a device with a problem, and with /drivers a "Matching
/// Drivers:" line followed by indented blocks of "Driver Name:", "Original Name:" (absent for inbox
/// drivers), "Provider Name:", "Class Name:", "Class GUID:", "Driver Version:", "Signer Name:",
/// "Matching Device ID:", "Driver Rank:" and "Driver Status:". A line holding only a value, indented to
/// the value column, continues the field above it ("Extension Driver Names:" lists one INF a line).
/// Blank lines and the title line are skipped; a new "Instance ID:" starts the next device and a new
/// "Driver Name:" among the matching drivers the next driver, with or without blank lines between them.
class PnputilDeviceParser
{
    Q_DECLARE_TR_FUNCTIONS(PnputilDeviceParser)

public:
    using Fields = QList<QPair<QString, QString>>;

    /// One driver that matches a device, as pnputil ranks it.
    struct MatchingDriver
    {
        QString driverName;   ///< oemNN.inf, or an inbox INF such as machine.inf
        QString originalName; ///< the INF's own name, e.g. xenbus.inf; empty for inbox INFs, which print none
        QString provider;
        QString className; ///< the class name pnputil prints, e.g. "System"
        QString classGuid;
        QDate date;
        QVersionNumber version;
        QString signer;
        QString matchingDeviceId; ///< the device's hardware or compatible ID that the INF matched
        QString rank;             ///< hexadecimal as printed, e.g. "00FF2001"; lower is better
        QString status;           ///< e.g. "Best Ranked / Installed", "Outranked"
        /// The status names it as the driver installed on the device (its " / "-separated parts hold
        /// "Installed").
        bool installed = false;
        /// Fields this parser does not interpret, as (label, value) in output order.
        Fields otherFields;
        /// 1-based line of its "Driver Name:".
        int lineNumber = 0;

        bool operator==(const MatchingDriver&) const = default;
    };

    /// One device record.
    struct Device
    {
        QString instanceId;
        QString description;
        QString className; ///< "Unknown" (as printed) for a device no INF was installed on
        QString classGuid;
        QString manufacturer;
        QString status; ///< e.g. "Started", "Disabled", "Problem"
        /// The INF the device uses (oemNN.inf or an inbox INF); empty when none is installed.
        QString driverName;
        /// The device's problem code (CM_PROB_*), e.g. 28 for "28 (0x1C) [CM_PROB_FAILED_INSTALL]"; 0 for none.
        int problemCode = 0;
        /// With /drivers: every driver that matches the device, in output order.
        QList<MatchingDriver> matchingDrivers;
        /// Fields this parser does not interpret ("Problem Status", "Extension Driver Names", the fields
        /// of other flags), as (label, value) in output order; a continuation line repeats its label.
        Fields otherFields;
        /// 1-based line of its "Instance ID:".
        int lineNumber = 0;

        bool operator==(const Device&) const = default;
    };

    using Error = ParseError;
    using Result = ParseResult<QList<Device>>;

    /// The output for a few hundred devices with their matching drivers stays below 1 MiB (a device with
    /// three matching drivers prints about 2 KB; UTF-16 doubles it). Larger files are refused unread.
    static constexpr qsizetype kMaxFileSize = 16 * 1024 * 1024;
    /// pnputil prints one field per line, none longer than a few hundred characters.
    static constexpr qsizetype kMaxLineLength = 64 * 1024;

    /// Parses @p data (UTF-8, UTF-16 with BOM, or 8-bit); @p fileName only names the input in errors.
    static Result parse(const QByteArray& data, const QString& fileName);
    /// Reads and parses the file at @p path; a file larger than kMaxFileSize is refused without reading
    /// it. Errors name the file by its file name only.
    static Result parseFile(const QString& path);
};
