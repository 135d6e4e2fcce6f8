// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfTable.h"

#include <QTextStream>
#include <algorithm>

void WhatIfTable::print(QTextStream& out, const QList<WhatIfOutcome>& outcomes, const QStringList& hosts)
{
    const FleetWhatIf::Counts counts = FleetWhatIf::count(outcomes);
    out << tr("%n VM(s) previewed; nothing was written.", nullptr, counts.total()) << '\n';
    for (int c = WhatIfOutcome::kClassCount - 1; c >= 0; --c) {
        const auto cls = WhatIfOutcome::Class(c);
        out << QStringLiteral("  %1 %2").arg(counts.perClass[std::size_t(c)], 6).arg(FleetWhatIf::text(cls));
        if (const int marked = counts.uncertainPerClass[std::size_t(c)])
            out << ' ' << tr("(%1 resting on uncertain facts)").arg(marked);
        out << '\n';
    }
    if (outcomes.isEmpty())
        return;
    out << '\n';
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
        out << line << '\n';
    }
    if (counts.uncertain() > 0)
        out << '\n'
            << tr("? %n VM(s) rest on uncertain facts (see --format json); each counts in its class.", nullptr,
                  counts.uncertain())
            << '\n';
}
