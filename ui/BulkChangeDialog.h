// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ui/PushDialog.h"

#include <QDialog>
#include <QPointer>
#include <QStringList>

class BulkPreviewModel;
class ChangeEditor;
class Fleet;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class VmQueryBar;

/// The same change on many VMs (PRODUCT §7 "Bulk"): compose the change, see for every selected VM whether it
/// can take it (and why not), the driver predicted afterwards and the findings the change would add, then
/// review each VM's diff and run it in the diff dialog (PushDialog) with progress, Stop and per-VM results.
/// A change that would give VMs a new error or warning finding is only reviewed after a confirmation naming them,
/// and the write confirmation names them again. After the run the grid shows each VM as the fleet reads it back,
/// with its result. The VMs are those of one connection (one Fleet); a query row picks more of them.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asked before a dangerous review and before discarding composed changes; also handed to the PushDialog
    /// for its write confirmation. Replaceable so tests need no modal box.
    using Confirmer = PushDialog::Confirmer;

    /// @p vmKeys are fleet keys (VmListModel::KeyRole); keys the fleet no longer lists are reported and skipped.
    BulkChangeDialog(Fleet* fleet, const QStringList& vmKeys, QWidget* parent = nullptr);
    ~BulkChangeDialog() override;

    ChangeEditor* editor() const { return m_editor; }
    BulkPreviewModel* model() const { return m_model; }
    /// The diff dialog last opened by review(); null before (and after it was closed).
    PushDialog* pushDialog() const { return m_push; }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    VmQueryBar* queryBar() const { return m_query; }
    /// What review() asks when the change would give VMs a new error or warning finding, naming them; empty when
    /// it would give none.
    QString newErrorQuestion() const;
    /// Whether the grid shows the VMs after the last run (until the change or the list is edited).
    bool isApplied() const { return m_applied; }

public slots:
    /// Re-prepares every VM on the fleet's current records, confirms new findings, and opens the diff dialog.
    void review();
    /// The VMs (fleet keys) to change: @p replace replaces the list, otherwise the new ones are appended.
    void pickVms(const QStringList& keys, bool replace);
    /// Asks before discarding changes composed but not applied.
    void reject() override;

signals:
    /// The run started from the last review ended; each VM's result is in model() and pushDialog().
    void runFinished();
    /// After a run, the grid shows every VM as the fleet read it back (its state, devices, prediction and the
    /// findings new since before the run), next to its result.
    void settled();

private:
    void recompute();
    void fitColumns();
    /// The grid after a run: each VM from the fleet's refreshed record, its result kept.
    void settle();
    void onFleetRefreshed();
    void updateSummary();
    void updateTitle();
    void onRunFinished();
    bool isRunning() const;
    void fillBlacklistSources();
    void copyBlacklist();

    Fleet* m_fleet;
    QStringList m_keys;
    QStringList m_missing;
    ChangeEditor* m_editor;
    VmQueryBar* m_query;
    QLabel* m_connection;
    BulkPreviewModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QLabel* m_readOnly;
    QLabel* m_result;
    QComboBox* m_blacklistSource;
    QPushButton* m_copyBlacklist;
    QPushButton* m_review;
    QPointer<PushDialog> m_push;
    Confirmer m_confirmer;
    /// Changes composed since the last run: closing would lose them.
    bool m_unapplied = false;
    /// The last run ended and neither the change nor the list was edited since: the grid shows its outcome.
    bool m_applied = false;
    /// The fleet is reading the VMs back after the run; the grid still shows what was planned.
    bool m_readingBack = false;
};
