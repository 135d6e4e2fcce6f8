// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CataloguePackage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

/// One package entry of a catalogue file (data/drivers/catalogue.json, the what-if packages of
/// data/strategies/strategies.json) with its INF files, read and checked; docs/catalogue.md is the schema.
class CataloguePackageReader
{
    Q_DECLARE_TR_FUNCTIONS(CataloguePackageReader)

public:
    /// The package @p entry describes, its INF files read from @p directory; nullopt with @p why when it is unusable.
    /// A part that can be left out (a bad binds entry) is named in @p warnings instead.
    static std::optional<CataloguePackage> read(const QJsonObject& entry, const QString& directory, QString* why,
                                                QStringList* warnings);
    /// A JSON array of strings as a list (anything else in it as empty strings), as every data file of ours has them.
    static QStringList strings(const QJsonValue& value);
};
