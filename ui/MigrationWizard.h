// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWizard>
#include <functional>

class Fleet;
class MigrationSession;

/// The per-VM driver migration wizard (PRODUCT §1): pre-checks, target package and device identity, the plan with
/// each step's simulated next boot and rollback, the steps one by one (diff, apply or confirm, roll back), and a
/// summary. Progress is written into the VM's metadata with every step, so a wizard opened later on the same VM,
/// in this console or another admin's, starts at the next step.
///
/// Open it with open() or show(); it deletes nothing it did not create and never waits on libvirt.
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PreCheckPageId, TargetPageId, PlanPageId, StepPageId, SummaryPageId };

    /// Asks the user to confirm a write; true to go ahead. Tests replace it to answer without a modal dialog.
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;

    /// A wizard for the VM @p vmKey of @p fleet (VmRecord key: connection URI + "/" + UUID).
    MigrationWizard(Fleet* fleet, const QString& vmKey, QWidget* parent = nullptr);
    ~MigrationWizard() override;

    MigrationSession* session() const { return m_session; }
    /// Whether the wizard continued a migration recorded in the VM's metadata (it then starts at the steps).
    bool resumed() const { return m_resumed; }
    /// Why a recorded migration could not be continued; empty when there was none or it was continued.
    QString resumeProblem() const { return m_resumeProblem; }

    void setConfirmation(Confirmation confirmation) { m_confirmation = std::move(confirmation); }
    bool confirm(const QString& title, const QString& text);

    void done(int result) override;

private:
    MigrationSession* m_session;
    Confirmation m_confirmation;
    bool m_resumed = false;
    QString m_resumeProblem;
};
