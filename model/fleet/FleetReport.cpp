// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetReport.h"

#include "ConnectionListModel.h"
#include "VmReport.h"
#include "WhatIfOutput.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/MigrationProgress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

/// "id version" when the catalogue knows the package's DriverVer version, else the id alone; "version?" when the
/// catalogue marks that version uncertain (a placeholder until a published INF confirms it).
QString withVersion(const QString& id, const DriverCatalogue& catalogue)
{
    const CataloguePackage* package = catalogue.find(id);
    if (!package || package->inf.driverVersion().isNull())
        return id;
    const bool uncertain = std::any_of(package->uncertain.cbegin(), package->uncertain.cend(),
                                       [](const QString& fact) { return fact.contains(QLatin1String("DriverVer")); });
    return id + QLatin1Char(' ') + package->inf.driverVersion().toString() +
           (uncertain ? QStringLiteral("?") : QString());
}

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

FleetReportRow FleetReport::row(const QString& uri, const VmRecord& record, const DriverCatalogue& catalogue)
{
    const VmRow table = VmReport::toRow(record);
    FleetReportRow r;
    r.name = record.config.name;
    r.uuid = record.config.uuid;
    r.host = ConnectionListModel::displayName(uri);
    r.state = VmReport::stateName(record.snapshot);
    r.os = VmReport::osText(record.config, false);
    r.osSource = VmReport::bootSummary(record.config).osSource;
    r.flavour = table.flavour;
    // The table says "none" in the user's language where no platform device is exposed; the report leaves it empty.
    const bool platform = std::any_of(record.outcome.devices.cbegin(), record.outcome.devices.cend(),
                                      [](const ExposedDevice& d) { return d.role == ExposedDevice::Role::Platform; });
    r.platformDevice = platform ? table.platformDevice : QString();
    r.vendorDevice = table.vendorDevice;
    for (const QString& id : record.config.guest.drivers)
        r.installed << withVersion(id, catalogue);
    for (const ExposedDevice& d : record.outcome.devices)
        if (!d.boundPackage.isEmpty() && !r.bound.contains(withVersion(d.boundPackage, catalogue)))
            r.bound << withVersion(d.boundPackage, catalogue);
    r.predictedDriver = record.outcome.activeDriver;
    if (!record.outcome.findings.isEmpty()) {
        const Finding::Severity worst = record.outcome.worst();
        r.worstSeverity = Finding::severityName(worst);
        for (const Finding& f : record.outcome.findings)
            if (f.severity == worst) {
                r.worstFinding = f.id;
                break;
            }
    }
    r.findings = record.outcome.findingIds();
    r.pendingChanges = record.pendingChanges;
    if (const auto& m = record.config.migration) {
        r.migrationState = MigrationProgress::stateName(m->state);
        r.migrationProgress = QStringLiteral("%1/%2").arg(m->completedSteps).arg(m->stepCount);
        r.migrationBy = m->by;
    }
    return r;
}

void FleetReport::sort(QList<FleetReportRow>& rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const FleetReportRow& a, const FleetReportRow& b) {
        return a.host != b.host ? a.host < b.host : a.name < b.name;
    });
}

QByteArray FleetReport::json(const QList<FleetReportRow>& rows)
{
    QJsonArray vms;
    for (const FleetReportRow& r : rows) {
        vms.append(QJsonObject{
            {QStringLiteral("name"), r.name},
            {QStringLiteral("uuid"), r.uuid},
            {QStringLiteral("host"), r.host},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("os"), r.os},
            {QStringLiteral("os_source"), orNull(r.osSource)},
            {QStringLiteral("flavour"), r.flavour},
            {QStringLiteral("platform_device"), orNull(r.platformDevice)},
            {QStringLiteral("vendor_device"), orNull(r.vendorDevice)},
            {QStringLiteral("installed_drivers"), QJsonArray::fromStringList(r.installed)},
            {QStringLiteral("bound_drivers"), QJsonArray::fromStringList(r.bound)},
            {QStringLiteral("predicted_driver"), orNull(r.predictedDriver)},
            {QStringLiteral("worst_severity"), orNull(r.worstSeverity)},
            {QStringLiteral("worst_finding"), orNull(r.worstFinding)},
            {QStringLiteral("findings"), QJsonArray::fromStringList(r.findings)},
            {QStringLiteral("pending_changes"), QJsonArray::fromStringList(r.pendingChanges)},
            {QStringLiteral("migration"),
             r.migrationState.isEmpty() ? QJsonValue()
                                        : QJsonValue(QJsonObject{{QStringLiteral("state"), r.migrationState},
                                                                 {QStringLiteral("progress"), r.migrationProgress},
                                                                 {QStringLiteral("by"), orNull(r.migrationBy)}})},
        });
    }
    return QJsonDocument(vms).toJson(QJsonDocument::Indented);
}

QStringList FleetReport::csvHeader()
{
    return {QStringLiteral("name"),
            QStringLiteral("uuid"),
            QStringLiteral("host"),
            QStringLiteral("state"),
            QStringLiteral("os"),
            QStringLiteral("os_source"),
            QStringLiteral("flavour"),
            QStringLiteral("platform_device"),
            QStringLiteral("vendor_device"),
            QStringLiteral("installed_drivers"),
            QStringLiteral("bound_drivers"),
            QStringLiteral("predicted_driver"),
            QStringLiteral("worst_severity"),
            QStringLiteral("worst_finding"),
            QStringLiteral("findings"),
            QStringLiteral("pending_changes"),
            QStringLiteral("migration_state"),
            QStringLiteral("migration_progress"),
            QStringLiteral("migration_by")};
}

QByteArray FleetReport::csv(const QList<FleetReportRow>& rows)
{
    QString text;
    auto line = [&text](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << WhatIfOutput::csvField(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    const QString list = QStringLiteral(";");
    line(csvHeader());
    for (const FleetReportRow& r : rows)
        line({r.name, r.uuid, r.host, r.state, r.os, r.osSource, r.flavour, r.platformDevice, r.vendorDevice,
              r.installed.join(list), r.bound.join(list), r.predictedDriver, r.worstSeverity, r.worstFinding,
              r.findings.join(list), r.pendingChanges.join(list), r.migrationState, r.migrationProgress,
              r.migrationBy});
    return text.toUtf8();
}
