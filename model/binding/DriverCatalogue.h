// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CataloguePackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

    const CataloguePackage* find(const QString& id) const;
    const QList<CataloguePackage>& packages() const { return m_packages; }

    /// The shipped catalogue, loaded once per process from DataPaths (thread-safe after the first call).
    static const DriverCatalogue& shipped();

private:
    bool add(CataloguePackage package);

    QList<CataloguePackage> m_packages;
    QHash<QString, qsizetype> m_byId;
    QString m_error;
    QStringList m_warnings;
};
