// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationPowerCycle.h"

#include "MigrationWizard.h"
#include "PowerCycleQuestions.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/migration/MigrationSession.h"

MigrationPowerCycle::MigrationPowerCycle(MigrationWizard* wizard)
    : QObject(wizard)
    , m_wizard(wizard)
{}

bool MigrationPowerCycle::run(int step)
{
    MigrationSession* session = m_wizard->session();
    Fleet* fleet = session->fleet();
    if (m_cycle || !fleet || !fleet->connection())
        return false;
    QStringList pending;
    const MigrationSession::RunState state = session->runState(&pending);
    const QString vm = session->vmName();
    bool startOnly = false;
    switch (state) {
    case MigrationSession::RunState::RunningPending:
        if (!m_wizard->confirm(tr("Shut down and start %1").arg(vm),
                               tr("Shut %1 down and start it again now? The guest is asked to shut down; its services "
                                  "are unavailable until it is back. Then its next boot takes effect (%2) and step %3 "
                                  "is recorded.")
                                   .arg(vm, pending.join(QStringLiteral(", ")))
                                   .arg(step)))
            return false;
        break;
    case MigrationSession::RunState::ShutOff:
        if (!m_wizard->confirm(
                tr("Start %1").arg(vm),
                tr("Start %1 now? It starts from its definition, and step %2 is recorded.").arg(vm).arg(step)))
            return false;
        startOnly = true;
        break;
    case MigrationSession::RunState::Unknown:
    case MigrationSession::RunState::RunningCurrent: return false;
    }
    // Owned by the fleet, not the wizard: a wizard closed while the guest shuts down must not leave the VM off.
    // The step is then not recorded; the next wizard finds the VM running with nothing pending.
    auto cycle = new PowerCycle(fleet->connection(), session->snapshot().uuid, vm, fleet);
    fleet->watchPowerCycle(cycle);
    m_cycle = cycle;
    connect(cycle, &PowerCycle::finished, cycle, &QObject::deleteLater);
    connect(cycle, &PowerCycle::progress, this, &MigrationPowerCycle::progress);
    PowerCycleQuestions::attachForceOff(cycle, this, [this](const QString& title, const QString& question) {
        return m_wizard->confirm(title, question);
    });
    connect(cycle, &PowerCycle::finished, this, [this](bool ok, const QString& message) {
        m_cycle = nullptr;
        emit finished(ok, message);
    });
    if (startOnly)
        cycle->startOnly();
    else
        cycle->start();
    return true;
}

void MigrationPowerCycle::stopFollowing()
{
    if (m_cycle)
        PowerCycleQuestions::stopIfConfirmed(m_cycle, [this](const QString& title, const QString& question) {
            return m_wizard->confirm(title, question);
        });
}
