// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationSession.h"

#include "LocalAccount.h"
#include "model/core/ConfigDelta.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Logging.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushJob.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QSysInfo>

MigrationSession::MigrationSession(Fleet* fleet, const QString& vmKey, QObject* parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_key(vmKey)
    , m_planner(fleet->engine())
    , m_user(currentUser())
{
    if (const VmRecord* record = fleet->record(vmKey))
        adopt(record->snapshot);
    connect(fleet, &Fleet::refreshed, this, &MigrationSession::fleetRefreshed);
}

MigrationSession::~MigrationSession() = default;

Fleet* MigrationSession::fleet() const
{
    return m_fleet;
}

QString MigrationSession::currentUser()
{
    return LocalAccount::name() + QLatin1Char('@') + QSysInfo::machineHostName();
}

void MigrationSession::adopt(const DomainSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_config = VmConfig{};
    DomainXmlReader::read(snapshot, m_fleet ? m_fleet->uri() : QString(), m_config);
    // The definition's own record decides how far the migration got (another console may have moved it on).
    if (m_bound && m_config.migration && m_config.migration->target == m_plan.target &&
        m_config.migration->stepCount == m_plan.size())
        m_completed = m_config.migration->state == MigrationProgress::State::RolledBack
                          ? 0
                          : qBound(0, m_config.migration->completedSteps, m_plan.size());
}

PreviewOutcome MigrationSession::outcome() const
{
    return m_fleet ? m_fleet->engine().preview(m_config) : PreviewOutcome{};
}

QList<VmConfig> MigrationSession::hostPeers() const
{
    QList<VmConfig> peers;
    if (!m_fleet)
        return peers;
    for (const QString& key : m_fleet->keys())
        if (const VmRecord* record = m_fleet->record(key); record && key != m_key)
            peers.append(record->config);
    return peers;
}

QString MigrationSession::writeBlock() const
{
    if (!m_fleet || !hasVm())
        return tr("The VM is no longer listed on this connection.");
    if (m_fleet->isReadOnly())
        return tr("The connection to %1 is read-only: the wizard can show the plan, but nothing can be written. "
                  "Connect without --readonly to migrate.")
            .arg(ConnectionListModel::displayName(m_fleet->uri()));
    if (m_config.metadataReadOnly)
        return tr("%1's xpconsole metadata is read-only (%2): nothing is written to it.")
            .arg(m_snapshot.name, m_config.metadataErrors.join(QStringLiteral("; ")));
    if (!m_snapshot.persistent)
        return tr("%1 is a transient domain: there is no persistent definition to record the migration in.")
            .arg(m_snapshot.name);
    return {};
}

bool MigrationSession::resumeStored(QString* why)
{
    if (!m_config.migration || m_config.migration->state != MigrationProgress::State::InProgress) {
        if (why)
            *why = tr("No migration in progress is recorded for %1.").arg(m_snapshot.name);
        return false;
    }
    const auto plan = m_planner.resume(m_config, why);
    if (!plan)
        return false;
    m_plan = *plan;
    m_hasPlan = true;
    m_bound = true;
    m_completed = m_config.migration->completedSteps;
    emit changed();
    return true;
}

void MigrationSession::setPlan(const MigrationPlan& plan)
{
    m_plan = plan;
    m_hasPlan = plan.isValid();
    m_bound = false;
    m_completed = 0;
    emit changed();
}

std::optional<MigrationProgress> MigrationSession::recorded() const
{
    if (m_bound && m_config.migration && m_config.migration->target == m_plan.target)
        return m_config.migration;
    return std::nullopt;
}

MigrationProgress MigrationSession::progressAfter(int completed) const
{
    MigrationProgress p;
    p.target = m_plan.target;
    p.stepCount = m_plan.size();
    p.completedSteps = completed;
    p.state = completed == m_plan.size() ? MigrationProgress::State::Done
              : completed == 0           ? MigrationProgress::State::RolledBack
                                         : MigrationProgress::State::InProgress;
    p.by = m_user;
    // Whole seconds: the attribute keeps no more, and a read-back must compare equal.
    p.at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (const auto back = ConfigDelta::between(m_plan.configAfter(completed), m_plan.start, nullptr))
        p.rollback = ConfigDelta::texts(*back);
    return p;
}

PushItem MigrationSession::prepare(const QList<ConfigChange>& changes, int completed) const
{
    VmConfig edited;
    DomainXmlReader::read(m_snapshot.inactiveXml, edited);
    edited.definition = m_config.definition;
    edited.name = m_snapshot.name;
    edited.uuid = m_snapshot.uuid;
    edited.running = m_snapshot.isActive();
    QString error;
    const bool applies = BindingEngine::apply(edited, changes, &error);
    edited.migration = progressAfter(completed);
    PushItem item = DomainPush::prepareEditedOn(m_fleet ? m_fleet->uri() : QString(), m_snapshot, edited);
    item.changes = changes;
    if (!applies && item.refusal.isEmpty())
        item.refusal = tr("The step no longer applies to the VM's definition: %1").arg(error);
    return item;
}

PushItem MigrationSession::prepareNext() const
{
    if (!m_hasPlan || m_completed >= m_plan.size())
        return PushItem{};
    return prepare(m_plan.steps.at(m_completed).changes, m_completed + 1);
}

PushItem MigrationSession::prepareRollback() const
{
    if (!m_hasPlan || m_completed <= 0)
        return PushItem{};
    return prepare(m_plan.steps.at(m_completed - 1).rollback, m_completed - 1);
}

void MigrationSession::commit(const PushItem& item)
{
    if (m_job || !m_fleet)
        return;
    m_job = new PushJob(m_fleet->connection(), {item}, this);
    connect(m_job, &PushJob::finished, this, &MigrationSession::onJobFinished);
    qCInfo(lcModel) << "migration of" << m_snapshot.name << "writes" << ConfigDelta::texts(item.changes);
    m_job->start();
}

void MigrationSession::onJobFinished()
{
    PushJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    if (job->results().isEmpty())
        return;
    const PushResult result = job->results().constFirst();
    if ((result.status == PushResult::Status::Verified || result.status == PushResult::Status::NotKept) &&
        !result.storedXml.isEmpty()) {
        m_replacedXml.append(m_snapshot.inactiveXml);
        m_bound = true;
        DomainSnapshot stored = m_snapshot;
        stored.inactiveXml = result.storedXml.toUtf8();
        adopt(stored);
    }
    emit pushFinished(result);
    emit changed();
}

void MigrationSession::rebase(const QString& inactiveXml)
{
    if (inactiveXml.isEmpty())
        return;
    DomainSnapshot current = m_snapshot;
    current.inactiveXml = inactiveXml.toUtf8();
    adopt(current);
    emit changed();
}

MigrationSession::RunState MigrationSession::runState(QStringList* pending, int* domainId) const
{
    const VmRecord* record = m_fleet ? m_fleet->record(m_key) : nullptr;
    if (domainId)
        *domainId = record && record->snapshot.isActive() ? record->snapshot.id : -1;
    // A listing of the definition this session replaced knows nothing of what the write left pending.
    if (!record || m_replacedXml.contains(record->snapshot.inactiveXml))
        return RunState::Unknown;
    if (!record->snapshot.isActive())
        return RunState::ShutOff;
    if (pending)
        *pending = record->pendingChanges;
    return record->pendingChanges.isEmpty() ? RunState::RunningCurrent : RunState::RunningPending;
}

void MigrationSession::syncWithFleet()
{
    if (!m_fleet || m_job)
        return;
    const VmRecord* record = m_fleet->record(m_key);
    if (!record)
        return;
    if (m_replacedXml.contains(record->snapshot.inactiveXml)) {
        // Still the listing from before our write: only its run state is news.
        m_snapshot.state = record->snapshot.state;
        m_snapshot.id = record->snapshot.id;
        m_config.running = m_snapshot.isActive();
        return;
    }
    if (record->snapshot == m_snapshot)
        return;
    adopt(record->snapshot);
    emit changed();
}
