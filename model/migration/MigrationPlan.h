// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationStep.h"
#include "model/core/MigrationTarget.h"

#include <QList>
#include <QStringList>

/// A driver migration for one VM, as MigrationPlanner derives it: ordered steps from the starting configuration
/// to the target, each simulated.
struct MigrationPlan
{
    MigrationTarget target;
    /// The configuration before step 1 and its prediction.
    VmConfig start;
    PreviewOutcome startOutcome;
    QList<MigrationStep> steps;
    /// Plain sentences about the plan as a whole: nothing to do, a setting left as it is, uncertain facts.
    QStringList notes;
    /// Why no plan can be made; empty when it can.
    QString refusal;
    /// After the last step the target package is the active driver.
    bool reachesTarget = false;

    bool isValid() const { return refusal.isEmpty(); }
    int size() const { return int(steps.size()); }
    /// The configuration and prediction once @p completed steps are done (0: the start).
    const VmConfig& configAfter(int completed) const
    {
        return completed <= 0 ? start : steps.at(qMin(completed, size()) - 1).configAfter;
    }
    const PreviewOutcome& outcomeAfter(int completed) const
    {
        return completed <= 0 ? startOutcome : steps.at(qMin(completed, size()) - 1).outcome;
    }
    int errorSteps() const
    {
        return int(std::count_if(steps.cbegin(), steps.cend(), [](const MigrationStep& s) { return s.hasError(); }));
    }
};
