// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtSession.h"

#include "DomainWriteLock.h"
#include "LibvirtCredentialProvider.h"
#include "LibvirtLogging.h"
#include "LibvirtRuntime.h"
#include "model/core/MetadataCodec.h"

#include <QSet>
#include <QXmlStreamReader>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

// The credential and state enums mirror libvirt's numbers so the public headers need no libvirt include.
static_assert(int(LibvirtCredential::Type::Username) == VIR_CRED_USERNAME);
static_assert(int(LibvirtCredential::Type::Passphrase) == VIR_CRED_PASSPHRASE);
static_assert(int(LibvirtCredential::Type::External) == VIR_CRED_EXTERNAL);
static_assert(int(DomainState::ShutOff) == VIR_DOMAIN_SHUTOFF);
static_assert(int(DomainState::PmSuspended) == VIR_DOMAIN_PMSUSPENDED);
static_assert(int(LibvirtDomainEvent::Type::Stopped) == VIR_DOMAIN_EVENT_STOPPED);
static_assert(int(LibvirtDomainEvent::Type::Crashed) == VIR_DOMAIN_EVENT_CRASHED);

/// Shared between a session and libvirt's callbacks, which run on the event loop thread. The session clears the
/// sinks under the mutex before deregistering, so a callback never reaches a session that is going away.
struct LibvirtEventBridge
{
    std::mutex mutex;
    LibvirtSession::EventSink events;
    LibvirtSession::CloseSink closed;
    /// libvirt forgets a close callback once it has called it (src/datatypes.c,
    /// virConnectCloseCallbackDataCall resets it), after which unregistering fails harmlessly.
    std::atomic<bool> closeFired{false};
};

namespace {
struct DomainFree
{
    void operator()(virDomainPtr domain) const { virDomainFree(domain); }
};
using DomainHandle = std::unique_ptr<virDomain, DomainFree>;

struct CFree
{
    void operator()(char* text) const { std::free(text); }
};
using CString = std::unique_ptr<char, CFree>;

struct AuthContext
{
    LibvirtCredentialProvider* provider = nullptr;
    QString uri;
};

char* duplicate(const QByteArray& bytes)
{
    // libvirt frees the answers with free(), so they must come from malloc().
    auto* copy = static_cast<char*>(std::malloc(std::size_t(bytes.size()) + 1));
    if (copy)
        std::memcpy(copy, bytes.constData(), std::size_t(bytes.size()) + 1);
    return copy;
}

// virConnectAuthCallbackPtr: return 0 with every result filled, -1 to refuse (libvirt then fails the open).
int answerCredentials(virConnectCredentialPtr credentials, unsigned int count, void* opaque)
{
    auto* context = static_cast<AuthContext*>(opaque);
    QList<LibvirtCredential> questions;
    for (unsigned int i = 0; i < count; ++i) {
        LibvirtCredential question;
        question.type = LibvirtCredential::Type(credentials[i].type);
        question.prompt = QString::fromUtf8(credentials[i].prompt);
        question.challenge = QString::fromUtf8(credentials[i].challenge);
        question.defaultResult = QString::fromUtf8(credentials[i].defresult);
        questions.append(question);
    }
    if (!context->provider || !context->provider->provide(context->uri, questions))
        return -1;
    for (unsigned int i = 0; i < count; ++i) {
        const QByteArray answer = questions.at(qsizetype(i)).result.toUtf8();
        credentials[i].result = duplicate(answer);
        if (!credentials[i].result)
            return -1;
        credentials[i].resultlen = static_cast<unsigned int>(answer.size());
    }
    return 0;
}

QString errorMessage(const virError* error)
{
    return error && error->message ? QString::fromUtf8(error->message) : QString();
}

// Turns libvirt's thread-local last error into a result and clears it, so it cannot leak into a later report.
LibvirtResult lastError(const QString& uuid = {})
{
    LibvirtResult result;
    result.status = LibvirtResult::Status::Error;
    result.uuid = uuid;
    const virError* error = virGetLastError();
    if (error) {
        result.code = error->code;
        result.domain = error->domain;
        result.int1 = error->int1;
        result.message = errorMessage(error);
        if (error->code == VIR_ERR_NO_DOMAIN)
            result.status = LibvirtResult::Status::NotFound;
    }
    if (result.message.isEmpty())
        result.message = QCoreApplication::translate("LibvirtSession", "libvirt reported a failure without a message");
    virResetLastError();
    return result;
}

QString uuidOf(virDomainPtr domain)
{
    char buffer[VIR_UUID_STRING_BUFLEN] = {};
    if (virDomainGetUUIDString(domain, buffer) < 0)
        return {};
    return QString::fromLatin1(buffer);
}

// libvirt accepts UUIDs with or without dashes and in either case; compare them the same way.
QString normalizedUuid(const QString& uuid)
{
    QString plain = uuid.trimmed().toLower();
    plain.remove(QLatin1Char('-'));
    return plain;
}

// The <uuid> child of the <domain> root, or a null string when there is none or the XML is not well-formed.
QString uuidInDomainXml(const QString& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("domain"))
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("uuid") && reader.namespaceUri().isEmpty())
            return reader.readElementText();
        reader.skipCurrentElement();
    }
    return {};
}

