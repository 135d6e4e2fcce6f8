// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ObservationStore.h"
#include "VmRecord.h"
#include "VmRow.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <memory>
#include <optional>

class BindingEngine;
class PowerCycle;
class LibvirtCredentialProvider;
class VmListModel;

/// Keeps the VM table in step with one libvirt connection: loads the fleet in batches off the GUI thread,
/// predicts each VM, and follows lifecycle events with coalesced refreshes that touch only what changed.
class Fleet : public QObject
{
    Q_OBJECT

public:
    Fleet(const BindingEngine& engine, VmListModel* model, QObject* parent = nullptr);
    ~Fleet() override;

    /// Answers libvirt's authentication questions for the connections opened from now on.
    void setCredentialProvider(std::shared_ptr<LibvirtCredentialProvider> provider);
    void open(const QString& uri, bool readOnly);
    /// Opens the same URI again (after a failure, or to start over); rows stay until the new listing replaces
    /// them.
    void reconnect();
    /// Closes the connection and takes this fleet's rows out of the table; nothing on the host changes.
    void close();
    QString uri() const { return m_uri; }
    /// Closed before the first open().
    LibvirtConnection::State state() const;
    /// Why the last open failed or the connection dropped; empty while all is well.
    QString lastError() const { return m_lastError; }
    const VmRecord* record(const QString& key) const;
    /// Every listed VM's key, in no particular order.
    QStringList keys() const { return m_records.keys(); }
    /// Every VM's record by key, for a walk over all of them without a lookup per key.
    const QHash<QString, VmRecord>& records() const { return m_records; }
    int size() const { return int(m_records.size()); }
    int vmCount() const { return size(); }
    const BindingEngine& engine() const { return m_engine; }
    /// The connection the fleet reads and pushes through; null before open().
    LibvirtConnection* connection() const { return m_connection; }
    bool isReadOnly() const;
    /// Lists the whole fleet again now, as the coalesced refresh after lifecycle events does (a pending one is
    /// answered by this, one in flight is superseded); answered by refreshed(). Only rows whose listing changed
    /// are recomputed and repainted. Does nothing unless the connection is open.
    void refresh();
    /// Follows @p cycle: when libvirt refuses to start the VM, its reason stays next to the VM (state column and
    /// details) until the VM runs.
    void watchPowerCycle(PowerCycle* cycle);

    /// How many VMs' predictions their guest's inventory confirms, and how many it contradicts (issue 18 item 4).
    int confirmedPredictions() const { return m_confirmed; }
    int differingPredictions() const { return m_differs; }

    /// Why guest agents on this connection are not asked (libvirt's test driver has none, the driver does not
    /// support the call, a read-only connection may not make it); empty while they are.
    QString agentUnavailable() const { return m_agentUnavailable; }
    /// Asks the guest agent of every running VM whose report is missing, from before its last boot, or stale
    /// (issue 18 item 1). Called after every listing and once a minute; the answers update the rows one by one.
    void askGuests();
    /// How old a report may get before it is asked again, and how long after a failed ask.
    /// Opt-in per connection: also read Windows guests' driver inventories through their agents (pnputil run in
    /// the guest); held in memory, used by the prediction when newer than the kept one. Takes effect at the next ask.
    void setAgentInventory(const AgentInventoryRequest& request);
    bool agentInventoryEnabled() const { return m_agentInventoryRequest.enabled; }
    static constexpr int kAgentRefreshS = 600;
    static constexpr int kAgentRetryS = 30;

signals:
    /// A one-line, translated description of the connection's state for the status bar.
    void statusChanged(const QString& text);
    /// The first complete listing has arrived.
    void loaded(int vmCount);
    /// A complete listing has been applied to the table: the first load (before loaded()) and every refresh.
    void refreshed(int vmCount);
    /// The connection's state, forwarded (also for reconnect attempts).
    void stateChanged(LibvirtConnection::State state);
    /// The first open of this URI failed, with libvirt's message (not emitted for failed reconnect attempts).
    void openFailed(const QString& message);
    /// The next reconnect attempt (0-based) after a dropped connection starts in @p delayMs.
    void reconnectScheduled(int attempt, int delayMs);
    /// The records of @p keys were replaced (a new listing, a guest's report, a start failure), also when their
    /// table rows look the same: views of one VM's details follow this, not the table (issue 19 item 2).
    void recordsChanged(const QStringList& keys);
    /// The number of VMs this fleet has in the table changed.
    void vmCountChanged(int count);
    /// confirmedPredictions() or differingPredictions() changed.
    void predictionChecksChanged();

private:
    struct Finished
    {
        bool ok;
        QString message;
        int count;
    };

