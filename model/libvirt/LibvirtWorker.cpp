// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtWorker.h"

#include "LibvirtCredentialProvider.h"
#include "LibvirtLogging.h"

#include <QtGlobal>

LibvirtWorker::LibvirtWorker(bool watching, QObject* parent)
    : QObject(parent)
    , m_watching(watching)
{}

LibvirtWorker::~LibvirtWorker()
{
    // Runs on the worker thread (deleted when the thread finishes), so libvirt is left from the thread that used it.
    m_session.close();
}

void LibvirtWorker::open(const QString& uri, bool readOnly, std::shared_ptr<LibvirtCredentialProvider> credentials)
{
    LibvirtResult result = m_session.open(uri, readOnly, credentials.get());
    if (result.ok() && m_watching) {
        // The sinks run on libvirt's event thread; emitting from there is safe because the session clears them
        // (under its lock) before this worker can be destroyed, and the receivers get queued calls.
        const LibvirtResult watched =
            m_session.watch([this](const LibvirtDomainEvent& event) { emit domainEvent(event); },
                            [this](const QString& reason) { emit connectionDropped(reason); });
        if (!watched.ok())
            qCWarning(lcLibvirt) << "no domain events from" << uri << ":" << watched.message;
    }
    emit opened(result);
}

void LibvirtWorker::close()
{
    m_session.close();
}

void LibvirtWorker::list(quint64 requestId, bool withXml, int batchSize)
{
    const auto xml = withXml ? LibvirtSession::XmlWanted::InactiveAndLive : LibvirtSession::XmlWanted::None;
    stream(requestId, batchSize,
           [this, xml](const LibvirtSession::DomainSink& each) { return m_session.visitDomains(xml, each); });
}

void LibvirtWorker::fetchXmlOf(quint64 requestId, const QList<DomainSnapshot>& domains, int batchSize,
                               const QString& uri, bool readOnly,
                               std::shared_ptr<LibvirtCredentialProvider> credentials)
{
    if (!m_session.isAlive() || m_session.uri() != uri || m_session.isReadOnly() != readOnly) {
        const LibvirtResult opened = m_session.open(uri, readOnly, credentials.get());
        if (!opened.ok()) {
            emit listFinished(requestId, opened, 0);
            return;
        }
    }
    stream(requestId, batchSize, [this, &domains](const LibvirtSession::DomainSink& each) {
        return m_session.fetchXml(domains, LibvirtSession::XmlWanted::InactiveAndLive, each);
    });
}

void LibvirtWorker::askGuests(const QStringList& uuids, const QString& uri, bool readOnly,
                              std::shared_ptr<LibvirtCredentialProvider> credentials,
                              const AgentInventoryRequest& inventory)
{
    if (!m_session.isAlive() || m_session.uri() != uri || m_session.isReadOnly() != readOnly) {
        const LibvirtResult opened = m_session.open(uri, readOnly, credentials.get());
        if (!opened.ok()) {
            AgentReport failed;
            failed.state = AgentReport::State::Failed;
            failed.at = QDateTime::currentDateTimeUtc();
            failed.detail = opened.message;
            for (const QString& uuid : uuids)
                emit guestReported(uuid, failed);
            return;
        }
    }
    for (const QString& uuid : uuids) {
        if (m_stop)
            return;
        const AgentReport report = m_session.guestOs(uuid);
        emit guestReported(uuid, report);
        if (!inventory.enabled || report.state != AgentReport::State::Reported || report.osId != inventory.osId)
            continue;
        AgentOutputs outputs;
        QString error;
        const QDateTime taken = QDateTime::currentDateTimeUtc();
        for (const AgentInventoryRequest::Command& command : inventory.commands) {
            GuestAgent::ExecRequest request;
            request.path = command.path;
            request.arguments = command.arguments;
            request.timeoutMs = inventory.timeoutMs;
            request.maxOutput = inventory.maxOutput;
            request.stop = &m_stop;
            const GuestAgent::ExecResult run = m_session.guestExec(uuid, request);
            const QString what = (QStringList{command.path} + command.arguments).join(QLatin1Char(' '));
            if (!run.ok()) {
                error = tr("%1: %2").arg(what, run.message);
                break;
            }
            if (run.status.exitCode.value_or(-1) != 0 || run.status.truncated) {
                error = run.status.truncated
                            ? tr("%1: its output was cut at %2 bytes").arg(what).arg(inventory.maxOutput)
                            : tr("%1 ended with exit code %2: %3")
                                  .arg(what)
                                  .arg(run.status.exitCode.value_or(-1))
                                  .arg(QString::fromLocal8Bit(run.status.err.left(300)));
                break;
            }
            outputs.append({what, run.status.out});
        }
        emit guestInventoryRead(uuid, error.isEmpty() ? outputs : AgentOutputs{}, taken, error);
    }
}

void LibvirtWorker::stream(quint64 requestId, int batchSize,
                           const std::function<LibvirtResult(const LibvirtSession::DomainSink&)>& walk)
{
    // Batches flow while the XML is still being fetched: the console shows the first VMs long before the last.
    QList<DomainSnapshot> batch;
    batch.reserve(batchSize);
    int count = 0;
    const LibvirtResult result = walk([&](DomainSnapshot& domain) {
        if (m_stop)
            return false;
        batch.append(std::move(domain));
        ++count;
        if (batch.size() >= batchSize) {
            emit domainsBatch(requestId, batch);
            batch.clear();
        }
        return true;
    });
    if (m_stop)
        return;
    if (!batch.isEmpty())
        emit domainsBatch(requestId, batch);
    emit listFinished(requestId, result, count);
}

void LibvirtWorker::fetchXml(quint64 requestId, const QString& uuid, bool inactive)
{
    LibvirtResult result = m_session.domainXml(uuid, inactive);
    result.uuid = uuid;
    emit xmlFetched(requestId, result);
}

void LibvirtWorker::power(quint64 requestId, const QString& uuid, LibvirtPowerAction action)
{
    LibvirtResult result;
    switch (action) {
    case LibvirtPowerAction::Shutdown: result = m_session.shutdown(uuid); break;
    case LibvirtPowerAction::Start: result = m_session.start(uuid); break;
    case LibvirtPowerAction::Destroy: result = m_session.destroy(uuid); break;
    }
    result.uuid = uuid;
    emit powerFinished(requestId, result);
}

void LibvirtWorker::push(quint64 requestId, const QString& uuid, const QString& expectedInactiveXml,
                         const QString& newXml)
{
    LibvirtResult result = m_session.defineIfUnchanged(uuid, expectedInactiveXml, newXml);
    result.uuid = uuid;
    emit pushFinished(requestId, result);
}