bool fillFromDomain(virDomainPtr domain, DomainSnapshot& snapshot)
{
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain, &state, &reason, 0) < 0)
        return false;
    const int persistent = virDomainIsPersistent(domain);
    if (persistent < 0)
        return false;
    const char* name = virDomainGetName(domain);
    const unsigned int id = virDomainGetID(domain);
    snapshot.uuid = uuidOf(domain);
    snapshot.name = name ? QString::fromUtf8(name) : QString();
    snapshot.state = DomainState(state);
    snapshot.persistent = persistent == 1;
    // virDomainGetID answers (unsigned int)-1 for an inactive domain.
    snapshot.id = id == static_cast<unsigned int>(-1) ? -1 : int(id);
    return true;
}

/// xpconsole's metadata element of the running (@p live) or persistent definition; empty when it has none,
/// nullopt when libvirt cannot say.
std::optional<QString> ourMetadata(virDomainPtr domain, bool live)
{
    const CString text(virDomainGetMetadata(domain, VIR_DOMAIN_METADATA_ELEMENT,
                                            MetadataCodec::namespaceUri().toUtf8().constData(),
                                            live ? VIR_DOMAIN_AFFECT_LIVE : VIR_DOMAIN_AFFECT_CONFIG));
    if (text)
        return QString::fromUtf8(text.get());
    const virError* error = virGetLastError();
    const bool none = error && error->code == VIR_ERR_NO_DOMAIN_METADATA;
    virResetLastError();
    return none ? std::optional<QString>(QString()) : std::nullopt;
}

/// The domain's XML as libvirt gives it (UTF-8) into @p utf8. @p uuid: the domain's, when the caller knows it
/// (formatting it again costs as much as a small call).
LibvirtResult readXmlUtf8(virDomainPtr domain, bool inactive, const QString& uuid, QByteArray& utf8)
{
    // Never VIR_DOMAIN_XML_SECURE: the console has no use for passwords and must not show them in diffs.
    const CString xml(virDomainGetXMLDesc(domain, inactive ? VIR_DOMAIN_XML_INACTIVE : 0));
    if (!xml)
        return lastError(uuidOf(domain));
    LibvirtResult result;
    result.uuid = uuid.isEmpty() ? uuidOf(domain) : uuid;
    utf8 = QByteArray(xml.get());
    return result;
}

LibvirtResult readXml(virDomainPtr domain, bool inactive, const QString& uuid = {})
{
    QByteArray utf8;
    LibvirtResult result = readXmlUtf8(domain, inactive, uuid, utf8);
    if (result.ok())
        result.xml = QString::fromUtf8(utf8);
    return result;
}

