// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfModel.h"

#include "ConnectionListModel.h"

#include <algorithm>
#include <vector>

namespace {

bool sameRow(const WhatIfOutcome& a, const WhatIfOutcome& b)
{
    return a.cls == b.cls && a.driverBefore == b.driverBefore && a.driverAfter == b.driverAfter &&
           a.gained == b.gained && a.lost == b.lost && a.uncertainFacts == b.uncertainFacts && a.error == b.error &&
           a.name == b.name;
}

} // namespace

WhatIfModel::WhatIfModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int WhatIfModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatIfModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WhatIfOutcome& o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return o.uncertain() ? tr("%1 (uncertain)").arg(o.name) : o.name;
        case Host: return ConnectionListModel::displayName(m_hosts.at(index.row()));
        case Class: return FleetWhatIf::text(o.cls);
        case Driver: {
            const QString before = o.driverBefore.isEmpty() ? tr("none") : o.driverBefore;
            const QString after = o.driverAfter.isEmpty() ? tr("none") : o.driverAfter;
            if (!o.error.isEmpty())
                return tr("not applied: %1").arg(o.error);
            return before == after ? after : tr("%1 → %2").arg(before, after);
        }
        case Gained: return o.gained.join(QStringLiteral(", "));
        case Lost: return o.lost.join(QStringLiteral(", "));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (o.uncertain())
            return tr("Rests on uncertain facts:\n%1").arg(o.uncertainFacts.join(QLatin1Char('\n')));
        return {};
    case KeyRole: return o.key;
    case ClassTokenRole: return FleetWhatIf::token(o.cls);
    case ClassRole: return int(o.cls);
    case UncertainRole: return o.uncertain();
    default: return {};
    }
}

QVariant WhatIfModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("VM");
    case Host: return tr("Host");
    case Class: return tr("Outcome");
    case Driver: return tr("Driver in charge");
    case Gained: return tr("Findings gained");
    case Lost: return tr("Findings lost");
    default: return {};
    }
}

void WhatIfModel::setOutcomes(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts)
{
    // The first result: one insertion, nothing to compare (a 10,000-VM run's rows arrive on the GUI thread).
    if (m_rows.isEmpty()) {
        if (outcomes.isEmpty())
            return;
        beginInsertRows({}, 0, int(outcomes.size()) - 1);
        m_rows = outcomes;
        m_hosts = hosts;
        reindex();
        endInsertRows();
        return;
    }
    // Which rows stay, found through the index already there: a set of 10,000 keys built per run cost the GUI
    // thread as much as the rest of the merge.
    std::vector<bool> kept(std::size_t(m_rows.size()), false);
    for (const WhatIfOutcome& o : outcomes)
        if (const auto it = m_rowByKey.constFind(o.key); it != m_rowByKey.cend())
            kept[std::size_t(*it)] = true;
    // Rows that leave, from the bottom up, in runs.
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (kept[std::size_t(row)]) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept[std::size_t(first - 1)])
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        m_hosts.remove(first, row - first + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed)
        reindex();
    QList<WhatIfOutcome> fresh;
    QStringList freshHosts;
    // One signal for the span of changed rows: one per row made a sorting proxy re-sort 10,000 times when another
    // change was previewed on a big fleet.
    int firstChanged = int(m_rows.size());
    int lastChanged = -1;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const WhatIfOutcome& o = outcomes.at(i);
        const auto it = m_rowByKey.constFind(o.key);
        if (it == m_rowByKey.cend()) {
            fresh.append(o);
            freshHosts.append(hosts.value(i));
            continue;
        }
        if (sameRow(m_rows.at(*it), o) && m_hosts.at(*it) == hosts.value(i))
            continue;
        m_rows[*it] = o;
        m_hosts[*it] = hosts.value(i);
        firstChanged = std::min(firstChanged, *it);
        lastChanged = std::max(lastChanged, *it);
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    m_hosts.append(freshHosts);
    reindex();
    endInsertRows();
}

void WhatIfModel::reindex()
{
    m_rowByKey.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByKey.insert(m_rows.at(row).key, row);
}
