// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ObservationJson.h"

#include "model/core/InventoryMetadata.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString ObservationJson::time(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString ObservationJson::stateName(AgentReport::State state)
{
    switch (state) {
    case AgentReport::State::NotAsked: return QStringLiteral("not-asked");
    case AgentReport::State::Reported: return QStringLiteral("reported");
    case AgentReport::State::NotRunning: return QStringLiteral("not-running");
    case AgentReport::State::NoAgent: return QStringLiteral("no-agent");
    case AgentReport::State::NotResponding: return QStringLiteral("not-responding");
    case AgentReport::State::NotSupported: return QStringLiteral("not-supported");
    case AgentReport::State::NotAllowed: return QStringLiteral("not-allowed");
    case AgentReport::State::Failed: break;
    }
    return QStringLiteral("failed");
}

QJsonValue ObservationJson::agent(const AgentReport& r)
{
    if (r.state == AgentReport::State::NotAsked)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("state"), stateName(r.state)},
                       {QStringLiteral("at"), orNull(time(r.at))},
                       {QStringLiteral("detail"), orNull(r.detail)},
                       {QStringLiteral("os_id"), orNull(r.osId)},
                       {QStringLiteral("pretty_name"), orNull(r.prettyName)},
                       {QStringLiteral("version_id"), orNull(r.versionId)},
                       {QStringLiteral("kernel_release"), orNull(r.kernelRelease)},
                       {QStringLiteral("kernel_version"), orNull(r.kernelVersion)},
                       {QStringLiteral("variant"), orNull(r.variant)}};
}

QJsonValue ObservationJson::inventory(const std::optional<DriverInventory>& inventory)
{
    if (!inventory)
        return QJsonValue::Null;
    QJsonArray packages;
    for (const InventoryPackage& p : inventory->packages)
        packages.append(QJsonObject{{QStringLiteral("published_name"), p.publishedName},
                                    {QStringLiteral("original_name"), orNull(p.originalName)},
                                    {QStringLiteral("provider"), orNull(p.provider)},
                                    {QStringLiteral("version"), orNull(p.version)},
                                    {QStringLiteral("catalogue_package"), orNull(p.catalogueId)}});
    QJsonArray devices;
    for (const InventoryDevice& d : inventory->devices)
        devices.append(QJsonObject{{QStringLiteral("instance_id"), d.instanceId},
                                   {QStringLiteral("status"), orNull(d.status)},
                                   {QStringLiteral("problem"), orNull(d.problem)},
                                   {QStringLiteral("driver"), orNull(d.driver)},
                                   {QStringLiteral("original_name"), orNull(d.originalName)},
                                   {QStringLiteral("version"), orNull(d.version)},
                                   {QStringLiteral("catalogue_package"), orNull(d.catalogueId)}});
    return QJsonObject{{QStringLiteral("source"), InventoryMetadata::sourceName(inventory->source)},
                       {QStringLiteral("origin"), orNull(inventory->origin)},
                       {QStringLiteral("taken"), orNull(time(inventory->taken))},
                       {QStringLiteral("imported"), orNull(time(inventory->imported))},
                       {QStringLiteral("enum_drivers"), inventory->hasPackages},
                       {QStringLiteral("enum_devices"), inventory->hasDevices},
                       {QStringLiteral("packages"), packages},
                       {QStringLiteral("devices"), devices},
                       {QStringLiteral("other_packages"), inventory->otherPackages},
                       {QStringLiteral("other_devices"), inventory->otherDevices}};
}

QJsonArray ObservationJson::facts(const GuestFacts& facts)
{
    QJsonArray out;
    for (const GuestFacts::Fact& f : facts.facts())
        out.append(QJsonObject{{QStringLiteral("fact"), f.key},
                               {QStringLiteral("label"), f.label},
                               {QStringLiteral("value"), f.value},
                               {QStringLiteral("source"), GuestFacts::sourceName(f.source)},
                               {QStringLiteral("at"), orNull(time(f.at))},
                               {QStringLiteral("age"), GuestFacts::ageName(f.age)},
                               {QStringLiteral("disagreements"), QJsonArray::fromStringList(f.disagreements)}});
    return out;
}

QJsonValue ObservationJson::check(const PredictionCheck& check)
{
    if (check.state == PredictionCheck::State::Unchecked && check.summary.isEmpty())
        return QJsonValue::Null;
    QJsonArray devices;
    for (const PredictionCheck::Device& d : check.devices)
        devices.append(QJsonObject{{QStringLiteral("hardware_id"), d.hardwareId},
                                   {QStringLiteral("predicted"), orNull(d.predicted)},
                                   {QStringLiteral("observed"), orNull(d.observed)},
                                   {QStringLiteral("observed_driver"), d.observedDriver},
                                   {QStringLiteral("predicted_exposed"), d.predictedExposed},
                                   {QStringLiteral("listed_by_guest"), d.listedByGuest},
                                   {QStringLiteral("matches"), d.matches}});
    return QJsonObject{{QStringLiteral("state"), PredictionCheck::stateName(check.state)},
                       {QStringLiteral("summary"), check.text()},
                       {QStringLiteral("inventory_taken"), orNull(time(check.inventoryTaken))},
                       {QStringLiteral("boot_unknown"), check.bootUnknown},
                       {QStringLiteral("devices"), devices}};
}

void ObservationJson::append(QByteArray& out, const QJsonValue& value, int indent)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else {
        // Only null reaches here: the values above are objects, arrays or null.
        out += "null";
        return;
    }
    text.chop(1); // the document's final line break
    const QByteArray pad(4 * indent, ' ');
    text.replace("\n", "\n" + pad);
    out += text;
}
