// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "UnfinishedMigration.h"

#include "model/core/VmConfig.h"

namespace {

bool underWay(const VmConfig& config)
{
    // Recorded as in progress with steps left: a plan whose last step is recorded is done whatever the state says.
    return config.migration && config.migration->state == MigrationProgress::State::InProgress &&
           config.migration->completedSteps < config.migration->stepCount;
}

} // namespace

std::optional<Finding> UnfinishedMigration::finding(const VmConfig& config)
{
    if (!underWay(config))
        return std::nullopt;
    const MigrationProgress& m = *config.migration;
    const QString by = m.by.isEmpty() ? tr("an unknown user") : m.by;
    const QString when = m.at.isValid() ? m.at.toString(Qt::ISODate) : tr("an unknown time");
    return Finding{
        QStringLiteral("XP-MIGRATION-UNFINISHED"),
        Finding::Severity::Warning,
        tr("A driver migration stopped after step %1 of %2 (last step recorded by %3 at %4): the VM is "
           "between its old and its new drivers until the migration is finished or rolled back.")
            .arg(m.completedSteps)
            .arg(m.stepCount)
            .arg(by, when),
        {QStringLiteral("migration %1/%2, by %3, at %4").arg(m.completedSteps).arg(m.stepCount).arg(by, when)}};
}

QString UnfinishedMigration::badge(const VmConfig& config)
{
    if (!underWay(config))
        return {};
    const MigrationProgress& m = *config.migration;
    if (m.by.isEmpty())
        return tr("migration %1/%2").arg(m.completedSteps).arg(m.stepCount);
    return tr("migration %1/%2 by %3").arg(m.completedSteps).arg(m.stepCount).arg(m.by);
}