    void onBatch(quint64 requestId, const QList<DomainSnapshot>& domains);
    void applyRecords(quint64 requestId, QList<VmRecord> records);
    void onRefreshFinished(quint64 requestId, bool ok, const QString& message, int count);
    void finishRefresh();
    void scheduleRefresh();
    LibvirtRefreshOptions refreshOptions() const;
    void noteCount();
    void noteStartFailure(const QString& key, const QString& message);
    /// The table's row for @p record, with this connection's name as its host.
    VmRow tableRow(const VmRecord& record) const;
    /// Keeps the prediction-check counts: @p removed leaves the fleet (or is replaced by) @p added; either may be null.
    void account(const VmRecord* removed, const VmRecord* added);
    /// Fills what the listing cannot know into @p snapshot: the guest agent's last report and the boot times seen.
    void observe(DomainSnapshot& snapshot);
    void onGuestReported(const QString& uuid, const AgentReport& report);
    void onGuestInventoryRead(const QString& uuid, const AgentOutputs& outputs, const QDateTime& taken,
                              const QString& error);
    /// Recomputes the record of @p uuid with what the maps above now hold.
    void reobserve(const QString& uuid);
    /// Recomputes the records of @p snapshots off the GUI thread and replaces them, outside any refresh.
    void recompute(const QList<DomainSnapshot>& snapshots);
    void dropRows();

    const BindingEngine& m_engine;
    VmListModel* m_model;
    LibvirtConnection* m_connection = nullptr;
    std::shared_ptr<LibvirtCredentialProvider> m_credentials;
    QString m_uri;
    /// The table's Host column: the connection's name.
    QString m_hostName;
    QString m_lastError;
    bool m_wasOpen = false;
    int m_reportedCount = 0;
    QHash<QString, VmRecord> m_records;
    /// By UUID: what the agents said, the starts this console saw, and when a VM not seen starting was first seen
    /// running.
    QHash<QString, AgentReport> m_agentReports;
    QHash<QString, DriverInventory> m_agentInventories;
    QHash<QString, QString> m_agentInventoryErrors;
    AgentInventoryRequest m_agentInventoryRequest;
    QHash<QString, QDateTime> m_lastBoot;
    QHash<QString, QDateTime> m_runningSince;
    QSet<QString> m_agentAsked;
    QSet<QString> m_answeredThisRun;
    QString m_agentUnavailable;
    AgentReport::State m_agentUnavailableState = AgentReport::State::NotSupported;
    int m_confirmed = 0;
    int m_differs = 0;
    QTimer m_agentTimer;
    /// Agent reports are kept between runs (ObservationStore), written a few seconds after they change.
    QTimer m_storeTimer;
    bool m_storeEnabled = false;
    void loadStore();
    void saveStore();
    ObservationStore::Entries storeEntries() const;
    QSet<QString> m_seen;
    quint64 m_refreshId = 0;
    bool m_firstLoad = true;
    QTimer m_refreshTimer;
    /// Predictions are computed here, never on the GUI thread; results come back as queued calls.
    QThreadPool m_pool;
    int m_pendingBatches = 0;
    std::optional<Finished> m_finished;
};
