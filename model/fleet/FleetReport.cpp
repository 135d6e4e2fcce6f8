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

/// What the admin should have instead: "current 9.4.2", or why there is nothing newer of the same line. Never a ";":
/// the CSV joins list items with it.
QString currentRelease(const CurrentVersionVerdict& v)
{
    if (v.line.isEmpty())
        return QStringLiteral("no current-versions entry");
    if (v.maintained)
        return QStringLiteral("current ") + v.current;
    if (v.successor.isEmpty())
        return QStringLiteral("no longer maintained");
    return QStringLiteral("no longer maintained, successor %1 %2").arg(v.successor, v.successorCurrent);
}

bool uncertainVerdict(const CurrentVersionVerdict& v)
{
    return v.state != CurrentVersionVerdict::State::Unknown && !v.certain;
}

/// "xenserver-vmtools-9: outdated? (current 9.4.2)": one CSV list item of driver_currency.
QString currencyText(const CurrentVersionVerdict& v)
{
    return QStringLiteral("%1: %2%3 (%4)")
        .arg(v.packageId, CurrentVersionVerdict::stateName(v.state),
             uncertainVerdict(v) ? QStringLiteral("?") : QString(), currentRelease(v));
}

QJsonObject currencyJson(const CurrentVersionVerdict& v)
{
    return QJsonObject{
        {QStringLiteral("package"), v.packageId},
        {QStringLiteral("line"), orNull(v.line)},
        {QStringLiteral("verdict"), CurrentVersionVerdict::stateName(v.state)},
        {QStringLiteral("certain"), v.certain},
        {QStringLiteral("maintained"), v.maintained},
        {QStringLiteral("current"), orNull(v.current)},
        {QStringLiteral("successor"), v.successor.isEmpty()
                                          ? QJsonValue()
                                          : QJsonValue(QJsonObject{{QStringLiteral("line"), v.successor},
                                                                   {QStringLiteral("current"), v.successorCurrent}})},
        {QStringLiteral("installed_version"),
         v.installedVersion.isNull() ? QJsonValue() : QJsonValue(v.installedVersion.toString())},
        {QStringLiteral("version_from"), orNull(CurrentVersionVerdict::evidenceName(v.evidence))},
        {QStringLiteral("reason"), v.reason},
    };
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
    // The guest's own driver versions, where an inventory was imported or read: the catalogue only has placeholders.
    const std::optional<DriverInventory>& inventory = record.config.observed.latestInventory();
    for (const QString& id : record.config.guest.drivers) {
        const std::optional<CurrentVersionVerdict> verdict = catalogue.currency(id, inventory ? &*inventory : nullptr);
        if (!verdict)
            continue; // Linux and BSD drivers come with the kernel: no current-versions line (docs/catalogue.md).
        r.driverCurrency.append(*verdict);
        if (verdict->state == CurrentVersionVerdict::State::Outdated)
            r.outdatedDrivers << QStringLiteral("%1%2 (%3)")
                                     .arg(verdict->packageId,
                                          uncertainVerdict(*verdict) ? QStringLiteral("?") : QString(),
                                          currentRelease(*verdict));
    }
    if (!r.driverCurrency.isEmpty()) {
        using State = CurrentVersionVerdict::State;
        const auto is = [](State state) {
            return [state](const CurrentVersionVerdict& v) { return v.state == state && v.certain; };
        };
        if (std::any_of(r.driverCurrency.cbegin(), r.driverCurrency.cend(), is(State::Outdated)))
            r.driversCurrent = QStringLiteral("no");
        else if (std::all_of(r.driverCurrency.cbegin(), r.driverCurrency.cend(), is(State::Current)))
            r.driversCurrent = QStringLiteral("yes");
        else
            r.driversCurrent = QStringLiteral("unknown");
    }
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
        QJsonArray currency;
        for (const CurrentVersionVerdict& v : r.driverCurrency)
            currency.append(currencyJson(v));
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
            {QStringLiteral("drivers_current"), orNull(r.driversCurrent)},
            {QStringLiteral("outdated_drivers"), QJsonArray::fromStringList(r.outdatedDrivers)},
            {QStringLiteral("driver_currency"), currency},
        });
    }
    return QJsonDocument(vms).toJson(QJsonDocument::Indented);
}

QStringList FleetReport::csvHeader()
{
    // The currency columns are appended rather than grouped with the drivers: scripts that read the columns by
    // position keep working.
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
            QStringLiteral("migration_by"),
            QStringLiteral("drivers_current"),
            QStringLiteral("outdated_drivers"),
            QStringLiteral("driver_currency")};
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
    for (const FleetReportRow& r : rows) {
        QStringList currency;
        for (const CurrentVersionVerdict& v : r.driverCurrency)
            currency << currencyText(v);
        line({r.name,
              r.uuid,
              r.host,
              r.state,
              r.os,
              r.osSource,
              r.flavour,
              r.platformDevice,
              r.vendorDevice,
              r.installed.join(list),
              r.bound.join(list),
              r.predictedDriver,
              r.worstSeverity,
              r.worstFinding,
              r.findings.join(list),
              r.pendingChanges.join(list),
              r.migrationState,
              r.migrationProgress,
              r.migrationBy,
              r.driversCurrent,
              r.outdatedDrivers.join(list),
              currency.join(list)});
    }
    return text.toUtf8();
}
