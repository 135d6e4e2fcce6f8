// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BulkPreview.h"

#include "VmReport.h"
#include "model/binding/BindingEngine.h"

#include <QSet>

namespace {

/// Fills what follows from e.after: its devices in the VM table's words and the findings new against
/// e.findingsBefore.
void describeAfter(BulkPreviewEntry& e, const VmRecord& record)
{
    // The table's own rendering of the devices, so the grid and the VM table say the same of the same outcome.
    VmRecord shown = record;
    shown.outcome = e.after;
    const VmRow row = VmReport::toRow(shown);
    e.flavourAfter = row.flavour;
    e.platformAfter = row.platformDevice;
    e.vendorAfter = row.vendorDevice;
    e.newFindings.clear();
    e.worstNew.reset();
    QSet<QString> seen;
    for (const Finding& finding : std::as_const(e.after.findings)) {
        if (e.findingsBefore.contains(finding.id) || seen.contains(finding.id))
            continue;
        seen.insert(finding.id);
        e.newFindings.append(finding);
        e.worstNew = e.worstNew ? std::max(*e.worstNew, finding.severity) : finding.severity;
    }
}

} // namespace

BulkPreviewEntry BulkPreview::entry(const QString& uri, const BindingEngine& engine, const VmRecord& record,
                                    const QList<ConfigChange>& changes)
{
    BulkPreviewEntry e;
    e.key = record.config.key;
    e.item = DomainPush::prepareOn(uri, record.snapshot, changes);
    e.state = record.snapshot.state;
    e.driverBefore = record.outcome.activeDriver;
    e.findingsBefore = record.outcome.findingIds();
    // A VM that takes no change boots as it would have: the current prediction is the answer, and skipping the
    // simulation keeps a thousand-VM selection quick.
    e.after = e.item.hasChanges() ? engine.preview(record.config, changes) : record.outcome;
    describeAfter(e, record);
    return e;
}

BulkPreviewEntry BulkPreview::written(const QString& uri, const BulkPreviewEntry& planned, const VmRecord& now,
                                      const QList<ConfigChange>& changes)
{
    BulkPreviewEntry e;
    e.key = now.config.key;
    // Prepared again on what libvirt holds now: a VM that took the change has nothing left to write, one that did
    // not (refused, failed, changed meanwhile) still shows what the change would do.
    e.item = DomainPush::prepareOn(uri, now.snapshot, changes);
    e.state = now.snapshot.state;
    e.driverBefore = planned.driverBefore;
    e.findingsBefore = planned.findingsBefore;
    e.after = now.outcome;
    describeAfter(e, now);
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

QStringList BulkPreview::newFindingSentences(const QList<BulkPreviewEntry>& entries, Finding::Severity severity)
{
    QMap<QString, QStringList> vms;
    for (const BulkPreviewEntry& e : entries)
        for (const Finding& finding : e.newFindings)
            if (finding.severity == severity)
                vms[finding.id].append(e.item.name.isEmpty() ? e.item.uuid : e.item.name);
    QStringList sentences;
    for (auto it = vms.cbegin(); it != vms.cend(); ++it)
        sentences << tr("%n VM(s) would get %1: %2", nullptr, int(it.value().size()))
                         .arg(it.key(), it.value().join(QStringLiteral(", ")));
    return sentences;
}

QStringList BulkPreview::newErrorSentences(const QList<BulkPreviewEntry>& entries)
{
    return newFindingSentences(entries, Finding::Severity::Error);
}

QString BulkPreview::newFindingsText(const QList<BulkPreviewEntry>& entries)
{
    const QStringList errors = newErrorSentences(entries);
    const QStringList warnings = newFindingSentences(entries, Finding::Severity::Warning);
    QStringList lines;
    if (!errors.isEmpty())
        lines << tr("New errors at the next boot:") << errors;
    if (!warnings.isEmpty())
        lines << tr("New warnings at the next boot:") << warnings;
    return lines.join(QLatin1Char('\n'));
}

QList<PushItem> BulkPreview::items(const QList<BulkPreviewEntry>& entries)
{
    QList<PushItem> items;
    items.reserve(entries.size());
    for (const BulkPreviewEntry& e : entries)
        items.append(e.item);
    return items;
}
