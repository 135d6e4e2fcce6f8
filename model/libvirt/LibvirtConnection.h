// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "GuestAgent.h"
#include "LibvirtDomainEvent.h"
#include "LibvirtPowerAction.h"
#include "LibvirtResult.h"
#include "model/core/DomainSnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>

class LibvirtCredentialProvider;
class LibvirtWorker;
class QThread;

/// How a refresh fetches the fleet.
struct LibvirtRefreshOptions
{
    /// Also fetch every domain's inactive XML.
    bool withXml = true;
    /// Fetch the XML over this many connections at once, each on its own thread (for large fleets on slow
    /// links). The listing itself always goes over the main connection.
    int parallelSessions = 1;
    /// Domains per domainsBatch signal.
    int batchSize = 200;
};

/// One libvirt connection for the GUI thread. Every call returns at once: the work is queued to a worker thread
/// that owns a LibvirtSession, and the answer comes back as a signal carrying the request id the call returned.
/// Domain lifecycle events become signals so a list can stay current; a dropped connection is reported and
/// re-opened with exponential back-off (1 s, 2 s, 4 s, ... at most 60 s by default).
class LibvirtConnection : public QObject
{
    Q_OBJECT

public:
    enum class State { Closed, Opening, Open, Reconnecting };
    Q_ENUM(State)

    explicit LibvirtConnection(QObject* parent = nullptr);
    /// Stops the workers. This is the only place the GUI thread waits, and only for a bounded time (a worker
    /// stuck in libvirt is detached and deletes itself when its call returns).
    ~LibvirtConnection() override;

    /// Answers authentication questions on the worker threads; see LibvirtCredentialProvider. Takes effect on the
    /// next open.
    void setCredentialProvider(std::shared_ptr<LibvirtCredentialProvider> provider);
    /// The back-off after a dropped connection: @p initial, doubled per failed attempt, capped at @p maximum.
    void setReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// The delay before reconnect attempt @p attempt (0-based).
    static std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds initial,
                                                  std::chrono::milliseconds maximum);

    QString uri() const { return m_uri; }
    bool isReadOnly() const { return m_readOnly; }
    State state() const { return m_state; }

    /// Opens @p uri (closing what was open); answered by opened(). A read-only connection refuses every push.
    void open(const QString& uri, bool readOnly = false);
    /// Closes the connection and stops reconnecting.
    void close();
    /// Lists every domain; answered by domainsBatch() (any number) and then refreshFinished().
    quint64 refresh(const LibvirtRefreshOptions& options = {});
    /// Answered by xmlFetched().
    quint64 fetchXml(const QString& uuid, bool inactive = true);
    /// LibvirtSession::defineIfUnchanged on the worker; answered by pushFinished().
    quint64 push(const QString& uuid, const QString& expectedInactiveXml, const QString& newXml);
    /// Shuts the domain down (asks the guest), starts it or forces it off; answered by powerFinished(). A read-only
    /// connection refuses.
    quint64 power(const QString& uuid, LibvirtPowerAction action);
    /// Asks the guest agents of @p uuids for their OS, at most kAgentWorkers calls at a time on their own
    /// connections, so that a slow or hung agent never holds up a listing; answered by guestReported() per domain.
    void askGuests(const QStringList& uuids);
    /// Opt-in: also read each Windows guest's driver inventory through its agent (answered by guestInventoryRead).
    void setAgentInventory(const AgentInventoryRequest& request) { m_agentInventory = request; }
    const AgentInventoryRequest& agentInventory() const { return m_agentInventory; }
    static constexpr int kAgentWorkers = 2;

signals:
    void stateChanged(LibvirtConnection::State state);
    /// The outcome of every open, including reconnect attempts.
    void opened(const LibvirtResult& result);
    void connectionLost(const QString& reason);
    /// The next reconnect attempt (0-based) starts after @p delayMs.
    void reconnectScheduled(int attempt, int delayMs);
    /// A dropped connection is open again; whatever was listed before may be stale.
    void reconnected();
    void domainsBatch(quint64 requestId, const QList<DomainSnapshot>& domains);
    void refreshFinished(quint64 requestId, const LibvirtResult& result, int domainCount);
    void xmlFetched(quint64 requestId, const LibvirtResult& result);
    void pushFinished(quint64 requestId, const LibvirtResult& result);
    void powerFinished(quint64 requestId, const LibvirtResult& result);
    void guestReported(const QString& uuid, const AgentReport& report);
    void guestInventoryRead(const QString& uuid, const AgentOutputs& outputs, const QDateTime& taken,
                            const QString& error);
    void domainEvent(const LibvirtDomainEvent& event);
    void domainDefined(const QString& uuid);
    void domainUndefined(const QString& uuid);
    void domainStarted(const QString& uuid);
    void domainStopped(const QString& uuid);

private:
    struct Worker
    {
        QThread* thread = nullptr;
        LibvirtWorker* worker = nullptr;
    };
    struct PendingRefresh
    {
        int batchSize = 200;
        int parallelSessions = 1;
        QList<DomainSnapshot> listed;
        int chunksLeft = 0;
        int count = 0;
        LibvirtResult failure;
    };

    Worker startWorker(bool watching);
    void stopWorker(Worker& worker);
    void setState(State state);
    void onOpened(const LibvirtResult& result);
    void onDropped(const QString& reason);
    void onEvent(const LibvirtDomainEvent& event);
    void onPrimaryListed(quint64 requestId, const LibvirtResult& result, int count);
    void onHelperFinished(quint64 requestId, const LibvirtResult& result, int count);
    void scheduleReconnect();
    /// Queues @p call(worker, requestId) to the primary worker and returns the request id.
    template<typename Call>
    quint64 queue(Call call);

    Worker m_primary;
    QList<Worker> m_helpers;
    QList<Worker> m_agentWorkers;
    AgentInventoryRequest m_agentInventory;
    int m_nextAgentWorker = 0;
    std::shared_ptr<LibvirtCredentialProvider> m_credentials;
    QString m_uri;
    bool m_readOnly = false;
    State m_state = State::Closed;
    quint64 m_nextRequestId = 1;
    QHash<quint64, PendingRefresh> m_refreshes;
    QTimer m_reconnectTimer;
    int m_reconnectAttempt = 0;
    std::chrono::milliseconds m_backoffInitial{1000};
    std::chrono::milliseconds m_backoffMaximum{60000};
};
