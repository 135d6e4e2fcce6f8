// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"
#include "model/binding/CurrentVersionVerdict.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

class DriverCatalogue;

/// One VM as the fleet report lists it (issue 20 item 3): what an inventory spreadsheet of the fleet needs.
struct FleetReportRow
{
    QString name;
    QString uuid;
    QString host;
    QString state;
    QString os;
    /// guest-agent, metadata, libosinfo or empty (not recorded).
    QString osSource;
    QString flavour;
    /// "5853:0001 rev 01"; empty when none is exposed.
    QString platformDevice;
    QString vendorDevice;
    /// The packages installed in the guest, as "id version" where the catalogue knows the version ("version?" where
    /// the catalogue marks it uncertain).
    QStringList installed;
    /// The packages bound to the exposed devices at the next boot, "id version".
    QStringList bound;
    QString predictedDriver;
    /// info, warning, error or empty; and the id of the first finding of that severity.
    QString worstSeverity;
    QString worstFinding;
    QStringList findings;
    QStringList pendingChanges;
    /// in-progress, done, rolled-back or empty; with "2/4" and who, as the migration records it.
    QString migrationState;
    QString migrationProgress;
    QString migrationBy;
    /// The installed Windows PV packages against the catalogue's current versions (docs/catalogue.md "Current
    /// versions"): yes when each is certainly current, no when one is certainly outdated, unknown otherwise; empty when
    /// no Windows PV package is installed.
    QString driversCurrent;
    /// The outdated ones, "id (current 9.4.2)" or "id (no longer maintained, successor LINE 9.4.2)"; "id?" when the
    /// verdict rests on an uncertain fact (the catalogue's placeholder DriverVer).
    QStringList outdatedDrivers;
    /// Each installed Windows PV package's verdict, in installed order.
    QList<CurrentVersionVerdict> driverCurrency;
};

/// The fleet report: `xpctl report --format csv|json` (issue 20 item 3). Rows in the order given.
class FleetReport
{
public:
    /// The row of @p record, on the connection @p uri, versions from @p catalogue.
    static FleetReportRow row(const QString& uri, const VmRecord& record, const DriverCatalogue& catalogue);
    /// By host, then by name: the order of `xpctl report` and of the console's export.
    static void sort(QList<FleetReportRow>& rows);
    static QByteArray json(const QList<FleetReportRow>& rows);
    /// RFC 4180, CRLF line ends, lists joined by ";".
    static QByteArray csv(const QList<FleetReportRow>& rows);
    static QStringList csvHeader();
};
