// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PredictionCheck.h"

#include "GuestFacts.h"

namespace {

bool isXenPci(const QString& instanceId)
{
    return instanceId.startsWith(QLatin1String("PCI\\VEN_5853&"), Qt::CaseInsensitive);
}

QString hardwarePart(const QString& instanceId)
{
    return instanceId.section(QLatin1Char('\\'), 0, 1);
}

QString packageText(const QString& id)
{
    return id.isEmpty() ? PredictionCheck::tr("none") : id;
}

} // namespace

QString PredictionCheck::stateName(State state)
{
    switch (state) {
    case State::Confirmed: return QStringLiteral("confirmed");
    case State::Differs: return QStringLiteral("differs");
    case State::Unchecked: break;
    }
    return QStringLiteral("unchecked");
}

PredictionCheck PredictionCheck::of(const VmConfig& config, const PreviewOutcome& outcome,
                                    const QStringList& pendingChanges)
{
    PredictionCheck check;
    const auto& inventory = config.observed.latestInventory();
    // Most VMs have no inventory: no sentence is made for them until one is shown (text()).
    if (!inventory || !inventory->hasDevices)
        return check;
    check.inventoryTaken = inventory->taken.isValid() ? inventory->taken : inventory->imported;
    const GuestObservations& o = config.observed;
    if (o.lastBoot && check.inventoryTaken < *o.lastBoot) {
        check.summary = tr("The inventory (%1) is older than the VM's last boot (%2): it describes an earlier boot.")
                            .arg(check.inventoryTaken.toString(Qt::ISODate), o.lastBoot->toString(Qt::ISODate));
        return check;
    }
    if (config.running && !pendingChanges.isEmpty()) {
        check.summary = tr("The definition changed since this boot (%1): the prediction shown is for the next boot, "
                           "not the one the inventory describes.")
                            .arg(pendingChanges.join(QStringLiteral(", ")));
        return check;
    }
    check.bootUnknown = !o.lastBoot && !(config.running && o.runningSince && check.inventoryTaken >= *o.runningSince);

    QList<const InventoryDevice*> listed;
    for (const InventoryDevice& d : inventory->devices)
        if (isXenPci(d.instanceId))
            listed.append(&d);
    bool allMatch = true;
    for (const ExposedDevice& exposed : outcome.devices) {
        if (exposed.hardwareIds.isEmpty())
            continue;
        Device d;
        d.hardwareId = exposed.hardwareIds.constFirst();
        d.predicted = exposed.boundPackage;
        const auto found = std::find_if(listed.begin(), listed.end(), [&](const InventoryDevice* i) {
            return hardwarePart(i->instanceId).compare(d.hardwareId, Qt::CaseInsensitive) == 0;
        });
        if (found == listed.end()) {
            d.listedByGuest = false;
            d.observedDriver = tr("not listed by the guest");
        } else {
            d.observed = (*found)->catalogueId;
            d.observedDriver = GuestFacts::boundDriverText(**found);
            // A driver the catalogue does not know cannot be the predicted package.
            d.matches = d.observed == d.predicted && ((*found)->driver.isEmpty() || !d.observed.isEmpty());
            listed.erase(found);
        }
        allMatch = allMatch && d.matches;
        check.devices.append(d);
    }
    // A Xen device the guest has and the prediction does not expose: the inventory saw another machine.
    for (const InventoryDevice* i : std::as_const(listed)) {
        Device d;
        d.hardwareId = hardwarePart(i->instanceId);
        d.predictedExposed = false;
        d.observed = i->catalogueId;
        d.observedDriver = GuestFacts::boundDriverText(*i);
        allMatch = false;
        check.devices.append(d);
    }
    if (check.devices.isEmpty()) {
        check.summary = tr("Neither the prediction nor the inventory has a Xen PCI device.");
        return check;
    }
    check.state = allMatch ? State::Confirmed : State::Differs;
    check.summary =
        allMatch
            ? tr("The inventory of %1 confirms the prediction.").arg(check.inventoryTaken.toString(Qt::ISODate))
            : tr("The inventory of %1 differs from the prediction.").arg(check.inventoryTaken.toString(Qt::ISODate));
    if (check.bootUnknown)
        check.summary += QLatin1Char(' ') + tr("The console did not see the VM's last boot; the inventory is taken to "
                                               "describe it.");
    return check;
}

QString PredictionCheck::text() const
{
    return summary.isEmpty() ? tr("No imported pnputil /enum-devices output says which driver is bound.") : summary;
}

std::optional<Finding> PredictionCheck::finding() const
{
    if (state != State::Differs)
        return std::nullopt;
    QStringList evidence;
    for (const Device& d : devices) {
        if (d.matches)
            continue;
        if (!d.predictedExposed)
            evidence.append(
                tr("%1: not exposed in the prediction; the guest has %2").arg(d.hardwareId, d.observedDriver));
        else if (!d.listedByGuest)
            evidence.append(tr("%1: predicted %2; the guest does not list this device")
                                .arg(d.hardwareId, packageText(d.predicted)));
        else
            evidence.append(
                tr("%1: predicted %2; the guest has %3").arg(d.hardwareId, packageText(d.predicted), d.observedDriver));
    }
    return Finding{QStringLiteral("XP-PREDICTION-DIFFERS"), Finding::Severity::Warning,
                   tr("What the guest's driver inventory says is bound differs from the prediction for this boot: "
                      "check the VM's record (OS, installed drivers, active xenbus device) before trusting the "
                      "prediction for its next boot."),
                   evidence};
}
