// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtConnection.h"

#include "LibvirtCredentialProvider.h"
#include "LibvirtLogging.h"
#include "LibvirtWorker.h"
#include "model/core/BackgroundPriority.h"

#include <QThread>
#include <algorithm>

namespace {
// How long the destructor lets a worker finish the libvirt call it is in before detaching it.
constexpr unsigned long kShutdownGraceMs = 3000;
// More parallel connections than this do not make a host answer faster; they only cost file descriptors.
constexpr int kMaxParallelSessions = 32;
} // namespace

LibvirtConnection::LibvirtConnection(QObject* parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        LibvirtWorker* worker = m_primary.worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, uri = m_uri, readOnly = m_readOnly, credentials = m_credentials] {
                worker->open(uri, readOnly, credentials);
            },
            Qt::QueuedConnection);
    });

    m_primary = startWorker(true);
    LibvirtWorker* primary = m_primary.worker;
    connect(primary, &LibvirtWorker::opened, this, &LibvirtConnection::onOpened);
    connect(primary, &LibvirtWorker::connectionDropped, this, &LibvirtConnection::onDropped);
    connect(primary, &LibvirtWorker::domainEvent, this, &LibvirtConnection::onEvent);
    connect(primary, &LibvirtWorker::domainsBatch, this,
            [this](quint64 requestId, const QList<DomainSnapshot>& domains) {
                // A parallel refresh collects the bare listing here and hands it to the helpers.
                const auto pending = m_refreshes.find(requestId);
                if (pending != m_refreshes.end())
                    pending->listed += domains;
                else
                    emit domainsBatch(requestId, domains);
            });
    connect(primary, &LibvirtWorker::listFinished, this, &LibvirtConnection::onPrimaryListed);
    connect(primary, &LibvirtWorker::xmlFetched, this, &LibvirtConnection::xmlFetched);
    connect(primary, &LibvirtWorker::pushFinished, this, &LibvirtConnection::pushFinished);
    connect(primary, &LibvirtWorker::powerFinished, this, &LibvirtConnection::powerFinished);
}

LibvirtConnection::~LibvirtConnection()
{
    m_reconnectTimer.stop();
    for (Worker& helper : m_helpers)
        helper.worker->requestStop();
    for (Worker& agent : m_agentWorkers)
        agent.worker->requestStop();
    m_primary.worker->requestStop();
    for (Worker& helper : m_helpers)
        stopWorker(helper);
    for (Worker& agent : m_agentWorkers)
        stopWorker(agent);
    stopWorker(m_primary);
}

LibvirtConnection::Worker LibvirtConnection::startWorker(bool watching)
{
    Worker worker;
    worker.thread = new QThread;
    worker.thread->setObjectName(watching ? QStringLiteral("libvirt") : QStringLiteral("libvirt-helper"));
    worker.worker = new LibvirtWorker(watching);
    worker.worker->moveToThread(worker.thread);
    // Listings of thousands of domains must not take the GUI thread's core (runs on the new thread).
    connect(
        worker.thread, &QThread::started, worker.thread,
        [] { BackgroundPriority::lowerCurrentThread(BackgroundPriority::kListingNice); }, Qt::DirectConnection);
    // Deleted on its own thread as the thread finishes, so its session closes where it was used.
    connect(worker.thread, &QThread::finished, worker.worker, &QObject::deleteLater);
    worker.thread->start();
    return worker;
}

