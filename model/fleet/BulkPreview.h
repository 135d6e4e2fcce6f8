// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainPush.h"
#include "VmRecord.h"
#include "model/binding/Finding.h"
#include "model/binding/PreviewOutcome.h"
#include "model/core/ConfigChange.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class BindingEngine;

/// One VM's share of a bulk change before anything runs: what would be written (or why not) and what the
/// binding preview predicts for its next boot afterwards.
struct BulkPreviewEntry
{
    /// The fleet key (VmConfig::key) of the VM.
    QString key;
    /// The push as prepared (DomainPush::prepareOn); its refusal says why the VM cannot take the change.
    PushItem item;
    /// The VM's run state when the entry was computed.
    DomainState state = DomainState::NoState;
    /// The package whose driver is in charge now (PreviewOutcome::activeDriver; empty: none).
    QString driverBefore;
    /// The finding ids of the prediction before the change: what a finding is new against, also after the run.
    QStringList findingsBefore;
    /// The prediction after the change; the current one when the VM takes no change. After a run (written()),
    /// the fleet's prediction of what libvirt holds now.
    PreviewOutcome after;
    /// The device model, platform and vendor devices @c after exposes, in the VM table's words (VmRow).
    QString flavourAfter;
    QString platformAfter;
    QString vendorAfter;
    /// Findings of @c after whose id the prediction before the change does not have.
    QList<Finding> newFindings;
    /// The worst severity among @c newFindings; nullopt when there is none.
    std::optional<Finding::Severity> worstNew;

    bool hasNewError() const { return worstNew == Finding::Severity::Error; }
};

/// The same changes on many VMs (PRODUCT §7 "Bulk"), each with its own diff and prediction, and the VMs that
/// cannot take them with the reason, before anything is written. Pure: no libvirt, no widgets, thread-safe.
class BulkPreview
{
    Q_DECLARE_TR_FUNCTIONS(BulkPreview)

public:
    /// Prepares @p changes on one VM read from @p uri; predicts only VMs whose XML would change.
    static BulkPreviewEntry entry(const QString& uri, const BindingEngine& engine, const VmRecord& record,
                                  const QList<ConfigChange>& changes);
    /// entry() for each record, in order.
    static QList<BulkPreviewEntry> compute(const QString& uri, const BindingEngine& engine,
                                           const QList<VmRecord>& records, const QList<ConfigChange>& changes);
    /// The VM after a run, from @p now (the fleet's record read back after it): what libvirt holds and the fleet
    /// predicts, the findings new against the VM before the run (@p planned, the entry the run started from),
    /// and what of @p changes is still left to write (nothing, for a VM that took them).
    static BulkPreviewEntry written(const QString& uri, const BulkPreviewEntry& planned, const VmRecord& now,
                                    const QList<ConfigChange>& changes);

    /// The VMs (by name) that would get each new finding of at least @p severity, keyed by finding id.
    static QMap<QString, QStringList> newFindingVms(const QList<BulkPreviewEntry>& entries,
                                                    Finding::Severity severity = Finding::Severity::Error);
    /// One sentence per new finding of exactly @p severity: "3 VMs would get XP-WU-BUGCHECK-RISK: erp-db-01, dc-01,
    /// mail-01". Empty when the change gives no VM a new finding of that severity.
    static QStringList newFindingSentences(const QList<BulkPreviewEntry>& entries, Finding::Severity severity);
    /// newFindingSentences() of the errors.
    static QStringList newErrorSentences(const QList<BulkPreviewEntry>& entries);
    /// What a confirmation says about the VMs that would get a new error or warning finding, errors first, each
    /// finding with the VMs named; empty when no VM would get either.
    static QString newFindingsText(const QList<BulkPreviewEntry>& entries);

    /// The items to hand to a push (PushDialog, PushJob), in entry order.
    static QList<PushItem> items(const QList<BulkPreviewEntry>& entries);
};
