// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BulkPreview.h"

#include "model/binding/BindingEngine.h"

#include <QSet>

BulkPreviewEntry BulkPreview::entry(const QString& uri, const BindingEngine& engine, const VmRecord& record,
                                    const QList<ConfigChange>& changes)
{
    BulkPreviewEntry e;
    e.key = record.config.key;
    e.item = DomainPush::prepareOn(uri, record.snapshot, changes);
    e.driverBefore = record.outcome.activeDriver;
    // A VM that takes no change boots as it would have: the current prediction is the answer, and skipping the
    // simulation keeps a thousand-VM selection quick.
    if (!e.item.hasChanges()) {
        e.after = record.outcome;
        return e;
    }
    e.after = engine.preview(record.config, changes);
    const QStringList before = record.outcome.findingIds();
    QSet<QString> seen;
    for (const Finding& finding : std::as_const(e.after.findings)) {
        if (before.contains(finding.id) || seen.contains(finding.id))
            continue;
        seen.insert(finding.id);
        e.newFindings.append(finding);
        e.worstNew = e.worstNew ? std::max(*e.worstNew, finding.severity) : finding.severity;
    }
    return e;
}

QList<BulkPreviewEntry> BulkPreview::compute(const QString& uri, const BindingEngine& engine,
                                             const QList<VmRecord>& records, const QList<ConfigChange>& changes)
{
    QList<BulkPreviewEntry> entries;
    entries.reserve(records.size());
    for (const VmRecord& record : records)
        entries.append(entry(uri, engine, record, changes));
    return entries;
}

QMap<QString, QStringList> BulkPreview::newFindingVms(const QList<BulkPreviewEntry>& entries,
                                                      Finding::Severity severity)
{
    QMap<QString, QStringList> vms;
    for (const BulkPreviewEntry& e : entries)
        for (const Finding& finding : e.newFindings)
            if (finding.severity >= severity)
                vms[finding.id].append(e.item.name.isEmpty() ? e.item.uuid : e.item.name);
    return vms;
}

QStringList BulkPreview::newErrorSentences(const QList<BulkPreviewEntry>& entries)
{
    QStringList sentences;
    const QMap<QString, QStringList> vms = newFindingVms(entries);
    for (auto it = vms.cbegin(); it != vms.cend(); ++it)
        sentences << tr("%n VM(s) would get %1: %2", nullptr, int(it.value().size()))
                         .arg(it.key(), it.value().join(QStringLiteral(", ")));
    return sentences;
}

QList<PushItem> BulkPreview::items(const QList<BulkPreviewEntry>& entries)
{
    QList<PushItem> items;
    items.reserve(entries.size());
    for (const BulkPreviewEntry& e : entries)
        items.append(e.item);
    return items;
}
