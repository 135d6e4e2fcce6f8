// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <optional>

struct VmConfig;

/// A driver migration that stopped between its steps (issue 19 item 11). The VM is then neither on the stack it
/// came from nor on its target, which a green check would hide: the fleet table and the Binding tab show it with
/// who recorded the last step, so another admin does not start over or power-cycle it unaware.
class UnfinishedMigration
{
    Q_DECLARE_TR_FUNCTIONS(UnfinishedMigration)

public:
    /// XP-MIGRATION-UNFINISHED for a VM whose metadata records a migration in progress; empty otherwise.
    static std::optional<Finding> finding(const VmConfig& config);
    /// "migration 2/4 by alice@admin1" for the fleet table; empty when no migration is under way.
    static QString badge(const VmConfig& config);
};
