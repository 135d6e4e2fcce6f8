// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestInventory.h"

#include "DriverCatalogue.h"

namespace {
/// How far two versions are apart, for picking the nearest catalogue package.
qint64 distance(const QVersionNumber& a, const QVersionNumber& b)
{
    qint64 d = 0;
    for (int i = 0; i < 4; ++i)
        d = d * 100000 + std::abs(qint64(a.segmentAt(i)) - qint64(b.segmentAt(i)));
    return d;
}
} // namespace

QList<GuestInventory::Match> GuestInventory::match(const QList<PnputilParser::Package>& packages,
                                                   const DriverCatalogue& catalogue)
{
    QList<Match> matches;
    for (const PnputilParser::Package& installed : packages) {
        Match m{installed, {}, {}};
        const CataloguePackage* best = nullptr;
        for (const CataloguePackage& p : catalogue.packages()) {
            if (!p.isWindows() || p.imported)
                continue;
            if (p.inf.provider().compare(installed.provider, Qt::CaseInsensitive) != 0)
                continue;
            if (!installed.classGuid.isEmpty() &&
                p.inf.classGuid().compare(installed.classGuid, Qt::CaseInsensitive) != 0)
                continue;
            if (p.inf.driverVersion().majorVersion() != installed.version.majorVersion())
                continue;
            if (!best || distance(p.inf.driverVersion(), installed.version) <
                             distance(best->inf.driverVersion(), installed.version))
                best = &p;
        }
        if (best) {
            m.catalogueId = best->id;
            m.reason = tr("%1 %2 from %3 is catalogue package %4 (same provider, class and major version).")
                           .arg(installed.originalName.isEmpty() ? installed.publishedName : installed.originalName,
                                installed.version.toString(), installed.provider, best->id);
        } else {
            m.reason = tr("No catalogue package from %1 with version %2.x; it does not take part in the preview.")
                           .arg(installed.provider)
                           .arg(installed.version.majorVersion());
        }
        matches.append(m);
    }
    return matches;
}

QStringList GuestInventory::importInto(VmConfig& config, const QList<Match>& matches)
{
    QStringList added;
    QStringList drivers;
    for (const Match& m : matches) {
        if (m.catalogueId.isEmpty() || drivers.contains(m.catalogueId))
            continue;
        drivers.append(m.catalogueId);
        if (!config.guest.drivers.contains(m.catalogueId))
            added.append(m.catalogueId);
    }
    config.guest.drivers = drivers;
    return added;
}