void LibvirtConnection::stopWorker(Worker& worker)
{
    if (!worker.thread)
        return;
    disconnect(worker.worker, nullptr, this, nullptr);
    worker.worker->requestStop();
    worker.thread->quit();
    if (worker.thread->wait(kShutdownGraceMs)) {
        delete worker.thread;
    } else {
        qCWarning(lcLibvirt) << "a libvirt worker is still busy; detaching it";
        QThread* thread = worker.thread;
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
    worker = {};
}

void LibvirtConnection::setCredentialProvider(std::shared_ptr<LibvirtCredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

void LibvirtConnection::setReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_backoffInitial = initial;
    m_backoffMaximum = std::max(initial, maximum);
}

std::chrono::milliseconds LibvirtConnection::backoffDelay(int attempt, std::chrono::milliseconds initial,
                                                          std::chrono::milliseconds maximum)
{
    std::chrono::milliseconds delay = initial;
    for (int i = 0; i < attempt && delay < maximum; ++i)
        delay *= 2;
    return std::min(delay, maximum);
}

void LibvirtConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LibvirtConnection::open(const QString& uri, bool readOnly)
{
    m_reconnectTimer.stop();
    m_reconnectAttempt = 0;
    m_uri = uri;
    m_readOnly = readOnly;
    setState(State::Opening);
    LibvirtWorker* worker = m_primary.worker;
    QMetaObject::invokeMethod(
        worker, [worker, uri, readOnly, credentials = m_credentials] { worker->open(uri, readOnly, credentials); },
        Qt::QueuedConnection);
}

void LibvirtConnection::askGuests(const QStringList& uuids)
{
    if (uuids.isEmpty() || m_uri.isEmpty())
        return;
    if (m_agentWorkers.isEmpty()) {
        for (int i = 0; i < kAgentWorkers; ++i) {
            Worker w = startWorker(false);
            connect(w.worker, &LibvirtWorker::guestReported, this, &LibvirtConnection::guestReported);
            connect(w.worker, &LibvirtWorker::guestInventoryRead, this, &LibvirtConnection::guestInventoryRead);
            m_agentWorkers.append(w);
        }
    }
    // Round robin over the workers: each works through its share in order, two agents are asked at once.
    QList<QStringList> shares(m_agentWorkers.size());
    for (const QString& uuid : uuids)
        shares[m_nextAgentWorker++ % m_agentWorkers.size()].append(uuid);
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (shares.at(i).isEmpty())
            continue;
        LibvirtWorker* worker = m_agentWorkers.at(i).worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, share = shares.at(i), uri = m_uri, readOnly = m_readOnly, credentials = m_credentials,
             inventory = m_agentInventory] { worker->askGuests(share, uri, readOnly, credentials, inventory); },
            Qt::QueuedConnection);
    }
}

void LibvirtConnection::close()
{
    m_reconnectTimer.stop();
    m_reconnectAttempt = 0;
    setState(State::Closed);
    for (const Worker& worker : std::as_const(m_helpers))
        QMetaObject::invokeMethod(worker.worker, &LibvirtWorker::close, Qt::QueuedConnection);
    for (const Worker& worker : std::as_const(m_agentWorkers))
        QMetaObject::invokeMethod(worker.worker, &LibvirtWorker::close, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_primary.worker, &LibvirtWorker::close, Qt::QueuedConnection);
}

quint64 LibvirtConnection::refresh(const LibvirtRefreshOptions& options)
{
    const quint64 id = m_nextRequestId++;
    const int batchSize = std::max(1, options.batchSize);
    const bool parallel = options.withXml && options.parallelSessions > 1;
    if (parallel) {
        PendingRefresh pending;
        pending.batchSize = batchSize;
        pending.parallelSessions = std::min(options.parallelSessions, kMaxParallelSessions);
        m_refreshes.insert(id, pending);
    }
    LibvirtWorker* worker = m_primary.worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, id, withXml = options.withXml && !parallel, batchSize] { worker->list(id, withXml, batchSize); },
        Qt::QueuedConnection);
    return id;
}

template<typename Call>
quint64 LibvirtConnection::queue(Call call)
{
    const quint64 id = m_nextRequestId++;
    LibvirtWorker* worker = m_primary.worker;
    QMetaObject::invokeMethod(
        worker, [worker, id, call] { call(worker, id); }, Qt::QueuedConnection);
    return id;
}

quint64 LibvirtConnection::fetchXml(const QString& uuid, bool inactive)
{
    return queue([uuid, inactive](LibvirtWorker* worker, quint64 id) { worker->fetchXml(id, uuid, inactive); });
}

quint64 LibvirtConnection::push(const QString& uuid, const QString& expectedInactiveXml, const QString& newXml)
{
    return queue([uuid, expectedInactiveXml, newXml](LibvirtWorker* worker, quint64 id) {
        worker->push(id, uuid, expectedInactiveXml, newXml);
    });
}

