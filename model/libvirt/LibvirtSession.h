// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ConnectError.h"
#include "GuestAgent.h"
#include "LibvirtDomainEvent.h"
#include "LibvirtResult.h"
#include "XenDeviceProbe.h"
#include "model/core/DomainSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

class LibvirtCredentialProvider;
struct LibvirtEventBridge;
struct _virConnect;

/// One libvirt connection, used from one thread at a time; every call blocks until libvirt answers.
/// LibvirtConnection runs one on a worker thread for the GUI; xpctl uses one directly.
///
/// A read-only session refuses every write (define, setMetadata, undefine, start, destroy) with
/// Status::ReadOnly before libvirt is called, and is also opened with VIR_CONNECT_RO as a second guard.
class LibvirtSession
{
    Q_DECLARE_TR_FUNCTIONS(LibvirtSession)

public:
    /// Called on libvirt's event loop thread; must not call back into this session.
    using EventSink = std::function<void(const LibvirtDomainEvent&)>;
    /// Called when libvirt notices the connection is gone (libvirtd stopped, network or keepalive failure), with
    /// a translated reason. May be called on the event loop thread or on the thread that made the failing call.
    using CloseSink = std::function<void(const QString& reason)>;

    /// How often (seconds) and how many unanswered keepalive probes declare a remote connection dead.
    static constexpr int kKeepAliveIntervalS = 5;
    static constexpr unsigned kKeepAliveCount = 3;

    LibvirtSession();
    ~LibvirtSession();
    LibvirtSession(const LibvirtSession&) = delete;
    LibvirtSession& operator=(const LibvirtSession&) = delete;

    /// Opens @p uri with virConnectOpenAuth; @p credentials (may be null: no questions answered) must outlive the
    /// call. Closes a previous connection first. Remote connections get keepalive probes.
    LibvirtResult open(const QString& uri, bool readOnly, LibvirtCredentialProvider* credentials = nullptr);
    /// libvirt's error from the last open() that failed (cleared by one that succeeds), with the domain and errno
    /// that LibvirtResult does not carry; ConnectError::classify() turns it into a cause and advice.
    const ConnectError::Raw& lastOpenFailure() const { return m_openFailure; }
    /// Stops watching and closes the connection; harmless when nothing is open.
    void close();
    bool isOpen() const { return m_connection != nullptr; }
    /// Open and not dropped (virConnectIsAlive).
    bool isAlive() const;
    bool isReadOnly() const { return m_readOnly; }
    /// The URI as given to open().
    QString uri() const { return m_uri; }

    /// Every domain, active and inactive, in libvirt's order; with @p withXml each one's inactive XML too.
    /// A domain whose XML cannot be read stays listed with DomainSnapshot::error set.
    LibvirtResult listDomains(QList<DomainSnapshot>* domains, bool withXml = true);
    /// Called once per domain by visitDomains() and fetchXml(); returning false stops the walk.
    using DomainSink = std::function<bool(DomainSnapshot&)>;
    /// What visitDomains() fetches per domain: nothing, the inactive XML, or that and, of an active domain,
    /// xpconsole's metadata element of the running and of the persistent definition (DomainSnapshot).
    enum class XmlWanted { None, Inactive, InactiveAndLive };
    /// Lists every domain and calls @p each with it, in listing order, as soon as its XML has been fetched, so a
    /// caller can stream; @p each returning false stops the walk. Two libvirt calls list all domains with their
    /// state and persistence; then each XML is one call on the domain's handle (no lookup by UUID). A domain
    /// undefined meanwhile is skipped.
    LibvirtResult visitDomains(XmlWanted xml, const DomainSink& each);
    /// The XML of @p domains (from another connection's listing), each passed to @p each as soon as it is read;
    /// one listing for the handles, then one call per XML. A domain undefined meanwhile is skipped.
    LibvirtResult fetchXml(const QList<DomainSnapshot>& domains, XmlWanted xml, const DomainSink& each);
    /// Reads one domain's XML (in result.xml): the persistent definition if @p inactive, else the live one.
    LibvirtResult domainXml(const QString& uuid, bool inactive = true);
    /// Fills @p domain (whose uuid is set) with state, id and, if @p withXml, the inactive XML (in the snapshot,
    /// not in result.xml).
    LibvirtResult refreshDomain(DomainSnapshot& domain, bool withXml = true);

