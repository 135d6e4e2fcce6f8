// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmListModel.h"

#include "model/core/NextBoot.h"

#include <algorithm>

VmListModel::VmListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int VmListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VmListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VmListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VmRow& vm = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(vm, index.column());
    case Qt::ToolTipRole:
        if (index.column() == State && !vm.startError.isEmpty())
            return tr("libvirt did not start it: %1").arg(vm.startError);
        if (index.column() == State) {
            QStringList lines;
            if (!vm.pending.isEmpty())
                lines << tr("The next boot differs from the running VM: %1.\n%2")
                             .arg(vm.pending, NextBoot::applyAction());
            if (!vm.migration.isEmpty())
                lines << tr("A driver migration is under way (%1): the VM is between its old and its new drivers.")
                             .arg(vm.migration);
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        return displayText(vm, index.column());
    case KeyRole: return vm.key;
    case PendingRole: return vm.pending;
    case SeverityRole: return int(vm.worst);
    case FilterTextRole: return m_filterTexts.at(index.row());
    case SortRole:
        if (index.column() == Findings)
            return int(vm.worst) * 10000 + std::min(vm.worstCount, 9999);
        return displayText(vm, index.column());
    default: return {};
    }
}

QString VmListModel::displayText(const VmRow& vm, int column)
{
    switch (column) {
    case Name: return vm.name;
    case Host: return vm.host;
    case State: {
        // Part of the text, so the filter finds "pending" and the badge needs no colour to be seen.
        QString text = vm.state;
        if (!vm.startError.isEmpty())
            text = tr("%1 · start failed").arg(text);
        else if (!vm.pending.isEmpty())
            text = tr("%1 · changes pending").arg(text);
        if (!vm.migration.isEmpty())
            text = tr("%1 · %2").arg(text, vm.migration);
        return text;
    }
    case Os: return vm.os;
    case Flavour: return vm.flavour;
    case PlatformDevice: return vm.platformDevice;
    case VendorDevice: return vm.vendorDevice;
    case Driver: return vm.driver;
    case Findings: return vm.findings;
    default: return {};
    }
}

QString VmListModel::filterTextOf(const VmRow& vm)
{
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column > 0)
            text += kFilterSeparator;
        text += displayText(vm, column);
    }
    return std::move(text).toCaseFolded();
}

QVariant VmListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case State: return tr("State");
    case Os: return tr("OS");
    case Flavour: return tr("Device model");
    case PlatformDevice: return tr("Platform device");
    case VendorDevice: return tr("Vendor device");
    case Driver: return tr("Predicted driver");
    case Findings: return tr("Findings");
    case Host: return tr("Host");
    default: return {};
    }
}

void VmListModel::upsert(const QList<VmRow>& rows)
{
    QList<VmRow> fresh;
    for (const VmRow& vm : rows) {
        const auto it = m_rowByKey.constFind(vm.key);
        if (it == m_rowByKey.cend()) {
            fresh.append(vm);
            continue;
        }
        VmRow& current = m_rows[*it];
        if (current == vm)
            continue;
        current = vm;
        // Before the signal: the filter proxy re-filters the row in its slot.
        m_filterTexts[*it] = filterTextOf(vm);
        emit dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    m_filterTexts.reserve(m_rows.size());
    for (const VmRow& vm : std::as_const(fresh))
        m_filterTexts.append(filterTextOf(vm));
    reindexFrom(first);
    endInsertRows();
}

void VmListModel::remove(const QStringList& keys)
{
    QList<int> doomed;
    for (const QString& key : keys) {
        const auto it = m_rowByKey.constFind(key);
        if (it != m_rowByKey.cend())
            doomed.append(*it);
    }
    if (doomed.isEmpty())
        return;
    // Remove from the bottom in contiguous runs so each signal covers a block, not a single row.
    std::ranges::sort(doomed, std::greater<>());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    for (qsizetype i = 0; i < doomed.size();) {
        const int last = doomed.at(i);
        int first = last;
        while (++i < doomed.size() && doomed.at(i) == first - 1)
            first = doomed.at(i);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowByKey.remove(m_rows.at(r).key);
        m_rows.remove(first, last - first + 1);
        m_filterTexts.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindexFrom(doomed.constLast());
}

int VmListModel::rowOf(const QString& key) const
{
    return m_rowByKey.value(key, -1);
}

void VmListModel::reindexFrom(int first)
{
    for (int r = first; r < m_rows.size(); ++r)
        m_rowByKey.insert(m_rows.at(r).key, r);
}
