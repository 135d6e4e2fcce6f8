// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Fleet.h"

#include "ConnectionListModel.h"
#include "ObservationStore.h"
#include "PowerCycle.h"
#include "VmListModel.h"
#include "VmReport.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/InventoryImport.h"
#include "model/core/BackgroundPriority.h"
#include "model/core/Logging.h"
#include "model/core/Realization.h"
#include "model/libvirt/LibvirtConnection.h"

Fleet::Fleet(const BindingEngine& engine, VmListModel* model, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_model(model)
{
    // Events arrive in bursts (a host boots twenty VMs at once): one refresh answers them all.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(300);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Fleet::refresh);
    m_agentTimer.setInterval(60 * 1000);
    connect(&m_agentTimer, &QTimer::timeout, this, &Fleet::askGuests);
    m_storeTimer.setSingleShot(true);
    m_storeTimer.setInterval(5000);
    connect(&m_storeTimer, &QTimer::timeout, this, &Fleet::saveStore);
}

Fleet::~Fleet()
{
    // What the agents said since the last write is not lost at exit (the pool is about to be waited for).
    if (m_storeEnabled && m_storeTimer.isActive())
        ObservationStore::save(m_uri, storeEntries());
    // Jobs hold a pointer to this object; none may outlive it.
    m_pool.clear();
    m_pool.waitForDone();
}

void Fleet::setCredentialProvider(std::shared_ptr<LibvirtCredentialProvider> provider)
{
    m_credentials = std::move(provider);
}

void Fleet::open(const QString& uri, bool readOnly)
{
    // Rows keyed by another URI would never be refreshed or removed again.
    if (uri != m_uri)
        dropRows();
    m_uri = uri;
    m_hostName = ConnectionListModel::displayName(uri);
    m_lastError.clear();
    m_agentReports.clear();
    m_answeredThisRun.clear();
    m_agentInventories.clear();
    m_agentInventoryErrors.clear();
    m_lastBoot.clear();
    m_runningSince.clear();
    m_agentAsked.clear();
    // libvirt's test driver has no virDomainGetGuestInfo; asking would only open the node file once more.
    m_agentUnavailable =
        Realization::hostDriver(uri) == HostDriver::Test ? tr("libvirt's test driver has no guest agents.") : QString();
    m_agentUnavailableState = AgentReport::State::NotSupported;
    // A test-driver node lives in this process only: nothing of it outlives the run.
    m_storeEnabled = Realization::hostDriver(uri) != HostDriver::Test;
    loadStore();
    m_wasOpen = false;
    m_refreshId = 0;
    delete m_connection;
    m_connection = new LibvirtConnection(this);
    m_connection->setCredentialProvider(m_credentials);
    connect(m_connection, &LibvirtConnection::stateChanged, this, &Fleet::stateChanged);
    connect(m_connection, &LibvirtConnection::reconnectScheduled, this, &Fleet::reconnectScheduled);
    connect(m_connection, &LibvirtConnection::opened, this, [this](const LibvirtResult& result) {
        if (!result.ok()) {
            m_lastError = result.message;
            emit statusChanged(tr("Cannot connect to %1: %2").arg(m_hostName, result.message));
            // Reconnect attempts fail quietly (the connections pane counts down); a first open says so once.
            if (!m_wasOpen)
                emit openFailed(result.message);
            return;
        }
        m_wasOpen = true;
        m_lastError.clear();
        emit statusChanged(tr("Loading %1…").arg(m_hostName));
        refresh();
    });
    connect(m_connection, &LibvirtConnection::domainsBatch, this, &Fleet::onBatch);
    connect(m_connection, &LibvirtConnection::refreshFinished, this,
            [this](quint64 id, const LibvirtResult& result, int count) {
                onRefreshFinished(id, result.ok(), result.message, count);
            });
    connect(m_connection, &LibvirtConnection::connectionLost, this, [this](const QString& reason) {
        m_lastError = reason;
        emit statusChanged(tr("Connection to %1 lost: %2; reconnecting").arg(m_hostName, reason));
    });
    connect(m_connection, &LibvirtConnection::reconnected, this, [this] { scheduleRefresh(); });
    connect(m_connection, &LibvirtConnection::domainDefined, this, &Fleet::scheduleRefresh);
    connect(m_connection, &LibvirtConnection::domainStarted, this, [this](const QString& uuid) {
        m_lastBoot.insert(uuid, QDateTime::currentDateTimeUtc());
        m_runningSince.remove(uuid);
        scheduleRefresh();
    });
    connect(m_connection, &LibvirtConnection::guestReported, this, &Fleet::onGuestReported);
    connect(m_connection, &LibvirtConnection::guestInventoryRead, this, &Fleet::onGuestInventoryRead);
    m_connection->setAgentInventory(m_agentInventoryRequest);
    connect(m_connection, &LibvirtConnection::domainStopped, this, &Fleet::scheduleRefresh);
    connect(m_connection, &LibvirtConnection::domainUndefined, this, [this](const QString& uuid) {
        const QString key = m_uri + QLatin1Char('/') + uuid;
        if (const auto it = m_records.constFind(key); it != m_records.cend())
            account(&*it, nullptr);
        m_records.remove(key);
        m_model->remove({key});
        noteCount();
    });
    emit statusChanged(tr("Connecting to %1…").arg(m_hostName));
    m_connection->open(uri, readOnly);
}

LibvirtRefreshOptions Fleet::refreshOptions() const
{
    LibvirtRefreshOptions options;
    // On a libvirtd every XML is a round trip: four connections fetch a 1,000-domain fleet in 0.46x the time of
    // one (docs/performance.md). libvirt's test driver is in process and parses the whole node file on every
    // open, so there extra connections only cost.
    options.parallelSessions = m_uri.startsWith(QLatin1String("test:")) ? 1 : 4;
    return options;
}

bool Fleet::isReadOnly() const
{
    return m_connection && m_connection->isReadOnly();
}

void Fleet::reconnect()
{
    if (!m_connection)
        return;
    m_refreshTimer.stop();
    m_lastError.clear();
    emit statusChanged(tr("Connecting to %1…").arg(m_hostName));
    m_connection->open(m_uri, m_connection->isReadOnly());
}

void Fleet::close()
{
    m_refreshTimer.stop();
    if (m_connection)
        m_connection->close();
    dropRows();
    emit statusChanged(tr("Closed %1").arg(m_hostName));
}

LibvirtConnection::State Fleet::state() const
{
    return m_connection ? m_connection->state() : LibvirtConnection::State::Closed;
}

void Fleet::dropRows()
{
    // Answers to requests made before this point are ignored (request ids start at 1).
    m_refreshId = 0;
    m_finished.reset();
    m_seen.clear();
    const QStringList keys = m_records.keys();
    m_records.clear();
    m_model->remove(keys);
    noteCount();
    if (m_confirmed || m_differs) {
        m_confirmed = m_differs = 0;
        emit predictionChecksChanged();
    }
}

void Fleet::noteCount()
{
    const int count = size();
    if (count == m_reportedCount)
        return;
    m_reportedCount = count;
    emit vmCountChanged(count);
}

const VmRecord* Fleet::record(const QString& key) const
{
    const auto it = m_records.constFind(key);
    return it == m_records.cend() ? nullptr : &*it;
}

void Fleet::onBatch(quint64 requestId, const QList<DomainSnapshot>& domains)
{
    if (requestId != m_refreshId)
        return;
    QList<DomainSnapshot> changed;
    for (DomainSnapshot snapshot : domains) {
        observe(snapshot);
        const QString key = m_uri + QLatin1Char('/') + snapshot.uuid;
        m_seen.insert(key);
        // A VM whose listing did not change keeps its prediction: nothing to recompute or repaint.
        const auto existing = m_records.constFind(key);
        if (existing == m_records.cend() || !(existing->snapshot == snapshot))
            changed.append(snapshot);
    }
    if (changed.isEmpty())
        return;
    ++m_pendingBatches;
    m_pool.start([this, requestId, uri = m_uri, changed] {
        // The pool's threads are Qt's; two system calls per batch are nothing next to the batch.
        BackgroundPriority::lowerCurrentThread();
        QList<VmRecord> records;
        records.reserve(changed.size());
        for (const DomainSnapshot& snapshot : changed)
            records.append(VmReport::record(uri, snapshot, m_engine));
        QMetaObject::invokeMethod(
            this,
            [this, requestId, records = std::move(records)]() mutable { applyRecords(requestId, std::move(records)); },
            Qt::QueuedConnection);
    });
}

void Fleet::applyRecords(quint64 requestId, QList<VmRecord> records)
{
    --m_pendingBatches;
    if (requestId == m_refreshId) {
        QList<VmRow> rows;
        QStringList keys;
        rows.reserve(records.size());
        keys.reserve(records.size());
        for (VmRecord& record : records) {
            keys.append(record.config.key);
            // A start failure stays until the VM runs: a refresh after it must not wipe libvirt's reason.
            const auto old = m_records.constFind(record.config.key);
            if (old != m_records.cend() && !record.snapshot.isActive())
                record.startError = old->startError;
            account(old != m_records.cend() ? &*old : nullptr, &record);
            rows.append(tableRow(record));
            m_records.insert(record.config.key, std::move(record));
        }
        m_model->upsert(rows);
        noteCount();
        emit recordsChanged(keys);
    }
    if (m_pendingBatches == 0 && m_finished)
        finishRefresh();
}

void Fleet::onRefreshFinished(quint64 requestId, bool ok, const QString& message, int count)
{
    if (requestId != m_refreshId)
        return;
    m_finished = Finished{ok, message, count};
    if (m_pendingBatches == 0)
        finishRefresh();
}

void Fleet::finishRefresh()
{
    const Finished finished = *m_finished;
    m_finished.reset();
    if (!finished.ok) {
        emit statusChanged(tr("Listing %1 failed: %2").arg(m_hostName, finished.message));
        m_seen.clear();
        return;
    }
    QStringList gone;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it)
        if (!m_seen.contains(it.key()))
            gone.append(it.key());
    for (const QString& key : std::as_const(gone)) {
        account(&*m_records.constFind(key), nullptr);
        m_records.remove(key);
    }
    m_model->remove(gone);
    noteCount();
    m_seen.clear();
    emit statusChanged(tr("%1: %n VM(s)", nullptr, finished.count).arg(m_hostName));
    emit refreshed(finished.count);
    askGuests();
    if (!m_agentTimer.isActive() && m_agentUnavailable.isEmpty())
        m_agentTimer.start();
    if (m_firstLoad) {
        m_firstLoad = false;
        qCInfo(lcModel) << "fleet loaded:" << finished.count << "VMs from" << m_uri;
        emit loaded(finished.count);
    }
}

