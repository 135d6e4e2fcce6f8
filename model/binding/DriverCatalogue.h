// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CataloguePackage.h"
#include "CurrentVersion.h"
#include "CurrentVersionVerdict.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

struct DriverInventory;

/// The driver packages the binding engine knows: shipped descriptors with their INF files, plus what
/// the user imports. Loaded once; every INF is parsed at load time, never during a preview.
class DriverCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DriverCatalogue)

public:
    /// Reads catalogue.json and every INF it names from @p directory. Returns false and sets
    /// errorString() when the catalogue itself is unusable; a bad package is skipped with a warning.
    bool load(const QString& directory);
    QString errorString() const { return m_error; }
    QStringList warnings() const { return m_warnings; }

    /// Adds a user's INF as a Windows package; returns false with @p error naming file and line.
    bool importInf(const QString& path, QString* error = nullptr);

    /// Adds @p package (its uncertain facts named with it); false when its id is taken.
    bool add(CataloguePackage package);

    const CataloguePackage* find(const QString& id) const;
    const QList<CataloguePackage>& packages() const { return m_packages; }

    /// The current-versions table (docs/catalogue.md "Current versions"): each Windows PV product line with its newest
    /// public release. A bad entry of it is skipped with a warning; it never makes load() fail.
    const QList<CurrentVersion>& currentVersions() const { return m_currentVersions; }
    /// The line @p packageId is a build of, or the line of that id; nullptr when there is none.
    const CurrentVersion* currentVersionOf(const QString& packageId) const;
    const CurrentVersion* currentVersionLine(const QString& line) const;
    /// Whether the installed Windows package @p packageId is current, with the guest's driver versions from
    /// @p inventory where there is one; nullopt for an id that is not a Windows package of this catalogue.
    std::optional<CurrentVersionVerdict> currency(const QString& packageId,
                                                  const DriverInventory* inventory = nullptr) const;

    /// The shipped catalogue, loaded once per process from DataPaths (thread-safe after the first call).
    static const DriverCatalogue& shipped();

private:
    void loadCurrentVersions(const QJsonValue& table, const QString& path);

    QList<CataloguePackage> m_packages;
    QHash<QString, qsizetype> m_byId;
    QList<CurrentVersion> m_currentVersions;
    /// Package id and line id to the index in m_currentVersions.
    QHash<QString, qsizetype> m_lineByPackage;
    QHash<QString, qsizetype> m_lineById;
    QString m_error;
    QStringList m_warnings;
};
