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
    // List without XML first: one cheap call, then the XML domain by domain so batches can flow meanwhile.
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = m_session.listDomains(&domains, false);
    if (!listed.ok()) {
        emit listFinished(requestId, listed, 0);
        return;
    }
    if (!withXml) {
        for (qsizetype first = 0; first < domains.size(); first += batchSize)
            emit domainsBatch(requestId, domains.mid(first, batchSize));
        emit listFinished(requestId, listed, int(domains.size()));
        return;
    }
    fetchXmlOf(requestId, domains, batchSize, m_session.uri(), m_session.isReadOnly(), nullptr);
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
    QList<DomainSnapshot> batch;
    batch.reserve(qMin(qsizetype(batchSize), domains.size()));
    int count = 0;
    for (DomainSnapshot domain : domains) {
        if (m_stop)
            return;
        const LibvirtResult xml = m_session.domainXml(domain.uuid, true);
        if (xml.status == LibvirtResult::Status::NotFound)
            continue;
        if (!xml.ok() && !m_session.isAlive()) {
            emit listFinished(requestId, xml, count);
            return;
        }
        if (xml.ok())
            domain.inactiveXml = xml.xml;
        else
            domain.error = xml.message;
        if (domain.isActive()) {
            // A failure here only hides the "changes pending" badge; the VM is still listed from its inactive XML.
            const LibvirtResult live = m_session.domainXml(domain.uuid, false);
            if (live.ok())
                domain.liveXml = live.xml;
        }
        batch.append(domain);
        ++count;
        if (batch.size() >= batchSize) {
            emit domainsBatch(requestId, batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        emit domainsBatch(requestId, batch);
    emit listFinished(requestId, {}, count);
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
