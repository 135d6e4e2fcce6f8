// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PushItemText.h"

#include "PlanHost.h"
#include "PlanScript.h"
#include "model/core/Realization.h"

QStringList PushItemText::realization(const PushItem& item)
{
    return realization(item, QString());
}

QStringList PushItemText::realization(const PushItem& item, const QString& uri)
{
    QStringList lines;
    const QString indent = QStringLiteral("  ");
    const RealizationPlan& plan = item.plan;
    if (plan.argumentsChanged) {
        if (plan.arguments.isEmpty())
            lines << tr("Device-model arguments: xpconsole's arguments are removed.");
        else
            lines << tr("Device-model arguments: %1").arg(Realization::shellText(plan.arguments));
    }
    if (!plan.hostCommands.isEmpty() && uri.isEmpty()) {
        lines << tr("Run on the host (libvirt cannot do this; neither xpctl nor xpconsole runs them):");
        for (const HostCommand& command : plan.hostCommands)
            lines << indent + Realization::shellText(command.argv);
        for (const QString& note : plan.hostCommandNotes)
            lines << indent + note;
    } else if (!plan.hostCommands.isEmpty()) {
        for (const PlanScript::Target target : {PlanScript::Target::Dom0, PlanScript::Target::PoolMaster}) {
            QStringList commands;
            for (const HostCommand& command : plan.hostCommands)
                if (PlanScript::targetOf(command) == target)
                    commands << indent + PlanScript::commandLine(command.argv);
            if (commands.isEmpty())
                continue;
            if (target == PlanScript::Target::Dom0)
                lines << tr("Run on %1, in dom0 (libvirt cannot do this; neither xpctl nor xpconsole runs them):")
                             .arg(PlanHost::dom0Phrase(uri));
            else
                lines << tr("Run on %1 (libvirt cannot do this; neither xpctl nor xpconsole runs them). %2")
                             .arg(PlanHost::poolMasterPhrase(uri), PlanHost::poolMasterUncertainty());
            lines += commands;
        }
        for (const QString& note : plan.hostCommandNotes)
            lines << indent + note;
    }
    if (!plan.modelOnly.isEmpty()) {
        lines << tr("Model only (kept in metadata, not realized):");
        for (const ModelOnlySetting& setting : plan.modelOnly)
            lines << indent + setting.setting + QStringLiteral(": ") + setting.reason;
    }
    for (const QString& note : plan.notes)
        lines << tr("Note: %1").arg(note);
    return lines;
}

QString PushItemText::eligibility(const PushItem& item)
{
    if (!item.canWrite())
        return tr("refused: %1").arg(item.refusal);
    if (!item.hasChanges())
        return tr("no change");
    return item.running ? tr("changes; takes effect after power-off and start") : tr("changes");
}

QString PushItemText::status(PushResult::Status status)
{
    switch (status) {
    case PushResult::Status::Verified: return tr("written and verified");
    case PushResult::Status::Unchanged: return tr("nothing to write");
    case PushResult::Status::Refused: return tr("refused: nothing written");
    case PushResult::Status::Conflict: return tr("changed meanwhile: nothing written, the edit is kept");
    case PushResult::Status::ReadOnly: return tr("read-only connection: nothing written");
    case PushResult::Status::Failed: return tr("failed");
    case PushResult::Status::NotKept: return tr("written, but libvirt did not keep everything");
    case PushResult::Status::Cancelled: return tr("cancelled: nothing written");
    }
    return {};
}
