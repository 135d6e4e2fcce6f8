// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfProxyModel.h"

#include "WhatIfModel.h"

WhatIfProxyModel::WhatIfProxyModel(WhatIfModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void WhatIfProxyModel::setClassFilter(std::optional<WhatIfOutcome::Class> cls)
{
    if (cls == m_class)
        return;
    m_class = cls;
    invalidateRowsFilter();
}

bool WhatIfProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return !m_class || m_source->outcomes().at(sourceRow).cls == *m_class;
}

bool WhatIfProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const WhatIfOutcome& a = m_source->outcomes().at(left.row());
    const WhatIfOutcome& b = m_source->outcomes().at(right.row());
    switch (left.column()) {
    case WhatIfModel::Class:
        // By harm, then by name A to Z whichever way the harm runs (as the VM list sorts its findings).
        if (a.cls != b.cls)
            return a.cls < b.cls;
        return sortOrder() == Qt::AscendingOrder ? a.name < b.name : a.name > b.name;
    case WhatIfModel::Name: return a.name < b.name;
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}
