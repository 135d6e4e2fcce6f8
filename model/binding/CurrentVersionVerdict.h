// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVersionNumber>

struct CataloguePackage;
struct CurrentVersion;
struct DriverInventory;

/// Whether an installed Windows PV package is the current release of its product line (docs/catalogue.md "Current
/// versions", issue 20 item 3). A catalogue package stands for every build of a product, so the verdict needs the
/// guest's own driver version; the catalogue's DriverVer is a placeholder, and a verdict resting on it is uncertain.
class CurrentVersionVerdict
{
    Q_DECLARE_TR_FUNCTIONS(CurrentVersionVerdict)

public:
    enum class State { Current, Outdated, Unknown };
    /// Where the compared driver version came from.
    enum class Evidence { None, Inventory, Catalogue };

    QString packageId;
    /// The line's id; empty when the package is in no line of the table.
    QString line;
    bool maintained = false;
    /// The line's current release; empty when it is not maintained or in no line.
    QString current;
    /// Not maintained: the line that replaces it and that line's current release, when the table names one.
    QString successor;
    QString successorCurrent;
    State state = State::Unknown;
    /// The verdict rests on confirmed facts only. Unknown is never certain.
    bool certain = false;
    /// The driver version compared (DriverVer of the line's driver) and where it came from.
    QVersionNumber installedVersion;
    Evidence evidence = Evidence::None;
    /// One translated sentence: why this verdict.
    QString reason;

    /// The verdict on @p package, a build of @p line (nullptr: in no line), whose replacement is @p successor (may be
    /// nullptr), with the guest's driver versions from @p inventory where there is one.
    static CurrentVersionVerdict evaluate(const CataloguePackage& package, const CurrentVersion* line,
                                          const CurrentVersion* successor, const DriverInventory* inventory);

    /// The guest's DriverVer of @p driver ("xenbus") for catalogue package @p packageId: the driver bound to a Xen PCI
    /// device if the inventory lists one, else the highest among the driver store's packages of <driver>.inf. Null
    /// when the inventory tells neither (the older pnputil layout names no INF).
    static QVersionNumber inventoryVersion(const DriverInventory& inventory, const QString& packageId,
                                           const QString& driver);

    /// "current", "outdated", "unknown": report output, not translated.
    static QString stateName(State state);
    /// "inventory", "catalogue", or empty.
    static QString evidenceName(Evidence evidence);
};
