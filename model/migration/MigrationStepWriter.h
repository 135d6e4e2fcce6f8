// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationPlan.h"
#include "model/binding/DriverCatalogue.h"

#include <QCoreApplication>
#include <QString>

/// The words of a migration plan: each step's title, consequence, explanation and rollback, written from the
/// step's changes and simulated outcome so that the text says what this VM will do, not what migrations do.
class MigrationStepWriter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationStepWriter)

public:
    MigrationStepWriter(const DriverCatalogue& catalogue, const MigrationPlan& plan);

    /// Fills title, action, explanation and rollbackText of @p plan's step @p index (and marks what is uncertain).
    void describe(MigrationPlan& plan, int index) const;
    /// The note for a plan without steps.
    QString nothingToDo() const;
    /// The note for a plan whose last step does not leave the target package in charge.
    QString targetNotReached() const;
    /// "xenserver-vmtools-9 in charge; unplugged hda, net0; XP-CHILD-IDS-CHANGE (warning)": one line about a boot.
    static QString bootSummary(const PreviewOutcome& outcome);

private:
    QString name(const QString& packageId) const;
    QString names(const QStringList& packageIds) const;
    int stepNumber(MigrationStep::Role role) const;
    void describeGuard(MigrationStep& step, int index) const;
    void describeDevice(MigrationStep& step, int index) const;
    void describeDrivers(MigrationStep& step, int index) const;
    void describeLift(MigrationStep& step) const;
    void describePowerCycle(MigrationStep& step, int index) const;
    /// What the admin runs on the host for a VM step the flavour's toolstack owns; empty when libvirt does it all.
    QString hostCommandsNote(const MigrationStep& step) const;

    const DriverCatalogue& m_catalogue;
    const MigrationPlan& m_plan;
    QString m_vm;
};
