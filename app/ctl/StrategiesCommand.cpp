// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "StrategiesCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "WhatIfTable.h"
#include "model/binding/BindingEngine.h"
#include "model/core/DataPaths.h"
#include "model/fleet/StrategySet.h"
#include "model/fleet/WhatIfOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

StrategiesCommand::StrategiesCommand(QTextStream& out, QTextStream& err, const QStringList& uris)
    : m_out(out)
    , m_err(err)
    , m_uris(uris.isEmpty() ? QStringList{DataPaths::demoNodeUri()} : uris)
{}

int StrategiesCommand::usageError(const QString& message)
{
    m_err << "xpctl strategies: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int StrategiesCommand::run(const QStringList& args)
{
    QList<WhereClause> where;
    QString format = QStringLiteral("table");
    QString show;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size() || !a.startsWith(QLatin1String("--")))
            return usageError(a.startsWith(QLatin1String("--")) ? tr("%1 needs a value").arg(a)
                                                                : tr("unexpected '%1'").arg(a));
        const QString value = args.at(++i);
        QString error;
        if (a == QLatin1String("--where")) {
            const auto clause = WhereClause::parse(value, &error);
            if (!clause)
                return usageError(error);
            where.append(*clause);
        } else if (a == QLatin1String("--format")) {
            if (value != QLatin1String("table") && value != QLatin1String("json") && value != QLatin1String("csv"))
                return usageError(tr("--format must be table or json (csv with --show)"));
            format = value;
        } else if (a == QLatin1String("--show")) {
            show = value;
        } else {
            return usageError(tr("unknown option '%1'").arg(a));
        }
    }
    const StrategySet& set = StrategySet::shipped();
    if (set.strategies().isEmpty()) {
        m_err << "xpctl strategies: " << set.errorString() << '\n';
        return CtlExitStatus::UsageError;
    }
    const Strategy* shown = nullptr;
    if (!show.isEmpty()) {
        shown = set.find(show);
        if (!shown) {
            QStringList ids;
            for (const Strategy& s : set.strategies())
                ids << s.id;
            return usageError(tr("no strategy '%1' (one of %2)").arg(show, ids.join(QLatin1String(", "))));
        }
    } else if (format == QLatin1String("csv")) {
        return usageError(tr("--format must be table or json (csv with --show)"));
    }

    const BindingEngine engine(set.catalogue());
    QList<QList<ConfigChange>> sets;
    if (shown)
        sets << shown->changes;
    else
        for (const Strategy& s : set.strategies())
            sets << s.changes;
    QList<WhatIfScan::Vm> vms;
    if (const int status = WhatIfScan::run(m_uris, engine, where, sets, m_err, vms))
        return status;

    if (shown) {
        QList<WhatIfOutcome> outcomes;
        QStringList hosts;
        for (WhatIfScan::Vm& vm : vms) {
            outcomes.append(std::move(vm.perSet.first()));
            hosts.append(vm.uri);
        }
        FleetWhatIf::sortWorstFirst(outcomes, hosts);
        if (format == QLatin1String("json"))
            CtlDomains::writeUtf8(m_out, WhatIfOutput::json(outcomes, hosts));
        else if (format == QLatin1String("csv"))
            CtlDomains::writeUtf8(m_out, WhatIfOutput::csv(outcomes, hosts));
        else {
            m_out << StrategySet::title(*shown) << ": " << StrategySet::summary(*shown) << '\n';
            WhatIfTable::print(m_out, outcomes, hosts);
        }
        return CtlExitStatus::Done;
    }
    if (format == QLatin1String("json"))
        printJson(set, vms);
    else
        printTable(set, vms);
    return CtlExitStatus::Done;
}

namespace {

QList<WhatIfOutcome> column(const QList<WhatIfScan::Vm>& vms, qsizetype strategy)
{
    QList<WhatIfOutcome> outcomes;
    outcomes.reserve(vms.size());
    for (const WhatIfScan::Vm& vm : vms)
        outcomes.append(vm.perSet.at(strategy));
    return outcomes;
}

} // namespace