void Fleet::refresh()
{
    m_refreshTimer.stop();
    if (state() != LibvirtConnection::State::Open)
        return;
    // What a superseded refresh saw or finished with must not decide which rows this one removes.
    m_finished.reset();
    m_seen.clear();
    m_refreshId = m_connection->refresh(refreshOptions());
}

void Fleet::scheduleRefresh()
{
    if (m_connection)
        m_refreshTimer.start();
}

void Fleet::account(const VmRecord* removed, const VmRecord* added)
{
    const auto delta = [](const VmRecord* r, PredictionCheck::State state) {
        return r && r->check.state == state ? 1 : 0;
    };
    const int confirmed =
        delta(added, PredictionCheck::State::Confirmed) - delta(removed, PredictionCheck::State::Confirmed);
    const int differs = delta(added, PredictionCheck::State::Differs) - delta(removed, PredictionCheck::State::Differs);
    if (!confirmed && !differs)
        return;
    m_confirmed += confirmed;
    m_differs += differs;
    emit predictionChecksChanged();
}

void Fleet::observe(DomainSnapshot& snapshot)
{
    const QString& uuid = snapshot.uuid;
    if (snapshot.isActive()) {
        if (!m_lastBoot.contains(uuid) && !m_runningSince.contains(uuid)) {
            // Shut off in the last listing and running now: it started in between, even if no event said so.
            const auto old = m_records.constFind(m_uri + QLatin1Char('/') + uuid);
            if (old != m_records.cend() && !old->snapshot.isActive())
                m_lastBoot.insert(uuid, QDateTime::currentDateTimeUtc());
            else
                m_runningSince.insert(uuid, QDateTime::currentDateTimeUtc());
        }
    } else {
        m_runningSince.remove(uuid);
    }
    if (const auto boot = m_lastBoot.constFind(uuid); boot != m_lastBoot.cend())
        snapshot.lastBoot = *boot;
    if (const auto since = m_runningSince.constFind(uuid); since != m_runningSince.cend())
        snapshot.runningSince = *since;
    if (const auto inventory = m_agentInventories.constFind(uuid); inventory != m_agentInventories.cend())
        snapshot.agentInventory = *inventory;
    snapshot.agentInventoryError = m_agentInventoryErrors.value(uuid);
    if (const auto report = m_agentReports.constFind(uuid); report != m_agentReports.cend()) {
        snapshot.agent = *report;
    } else if (!m_agentUnavailable.isEmpty() && snapshot.isActive()) {
        // Not asked, and why: the driver or the connection cannot ask it.
        snapshot.agent.state = m_agentUnavailableState;
        snapshot.agent.detail = m_agentUnavailable;
    }
}

