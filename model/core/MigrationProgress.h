// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationTarget.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A driver migration's progress as stored in the VM's metadata (<xp:migration>, docs/metadata.md), so that the
/// wizard resumes where it stopped, after a restart or on another admin's console.
struct MigrationProgress
{
    enum class State { InProgress, Done, RolledBack };

    MigrationTarget target;
    /// Steps of the plan, and how many of them are completed (the next step's index).
    int stepCount = 0;
    int completedSteps = 0;
    State state = State::InProgress;
    /// Who recorded the last step ("user@host") and when (UTC, whole seconds).
    QString by;
    QDateTime at;
    /// The --set changes that take the VM from now back to where it was before step 1, in order. The plan is
    /// derived again from that starting point, so a resumed wizard shows the same steps.
    QStringList rollback;

    bool operator==(const MigrationProgress&) const = default;

    static QString stateName(State state)
    {
        switch (state) {
        case State::InProgress: return QStringLiteral("in-progress");
        case State::Done: return QStringLiteral("done");
        case State::RolledBack: return QStringLiteral("rolled-back");
        }
        return {};
    }
};