    /// Defines (creates or replaces) a domain from @p xml, validated against libvirt's schema where the driver
    /// supports VIR_DOMAIN_DEFINE_VALIDATE. result.xml is the inactive XML libvirt stored, read back.
    LibvirtResult define(const QString& xml);
    /// The optimistic push: re-reads the inactive XML of @p uuid, refuses with Status::Conflict (result.xml holds
    /// the XML found) unless it equals @p expectedInactiveXml exactly, then defines @p newXml and reads it back.
    /// libvirt has no compare-and-swap, so a change landing between the re-read and the define is not caught;
    /// the window is one round trip instead of however long the user looked at the diff.
    LibvirtResult defineIfUnchanged(const QString& uuid, const QString& expectedInactiveXml, const QString& newXml);
    /// Sets (or with an empty @p xml removes) the persistent <metadata> element of namespace @p namespaceUri,
    /// written with prefix @p key (virDomainSetMetadata, VIR_DOMAIN_METADATA_ELEMENT, VIR_DOMAIN_AFFECT_CONFIG).
    LibvirtResult setMetadata(const QString& uuid, const QString& namespaceUri, const QString& key, const QString& xml);
    LibvirtResult undefine(const QString& uuid);
    LibvirtResult start(const QString& uuid);
    /// Asks the guest to shut down (virDomainShutdown: ACPI power button or guest agent); returns at once, the
    /// domain stops when the guest has shut down.
    LibvirtResult shutdown(const QString& uuid);
    /// Powers the domain off at once (virDomainDestroy).
    LibvirtResult destroy(const QString& uuid);

    /// What the domain's guest agent reports about its OS (GuestAgent::osInfo); a domain that cannot be looked up
    /// gives State::Failed with libvirt's words. Blocks for at most libvirt's agent timeout.
    AgentReport guestOs(const QString& uuid);
    /// Runs a program in the guest through its agent (GuestAgent::exec). A read-only connection is refused by
    /// libvirt (State::NotAllowed).
    GuestAgent::ExecResult guestExec(const QString& uuid, const GuestAgent::ExecRequest& request);

    /// Registers for domain lifecycle events and for the connection's close callback. Replaces earlier sinks.
    LibvirtResult watch(EventSink events, CloseSink closed);
    /// Deregisters; no sink is called after this returns.
    void unwatch();

    /// Human-readable state, as virsh prints it ("running", "shut off", ...), translated.
    static QString stateText(DomainState state);

private:
    struct ConnectionCloser
    {
        void operator()(_virConnect* connection) const;
    };

    enum class Access { Read, Write };

    LibvirtResult notConnected() const;
    LibvirtResult readOnlyRefusal(const QString& uuid = {}) const;
    /// The domain @p uuid, for the caller to free, after the checks every call on one domain makes first:
    /// connected, and for a write not read-only. nullptr when any fails, and @p failure says why.
    struct _virDomain* lookUp(const QString& uuid, Access access, LibvirtResult& failure) const;
    LibvirtResult defineUnchecked(const QString& xml);
    /// One libvirt call on the domain @p uuid that changes it, refused on a read-only session.
    LibvirtResult readXmlInto(struct _virDomain* domain, XmlWanted xml, DomainSnapshot& snapshot);
    LibvirtResult writeDomain(const QString& uuid, int (*call)(struct _virDomain*));
    /// Fills snapshot.xenDevices from the probe (one libvirt call per emulator and connection).
    void probeXenDevices(DomainSnapshot& snapshot);

    std::unique_ptr<_virConnect, ConnectionCloser> m_connection;
    XenDeviceProbe m_xenProbe;
    QString m_uri;
    bool m_readOnly = false;
    ConnectError::Raw m_openFailure;
    /// Cleared once a driver rejects VIR_DOMAIN_DEFINE_VALIDATE, so later defines do not try it again.
    bool m_defineValidates = true;
    std::shared_ptr<LibvirtEventBridge> m_bridge;
    int m_lifecycleCallbackId = -1;
    bool m_closeCallbackRegistered = false;
};
