// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QList>

/// A three-way merge of blacklists, for edits made while someone else changed the same VM: the entries the
/// admin added and removed since @p ancestor are applied to @p theirs, so neither side's change is lost.
class BlacklistMerge
{
public:
    /// @p ancestor: the list the edits started from; @p ours: the edited list; @p theirs: the list libvirt holds
    /// now. Entries are matched by product and builds; our comment wins for entries both sides keep.
    static QList<BlacklistItem> merge(const QList<BlacklistItem>& ancestor, const QList<BlacklistItem>& ours,
                                      const QList<BlacklistItem>& theirs);
};
