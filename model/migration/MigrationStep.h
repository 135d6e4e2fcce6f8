// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/binding/PreviewOutcome.h"
#include "model/core/ConfigChange.h"
#include "model/core/VmConfig.h"

#include <QList>
#include <QString>

/// One step of a driver migration plan (MigrationPlanner): what to do, why, the simulated next boot after it and
/// how to undo it.
struct MigrationStep
{
    enum class Kind {
        /// A VM configuration change pushed through libvirt (our metadata, device-model arguments).
        VmChange,
        /// Something the admin does inside the guest; recorded in the metadata once confirmed.
        GuestAction,
        /// Power the VM off and start it again so that the VM changes before it take effect.
        PowerCycle,
    };
    /// Why the step is in the plan.
    enum class Role {
        StopWindowsUpdate,
        Blacklist,
        PlatformDevice,
        VendorDevice,
        Install,
        Remove,
        LiftBlacklist,
        RestoreWindowsUpdate,
        PowerCycle,
    };

    Kind kind = Kind::VmChange;
    Role role = Role::PowerCycle;
    /// Imperative title, e.g. "Blacklist the legacy drivers for the migration (temporary)".
    QString title;
    /// The concrete consequence in a few words, for confirmations ("blacklist xensource-windows build 60").
    QString action;
    /// Plain sentences: what to do, why now, what happens; uncertain facts are marked as such.
    QString explanation;
    /// The --set changes the step records (VM and guest steps); empty for a power cycle.
    QList<ConfigChange> changes;
    /// The changes back to the configuration before the step, exactly.
    QList<ConfigChange> rollback;
    /// How to undo the step (for a guest step: what to undo inside the guest).
    QString rollbackText;
    /// The configuration after this step and the simulated next boot with it.
    VmConfig configAfter;
    PreviewOutcome outcome;
    /// Something the step or its prediction rests on is not confirmed.
    bool uncertain = false;

    bool hasError() const { return outcome.worst() == Finding::Severity::Error; }
    bool needsConfirmationInGuest() const { return kind != Kind::VmChange; }
};
