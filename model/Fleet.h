// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <optional>

class BindingEngine;
class LibvirtConnection;
class VmListModel;

/// Keeps the VM table in step with one libvirt connection: loads the fleet in batches off the GUI thread,
/// predicts each VM, and follows lifecycle events with coalesced refreshes that touch only what changed.
class Fleet : public QObject
{
    Q_OBJECT

public:
    Fleet(const BindingEngine& engine, VmListModel* model, QObject* parent = nullptr);
    ~Fleet() override;

    void open(const QString& uri, bool readOnly);
    QString uri() const { return m_uri; }
    const VmRecord* record(const QString& key) const;
    /// Every listed VM's key, in no particular order.
    QStringList keys() const { return m_records.keys(); }
    int size() const { return int(m_records.size()); }
    const BindingEngine& engine() const { return m_engine; }
    /// The connection the fleet reads and pushes through; null before open().
    LibvirtConnection* connection() const { return m_connection; }
    bool isReadOnly() const;

signals:
    /// A one-line, translated description of the connection's state for the status bar.
    void statusChanged(const QString& text);
    /// The first complete listing has arrived.
    void loaded(int vmCount);

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

    const BindingEngine& m_engine;
    VmListModel* m_model;
    LibvirtConnection* m_connection = nullptr;
    QString m_uri;
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
