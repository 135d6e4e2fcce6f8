// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"
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
    /// The number of VMs this fleet has in the table changed.
    void vmCountChanged(int count);

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
    void dropRows();

    const BindingEngine& m_engine;
    VmListModel* m_model;
    LibvirtConnection* m_connection = nullptr;
    std::shared_ptr<LibvirtCredentialProvider> m_credentials;
    QString m_uri;
    QString m_lastError;
    bool m_wasOpen = false;
    int m_reportedCount = 0;
    QHash<QString, VmRecord> m_records;
    QSet<QString> m_seen;
    quint64 m_refreshId = 0;
    bool m_firstLoad = true;
    QTimer m_refreshTimer;
    /// Predictions are computed here, never on the GUI thread; results come back as queued calls.
    QThreadPool m_pool;
    int m_pendingBatches = 0;
    std::optional<Finished> m_finished;
};
