// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"

#include <QSortFilterProxyModel>

class WhatIfModel;

/// The rows of a WhatIfModel a fleet dialog shows: one outcome class, or all, in the order the user picked. It
/// compares the outcomes themselves, not their QVariants: a generic proxy took 40 ms of the GUI thread to sort
/// 10,000 new rows in (docs/performance.md, "Fleet what-if").
class WhatIfProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WhatIfProxyModel(WhatIfModel* source, QObject* parent = nullptr);

    /// Shows only the rows of @p cls; nullopt shows all.
    void setClassFilter(std::optional<WhatIfOutcome::Class> cls);
    std::optional<WhatIfOutcome::Class> classFilter() const { return m_class; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    WhatIfModel* m_source;
    std::optional<WhatIfOutcome::Class> m_class;
};
