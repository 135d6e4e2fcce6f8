// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationStep.h"
#include "model/binding/BindingEngine.h"
#include "model/core/MigrationTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

/// One thing a migration must do, before it is placed in an order.
struct MigrationUnit
{
    MigrationStep::Role role = MigrationStep::Role::PowerCycle;
    MigrationStep::Kind kind = MigrationStep::Kind::PowerCycle;
    QList<ConfigChange> changes;
};

/// What a migration from a VM's configuration to a target consists of, derived from the facts (MigrationPlanner):
/// the device identity changes, the install and the removal, and the temporary guards with what lifts them.
/// candidateOrders() lists every order worth simulating; the planner picks one.
class MigrationUnits
{
    Q_DECLARE_TR_FUNCTIONS(MigrationUnits)

public:
    MigrationUnits(const BindingEngine& engine, const VmConfig& start, const PreviewOutcome& startOutcome,
                   const MigrationTarget& target);

    /// Guards first, then every permutation of the identity, install and removal units, then the lifts.
    QList<QList<MigrationUnit>> candidateOrders() const;
    /// Facts about the plan as a whole that no step says (packages left alone, Windows Update left off...).
    QStringList notes() const { return m_notes; }
    /// The entries a temporary blacklist would add (whether or not the target allows it); empty when the device
    /// model cannot stop the old drivers that way.
    QList<BlacklistItem> temporaryEntries() const { return m_entries; }

private:
    void identityUnits(const PreviewOutcome& startOutcome);
    void driverUnits();
    void guardUnits(const PreviewOutcome& startOutcome);
    static MigrationUnit unit(MigrationStep::Role role, MigrationStep::Kind kind, const QStringList& texts);

    const BindingEngine& m_engine;
    const VmConfig& m_start;
    const MigrationTarget& m_target;
    QList<MigrationUnit> m_middle;
    /// Packages the removal takes out of the guest.
    QStringList m_removed;
    std::optional<MigrationUnit> m_stopUpdates;
    bool m_stopUpdatesRequired = false;
    std::optional<MigrationUnit> m_restoreUpdates;
    QList<BlacklistItem> m_entries;
    std::optional<MigrationUnit> m_blacklist;
    std::optional<MigrationUnit> m_lift;
    QStringList m_notes;
};