int onLifecycle(virConnectPtr, virDomainPtr domain, int event, int detail, void* opaque)
{
    auto& bridge = *static_cast<std::shared_ptr<LibvirtEventBridge>*>(opaque);
    LibvirtDomainEvent converted;
    converted.type = LibvirtDomainEvent::Type(event);
    converted.detail = detail;
    converted.uuid = uuidOf(domain);
    const char* name = virDomainGetName(domain);
    converted.name = name ? QString::fromUtf8(name) : QString();
    qCDebug(lcLibvirt) << "event" << converted.type << converted.detail << converted.name;
    const std::lock_guard lock(bridge->mutex);
    if (bridge->events)
        bridge->events(converted);
    return 0;
}

void freeBridgeReference(void* opaque)
{
    delete static_cast<std::shared_ptr<LibvirtEventBridge>*>(opaque);
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF: return LibvirtSession::tr("The other end closed the connection.");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: return LibvirtSession::tr("The host stopped answering keepalive probes.");
    case VIR_CONNECT_CLOSE_REASON_CLIENT: return LibvirtSession::tr("The connection was closed by this program.");
    default: return LibvirtSession::tr("The connection failed with an I/O error.");
    }
}

void onClose(virConnectPtr, int reason, void* opaque)
{
    auto* bridge = static_cast<LibvirtEventBridge*>(opaque);
    qCInfo(lcLibvirt) << "connection closed, reason" << reason;
    bridge->closeFired = true;
    const std::lock_guard lock(bridge->mutex);
    if (bridge->closed)
        bridge->closed(closeReasonText(reason));
}
} // namespace

void LibvirtSession::ConnectionCloser::operator()(_virConnect* connection) const
{
    if (virConnectClose(connection) < 0)
        virResetLastError();
}

LibvirtSession::LibvirtSession() = default;

LibvirtSession::~LibvirtSession()
{
    close();
}

LibvirtResult LibvirtSession::open(const QString& uri, bool readOnly, LibvirtCredentialProvider* credentials)
{
    close();
    m_openFailure = {};
    LibvirtResult result;
    QString error;
    if (!LibvirtRuntime::initialize(&error)) {
        result.status = LibvirtResult::Status::Error;
        result.message = error;
        m_openFailure.message = error;
        return result;
    }
    AuthContext context{credentials, uri};
    QList<int> types;
    if (credentials) {
        for (LibvirtCredential::Type type : credentials->supportedTypes())
            types.append(int(type));
    }
    virConnectAuth auth{};
    auth.credtype = types.data();
    auth.ncredtype = static_cast<unsigned int>(types.size());
    auth.cb = answerCredentials;
    auth.cbdata = &context;
    const QByteArray name = uri.toUtf8();
    virConnectPtr connection =
        virConnectOpenAuth(name.constData(), &auth, readOnly ? static_cast<unsigned int>(VIR_CONNECT_RO) : 0u);
    if (!connection) {
        // Before lastError() resets it: the domain and errno tell causes apart whatever language libvirt speaks.
        if (const virError* failure = virGetLastError()) {
            m_openFailure.code = failure->code;
            m_openFailure.domain = failure->domain;
            m_openFailure.int1 = failure->int1;
        }
        result = lastError();
        m_openFailure.message = result.message;
        qCDebug(lcLibvirt) << "cannot open" << uri << ":" << result.message;
        return result;
    }
    m_connection.reset(connection);
    m_xenProbe.clear();
    m_uri = uri;
    m_readOnly = readOnly;
    m_defineValidates = true;
    // Only the remote driver implements keepalive (libvirt src/libvirt-host.c, virConnectSetKeepAlive; the
    // probes run on the registered event loop); local drivers such as test:/// answer "not supported".
    if (virConnectSetKeepAlive(connection, kKeepAliveIntervalS, kKeepAliveCount) < 0) {
        qCDebug(lcLibvirt) << "no keepalive for" << uri << ":" << errorMessage(virGetLastError());
        virResetLastError();
    }
    qCDebug(lcLibvirt) << "opened" << uri << (readOnly ? "read-only" : "read-write");
    return result;
}

