// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DriverCatalogue.h"
#include "PreviewOutcome.h"
#include "model/core/ConfigChange.h"
#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QList>

/// Boots a VM's next start in simulation (PRODUCT §6): builds the exposed devices with device/, ranks
/// the drivers Windows would pick (or matches Linux/BSD id tables), runs the bound drivers' unplug
/// handshakes against the device model, activates xenbus and reports findings.
///
/// Pure and thread-safe: no libvirt, no shared mutable state; GUI, xpctl and the wizard share it.
class BindingEngine
{
    Q_DECLARE_TR_FUNCTIONS(BindingEngine)

public:
    explicit BindingEngine(const DriverCatalogue& catalogue);

    /// The packages this engine ranks (the migration planner reads their stacks and handshakes).
    const DriverCatalogue& catalogue() const { return m_catalogue; }

    /// The prediction for @p config as it stands.
    PreviewOutcome preview(const VmConfig& config) const;

    /// The prediction after @p changes (already validated), compared with the current one so that
    /// findings about a change (XP-CHILD-IDS-CHANGE) can be made. @p error is set, and the current
    /// prediction returned, when a change does not apply.
    PreviewOutcome preview(const VmConfig& config, const QList<ConfigChange>& changes, QString* error = nullptr) const;

    /// The findings about going from the boot predicted as @p from to the one predicted as @p to (a change of the
    /// active xenbus device renames every PV child), added to @p to: for a previewed change and for a running VM
    /// whose next boot differs from what it runs (PendingBoot).
    static void addChangeFindings(const PreviewOutcome& from, PreviewOutcome& to);

    /// @p config with @p changes applied; false with @p error when one does not apply.
    static bool apply(VmConfig& config, const QList<ConfigChange>& changes, QString* error);

private:
    const DriverCatalogue& m_catalogue;
};