void Fleet::askGuests()
{
    if (!m_agentUnavailable.isEmpty() || state() != LibvirtConnection::State::Open)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList due;
    for (const VmRecord& r : std::as_const(m_records)) {
        const QString& uuid = r.snapshot.uuid;
        if (!r.snapshot.isActive() || m_agentAsked.contains(uuid))
            continue;
        const auto report = m_agentReports.constFind(uuid);
        // A report kept from an earlier run (ObservationStore) is shown, and asked again: the guest may have changed.
        bool ask = report == m_agentReports.cend() || !m_answeredThisRun.contains(uuid);
        if (!ask) {
            const qint64 age = report->at.secsTo(now);
            const auto boot = m_lastBoot.constFind(uuid);
            ask = (boot != m_lastBoot.cend() && report->at < *boot) ||
                  age >= (report->state == AgentReport::State::Reported ? kAgentRefreshS : kAgentRetryS);
        }
        if (ask)
            due.append(uuid);
    }
    if (due.isEmpty())
        return;
    for (const QString& uuid : std::as_const(due))
        m_agentAsked.insert(uuid);
    m_connection->askGuests(due);
}

void Fleet::onGuestReported(const QString& uuid, const AgentReport& report)
{
    m_agentAsked.remove(uuid);
    if (report.state == AgentReport::State::NotSupported || report.state == AgentReport::State::NotAllowed) {
        // A property of the connection, not of this VM: asking the others would only repeat it.
        m_agentUnavailable = report.detail;
        m_agentUnavailableState = report.state;
        m_agentTimer.stop();
    }
    m_agentReports.insert(uuid, report);
    m_answeredThisRun.insert(uuid);
    if (report.state == AgentReport::State::Reported && m_storeEnabled)
        m_storeTimer.start();
    reobserve(uuid);
}