void LibvirtSession::close()
{
    if (!m_connection)
        return;
    unwatch();
    m_connection.reset();
    qCDebug(lcLibvirt) << "closed" << m_uri;
}

bool LibvirtSession::isAlive() const
{
    if (!m_connection)
        return false;
    const int alive = virConnectIsAlive(m_connection.get());
    if (alive < 0)
        virResetLastError();
    return alive == 1;
}

LibvirtResult LibvirtSession::notConnected() const
{
    LibvirtResult result;
    result.status = LibvirtResult::Status::NotConnected;
    result.message = tr("Not connected to libvirt.");
    return result;
}

virDomainPtr LibvirtSession::lookUp(const QString& uuid, Access access, LibvirtResult& failure) const
{
    if (!m_connection) {
        failure = notConnected();
        return nullptr;
    }
    if (access == Access::Write && m_readOnly) {
        failure = readOnlyRefusal(uuid);
        return nullptr;
    }
    virDomainPtr domain = virDomainLookupByUUIDString(m_connection.get(), uuid.toLatin1().constData());
    if (!domain)
        failure = lastError(uuid);
    return domain;
}

LibvirtResult LibvirtSession::readOnlyRefusal(const QString& uuid) const
{
    LibvirtResult result;
    result.status = LibvirtResult::Status::ReadOnly;
    result.uuid = uuid;
    result.message = tr("The connection to %1 is read-only; nothing was written.").arg(m_uri);
    return result;
}

LibvirtResult LibvirtSession::listDomains(QList<DomainSnapshot>* domains, bool withXml)
{
    domains->clear();
    return visitDomains(withXml ? XmlWanted::Inactive : XmlWanted::None, [domains](DomainSnapshot& snapshot) {
        domains->append(std::move(snapshot));
        return true;
    });
}

LibvirtResult LibvirtSession::visitDomains(XmlWanted xml, const DomainSink& each)
{
    if (!m_connection)
        return notConnected();
    // On a remote libvirtd every call is a round trip. The state of every domain comes with the listing itself
    // (virConnectGetAllDomainStats, one call) and the persistence from one listing of the transient ones, instead
    // of virDomainGetState and virDomainIsPersistent per domain; name, UUID and id are fields of the handle.
    std::vector<DomainHandle> handles;
    QList<int> states;
    virDomainStatsRecordPtr* records = nullptr;
    const int recordCount = virConnectGetAllDomainStats(m_connection.get(), VIR_DOMAIN_STATS_STATE, &records, 0);
    if (recordCount >= 0) {
        handles.reserve(std::size_t(recordCount));
        states.reserve(recordCount);
        for (int i = 0; i < recordCount; ++i) {
            virDomainRef(records[i]->dom);
            handles.emplace_back(records[i]->dom);
            int state = VIR_DOMAIN_NOSTATE;
            virTypedParamsGetInt(records[i]->params, records[i]->nparams, "state.state", &state);
            states.append(state);
        }
        virDomainStatsRecordListFree(records);
    } else {
        // Drivers without domain stats: the listing, and the state domain by domain.
        virDomainPtr* list = nullptr;
        const int count = virConnectListAllDomains(m_connection.get(), &list, 0);
        if (count < 0)
            return lastError();
        handles.reserve(std::size_t(count));
        for (int i = 0; i < count; ++i)
            handles.emplace_back(list[i]);
        std::free(list);
    }
    QSet<QString> transient;
    virDomainPtr* list = nullptr;
    const int transientCount = virConnectListAllDomains(m_connection.get(), &list, VIR_CONNECT_LIST_DOMAINS_TRANSIENT);
    if (transientCount < 0)
        return lastError();
    for (int i = 0; i < transientCount; ++i) {
        transient.insert(uuidOf(list[i]));
        virDomainFree(list[i]);
    }
    std::free(list);

    for (std::size_t i = 0; i < handles.size(); ++i) {
        virDomainPtr domain = handles[i].get();
        DomainSnapshot snapshot;
        snapshot.uuid = uuidOf(domain);
        const char* name = virDomainGetName(domain);
        snapshot.name = name ? QString::fromUtf8(name) : QString();
        // virDomainGetID answers (unsigned int)-1 for an inactive domain.
        const unsigned int id = virDomainGetID(domain);
        snapshot.id = id == static_cast<unsigned int>(-1) ? -1 : int(id);
        snapshot.persistent = !transient.contains(snapshot.uuid);
        int state = i < std::size_t(states.size()) ? states.at(qsizetype(i)) : VIR_DOMAIN_NOSTATE;
        if (states.isEmpty()) {
            int reason = 0;
            if (virDomainGetState(domain, &state, &reason, 0) < 0) {
                // Undefined between the listing and this call: it is gone, not broken.
                const LibvirtResult failure = lastError();
                if (failure.status == LibvirtResult::Status::NotFound)
                    continue;
                return failure;
            }
        }
        snapshot.state = DomainState(state);
        const LibvirtResult read = readXmlInto(domain, xml, snapshot);
        if (read.status == LibvirtResult::Status::NotFound)
            continue;
        if (!read.ok())
            return read;
        if (!each(snapshot))
            break;
    }
    return {};
}

