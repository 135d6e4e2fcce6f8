// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmFilterProxyModel.h"

#include "VmListModel.h"

VmFilterProxyModel::VmFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void VmFilterProxyModel::setSourceModel(QAbstractItemModel* source)
{
    m_vms = qobject_cast<VmListModel*>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void VmFilterProxyModel::setFilterText(const QString& text)
{
    m_text = text;
    QString needle = text.toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = std::move(needle);
    m_spansColumns = m_needle.contains(VmListModel::kFilterSeparator);
    // Rows only: the columns are never filtered, so invalidateFilter()'s column pass would be wasted.
    invalidateRowsFilter();
}

bool VmFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_spansColumns)
        return false;
    if (m_vms)
        return m_vms->filterText(sourceRow).contains(m_needle);
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(VmListModel::FilterTextRole).toString().contains(m_needle);
}
