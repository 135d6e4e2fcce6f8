// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainPush.h"

#include <QList>
#include <QObject>
#include <QPointer>

class LibvirtConnection;

/// Writes prepared PushItems through a LibvirtConnection, one VM after the other, without the GUI thread ever
/// waiting: each define is queued to the connection's worker and judged (DomainPush::judgeDefine) when its answer
/// arrives. One VM at a time so that cancel() stops before the next define, never in the middle of one.
class PushJob : public QObject
{
    Q_OBJECT

public:
    PushJob(LibvirtConnection* connection, QList<PushItem> items, QObject* parent = nullptr);

    /// Starts the run; items that need no define (refused, unchanged) are judged at once.
    void start();
    /// The VMs not yet written end as Cancelled; the define already sent, if any, is still judged.
    void cancel();

    int total() const { return int(m_items.size()); }
    int completed() const { return int(m_results.size()); }
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    const QList<PushItem>& items() const { return m_items; }
    /// One per item, in item order, as far as the run got.
    const QList<PushResult>& results() const { return m_results; }
    /// How many results have @p status.
    int count(PushResult::Status status) const;

signals:
    void progress(int completed, int total);
    void itemFinished(int index, const PushResult& result);
    void finished();

private:
    void next();
    void record(PushResult result);
    /// Ends the current item without a define.
    void recordUnwritten(PushResult::Status status, const QString& message);
    void onPushFinished(quint64 requestId, const LibvirtResult& result);

    QPointer<LibvirtConnection> m_connection;
    QList<PushItem> m_items;
    QList<PushResult> m_results;
    quint64 m_pending = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