LibvirtResult LibvirtSession::readXmlInto(virDomainPtr domain, XmlWanted xml, DomainSnapshot& snapshot)
{
    if (xml == XmlWanted::None)
        return {};
    LibvirtResult inactive = readXmlUtf8(domain, true, snapshot.uuid, snapshot.inactiveXml);
    if (inactive.status == LibvirtResult::Status::NotFound)
        return inactive;
    // A dropped connection fails every remaining domain the same way: say it once.
    if (!inactive.ok() && !isAlive())
        return inactive;
    if (!inactive.ok())
        snapshot.error = inactive.message;
    else
        probeXenDevices(snapshot);
    // A failure here only hides the "changes pending" badge; the VM is listed from its inactive XML. Two small
    // answers instead of the whole live XML: on the test driver formatting a domain's XML is most of a fetch.
    if (xml == XmlWanted::InactiveAndLive && snapshot.isActive()) {
        const std::optional<QString> live = ourMetadata(domain, true);
        const std::optional<QString> persistent = live ? ourMetadata(domain, false) : std::nullopt;
        if (live && persistent) {
            snapshot.metadataCompared = true;
            snapshot.liveMetadata = *live;
            // The common case keeps one string.
            snapshot.persistentMetadata = *persistent == *live ? snapshot.liveMetadata : *persistent;
        }
    }
    return {};
}

void LibvirtSession::probeXenDevices(DomainSnapshot& snapshot)
{
    const XenDeviceProbe::Answer answer = m_xenProbe.answer(m_connection.get(), snapshot.inactiveXml);
    snapshot.xenDevices = answer.support;
    snapshot.xenDevicesDetail = answer.detail;
}

