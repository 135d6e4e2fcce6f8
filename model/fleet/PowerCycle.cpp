// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PowerCycle.h"

#include "model/core/Logging.h"
#include "model/libvirt/LibvirtConnection.h"

using namespace std::chrono_literals;

PowerCycle::PowerCycle(LibvirtConnection* connection, const QString& uuid, const QString& name, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_name(name)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(2min);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_stage == Stage::ShuttingDown)
            emit shutdownTimedOut();
    });
    if (m_connection) {
        connect(m_connection, &LibvirtConnection::powerFinished, this, &PowerCycle::onPowerFinished);
        connect(m_connection, &LibvirtConnection::domainStopped, this, &PowerCycle::onStopped);
    }
}

void PowerCycle::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_connection) {
        fail(tr("The connection was closed."));
        return;
    }
    m_stage = Stage::ShuttingDown;
    emit progress(tr("%1: asking the guest to shut down…").arg(m_name));
    m_request = m_connection->power(m_uuid, LibvirtPowerAction::Shutdown);
    m_timeout.start();
}

void PowerCycle::startOnly()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_connection) {
        fail(tr("The connection was closed."));
        return;
    }
    m_startOnly = true;
    m_stage = Stage::Starting;
    emit progress(tr("%1: starting it…").arg(m_name));
    m_request = m_connection->power(m_uuid, LibvirtPowerAction::Start);
}

void PowerCycle::forceOff()
{
    if (m_stage != Stage::ShuttingDown || !m_connection)
        return;
    m_timeout.stop();
    m_stage = Stage::ForcingOff;
    emit progress(tr("%1: forcing it off…").arg(m_name));
    m_request = m_connection->power(m_uuid, LibvirtPowerAction::Destroy);
}

void PowerCycle::keepWaiting()
{
    if (m_stage == Stage::ShuttingDown)
        m_timeout.start();
}

void PowerCycle::cancel()
{
    if (m_stage == Stage::Done || m_stage == Stage::Failed || m_stage == Stage::Cancelled)
        return;
    m_timeout.stop();
    m_stage = Stage::Cancelled;
    emit finished(false, tr("%1: stopped following the power cycle; check the VM's state.").arg(m_name));
}

void PowerCycle::onPowerFinished(quint64 requestId, const LibvirtResult& result)
{
    if (requestId != m_request)
        return;
    m_request = 0;
    if (!result.ok()) {
        fail(result.message);
        return;
    }
    if (m_stage == Stage::Starting) {
        m_stage = Stage::Done;
        qCInfo(lcModel) << "power cycle done:" << m_name;
        emit progress(tr("%1 started again: its pending changes are in effect.").arg(m_name));
        emit finished(true, m_startOnly ? tr("%1 was started.").arg(m_name)
                                        : tr("%1 was shut down and started again.").arg(m_name));
    }
    // A shutdown or forced off request was accepted: the stop event, not this answer, says the guest is down.
}

void PowerCycle::onStopped(const QString& uuid)
{
    if (uuid.compare(m_uuid, Qt::CaseInsensitive) != 0 ||
        (m_stage != Stage::ShuttingDown && m_stage != Stage::ForcingOff))
        return;
    m_timeout.stop();
    m_stage = Stage::Starting;
    emit progress(tr("%1 is shut off; starting it…").arg(m_name));
    m_request = m_connection ? m_connection->power(m_uuid, LibvirtPowerAction::Start) : 0;
    if (!m_connection)
        fail(tr("The connection was closed."));
}

void PowerCycle::fail(const QString& message)
{
    m_timeout.stop();
    m_failedAt = m_stage;
    m_stage = Stage::Failed;
    emit finished(false, message);
}