quint64 LibvirtConnection::power(const QString& uuid, LibvirtPowerAction action)
{
    return queue([uuid, action](LibvirtWorker* worker, quint64 id) { worker->power(id, uuid, action); });
}

void LibvirtConnection::onOpened(const LibvirtResult& result)
{
    // A newer open() or a close() superseded the attempt this answers.
    if (m_state != State::Opening && m_state != State::Reconnecting)
        return;
    const bool reconnecting = m_state == State::Reconnecting;
    if (result.ok()) {
        m_reconnectAttempt = 0;
        setState(State::Open);
        emit opened(result);
        if (reconnecting) {
            qCInfo(lcLibvirt) << "reconnected to" << m_uri;
            emit reconnected();
        }
        return;
    }
    emit opened(result);
    if (reconnecting) {
        ++m_reconnectAttempt;
        scheduleReconnect();
    } else {
        setState(State::Closed);
    }
}

void LibvirtConnection::onDropped(const QString& reason)
{
    if (m_state != State::Open)
        return;
    qCWarning(lcLibvirt) << "lost" << m_uri << ":" << reason;
    setState(State::Reconnecting);
    emit connectionLost(reason);
    m_reconnectAttempt = 0;
    scheduleReconnect();
}

void LibvirtConnection::scheduleReconnect()
{
    const auto delay = backoffDelay(m_reconnectAttempt, m_backoffInitial, m_backoffMaximum);
    emit reconnectScheduled(m_reconnectAttempt, int(delay.count()));
    m_reconnectTimer.start(delay);
}

void LibvirtConnection::onEvent(const LibvirtDomainEvent& event)
{
    emit domainEvent(event);
    switch (event.type) {
    case LibvirtDomainEvent::Type::Defined: emit domainDefined(event.uuid); break;
    case LibvirtDomainEvent::Type::Undefined: emit domainUndefined(event.uuid); break;
    case LibvirtDomainEvent::Type::Started: emit domainStarted(event.uuid); break;
    case LibvirtDomainEvent::Type::Stopped: emit domainStopped(event.uuid); break;
    default: break;
    }
}

void LibvirtConnection::onPrimaryListed(quint64 requestId, const LibvirtResult& result, int count)
{
    const auto found = m_refreshes.find(requestId);
    if (found == m_refreshes.end()) {
        emit refreshFinished(requestId, result, count);
        return;
    }
    if (!result.ok() || found->listed.isEmpty()) {
        m_refreshes.erase(found);
        emit refreshFinished(requestId, result, 0);
        return;
    }
    PendingRefresh& pending = *found;
    const qsizetype total = pending.listed.size();
    const int chunks = int(std::min<qsizetype>(pending.parallelSessions, total));
    while (m_helpers.size() < chunks) {
        Worker helper = startWorker(false);
        connect(helper.worker, &LibvirtWorker::domainsBatch, this, &LibvirtConnection::domainsBatch);
        connect(helper.worker, &LibvirtWorker::listFinished, this, &LibvirtConnection::onHelperFinished);
        m_helpers.append(helper);
    }
    pending.chunksLeft = chunks;
    // Contiguous slices keep each helper's batches in libvirt's order.
    qsizetype first = 0;
    for (int i = 0; i < chunks; ++i) {
        const qsizetype size = total / chunks + (i < total % chunks ? 1 : 0);
        LibvirtWorker* helper = m_helpers.at(i).worker;
        QMetaObject::invokeMethod(
            helper,
            [helper, requestId, slice = pending.listed.mid(first, size), batchSize = pending.batchSize, uri = m_uri,
             readOnly = m_readOnly, credentials = m_credentials] {
                helper->fetchXmlOf(requestId, slice, batchSize, uri, readOnly, credentials);
            },
            Qt::QueuedConnection);
        first += size;
    }
    pending.listed.clear();
}

void LibvirtConnection::onHelperFinished(quint64 requestId, const LibvirtResult& result, int count)
{
    const auto found = m_refreshes.find(requestId);
    if (found == m_refreshes.end())
        return;
    found->count += count;
    if (!result.ok() && found->failure.ok())
        found->failure = result;
    if (--found->chunksLeft > 0)
        return;
    const PendingRefresh done = *found;
    m_refreshes.erase(found);
    emit refreshFinished(requestId, done.failure, done.count);
}
