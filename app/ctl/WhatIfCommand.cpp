// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "WhatIfScan.h"
#include "WhatIfTable.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/WhatIfOutput.h"
#include "model/fleet/WhereClause.h"

#include <QTextStream>
#include <algorithm>

WhatIfCommand::WhatIfCommand(QTextStream& out, QTextStream& err, const QStringList& uris)
    : m_out(out)
    , m_err(err)
    , m_uris(uris.isEmpty() ? QStringList{DataPaths::demoNodeUri()} : uris)
{}

int WhatIfCommand::usageError(const QString& message)
{
    m_err << "xpctl what-if: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int WhatIfCommand::run(const QStringList& args)
{
    QList<ConfigChange> changes;
    QList<WhereClause> where;
    QString format = QStringLiteral("table");
    std::optional<WhatIfOutcome::Class> failOn;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size() || !a.startsWith(QLatin1String("--")))
            return usageError(a.startsWith(QLatin1String("--")) ? tr("%1 needs a value").arg(a)
                                                                : tr("unexpected '%1'").arg(a));
        const QString value = args.at(++i);
        QString error;
        if (a == QLatin1String("--set")) {
            const auto change = ConfigChange::parse(value, &error);
            if (!change)
                return usageError(error);
            changes.append(*change);
        } else if (a == QLatin1String("--where")) {
            const auto clause = WhereClause::parse(value, &error);
            if (!clause)
                return usageError(error);
            where.append(*clause);
        } else if (a == QLatin1String("--format")) {
            if (value != QLatin1String("table") && value != QLatin1String("json") && value != QLatin1String("csv"))
                return usageError(tr("--format must be table, json or csv"));
            format = value;
        } else if (a == QLatin1String("--fail-on")) {
            failOn = FleetWhatIf::fromToken(value);
            if (!failOn)
                return usageError(tr("--fail-on needs unchanged, healthy, guest-step, loses-pv or breaks"));
        } else {
            return usageError(tr("unknown option '%1'").arg(a));
        }
    }
    if (changes.isEmpty())
        return usageError(tr("give the change with --set KEY=VALUE (one or more)"));

    const BindingEngine engine(DriverCatalogue::shipped());
    QList<WhatIfScan::Vm> vms;
    if (const int status = WhatIfScan::run(m_uris, engine, where, {changes}, m_err, vms))
        return status;
    QList<WhatIfOutcome> outcomes;
    QStringList hosts;
    outcomes.reserve(vms.size());
    for (WhatIfScan::Vm& vm : vms) {
        outcomes.append(std::move(vm.perSet.first()));
        hosts.append(vm.uri);
    }
    // The most harmful first, then by name: what a reader has to look at comes at the top.
    FleetWhatIf::sortWorstFirst(outcomes, hosts);
    const bool failed = failOn && std::any_of(outcomes.cbegin(), outcomes.cend(),
                                              [&failOn](const WhatIfOutcome& o) { return o.cls >= *failOn; });
    if (format == QLatin1String("json"))
        CtlDomains::writeUtf8(m_out, WhatIfOutput::json(outcomes, hosts));
    else if (format == QLatin1String("csv"))
        CtlDomains::writeUtf8(m_out, WhatIfOutput::csv(outcomes, hosts));
    else
        WhatIfTable::print(m_out, outcomes, hosts);
    return failed ? CtlExitStatus::FindingMatched : CtlExitStatus::Done;
}
