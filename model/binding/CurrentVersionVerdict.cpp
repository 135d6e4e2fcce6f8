// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CurrentVersionVerdict.h"

#include "CataloguePackage.h"
#include "CurrentVersion.h"
#include "model/core/GuestObservations.h"

#include <algorithm>

namespace {

/// The same test as the report's "version?": the catalogue names its DriverVer among the uncertain facts when it is
/// a placeholder (every shipped Windows package, see the INF headers).
bool driverVerIsPlaceholder(const CataloguePackage& package)
{
    return std::any_of(package.uncertain.cbegin(), package.uncertain.cend(),
                       [](const QString& fact) { return fact.contains(QLatin1String("DriverVer")); });
}

} // namespace

QVersionNumber CurrentVersionVerdict::inventoryVersion(const DriverInventory& inventory, const QString& packageId,
                                                       const QString& driver)
{
    const QString inf = driver + QLatin1String(".inf");
    auto ofDriver = [&inf](const QString& originalName) {
        return originalName.isEmpty() || originalName.compare(inf, Qt::CaseInsensitive) == 0;
    };
    // The driver bound to the platform or vendor device is the one that runs: a second build left in the store
    // does not make the guest outdated or current.
    for (const InventoryDevice& d : inventory.devices) {
        if (d.catalogueId != packageId || !ofDriver(d.originalName) ||
            !d.instanceId.startsWith(QLatin1String("PCI\\VEN_5853"), Qt::CaseInsensitive))
            continue;
        const QVersionNumber v = QVersionNumber::fromString(d.version);
        if (!v.isNull())
            return v;
    }
    QVersionNumber best;
    for (const InventoryPackage& p : inventory.packages) {
        // Without the original INF name (the older pnputil layout) a xeniface.inf of the same provider could be
        // taken for the bus driver.
        if (p.catalogueId != packageId || p.originalName.compare(inf, Qt::CaseInsensitive) != 0)
            continue;
        const QVersionNumber v = QVersionNumber::fromString(p.version);
        if (!v.isNull() && v > best)
            best = v;
    }
    return best;
}

CurrentVersionVerdict CurrentVersionVerdict::evaluate(const CataloguePackage& package, const CurrentVersion* line,
                                                      const CurrentVersion* successor, const DriverInventory* inventory)
{
    CurrentVersionVerdict v;
    v.packageId = package.id;
    if (!line) {
        v.reason = tr("The current-versions table has no line for %1.").arg(package.id);
        return v;
    }
    v.line = line->line;
    v.maintained = line->maintained;
    v.current = line->current;
    if (!line->maintained) {
        // Nobody releases this product any more: whatever build the guest has, a maintained product replaces it.
        v.state = State::Outdated;
        v.certain = true;
        if (successor && successor->maintained) {
            v.successor = successor->line;
            v.successorCurrent = successor->current;
            v.reason = tr("%1 is no longer maintained; %2 replaces it, current release %3.")
                           .arg(line->name, successor->name, successor->current);
        } else if (!line->lastRelease.isEmpty()) {
            v.reason = tr("%1 is no longer maintained; its last release was %2.").arg(line->name, line->lastRelease);
        } else {
            v.reason = tr("%1 is no longer maintained.").arg(line->name);
        }
        return v;
    }
    if (line->driver.isEmpty() || (!line->outdatedBelow && line->currentDriverVersion.isNull())) {
        v.reason = tr("The sources give no driver version of %1 to compare with; current release: %2.")
                       .arg(line->name, line->current);
        return v;
    }

    if (inventory) {
        v.installedVersion = inventoryVersion(*inventory, package.id, line->driver);
        if (!v.installedVersion.isNull())
            v.evidence = Evidence::Inventory;
    }
    if (v.installedVersion.isNull() && !package.inf.driverVersion().isNull()) {
        v.installedVersion = package.inf.driverVersion();
        v.evidence = Evidence::Catalogue;
    }
    if (v.evidence == Evidence::None) {
        v.reason = tr("No %1 version of %2 is known for this guest; current release of %3: %4.")
                       .arg(line->driver, package.id, line->name, line->current);
        return v;
    }
    const bool placeholder = v.evidence == Evidence::Catalogue && driverVerIsPlaceholder(package);
    const QString from = v.evidence == Evidence::Inventory ? tr("the guest's driver inventory")
                         : placeholder ? tr("the catalogue's placeholder DriverVer, not the guest's")
                                       : tr("the catalogue's DriverVer");
    const QString installed = QStringLiteral("%1 %2").arg(line->driver, v.installedVersion.toString());
    const QString confirm =
        placeholder ? QLatin1Char(' ') + tr("Import the guest's driver inventory to confirm.") : QString();

    if (!line->currentDriverVersion.isNull() && v.installedVersion >= line->currentDriverVersion) {
        v.state = State::Current;
        // "Current" also rests on the table knowing the newest release: any doubt the line records weakens it.
        v.certain = !placeholder && line->uncertain.isEmpty();
        v.reason = tr("%1 (%2) is at least the %3 of %4 %5, the current release.")
                       .arg(installed, from, line->driver, line->name, line->current) +
                   confirm;
        return v;
    }
    if (line->outdatedBelow && v.installedVersion < line->outdatedBelow->version) {
        const CurrentVersion::DriverFloor& floor = *line->outdatedBelow;
        v.state = State::Outdated;
        v.certain = !placeholder && floor.uncertain.isEmpty();
        v.reason = (floor.release.isEmpty()
                        ? tr("%1 (%2) is older than %3 (%4); current release of %5: %6.")
                              .arg(installed, from, floor.version.toString(), floor.fact, line->name, line->current)
                        : tr("%1 (%2) is older than %3, the %4 of %5 %6 (%7); current release: %8.")
                              .arg(installed, from, floor.version.toString(), line->driver, line->name, floor.release,
                                   floor.fact, line->current)) +
                   confirm;
        if (!floor.uncertain.isEmpty())
            v.reason += QLatin1Char(' ') + tr("Uncertain: %1.").arg(floor.uncertain);
        return v;
    }
    if (!line->currentDriverVersion.isNull()) {
        v.state = State::Outdated;
        v.certain = !placeholder;
        v.reason =
            tr("%1 (%2) is older than %3, the %4 of the current release %5 %6.")
                .arg(installed, from, line->currentDriverVersion.toString(), line->driver, line->name, line->current) +
            confirm;
        return v;
    }
    // Not below the floor: it may still be a build between the floor's release and the current one.
    v.reason =
        tr("%1 (%2) is not older than %3, and the sources give no %4 version of %5 %6, the current release, "
           "to tell it from an older build.")
            .arg(installed, from, line->outdatedBelow->version.toString(), line->driver, line->name, line->current);
    return v;
}

QString CurrentVersionVerdict::stateName(State state)
{
    switch (state) {
    case State::Current: return QStringLiteral("current");
    case State::Outdated: return QStringLiteral("outdated");
    case State::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString CurrentVersionVerdict::evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::Inventory: return QStringLiteral("inventory");
    case Evidence::Catalogue: return QStringLiteral("catalogue");
    case Evidence::None: break;
    }
    return QString();
}
