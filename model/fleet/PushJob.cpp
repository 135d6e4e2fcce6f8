// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PushJob.h"

#include "model/core/Logging.h"
#include "model/libvirt/LibvirtConnection.h"

#include <algorithm>

PushJob::PushJob(LibvirtConnection* connection, QList<PushItem> items, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
    , m_items(std::move(items))
{
    if (!m_connection)
        return;
    connect(m_connection, &LibvirtConnection::pushFinished, this, &PushJob::onPushFinished);
    // A connection closed while a define is in flight never answers it: whether it was written is unknown.
    connect(m_connection, &QObject::destroyed, this, [this] {
        if (m_pending == 0)
            return;
        m_pending = 0;
        recordUnwritten(PushResult::Status::Failed, tr("The connection was closed while the VM was being written; "
                                                       "reload to see whether libvirt kept the change."));
        next();
    });
}

void PushJob::start()
{
    if (m_running || !m_results.isEmpty())
        return;
    m_running = true;
    emit progress(0, total());
    next();
}

void PushJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // With a define in flight its answer ends the run; otherwise nothing is outstanding and the rest ends now.
    if (m_pending == 0)
        next();
}

int PushJob::count(PushResult::Status status) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [status](const PushResult& r) { return r.status == status; }));
}

void PushJob::next()
{
    while (m_running && m_pending == 0) {
        const int index = completed();
        if (index >= total()) {
            m_running = false;
            qCInfo(lcModel) << "push run finished:" << count(PushResult::Status::Verified) << "verified of" << total();
            emit finished();
            return;
        }
        const PushItem& item = m_items.at(index);
        if (m_cancelled) {
            recordUnwritten(PushResult::Status::Cancelled, tr("Cancelled before this VM's turn: nothing was written."));
            continue;
        }
        if (std::optional<PushResult> early = DomainPush::judgeBeforeDefine(item)) {
            record(std::move(*early));
            continue;
        }
        if (!m_connection) {
            recordUnwritten(PushResult::Status::Failed, tr("The connection was closed: nothing was written."));
            continue;
        }
        m_pending = m_connection->push(item.uuid, item.originalXml, item.newXml);
    }
}

void PushJob::record(PushResult result)
{
    const int index = completed();
    m_results.append(std::move(result));
    emit itemFinished(index, m_results.constLast());
    emit progress(completed(), total());
}

void PushJob::recordUnwritten(PushResult::Status status, const QString& message)
{
    PushResult result;
    result.item = m_items.at(completed());
    result.status = status;
    result.message = message;
    record(std::move(result));
}

void PushJob::onPushFinished(quint64 requestId, const LibvirtResult& result)
{
    if (requestId != m_pending || m_pending == 0)
        return;
    m_pending = 0;
    record(DomainPush::judgeDefine(m_items.at(completed()), result));
    next();
}