LibvirtResult LibvirtSession::fetchXml(const QList<DomainSnapshot>& domains, XmlWanted xml, const DomainSink& each)
{
    if (!m_connection)
        return notConnected();
    // One listing gives a handle for every domain, so each XML is one call instead of a lookup by UUID and a
    // call: this runs on the extra connections of a parallel refresh, each with its share of the domains.
    std::unordered_map<QString, DomainHandle> handles;
    virDomainPtr* list = nullptr;
    const int count = virConnectListAllDomains(m_connection.get(), &list, 0);
    if (count < 0)
        return lastError();
    handles.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString uuid = uuidOf(list[i]);
        handles.emplace(uuid, DomainHandle(list[i]));
    }
    std::free(list);
    for (DomainSnapshot snapshot : domains) {
        auto found = handles.find(snapshot.uuid);
        // Defined after our listing: looked up on its own.
        DomainHandle lookedUp;
        virDomainPtr domain = found != handles.end() ? found->second.get() : nullptr;
        if (!domain) {
            LibvirtResult failure;
            lookedUp.reset(lookUp(snapshot.uuid, Access::Read, failure));
            domain = lookedUp.get();
            if (!domain) {
                if (failure.status == LibvirtResult::Status::NotFound)
                    continue;
                return failure;
            }
        }
        const LibvirtResult read = readXmlInto(domain, xml, snapshot);
        if (read.status == LibvirtResult::Status::NotFound)
            continue;
        if (!read.ok())
            return read;
        if (!each(snapshot))
            break;
    }
    return {};
}

LibvirtResult LibvirtSession::domainXml(const QString& uuid, bool inactive)
{
    LibvirtResult failure;
    const DomainHandle domain(lookUp(uuid, Access::Read, failure));
    if (!domain)
        return failure;
    return readXml(domain.get(), inactive);
}

LibvirtResult LibvirtSession::refreshDomain(DomainSnapshot& domain, bool withXml)
{
    LibvirtResult failure;
    const DomainHandle handle(lookUp(domain.uuid, Access::Read, failure));
    if (!handle)
        return failure;
    if (!fillFromDomain(handle.get(), domain))
        return lastError(domain.uuid);
    if (!withXml)
        return {};
    LibvirtResult xml = readXmlUtf8(handle.get(), true, domain.uuid, domain.inactiveXml);
    if (xml.ok()) {
        domain.error.clear();
        probeXenDevices(domain);
    } else {
        domain.error = xml.message;
    }
    return xml;
}

LibvirtResult LibvirtSession::define(const QString& xml)
{
    if (!m_connection)
        return notConnected();
    if (m_readOnly)
        return readOnlyRefusal();
    return defineUnchecked(xml);
}

LibvirtResult LibvirtSession::defineUnchecked(const QString& xml)
{
    const QByteArray utf8 = xml.toUtf8();
    DomainHandle domain;
    if (m_defineValidates) {
        domain.reset(virDomainDefineXMLFlags(m_connection.get(), utf8.constData(), VIR_DOMAIN_DEFINE_VALIDATE));
        if (!domain) {
            const virError* error = virGetLastError();
            // Drivers without the flag reject it through virCheckFlags (VIR_ERR_INVALID_ARG, "unsupported flags");
            // drivers without virDomainDefineXMLFlags at all answer VIR_ERR_NO_SUPPORT (libvirt
            // src/libvirt-domain.c). Anything else is a real verdict on the XML.
            if (!error || (error->code != VIR_ERR_INVALID_ARG && error->code != VIR_ERR_NO_SUPPORT))
                return lastError();
            const bool noFlagsApi = error->code == VIR_ERR_NO_SUPPORT;
            const LibvirtResult first = lastError();
            domain.reset(noFlagsApi ? virDomainDefineXML(m_connection.get(), utf8.constData())
                                    : virDomainDefineXMLFlags(m_connection.get(), utf8.constData(), 0));
            if (!domain) {
                // Same failure without validation: the XML itself is at fault; report the first, fuller answer.
                const LibvirtResult second = lastError();
                return second.code == first.code ? first : second;
            }
            qCInfo(lcLibvirt) << m_uri << "does not support VIR_DOMAIN_DEFINE_VALIDATE:" << first.message;
            m_defineValidates = false;
        }
    } else {
        domain.reset(virDomainDefineXMLFlags(m_connection.get(), utf8.constData(), 0));
        if (!domain)
            return lastError();
    }
    LibvirtResult stored = readXml(domain.get(), true);
    qCDebug(lcLibvirt) << "defined" << stored.uuid << "on" << m_uri << (stored.ok() ? QString() : stored.message);
    return stored;
}

