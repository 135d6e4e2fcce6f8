// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PendingBoot.h"

#include "BindingEngine.h"
#include "PreviewOutcome.h"

void PendingBoot::describe(const BindingEngine& engine, const VmConfig& running, const QStringList& differences,
                           PreviewOutcome& next)
{
    const PreviewOutcome now = engine.preview(running);
    BindingEngine::addChangeFindings(now, next);
    if (!next.hasFinding(QStringLiteral("XP-NEXT-BOOT-PENDING")))
        next.findings.prepend(pendingFinding(differences));
}

Finding PendingBoot::pendingFinding(const QStringList& differences)
{
    const QString what = differences.join(QStringLiteral(", "));
    return Finding{QStringLiteral("XP-NEXT-BOOT-PENDING"),
                   Finding::Severity::Info,
                   tr("The VM still runs its previous definition (%1 changed): these findings are about its next "
                      "boot, once it is shut down and started again.")
                       .arg(what),
                   {QStringLiteral("next boot differs: %1").arg(what)}};
}
