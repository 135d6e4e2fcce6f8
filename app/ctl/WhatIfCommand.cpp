// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/ParallelStream.h"
#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/WhatIfOutput.h"
#include "model/fleet/WhereClause.h"
#include "model/libvirt/LibvirtSession.h"

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
    struct Entry
    {
        DomainSnapshot snapshot;
        QString uri;
        bool selected = false;
        WhatIfOutcome outcome;
    };
    // As `list` does: each VM is read, filtered and predicted twice on the other cores while libvirt still hands
    // over the later domains.
    std::deque<Entry> all;
    for (const QString& uri : std::as_const(m_uris)) {
        xp::ParallelStream<Entry> stream([&engine, &where, &changes](Entry& e) {
            VmConfig config;
            config.key = e.uri + QLatin1Char('/') + e.snapshot.uuid;
            DomainXmlReader::read(e.snapshot, e.uri, config);
            const PreviewOutcome before = engine.preview(config);
            e.selected = std::all_of(where.cbegin(), where.cend(), [&](const WhereClause& clause) {
                return clause.matches(e.uri, e.snapshot, config, before);
            });
            if (e.selected)
                e.outcome = FleetWhatIf::evaluate(engine, config, changes, &before);
            e.snapshot = {};
        });
        LibvirtSession session;
        if (const int status = CtlDomains::stream(session, uri, true, m_err, [&stream, &uri](DomainSnapshot& d) {
                Entry entry;
                entry.snapshot = std::move(d);
                entry.uri = uri;
                stream.push(std::move(entry));
            }))
            return status;
        std::deque<Entry>& entries = stream.finish();
        for (Entry& e : entries)
            if (e.selected)
                all.push_back(std::move(e));
    }
    // The most harmful first, then by name: what a reader has to look at comes at the top.
    std::vector<const Entry*> sorted;
    sorted.reserve(all.size());
    for (const Entry& e : all)
        sorted.push_back(&e);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
        if (a->outcome.cls != b->outcome.cls)
            return a->outcome.cls > b->outcome.cls;
        return a->outcome.name < b->outcome.name;
    });
    QList<WhatIfOutcome> outcomes;
    QStringList hosts;
    outcomes.reserve(qsizetype(sorted.size()));
    for (const Entry* e : sorted) {
        outcomes.append(e->outcome);
        hosts.append(e->uri);
    }
    const bool failed = failOn && std::any_of(outcomes.cbegin(), outcomes.cend(),
                                              [&failOn](const WhatIfOutcome& o) { return o.cls >= *failOn; });
    if (format == QLatin1String("json"))
        CtlDomains::writeUtf8(m_out, WhatIfOutput::json(outcomes, hosts));
    else if (format == QLatin1String("csv"))
        CtlDomains::writeUtf8(m_out, WhatIfOutput::csv(outcomes, hosts));
    else
        printTable(outcomes, hosts);
    return failed ? CtlExitStatus::FindingMatched : CtlExitStatus::Done;
}

void WhatIfCommand::printTable(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts)
{
    const FleetWhatIf::Counts counts = FleetWhatIf::count(outcomes);
    m_out << tr("%n VM(s) previewed; nothing was written.", nullptr, counts.total()) << '\n';
    for (int c = WhatIfOutcome::kClassCount - 1; c >= 0; --c) {
        const auto cls = WhatIfOutcome::Class(c);
        m_out << QStringLiteral("  %1 %2").arg(counts.perClass[std::size_t(c)], 6).arg(FleetWhatIf::text(cls));
        if (const int marked = counts.uncertainPerClass[std::size_t(c)])
            m_out << ' ' << tr("(%1 resting on uncertain facts)").arg(marked);
        m_out << '\n';
    }
    if (outcomes.isEmpty())
        return;
    m_out << '\n';
    const bool several = hosts.size() > 1 && std::any_of(hosts.cbegin(), hosts.cend(),
                                                         [&hosts](const QString& h) { return h != hosts.first(); });
    QList<QStringList> rows{{tr("NAME"), tr("CLASS"), tr("DRIVER"), tr("GAINED"), tr("LOST")}};
    if (several)
        rows.first().insert(1, tr("HOST"));
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const WhatIfOutcome& o = outcomes.at(i);
        const QString none = QStringLiteral("-");
        QString driver = o.driverBefore == o.driverAfter ? (o.driverAfter.isEmpty() ? none : o.driverAfter)
                                                         : QStringLiteral("%1 -> %2")
                                                               .arg(o.driverBefore.isEmpty() ? none : o.driverBefore,
                                                                    o.driverAfter.isEmpty() ? none : o.driverAfter);
        // A mark, not a class: the VM counts where it lands, and the reader sees which rest on uncertain facts.
        QStringList row{o.uncertain() ? o.name + QLatin1Char('?') : o.name, FleetWhatIf::token(o.cls), driver,
                        o.gained.isEmpty() ? none : o.gained.join(QLatin1Char(',')),
                        o.lost.isEmpty() ? none : o.lost.join(QLatin1Char(','))};
        if (!o.error.isEmpty())
            row[2] = tr("not applied: %1").arg(o.error);
        if (several)
            row.insert(1, hosts.at(i));
        rows.append(row);
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList& row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    for (const QStringList& row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        m_out << line << '\n';
    }
    if (counts.uncertain() > 0)
        m_out << '\n'
              << tr("? %n VM(s) rest on uncertain facts (see --format json); each counts in its class.", nullptr,
                    counts.uncertain())
              << '\n';
}
