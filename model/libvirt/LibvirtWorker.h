// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "LibvirtDomainEvent.h"
#include "LibvirtPowerAction.h"
#include "LibvirtResult.h"
#include "LibvirtSession.h"
#include "model/core/DomainSnapshot.h"

#include <QObject>
#include <atomic>
#include <memory>

class LibvirtCredentialProvider;

/// The worker-thread half of LibvirtConnection: owns one LibvirtSession and runs the requests queued to it,
/// answering each with a signal. Its slots are only ever invoked through queued calls on its own thread.
class LibvirtWorker : public QObject
{
    Q_OBJECT

public:
    /// A @p watching worker registers for domain events and the close callback after every successful open.
    explicit LibvirtWorker(bool watching, QObject* parent = nullptr);
    ~LibvirtWorker() override;

    /// Thread-safe: makes a running list or fetch stop at the next domain (used on shutdown).
    void requestStop() { m_stop = true; }

    void open(const QString& uri, bool readOnly, std::shared_ptr<LibvirtCredentialProvider> credentials);
    void close();
    /// Lists every domain and emits them in batches of @p batchSize, then listFinished.
    void list(quint64 requestId, bool withXml, int batchSize);
    /// Reads the inactive XML of @p domains (opening @p uri first if this worker is not connected to it) and
    /// emits them in batches, then listFinished. Used by the parallel helpers of a bulk refresh.
    void fetchXmlOf(quint64 requestId, const QList<DomainSnapshot>& domains, int batchSize, const QString& uri,
                    bool readOnly, std::shared_ptr<LibvirtCredentialProvider> credentials);
    void fetchXml(quint64 requestId, const QString& uuid, bool inactive);
    void push(quint64 requestId, const QString& uuid, const QString& expectedInactiveXml, const QString& newXml);
    void power(quint64 requestId, const QString& uuid, LibvirtPowerAction action);
    /// Asks each domain's guest agent for its OS, one after another (opening @p uri first if this worker is not
    /// connected to it), answering each with guestReported; stops early on requestStop().
    /// With @p inventory enabled, a guest whose agent reports its osId also runs its commands (guestInventoryRead).
    void askGuests(const QStringList& uuids, const QString& uri, bool readOnly,
                   std::shared_ptr<LibvirtCredentialProvider> credentials, const AgentInventoryRequest& inventory);

signals:
    void opened(const LibvirtResult& result);
    void domainsBatch(quint64 requestId, const QList<DomainSnapshot>& domains);
    void listFinished(quint64 requestId, const LibvirtResult& result, int domainCount);
    void xmlFetched(quint64 requestId, const LibvirtResult& result);
    void pushFinished(quint64 requestId, const LibvirtResult& result);
    void powerFinished(quint64 requestId, const LibvirtResult& result);
    void guestReported(const QString& uuid, const AgentReport& report);
    /// What the inventory commands printed, taken at @p taken; @p error says why there is nothing (or not all).
    void guestInventoryRead(const QString& uuid, const AgentOutputs& outputs, const QDateTime& taken,
                            const QString& error);
    /// Emitted on libvirt's event loop thread.
    void domainEvent(const LibvirtDomainEvent& event);
    /// Emitted on the event loop thread or this worker's thread, whichever noticed the drop.
    void connectionDropped(const QString& reason);

private:
    /// Runs @p walk, passing what it yields on in batches, then answers listFinished.
    void stream(quint64 requestId, int batchSize,
                const std::function<LibvirtResult(const LibvirtSession::DomainSink&)>& walk);

    LibvirtSession m_session;
    bool m_watching = false;
    std::atomic<bool> m_stop{false};
};
