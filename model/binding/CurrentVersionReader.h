// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CurrentVersion.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <optional>

/// One entry of the catalogue's "currentVersions" table, read and checked (docs/catalogue.md "Current versions").
/// The table is advisory: a bad entry costs its line, never the catalogue.
class CurrentVersionReader
{
    Q_DECLARE_TR_FUNCTIONS(CurrentVersionReader)

public:
    /// The line @p entry describes; nullopt with @p why when it is unusable. @p isWindowsPackage says whether the
    /// catalogue has a Windows package of that id: other names are dropped from the line with a warning. A part that
    /// can be left out (a bad date, a bad driver floor) is named in @p warnings instead.
    static std::optional<CurrentVersion> read(const QJsonObject& entry,
                                              const std::function<bool(const QString&)>& isWindowsPackage, QString* why,
                                              QStringList* warnings);

    /// @p text as a version when all of it is one ("9.4.2", "9.1.11.115"); null otherwise.
    static QVersionNumber strictVersion(const QString& text);
};
