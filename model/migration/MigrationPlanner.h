// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationPlan.h"
#include "model/binding/BindingEngine.h"

#include <QCoreApplication>
#include <QStringList>

/// Plans a VM's move from its driver stack to a target package and device identity (PRODUCT §1, the migration
/// wizard). The steps come from the facts of the VM, not from a template:
/// - a running legacy stack next to something Windows Update would install first stops Windows Update (the race);
/// - on a device model that enforces the unplug blacklist, the legacy build is blacklisted while the new drivers
///   are installed next to it, so the old ones stay as a fallback without two stacks starting; elsewhere the
///   legacy drivers go first;
/// - the device identity, the install and the removal are ordered by simulation: the order with the fewest steps
///   whose next boot has an error finding, then the fewest changes of the active xenbus device
///   (XP-CHILD-IDS-CHANGE), then the one closest to expose, install, remove;
/// - a power cycle is inserted wherever VM changes must be in effect before the next guest step, or at the end;
/// - temporary measures are lifted at the end when the simulation says that is safe.
/// Every step carries its simulated outcome and an exact rollback (ConfigDelta).
class MigrationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(MigrationPlanner)

public:
    explicit MigrationPlanner(const BindingEngine& engine);

    const BindingEngine& engine() const { return m_engine; }

    /// The plan from @p config to @p target; plan.refusal says why there is none.
    MigrationPlan plan(const VmConfig& config, const MigrationTarget& target) const;

    /// The plan recorded in @p config's metadata (config.migration), derived again from its starting point (the
    /// VM now plus the recorded rollback). Fails with @p why when there is none or the VM no longer matches the
    /// recorded progress (changed outside the wizard).
    std::optional<MigrationPlan> resume(const VmConfig& config, QString* why) const;

    /// Packages that can be a target for @p config's guest: Windows packages with INF models for its release,
    /// or the package of a Linux/BSD guest.
    QStringList targetPackages(const VmConfig& config) const;
    /// A sensible first choice: the device identity the VM has, and the newest xenbus package for it.
    MigrationTarget suggestedTarget(const VmConfig& config) const;
    /// The identity @p config exposes now (from its prediction), with @p package.
    MigrationTarget currentIdentity(const VmConfig& config, const QString& package) const;
    /// The blacklist entries a plan for @p target keeps during the migration when target.temporaryBlacklist is on;
    /// empty when the device model cannot stop the old drivers that way.
    QList<BlacklistItem> temporaryBlacklist(const VmConfig& config, const MigrationTarget& target) const;
    /// The VMs among @p others (the same host) that those entries would also hit: qemu-traditional and xenserver
    /// read them as xenstore keys in dom0, host-wide, from every VM whose drivers have that build.
    QStringList blacklistPeers(const VmConfig& config, const MigrationTarget& target,
                               const QList<VmConfig>& others) const;
    /// Why @p config's flavour cannot realize @p target's device identity; empty when it can.
    static QString identityRefusal(const VmConfig& config, const MigrationTarget& target);

private:
    const BindingEngine& m_engine;
};
