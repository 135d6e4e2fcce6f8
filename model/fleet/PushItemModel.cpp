// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PushItemModel.h"

#include "PushItemText.h"

#include <algorithm>

PushItemModel::PushItemModel(QList<PushItem> items, QObject* parent)
    : QAbstractTableModel(parent)
    , m_items(std::move(items))
    , m_results(m_items.size())
{}

int PushItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PushItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PushItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PushItem& item = m_items.at(index.row());
    const std::optional<PushResult>& result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Vm: return item.name.isEmpty() ? item.uuid : item.name;
        case Eligibility: return PushItemText::eligibility(item);
        case Result: return result ? PushItemText::status(result->status) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Result && result) {
            QStringList lines{result->message};
            lines += result->problems;
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Eligibility)
            return PushItemText::eligibility(item);
        return {};
    case DiffRole: return item.diff;
    case StatusRole: return result ? QVariant(int(result->status)) : QVariant();
    case WritableRole: return item.hasChanges();
    default: return {};
    }
}

QVariant PushItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vm: return tr("VM");
    case Eligibility: return tr("Before the run");
    case Result: return tr("Result");
    default: return {};
    }
}

int PushItemModel::writableCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const PushItem& i) { return i.hasChanges(); }));
}

int PushItemModel::runningWritableCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const PushItem& i) { return i.hasChanges() && i.running; }));
}

void PushItemModel::setResult(int row, const PushResult& result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
