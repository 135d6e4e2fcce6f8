// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/DomainPush.h"

#include <QWizardPage>

class MigrationPowerCycle;
class MigrationWizard;
class MigrationResultView;
class QLabel;
class QListWidget;
class DiffView;
class QPushButton;

/// The migration's steps one at a time: the next step's diff on the VM's current definition, Apply (VM changes,
/// pushed through libvirt) or Done (guest actions and power cycles, recorded in the metadata), and Roll back for
/// the last step done. Every write carries the progress, and a conflict keeps the step to be prepared again.
/// A power-cycle step is recorded only once the fleet lists the VM running its new definition; the page can shut
/// it down and start it (MigrationPowerCycle) and then records the step by itself.
class MigrationStepPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationStepPage(MigrationWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The step the list shows (0-based).
    int shownStep() const;

private:
    void refresh();
    /// Shows step @p index; @p prepared, when given, is the push its diff shows instead of one prepared now.
    void showStep(int index, const PushItem* prepared = nullptr);
    /// The diff pane: @p item's diff (or why it cannot be written) and the commands it needs run by hand.
    void showDiff(const PushItem& item);
    void applyNext();
    void rollBack();
    void onPushFinished(const PushResult& result);
    void onFleetRefreshed();
    /// Writes the next step (@p item, prepared by the session) and says so.
    void record(const PushItem& item, int step, bool vmChange);
    bool nextIsPowerCycle() const;
    /// The power-cycle step's note and buttons for the VM's run state.
    void showRunState(bool writable);

    MigrationWizard* m_wizard;
    QListWidget* m_steps;
    QLabel* m_progress;
    QLabel* m_title;
    QLabel* m_kind;
    QLabel* m_explanation;
    QLabel* m_outcome;
    QLabel* m_rollbackText;
    QLabel* m_diffLabel;
    DiffView* m_diff;
    QPushButton* m_apply;
    QPushButton* m_confirm;
    QPushButton* m_rollback;
    QPushButton* m_reprepare;
    QPushButton* m_powerCycle;
    QPushButton* m_stopCycle;
    QLabel* m_powerNote;
    MigrationPowerCycle* m_cycle;
    /// The power cycle succeeded: record its step when the fleet lists the VM running its new definition.
    bool m_recordWhenCurrent = false;
    /// The domain id before the power cycle: a listing with another one shows the VM after its new start.
    int m_idBeforeCycle = -1;
    MigrationResultView* m_result;
    /// What the last write was about, for its result line.
    QString m_pending;
    bool m_pendingVmChange = false;
    QString m_conflictXml;
};
