// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "StrategyTableModel.h"

#include "StrategySet.h"

#include <QTextBoundaryFinder>

StrategyTableModel::StrategyTableModel(QList<Strategy> strategies, QObject* parent)
    : QAbstractTableModel(parent)
    , m_strategies(std::move(strategies))
{}

int StrategyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : WhatIfOutcome::kClassCount;
}

int StrategyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_strategies.size());
}

WhatIfOutcome::Class StrategyTableModel::classAt(int row)
{
    return WhatIfOutcome::Class(WhatIfOutcome::kClassCount - 1 - row);
}

int StrategyTableModel::rowOf(WhatIfOutcome::Class cls)
{
    return WhatIfOutcome::kClassCount - 1 - int(cls);
}

QVariant StrategyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WhatIfOutcome::Class cls = classAt(index.row());
    if (role == ClassRole)
        return int(cls);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (!hasResult())
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
    const FleetWhatIf::Counts& counts = m_counts.at(index.column());
    const int n = counts.perClass[std::size_t(cls)];
    const int uncertain = counts.uncertainPerClass[std::size_t(cls)];
    switch (role) {
    case CountRole: return n;
    case UncertainRole: return uncertain;
    case Qt::DisplayRole:
        // The same mark as `xpctl strategies`: how many of the cell's VMs rest on uncertain facts.
        return uncertain ? tr("%1 (%2?)").arg(n).arg(uncertain) : QString::number(n);
    case Qt::ToolTipRole: {
        QString text = tr("%n VM(s): %1", nullptr, n).arg(FleetWhatIf::text(cls));
        if (uncertain)
            text += QLatin1Char('\n') + tr("%n of them rest on uncertain facts.", nullptr, uncertain);
        return text;
    }
    default: return {};
    }
}

QVariant StrategyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= WhatIfOutcome::kClassCount)
            return {};
        if (role == Qt::DisplayRole)
            return FleetWhatIf::text(classAt(section));
        return {};
    }
    if (section < 0 || section >= m_strategies.size())
        return {};
    const Strategy& s = m_strategies.at(section);
    if (role == Qt::DisplayRole) {
        // Eight columns fit a narrow window when each title takes two lines: break at the line-break opportunity
        // nearest the middle (UAX #14: between words, and between most CJK characters, which have no spaces).
        const QString title = StrategySet::title(s);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, title);
        qsizetype best = -1;
        for (qsizetype at = finder.toNextBoundary(); at > 0 && at < title.size(); at = finder.toNextBoundary())
            if (best < 0 || qAbs(at - title.size() / 2) < qAbs(best - title.size() / 2))
                best = at;
        if (best <= 0)
            return title;
        return title.left(best).trimmed() + QLatin1Char('\n') + title.mid(best).trimmed();
    }
    if (role == Qt::ToolTipRole) {
        QString text = StrategySet::summary(s);
        if (!s.changes.isEmpty())
            text += QLatin1Char('\n') + s.changeTexts().join(QLatin1Char('\n'));
        return text;
    }
    return {};
}

void StrategyTableModel::setOutcomes(const QList<QList<WhatIfOutcome>>& perStrategy)
{
    QList<FleetWhatIf::Counts> counts;
    counts.reserve(m_strategies.size());
    for (qsizetype s = 0; s < m_strategies.size(); ++s)
        counts << FleetWhatIf::count(perStrategy.value(s));
    m_counts = std::move(counts);
    if (!m_strategies.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
