// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InventoryImport.h"

#include "DriverCatalogue.h"
#include "GuestInventory.h"
#include "PnputilInput.h"
#include "model/core/InventoryMetadata.h"

#include <QFileInfo>
#include <QSet>

namespace {

/// Providers of the catalogue's Windows packages: an installed package from one of them is kept even when its
/// version matches no catalogue package, so the admin sees that the prediction leaves it out.
QSet<QString> xenProviders(const DriverCatalogue& catalogue)
{
    QSet<QString> providers;
    for (const CataloguePackage& p : catalogue.packages())
        if (p.isWindows() && !p.imported)
            providers.insert(p.inf.provider().toLower());
    return providers;
}

bool isXenPackage(const PnputilParser::Package& p, const QSet<QString>& providers)
{
    return providers.contains(p.provider.toLower()) ||
           p.originalName.startsWith(QLatin1String("xen"), Qt::CaseInsensitive);
}

/// What the metadata keeps of a field: pnputil prints none longer than a few hundred characters, so a longer one (a
/// hostile or broken file) is cut and cannot swell the VM's metadata; characters XML cannot hold are replaced, so
/// what is imported is exactly what reads back.
QString clip(const QString& text)
{
    constexpr qsizetype kMaxField = 512;
    return InventoryMetadata::xmlSafe(text.size() > kMaxField ? text.left(kMaxField - 1) + QChar(0x2026) : text);
}

QString versionText(const QVersionNumber& v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

bool InventoryImport::isXenDevice(const QString& instanceId)
{
    return instanceId.startsWith(QLatin1String("PCI\\VEN_5853&"), Qt::CaseInsensitive) ||
           instanceId.startsWith(QLatin1String("XEN"), Qt::CaseInsensitive);
}

DriverInventory InventoryImport::build(const std::optional<QList<PnputilParser::Package>>& packages,
                                       const std::optional<QList<PnputilDeviceParser::Device>>& devices,
                                       const DriverCatalogue& catalogue)
{
    DriverInventory inventory;
    const QSet<QString> providers = xenProviders(catalogue);
    QHash<QString, InventoryPackage> byPublishedName;
    if (packages) {
        inventory.hasPackages = true;
        const QList<GuestInventory::Match> matches = GuestInventory::match(*packages, catalogue);
        for (const GuestInventory::Match& m : matches) {
            if (m.catalogueId.isEmpty() && !isXenPackage(m.package, providers)) {
                ++inventory.otherPackages;
                continue;
            }
            InventoryPackage p;
            p.publishedName = clip(m.package.publishedName);
            p.originalName = clip(m.package.originalName);
            p.provider = clip(m.package.provider);
            p.version = versionText(m.package.version);
            p.date = m.package.date;
            p.signer = clip(m.package.signer);
            p.catalogueId = m.catalogueId;
            byPublishedName.insert(p.publishedName.toLower(), p);
            inventory.packages.append(p);
        }
    }
    if (devices) {
        inventory.hasDevices = true;
        for (const PnputilDeviceParser::Device& d : *devices) {
            if (!isXenDevice(d.instanceId)) {
                ++inventory.otherDevices;
                continue;
            }
            InventoryDevice device;
            device.instanceId = clip(d.instanceId);
            device.description = clip(d.description);
            device.status = clip(d.status);
            if (d.problemCode != 0)
                device.problem = QString::number(d.problemCode);
            device.driver = clip(d.driverName);
            const auto installed =
                std::find_if(d.matchingDrivers.cbegin(), d.matchingDrivers.cend(),
                             [](const PnputilDeviceParser::MatchingDriver& m) { return m.installed; });
            if (installed != d.matchingDrivers.cend()) {
                device.originalName = clip(installed->originalName);
                device.provider = clip(installed->provider);
                device.version = versionText(installed->version);
                device.date = installed->date;
            }
            if (const auto p = byPublishedName.constFind(d.driverName.toLower()); p != byPublishedName.cend()) {
                // The driver store's record of the same package is the fuller one.
                device.catalogueId = p->catalogueId;
                if (device.originalName.isEmpty())
                    device.originalName = p->originalName;
                if (device.provider.isEmpty())
                    device.provider = p->provider;
                if (device.version.isEmpty())
                    device.version = p->version;
            } else if (installed != d.matchingDrivers.cend()) {
                PnputilParser::Package synthesized;
                synthesized.publishedName = d.driverName;
                synthesized.originalName = installed->originalName;
                synthesized.provider = installed->provider;
                synthesized.classGuid = installed->classGuid;
                synthesized.version = installed->version;
                synthesized.date = installed->date;
                device.catalogueId = GuestInventory::match({synthesized}, catalogue).constFirst().catalogueId;
            }
            inventory.devices.append(device);
        }
    }
    return inventory;
}

InventoryImport::Result InventoryImport::fromOutputs(const QList<QPair<QString, QByteArray>>& outputs,
                                                     const DriverCatalogue& catalogue, DriverInventory::Source source,
                                                     const QDateTime& taken, const QDateTime& now)
{
    Result result;
    std::optional<QList<PnputilParser::Package>> packages;
    std::optional<QList<PnputilDeviceParser::Device>> devices;
    QString driversFrom;
    QString devicesFrom;
    QStringList names;
    for (const auto& [name, data] : outputs) {
        names.append(name);
        const PnputilInput::Result kind = PnputilInput::classify(data, name);
        if (!kind.ok()) {
            result.error = kind.error;
            return result;
        }
        switch (kind.value) {
        case PnputilInput::Kind::NoRecords:
            result.error = ParseError{name, 0, tr("The file holds pnputil's title line and no records.")};
            return result;
        case PnputilInput::Kind::EnumDrivers: {
            if (packages) {
                result.error = ParseError{
                    name, 0,
                    tr("Two outputs of pnputil /enum-drivers for one VM: %1 and %2. Keep one.").arg(driversFrom, name)};
                return result;
            }
            const PnputilParser::Result parsed = PnputilParser::parse(data, name);
            if (!parsed.ok()) {
                result.error = parsed.error;
                return result;
            }
            packages = parsed.value;
            driversFrom = name;
            break;
        }
        case PnputilInput::Kind::EnumDevices: {
            if (devices) {
                result.error = ParseError{
                    name, 0,
                    tr("Two outputs of pnputil /enum-devices for one VM: %1 and %2. Keep one.").arg(devicesFrom, name)};
                return result;
            }
            const PnputilDeviceParser::Result parsed = PnputilDeviceParser::parse(data, name);
            if (!parsed.ok()) {
                result.error = parsed.error;
                return result;
            }
            devices = parsed.value;
            devicesFrom = name;
            break;
        }
        }
    }
    result.value = build(packages, devices, catalogue);
    result.value.source = source;
    result.value.origin = names.join(QStringLiteral(", "));
    // Whole seconds: the metadata keeps ISO times without fractions, and a push verifies what it reads back.
    result.value.taken = taken.isValid() ? QDateTime::fromSecsSinceEpoch(taken.toSecsSinceEpoch(), Qt::UTC) : taken;
    result.value.imported = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    return result;
}

InventoryImport::Result InventoryImport::fromFiles(const QStringList& paths, const DriverCatalogue& catalogue,
                                                   const QDateTime& now)
{
    Result result;
    QList<QPair<QString, QByteArray>> outputs;
    QDateTime oldest;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const PnputilInput::Result kind = PnputilInput::classifyFile(path);
        if (!kind.ok()) {
            result.error = kind.error;
            return result;
        }
        const ParseResult<QByteArray> data = PnputilInput::readFile(path, PnputilInput::maxFileSize(kind.value));
        if (!data.ok()) {
            result.error = data.error;
            return result;
        }
        outputs.append({info.fileName(), data.value});
        // pnputil prints no date: the file's modification time is the closest to when it ran.
        const QDateTime modified = info.lastModified().toUTC();
        if (!oldest.isValid() || modified < oldest)
            oldest = modified;
    }
    return fromOutputs(outputs, catalogue, DriverInventory::Source::File, oldest, now);
}