void Fleet::loadStore()
{
    if (!m_storeEnabled)
        return;
    // Read off the GUI thread; what a listing or an agent said meanwhile is newer and stays.
    m_pool.start([this, uri = m_uri] {
        const ObservationStore::Entries entries = ObservationStore::load(uri);
        QMetaObject::invokeMethod(
            this,
            [this, uri, entries] {
                if (uri != m_uri)
                    return;
                for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
                    if (!it->agent || m_agentReports.contains(it.key()))
                        continue;
                    m_agentReports.insert(it.key(), *it->agent);
                    reobserve(it.key());
                }
            },
            Qt::QueuedConnection);
    });
}

ObservationStore::Entries Fleet::storeEntries() const
{
    ObservationStore::Entries entries;
    for (auto it = m_agentReports.cbegin(); it != m_agentReports.cend(); ++it)
        if (it->state == AgentReport::State::Reported)
            entries[it.key()].agent = *it;
    return entries;
}

void Fleet::saveStore()
{
    // A few hundred bytes a VM: written on a pool thread.
    if (m_storeEnabled)
        m_pool.start([uri = m_uri, entries = storeEntries()] { ObservationStore::save(uri, entries); });
}

void Fleet::setAgentInventory(const AgentInventoryRequest& request)
{
    m_agentInventoryRequest = request;
    if (m_connection)
        m_connection->setAgentInventory(request);
    if (!request.enabled) {
        const QStringList uuids = m_agentInventories.keys();
        m_agentInventories.clear();
        m_agentInventoryErrors.clear();
        for (const QString& uuid : uuids)
            reobserve(uuid);
    }
}

