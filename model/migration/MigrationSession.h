// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationPlanner.h"
#include "model/fleet/DomainPush.h"

#include <QObject>
#include <QPointer>

class Fleet;
class PushJob;

/// One VM's driver migration as the wizard runs it: the plan, the progress kept in the VM's metadata, and the
/// pushes that record each step. A step's changes and the new progress go into the same define, so the VM's
/// definition always says how far the migration got; a wizard opened later (another process, another admin)
/// plans again from the recorded start and continues at the next step.
///
/// Never waits on libvirt: commit() runs a PushJob on the fleet's connection and answers with pushFinished().
/// After a write the session continues on the XML libvirt stored, not on the fleet's listing, which catches up
/// when libvirt's define event has refreshed it.
class MigrationSession : public QObject
{
    Q_OBJECT

public:
    MigrationSession(Fleet* fleet, const QString& vmKey, QObject* parent = nullptr);
    ~MigrationSession() override;

    /// Whether the VM runs what its definition says, from the fleet's latest listing. A power-cycle step is done
    /// only once it does: recording it while the VM still runs the old device model would make every later step's
    /// prediction wrong.
    enum class RunState {
        /// No listing of the VM yet, or only one from before this session's last write.
        Unknown,
        ShutOff,
        /// Running, and its next boot differs (NextBoot::pending: the listing's pendingChanges).
        RunningPending,
        /// Running what its definition says (or libvirt cannot tell the running definition's element).
        RunningCurrent,
    };

    Fleet* fleet() const;
    bool hasVm() const { return !m_snapshot.uuid.isEmpty(); }
    QString vmName() const { return m_snapshot.name; }
    const DomainSnapshot& snapshot() const { return m_snapshot; }
    /// The VM's configuration as the session's definition has it, and its prediction.
    const VmConfig& config() const { return m_config; }
    PreviewOutcome outcome() const;
    const MigrationPlanner& planner() const { return m_planner; }
    /// The other VMs of the connection (the same host), as configured now.
    QList<VmConfig> hostPeers() const;
    /// Why nothing may be written (no such VM, read-only connection, read-only metadata); empty when it may.
    QString writeBlock() const;

    /// Continues the migration recorded in the metadata (in progress); false with @p why when there is none or it
    /// no longer matches the VM.
    bool resumeStored(QString* why);
    /// Starts over with @p plan (nothing is written until its first step).
    void setPlan(const MigrationPlan& plan);
    bool hasPlan() const { return m_hasPlan; }
    const MigrationPlan& plan() const { return m_plan; }
    /// Steps done; the next step's index.
    int completed() const { return m_completed; }
    bool isFinished() const { return m_hasPlan && m_completed == m_plan.size(); }
    /// The progress this session's definition holds for its plan, if it wrote any.
    std::optional<MigrationProgress> recorded() const;

    /// The push that records the next step: its changes and the progress, prepared on the current definition.
    PushItem prepareNext() const;
    /// The push that undoes the last completed step: its rollback and the progress one step back.
    PushItem prepareRollback() const;
    bool isBusy() const { return m_job != nullptr; }
    /// Writes @p item; answered by pushFinished().
    void commit(const PushItem& item);
    /// After a conflict: go on from the definition libvirt has now (@p inactiveXml), where the step is prepared again.
    void rebase(const QString& inactiveXml);
    /// Picks up the fleet's listing of the VM where it is newer than the session's definition.
    void syncWithFleet();
    /// The VM's run state in the fleet's latest listing; @p pending gets what its next boot changes, @p domainId
    /// the listed domain id (a new one after every start; -1 when off or unknown).
    RunState runState(QStringList* pending = nullptr, int* domainId = nullptr) const;

    /// Recorded as who did a step; "user@host" of this process by default.
    void setUser(const QString& user) { m_user = user; }
    QString user() const { return m_user; }
    /// "account@host": the account as LocalAccount::name() finds it (never "unknown"), and this machine's name.
    static QString currentUser();

signals:
    void pushFinished(const PushResult& result);
    /// The definition, the plan or the progress changed.
    void changed();
    /// The fleet listed its VMs again: runState() may have changed.
    void fleetRefreshed();

private:
    PushItem prepare(const QList<ConfigChange>& changes, int completed) const;
    MigrationProgress progressAfter(int completed) const;
    void adopt(const DomainSnapshot& snapshot);
    void onJobFinished();

    QPointer<Fleet> m_fleet;
    QString m_key;
    MigrationPlanner m_planner;
    DomainSnapshot m_snapshot;
    VmConfig m_config;
    /// The definitions this session's writes replaced: a listing still showing one of them is stale.
    QList<QByteArray> m_replacedXml;
    MigrationPlan m_plan;
    bool m_hasPlan = false;
    /// The definition's <xp:migration> is this plan's record (resumed, or written by this session): only then
    /// does it say how far the plan got.
    bool m_bound = false;
    int m_completed = 0;
    QString m_user;
    PushJob* m_job = nullptr;
};