LibvirtResult LibvirtSession::defineIfUnchanged(const QString& uuid, const QString& expectedInactiveXml,
                                                const QString& newXml)
{
    if (!m_connection)
        return notConnected();
    if (m_readOnly)
        return readOnlyRefusal(uuid);
    const QString newUuid = uuidInDomainXml(newXml);
    if (newUuid.isNull() || normalizedUuid(newUuid) != normalizedUuid(uuid)) {
        // A define with another UUID would create or replace a different domain instead of this one.
        LibvirtResult result;
        result.status = LibvirtResult::Status::InvalidArgument;
        result.uuid = uuid;
        result.message = newUuid.isNull()
                             ? tr("The new XML of domain %1 has no UUID; nothing was written.").arg(uuid)
                             : tr("The new XML has UUID %1 instead of %2; nothing was written.").arg(newUuid, uuid);
        return result;
    }
    // From the read to the define, no other connection of this process may define this domain.
    const DomainWriteLock lock(uuid);
    LibvirtResult current = domainXml(uuid, true);
    if (!current.ok())
        return current;
    if (current.xml != expectedInactiveXml) {
        current.status = LibvirtResult::Status::Conflict;
        current.message = tr("Domain %1 was changed by someone else since it was read; nothing was written.").arg(uuid);
        qCInfo(lcLibvirt) << "conflict on" << uuid;
        return current;
    }
    return defineUnchecked(newXml);
}

LibvirtResult LibvirtSession::setMetadata(const QString& uuid, const QString& namespaceUri, const QString& key,
                                          const QString& xml)
{
    LibvirtResult failure;
    const DomainHandle domain(lookUp(uuid, Access::Write, failure));
    if (!domain)
        return failure;
    const QByteArray content = xml.toUtf8();
    const QByteArray prefix = key.toUtf8();
    const QByteArray ns = namespaceUri.toUtf8();
    // A null metadata string removes the element; an empty one would keep it (libvirt virDomainSetMetadata).
    if (virDomainSetMetadata(domain.get(), VIR_DOMAIN_METADATA_ELEMENT, xml.isEmpty() ? nullptr : content.constData(),
                             prefix.constData(), ns.constData(), VIR_DOMAIN_AFFECT_CONFIG) < 0)
        return lastError(uuid);
    LibvirtResult result;
    result.uuid = uuid;
    return result;
}

LibvirtResult LibvirtSession::writeDomain(const QString& uuid, int (*call)(virDomainPtr))
{
    LibvirtResult failure;
    const DomainHandle domain(lookUp(uuid, Access::Write, failure));
    if (!domain)
        return failure;
    if (call(domain.get()) < 0)
        return lastError(uuid);
    LibvirtResult result;
    result.uuid = uuid;
    return result;
}

LibvirtResult LibvirtSession::undefine(const QString& uuid)
{
    return writeDomain(uuid, virDomainUndefine);
}

LibvirtResult LibvirtSession::start(const QString& uuid)
{
    return writeDomain(uuid, virDomainCreate);
}

LibvirtResult LibvirtSession::shutdown(const QString& uuid)
{
    return writeDomain(uuid, virDomainShutdown);
}

LibvirtResult LibvirtSession::destroy(const QString& uuid)
{
    return writeDomain(uuid, virDomainDestroy);
}

AgentReport LibvirtSession::guestOs(const QString& uuid)
{
    LibvirtResult failure;
    const DomainHandle domain(lookUp(uuid, Access::Read, failure));
    if (!domain) {
        AgentReport report;
        report.state = AgentReport::State::Failed;
        report.at = QDateTime::currentDateTimeUtc();
        report.detail = failure.message;
        return report;
    }
    return GuestAgent::osInfo(domain.get());
}

