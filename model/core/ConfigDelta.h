// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ConfigChange.h"
#include "VmConfig.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

/// The --set changes between two configurations: what turns one into the other, exactly. The migration planner
/// derives every rollback with it, so a rollback is the same language (and the same push) as the step it undoes.
class ConfigDelta
{
    Q_DECLARE_TR_FUNCTIONS(ConfigDelta)

public:
    /// Changes that turn @p from into @p to. nullopt (with @p error) when the two differ in something the
    /// --set language cannot express exactly (the OS, the xenbus lock, a blacklist comment, the vendor ID...).
    /// Lists keep their order: entries after the longest common prefix are removed and added again.
    static std::optional<QList<ConfigChange>> between(const VmConfig& from, const VmConfig& to, QString* error);

    /// The fields --set can change are equal in @p a and @p b.
    static bool sameSettings(const VmConfig& a, const VmConfig& b);

    /// The canonical KEY=VALUE texts of @p changes.
    static QStringList texts(const QList<ConfigChange>& changes);
    /// Parses @p texts; nullopt (with @p error naming the text) when one is not a change.
    static std::optional<QList<ConfigChange>> parse(const QStringList& texts, QString* error);
};