void Fleet::onGuestInventoryRead(const QString& uuid, const AgentOutputs& outputs, const QDateTime& taken,
                                 const QString& error)
{
    if (!m_agentInventoryRequest.enabled)
        return;
    // Up to 8 MiB of output per command: parsed off the GUI thread, like a listing.
    m_pool.start([this, uuid, outputs, taken, error] {
        std::optional<DriverInventory> inventory;
        QString problem = error;
        if (problem.isEmpty()) {
            const InventoryImport::Result read =
                InventoryImport::fromOutputs(outputs, m_engine.catalogue(), DriverInventory::Source::GuestAgent, taken,
                                             QDateTime::currentDateTimeUtc());
            if (read.ok())
                inventory = read.value;
            else
                problem = read.error->toString();
        }
        QMetaObject::invokeMethod(
            this,
            [this, uuid, inventory, problem] {
                if (inventory)
                    m_agentInventories.insert(uuid, *inventory);
                if (problem.isEmpty())
                    m_agentInventoryErrors.remove(uuid);
                else
                    m_agentInventoryErrors.insert(uuid, problem);
                reobserve(uuid);
            },
            Qt::QueuedConnection);
    });
}

void Fleet::reobserve(const QString& uuid)
{
    const auto it = m_records.constFind(m_uri + QLatin1Char('/') + uuid);
    if (it == m_records.cend())
        return;
    DomainSnapshot snapshot = it->snapshot;
    observe(snapshot);
    if (snapshot == it->snapshot)
        return;
    recompute({snapshot});
}

void Fleet::recompute(const QList<DomainSnapshot>& snapshots)
{
    m_pool.start([this, uri = m_uri, snapshots] {
        BackgroundPriority::lowerCurrentThread();
        QList<VmRecord> records;
        for (const DomainSnapshot& snapshot : snapshots)
            records.append(VmReport::record(uri, snapshot, m_engine));
        QMetaObject::invokeMethod(
            this,
            [this, records = std::move(records)]() mutable {
                QList<VmRow> rows;
                QStringList keys;
                for (VmRecord& record : records) {
                    const auto old = m_records.find(record.config.key);
                    // Gone meanwhile, or listed anew since: the newer listing stands.
                    if (old == m_records.end() || !(old->snapshot.inactiveXml == record.snapshot.inactiveXml))
                        continue;
                    record.startError = old->startError;
                    account(&*old, &record);
                    rows.append(tableRow(record));
                    keys.append(record.config.key);
                    *old = std::move(record);
                }
                if (!rows.isEmpty()) {
                    m_model->upsert(rows);
                    emit recordsChanged(keys);
                }
            },
            Qt::QueuedConnection);
    });
}

void Fleet::watchPowerCycle(PowerCycle* cycle)
{
    const QString key = m_uri + QLatin1Char('/') + cycle->uuid();
    connect(cycle, &PowerCycle::finished, this, [this, cycle, key](bool ok, const QString& message) {
        if (!ok && cycle->failedWhileStarting())
            noteStartFailure(key, message);
    });
}

VmRow Fleet::tableRow(const VmRecord& record) const
{
    VmRow row = VmReport::toRow(record);
    row.host = m_hostName;
    return row;
}

void Fleet::noteStartFailure(const QString& key, const QString& message)
{
    const auto it = m_records.find(key);
    if (it == m_records.end())
        return;
    it->startError = message;
    m_model->upsert({tableRow(*it)});
    emit recordsChanged({key});
}
