// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfRun.h"

#include "model/binding/BindingEngine.h"
#include "model/core/BackgroundPriority.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <vector>

namespace {

/// VMs per task: small enough for steady progress and a quick Stop, large enough to keep the pool's overhead low.
constexpr int kChunk = 64;

} // namespace

/// What the tasks share with the run; it outlives a run deleted while tasks are still going.
struct WhatIfRun::Shared
{
    std::vector<std::optional<WhatIfOutcome>> outcomes;
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    std::atomic<int> chunksLeft{0};
};

WhatIfRun::WhatIfRun(const BindingEngine& engine, QList<Vm> vms, QList<ConfigChange> changes, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_vms(std::move(vms))
    , m_changes(std::move(changes))
{}

WhatIfRun::~WhatIfRun()
{
    if (m_shared)
        m_shared->stop = true;
}

void WhatIfRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->outcomes.resize(std::size_t(m_vms.size()));
    const int chunks = (int(m_vms.size()) + kChunk - 1) / kChunk;
    m_shared->chunksLeft = chunks;
    emit progress(0, total());
    if (chunks == 0) {
        onChunkDone();
        return;
    }
    for (int c = 0; c < chunks; ++c) {
        const int first = c * kChunk;
        const int last = std::min(int(m_vms.size()), first + kChunk);
        QThreadPool::globalInstance()->start([shared = m_shared, self = QPointer<WhatIfRun>(this), engine = &m_engine,
                                              vms = m_vms.mid(first, last - first), changes = m_changes, first] {
            BackgroundPriority::lowerCurrentThread();
            for (qsizetype i = 0; i < vms.size() && !shared->stop; ++i) {
                shared->outcomes[std::size_t(first + i)] = FleetWhatIf::evaluate(*engine, vms.at(i).config, changes);
                ++shared->done;
            }
            --shared->chunksLeft;
            // Through the application object: the run may be gone, and only the GUI thread may ask.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self] {
                    if (self)
                        self->onChunkDone();
                },
                Qt::QueuedConnection);
        });
    }
}

void WhatIfRun::stop()
{
    if (m_shared)
        m_shared->stop = true;
}

void WhatIfRun::onChunkDone()
{
    if (!m_running)
        return;
    emit progress(m_shared->done, total());
    if (m_shared->chunksLeft > 0)
        return;
    m_running = false;
    QList<WhatIfOutcome> outcomes;
    QStringList uris;
    for (std::size_t i = 0; i < m_shared->outcomes.size(); ++i) {
        if (!m_shared->outcomes[i])
            continue;
        outcomes.append(*m_shared->outcomes[i]);
        uris.append(m_vms.at(qsizetype(i)).uri);
    }
    emit finished(outcomes, uris, m_shared->stop);
}