GuestAgent::ExecResult LibvirtSession::guestExec(const QString& uuid, const GuestAgent::ExecRequest& request)
{
    LibvirtResult failure;
    const DomainHandle domain(lookUp(uuid, Access::Read, failure));
    if (!domain) {
        GuestAgent::ExecResult result;
        result.state = AgentReport::State::Failed;
        result.message = failure.message;
        return result;
    }
    return GuestAgent::exec(domain.get(), request);
}

LibvirtResult LibvirtSession::watch(EventSink events, CloseSink closed)
{
    if (!m_connection)
        return notConnected();
    unwatch();
    m_bridge = std::make_shared<LibvirtEventBridge>();
    m_bridge->events = std::move(events);
    m_bridge->closed = std::move(closed);

    // The event registration owns a reference to the bridge and releases it through the free callback, which
    // libvirt may call later than the deregistration (after a dispatch in progress has finished).
    auto* reference = new std::shared_ptr<LibvirtEventBridge>(m_bridge);
    // VIR_DOMAIN_EVENT_CALLBACK() is a C cast; going through void(*)() keeps -Wcast-function-type quiet.
    const auto callback =
        reinterpret_cast<virConnectDomainEventGenericCallback>(reinterpret_cast<void (*)()>(&onLifecycle));
    m_lifecycleCallbackId = virConnectDomainEventRegisterAny(m_connection.get(), nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                             callback, reference, freeBridgeReference);
    if (m_lifecycleCallbackId < 0) {
        delete reference;
        return lastError();
    }
    // Drivers without a persistent connection accept the registration and never call it, and never call a free
    // callback either (libvirt src/libvirt-host.c). So no free callback here: m_bridge outlives the
    // registration, which unwatch() removes before the bridge can go.
    if (virConnectRegisterCloseCallback(m_connection.get(), onClose, m_bridge.get(), nullptr) < 0) {
        qCInfo(lcLibvirt) << "no close callback for" << m_uri << ":" << errorMessage(virGetLastError());
        virResetLastError();
    } else {
        m_closeCallbackRegistered = true;
    }
    return {};
}

void LibvirtSession::unwatch()
{
    if (!m_bridge)
        return;
    {
        const std::lock_guard lock(m_bridge->mutex);
        m_bridge->events = nullptr;
        m_bridge->closed = nullptr;
    }
    // On a dropped connection both calls may fail; the registrations die with the connection then.
    if (m_lifecycleCallbackId >= 0 && virConnectDomainEventDeregisterAny(m_connection.get(), m_lifecycleCallbackId) < 0)
        virResetLastError();
    if (m_closeCallbackRegistered && virConnectUnregisterCloseCallback(m_connection.get(), onClose) < 0) {
        qCDebug(lcLibvirt) << "unregistering the close callback:" << errorMessage(virGetLastError());
        virResetLastError();
        if (!m_bridge->closeFired) {
            // Possibly still registered: keep the bridge (its sinks cleared) alive for good rather than risk a
            // call into freed memory.
            [[maybe_unused]] auto* leaked = new std::shared_ptr<LibvirtEventBridge>(m_bridge);
        }
    }
    m_lifecycleCallbackId = -1;
    m_closeCallbackRegistered = false;
    m_bridge.reset();
}

QString LibvirtSession::stateText(DomainState state)
{
    switch (state) {
    case DomainState::Running: return tr("running");
    case DomainState::Blocked: return tr("idle");
    case DomainState::Paused: return tr("paused");
    case DomainState::ShuttingDown: return tr("in shutdown");
    case DomainState::ShutOff: return tr("shut off");
    case DomainState::Crashed: return tr("crashed");
    case DomainState::PmSuspended: return tr("pmsuspended");
    case DomainState::NoState: break;
    }
    return tr("no state");
}