void StrategiesCommand::printTable(const StrategySet& set, const QList<WhatIfScan::Vm>& vms)
{
    const QList<Strategy>& strategies = set.strategies();
    m_out << tr("%n VM(s) previewed with each strategy; nothing was written.", nullptr, int(vms.size())) << '\n'
          << '\n';
    // Turned for a terminal: one row per strategy, the classes (most harmful first) as columns, as tokens.
    QList<QStringList> rows;
    QStringList header{tr("STRATEGY")};
    for (int c = WhatIfOutcome::kClassCount - 1; c >= 0; --c)
        header << FleetWhatIf::token(WhatIfOutcome::Class(c)).toUpper();
    rows << header;
    int marked = 0;
    for (qsizetype s = 0; s < strategies.size(); ++s) {
        const FleetWhatIf::Counts counts = FleetWhatIf::count(column(vms, s));
        QStringList row{strategies.at(s).id};
        for (int c = WhatIfOutcome::kClassCount - 1; c >= 0; --c) {
            const int n = counts.perClass[std::size_t(c)];
            const int uncertain = counts.uncertainPerClass[std::size_t(c)];
            row << (uncertain ? QStringLiteral("%1 (%2?)").arg(n).arg(uncertain) : QString::number(n));
        }
        marked = std::max(marked, counts.uncertain());
        rows << row;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    for (const QStringList& row : std::as_const(rows)) {
        QString line = row.first().leftJustified(widths.first() + 2);
        for (qsizetype c = 1; c < row.size(); ++c)
            line += row.at(c).rightJustified(widths[c] + 2);
        m_out << line << '\n';
    }
    if (marked > 0)
        m_out << '\n'
              << tr("(N?): N of the VMs in that cell rest on uncertain facts; each counts in its class.") << '\n';
    m_out << '\n';
    for (const Strategy& s : strategies) {
        m_out << s.id << ": " << StrategySet::title(s) << ". " << StrategySet::summary(s) << '\n';
        if (!s.changes.isEmpty())
            m_out << "    --set " << s.changeTexts().join(QStringLiteral(" --set ")) << '\n';
    }
    m_out << '\n'
          << tr("The VMs of one strategy: xpctl strategies --show ID; docs/strategies.md: what each models.") << '\n';
}

void StrategiesCommand::printJson(const StrategySet& set, const QList<WhatIfScan::Vm>& vms)
{
    QJsonArray strategies;
    const QList<Strategy>& all = set.strategies();
    for (qsizetype s = 0; s < all.size(); ++s) {
        const Strategy& strategy = all.at(s);
        const QList<WhatIfOutcome> outcomes = column(vms, s);
        const FleetWhatIf::Counts counts = FleetWhatIf::count(outcomes);
        QJsonObject perClass;
        QJsonObject uncertain;
        QJsonObject members;
        for (int c = 0; c < WhatIfOutcome::kClassCount; ++c) {
            const QString token = FleetWhatIf::token(WhatIfOutcome::Class(c));
            perClass.insert(token, counts.perClass[std::size_t(c)]);
            uncertain.insert(token, counts.uncertainPerClass[std::size_t(c)]);
            QJsonArray list;
            for (qsizetype v = 0; v < outcomes.size(); ++v)
                if (int(outcomes.at(v).cls) == c)
                    list.append(QJsonObject{{QStringLiteral("name"), outcomes.at(v).name},
                                            {QStringLiteral("uuid"), outcomes.at(v).uuid},
                                            {QStringLiteral("host"), vms.at(v).uri},
                                            {QStringLiteral("uncertain"), outcomes.at(v).uncertain()}});
            members.insert(token, list);
        }
        strategies.append(
            QJsonObject{{QStringLiteral("id"), strategy.id},
                        {QStringLiteral("name"), strategy.name},
                        {QStringLiteral("changes"), QJsonArray::fromStringList(strategy.changeTexts())},
                        {QStringLiteral("packages"), QJsonArray::fromStringList(strategy.packages)},
                        {QStringLiteral("source"), strategy.source},
                        {QStringLiteral("uncertain_facts"), QJsonArray::fromStringList(strategy.uncertain)},
                        {QStringLiteral("counts"), perClass},
                        {QStringLiteral("uncertain"), uncertain},
                        {QStringLiteral("vms"), members}});
    }
    const QJsonObject root{{QStringLiteral("vms"), int(vms.size())}, {QStringLiteral("strategies"), strategies}};
    CtlDomains::writeUtf8(m_out, QJsonDocument(root).toJson(QJsonDocument::Indented));
}
