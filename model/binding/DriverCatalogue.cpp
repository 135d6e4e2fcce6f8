// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DriverCatalogue.h"

#include "CataloguePackageReader.h"
#include "CurrentVersionReader.h"
#include "InfParser.h"
#include "model/core/DataPaths.h"
#include "model/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool DriverCatalogue::load(const QString& directory)
{
    m_packages.clear();
    m_byId.clear();
    m_currentVersions.clear();
    m_lineByPackage.clear();
    m_lineById.clear();
    m_warnings.clear();
    m_error.clear();

    const QString path = QDir(directory).filePath(QStringLiteral("catalogue.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the driver catalogue %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        m_error = tr("The driver catalogue %1 is not valid JSON at offset %2: %3")
                      .arg(path)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1) {
        m_error = tr("The driver catalogue %1 has schema %2; this build reads schema 1.")
                      .arg(path, root.value(QStringLiteral("schema")).toVariant().toString());
        return false;
    }

    for (const QJsonValue& entry : root.value(QStringLiteral("packages")).toArray()) {
        QString why;
        QStringList warnings;
        std::optional<CataloguePackage> p = CataloguePackageReader::read(entry.toObject(), directory, &why, &warnings);
        for (const QString& warning : std::as_const(warnings))
            m_warnings.append(QStringLiteral("%1: %2").arg(path, warning));
        if (!p) {
            m_warnings.append(tr("%1: package '%2' skipped: %3")
                                  .arg(path, entry.toObject().value(QStringLiteral("id")).toString(), why));
            continue;
        }
        const QString id = p->id;
        if (!add(std::move(*p)))
            m_warnings.append(tr("%1: package id '%2' appears twice; the first one is kept").arg(path, id));
    }
    loadCurrentVersions(root.value(QStringLiteral("currentVersions")), path);
    for (const QString& warning : std::as_const(m_warnings))
        qCWarning(lcModel) << warning;
    return true;
}

bool DriverCatalogue::importInf(const QString& path, QString* error)
{
    const InfParser::Result inf = InfParser::parseFile(path);
    if (!inf.ok()) {
        if (error)
            *error = inf.error->toString();
        return false;
    }
    CataloguePackage p;
    p.id = QStringLiteral("user:") + QFileInfo(path).fileName();
    p.name = QFileInfo(path).fileName();
    p.os = GuestOs::Windows;
    p.stack = QStringLiteral("imported");
    p.infFileName = QFileInfo(path).fileName();
    p.inf = inf.value;
    // An imported INF tells nothing about its signature or its unplug behaviour.
    p.signer = DriverRank::Signer::Unknown;
    p.imported = true;
    p.uncertain = {tr("signature, handshake and stack of an imported INF")};
    p.source = path;
    if (!add(p)) {
        if (error)
            *error = tr("A package named '%1' is already in the catalogue.").arg(p.id);
        return false;
    }
    return true;
}

void DriverCatalogue::loadCurrentVersions(const QJsonValue& table, const QString& path)
{
    if (table.isUndefined())
        return;
    if (!table.isArray()) {
        m_warnings.append(
            tr("%1: 'currentVersions' is not a list; no package is compared with a current release").arg(path));
        return;
    }
    const auto isWindowsPackage = [this](const QString& id) {
        const CataloguePackage* p = find(id);
        return p && p->isWindows();
    };
    for (const QJsonValue& entry : table.toArray()) {
        QString why;
        QStringList warnings;
        std::optional<CurrentVersion> line =
            CurrentVersionReader::read(entry.toObject(), isWindowsPackage, &why, &warnings);
        for (const QString& warning : std::as_const(warnings))
            m_warnings.append(QStringLiteral("%1: %2").arg(path, warning));
        if (!line) {
            m_warnings.append(tr("%1: current versions '%2' skipped: %3")
                                  .arg(path, entry.toObject().value(QStringLiteral("line")).toString(), why));
            continue;
        }
        if (m_lineById.contains(line->line)) {
            m_warnings.append(
                tr("%1: current versions '%2' appears twice; the first one is kept").arg(path, line->line));
            continue;
        }
        // A package in two lines would get two current releases: the first line keeps it.
        QStringList packages;
        for (const QString& id : std::as_const(line->packages)) {
            if (m_lineByPackage.contains(id))
                m_warnings.append(tr("%1: package '%2' is in current versions '%3' and '%4'; the first is kept")
                                      .arg(path, id, m_currentVersions.at(m_lineByPackage.value(id)).line, line->line));
            else
                packages.append(id);
        }
        if (packages.isEmpty())
            continue;
        line->packages = packages;
        const qsizetype index = m_currentVersions.size();
        m_lineById.insert(line->line, index);
        for (const QString& id : std::as_const(packages))
            m_lineByPackage.insert(id, index);
        m_currentVersions.append(std::move(*line));
    }
    for (CurrentVersion& line : m_currentVersions) {
        if (!line.successor.isEmpty() && !m_lineById.contains(line.successor)) {
            m_warnings.append(tr("%1: current versions '%2' names an unknown successor '%3'; left out")
                                  .arg(path, line.line, line.successor));
            line.successor.clear();
        }
    }
}

const CurrentVersion* DriverCatalogue::currentVersionOf(const QString& packageId) const
{
    const auto it = m_lineByPackage.constFind(packageId);
    return it == m_lineByPackage.cend() ? nullptr : &m_currentVersions.at(*it);
}

const CurrentVersion* DriverCatalogue::currentVersionLine(const QString& line) const
{
    const auto it = m_lineById.constFind(line);
    return it == m_lineById.cend() ? nullptr : &m_currentVersions.at(*it);
}

std::optional<CurrentVersionVerdict> DriverCatalogue::currency(const QString& packageId,
                                                               const DriverInventory* inventory) const
{
    const CataloguePackage* package = find(packageId);
    if (!package || !package->isWindows())
        return std::nullopt;
    const CurrentVersion* line = currentVersionOf(packageId);
    const CurrentVersion* successor =
        line && !line->successor.isEmpty() ? currentVersionLine(line->successor) : nullptr;
    return CurrentVersionVerdict::evaluate(*package, line, successor, inventory);
}

const CataloguePackage* DriverCatalogue::find(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_packages.at(*it);
}

const DriverCatalogue& DriverCatalogue::shipped()
{
    static const DriverCatalogue catalogue = [] {
        DriverCatalogue c;
        if (!c.load(DataPaths::driversDirectory()))
            qCWarning(lcModel) << c.errorString();
        return c;
    }();
    return catalogue;
}

bool DriverCatalogue::add(CataloguePackage package)
{
    if (m_byId.contains(package.id))
        return false;
    m_byId.insert(package.id, m_packages.size());
    package.uncertainNamed.clear();
    for (const QString& fact : std::as_const(package.uncertain))
        package.uncertainNamed.append(QStringLiteral("%1: %2").arg(package.id, fact));
    m_packages.append(std::move(package));
    return true;
}
