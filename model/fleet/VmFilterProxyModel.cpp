// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmFilterProxyModel.h"

#include "VmListModel.h"

#include <algorithm>

VmFilterProxyModel::VmFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(VmListModel::SortRole);
}

void VmFilterProxyModel::setConnection(const QString& uri)
{
    if (uri == m_connection)
        return;
    m_connection = uri;
    m_keyPrefix = uri.isEmpty() ? QString() : uri + QLatin1Char('/');
    m_step = Step::Other;
    invalidateRowsFilter();
}

bool VmFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_vms)
        return QSortFilterProxyModel::lessThan(left, right);
    // Read from the rows: a sort of a large fleet compares some 10^5 pairs, each of which would otherwise build
    // several QVariants.
    const VmRow& a = m_vms->row(left.row());
    const VmRow& b = m_vms->row(right.row());
    const auto severity = [](const VmRow& vm) { return int(vm.worst) * 10000 + std::min(vm.worstCount, 9999); };
    const int column = left.column();
    if (column == VmListModel::Findings) {
        if (severity(a) != severity(b))
            return severity(a) < severity(b);
    } else if (column != VmListModel::Name) {
        const int order = QString::compare(left.data(Qt::DisplayRole).toString(),
                                           right.data(Qt::DisplayRole).toString(), Qt::CaseInsensitive);
        if (order != 0)
            return order < 0;
    }
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    // Within a host, the worst first whichever way the host column sorts: a grouping by host.
    if (column == VmListModel::Host && severity(a) != severity(b))
        return ascending ? severity(a) > severity(b) : severity(a) < severity(b);
    const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    if (byName != 0)
        return column == VmListModel::Name || ascending ? byName < 0 : byName > 0;
    // The same name on two hosts: a stable order.
    return a.key < b.key;
}

void VmFilterProxyModel::setSourceModel(QAbstractItemModel* source)
{
    if (source == sourceModel())
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    m_vms = qobject_cast<VmListModel*>(source);
    if (source) {
        // m_shownBefore describes the source as it was when the re-filter began. A change during it (from a slot
        // reacting to our own signals, or a nested event loop such as a message box's) ends the shortcut; these
        // are connected before the base class's handlers, which filter the changed rows, so they run first.
        const auto forget = [this] { m_step = Step::Other; };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::dataChanged, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, forget),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, forget),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, forget),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void VmFilterProxyModel::setFilterText(const QString& text)
{
    m_text = text;
    QString needle = text.toCaseFolded();
    if (needle == m_needle)
        return;
    // A needle that contains the old one (a character typed) can only hide rows, so the rows hidden now need no
    // search; one that the old one contains (a backspace) can only show more, so the rows shown now need none.
    // With an empty needle on either side every row is shown there, so nothing could be skipped.
    const Step step = m_needle.isEmpty() || needle.isEmpty() ? Step::Other
                      : needle.contains(m_needle)            ? Step::Longer
                      : m_needle.contains(needle)            ? Step::Shorter
                                                             : Step::Other;
    if (step != Step::Other)
        rememberShownRows();
    m_needle = std::move(needle);
    m_spansColumns = m_needle.contains(VmListModel::kFilterSeparator);
    m_step = step;
    // Rows only: the columns are never filtered, so invalidateFilter()'s column pass would be wasted. Qt 6.4 has
    // no call that re-filters only some rows; filterAcceptsRow() answers the others from m_shownBefore.
    invalidateRowsFilter();
    m_step = Step::Other;
    m_shownBefore.clear();
}

void VmFilterProxyModel::rememberShownRows()
{
    m_shownBefore.fill(false, sourceModel() ? sourceModel()->rowCount() : 0);
    for (int row = 0, rows = rowCount(); row < rows; ++row) {
        const int sourceRow = mapToSource(index(row, 0)).row();
        if (sourceRow >= 0 && sourceRow < m_shownBefore.size())
            m_shownBefore.setBit(sourceRow);
    }
}

bool VmFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_keyPrefix.isEmpty()) {
        const QString key =
            m_vms ? m_vms->row(sourceRow).key
                  : sourceModel()->index(sourceRow, 0, sourceParent).data(VmListModel::KeyRole).toString();
        if (!key.startsWith(m_keyPrefix))
            return false;
    }
    if (m_needle.isEmpty())
        return true;
    if (m_spansColumns)
        return false;
    if (m_step != Step::Other && sourceRow < m_shownBefore.size()) {
        const bool shown = m_shownBefore.testBit(sourceRow);
        if (m_step == Step::Longer && !shown)
            return false;
        if (m_step == Step::Shorter && shown)
            return true;
    }
    if (m_vms)
        return m_vms->filterText(sourceRow).contains(m_needle);
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(VmListModel::FilterTextRole).toString().contains(m_needle);
}
