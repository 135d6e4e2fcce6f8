// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistMerge.h"

#include <algorithm>

namespace {
bool sameEntry(const BlacklistItem& a, const BlacklistItem& b)
{
    return a.product == b.product && a.firstBuild == b.firstBuild && a.lastBuild == b.lastBuild;
}

bool containsEntry(const QList<BlacklistItem>& list, const BlacklistItem& item)
{
    return std::any_of(list.cbegin(), list.cend(), [&item](const BlacklistItem& i) { return sameEntry(i, item); });
}
} // namespace

QList<BlacklistItem> BlacklistMerge::merge(const QList<BlacklistItem>& ancestor, const QList<BlacklistItem>& ours,
                                           const QList<BlacklistItem>& theirs)
{
    QList<BlacklistItem> merged;
    // Theirs, in their order, minus what we removed; an entry we kept takes our comment.
    for (const BlacklistItem& item : theirs) {
        const bool removedByUs = containsEntry(ancestor, item) && !containsEntry(ours, item);
        if (removedByUs)
            continue;
        const auto mine =
            std::find_if(ours.cbegin(), ours.cend(), [&item](const BlacklistItem& i) { return sameEntry(i, item); });
        merged.append(mine != ours.cend() ? *mine : item);
    }
    // Then what we added, in our order.
    for (const BlacklistItem& item : ours)
        if (!containsEntry(ancestor, item) && !containsEntry(merged, item))
            merged.append(item);
    return merged;
}
