// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfRun.h"

#include "ConnectionListModel.h"
#include "Fleet.h"
#include "model/binding/BindingEngine.h"
#include "model/core/BackgroundPriority.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <vector>

namespace {

/// VMs per task: small enough for steady progress and a quick Stop, large enough to keep the pool's overhead low.
constexpr int kChunk = 64;
/// How often the progress is shown: often enough to move smoothly, rarely enough to cost nothing.
constexpr int kProgressMs = 100;

/// The what-if's own pool: one core fewer than the machine has (at least one thread), so that the GUI thread and
/// the connections' threads keep a core while a run goes on. With every core busy (the global pool), the console's
/// GUI thread waited up to 560 ms for one on a 2-core machine (docs/performance.md, "Fleet what-if").
QThreadPool& pool()
{
    static QThreadPool* threads = [] {
        auto p = new QThreadPool;
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        return p;
    }();
    return *threads;
}

} // namespace

/// What a run works on, fixed when it is made: the VMs given, or snapshots of the fleets' records, and one entry per
/// VM pointing into them (neither is changed afterwards, so the pointers hold).
struct WhatIfRun::Input
{
    struct Item
    {
        const VmConfig* config;
        QString uri;
    };
    QList<Vm> vms;
    QList<QHash<QString, VmRecord>> snapshots;
    std::vector<Item> items;
    QList<QList<ConfigChange>> sets;
};

/// What the tasks share with the run; it outlives a run deleted while tasks are still going.
struct WhatIfRun::Shared
{
    std::shared_ptr<const Input> input;
    /// Per VM, one outcome per change set.
    std::vector<std::optional<QList<WhatIfOutcome>>> outcomes;
    std::atomic<bool> stop{false};
    std::atomic<int> done{0};
    std::atomic<int> chunksLeft{0};
};

WhatIfRun::WhatIfRun(const BindingEngine& engine, QList<Vm> vms, QList<ConfigChange> changes, QObject* parent)
    : WhatIfRun(engine, std::move(vms), QList<QList<ConfigChange>>{std::move(changes)}, parent)
{}

WhatIfRun::WhatIfRun(const BindingEngine& engine, QList<Vm> vms, QList<QList<ConfigChange>> changeSets, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_input(std::make_shared<Input>())
{
    m_input->vms = std::move(vms);
    m_input->sets = std::move(changeSets);
    m_input->items.reserve(std::size_t(m_input->vms.size()));
    for (const Vm& vm : std::as_const(m_input->vms))
        m_input->items.push_back({&vm.config, vm.uri});
    m_progressTimer.setInterval(kProgressMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            emit progress(m_shared->done, total());
    });
}

WhatIfRun::WhatIfRun(const BindingEngine& engine, const ConnectionListModel& connections,
                     const QList<WhereClause>& where, QList<QList<ConfigChange>> changeSets, QObject* parent)
    : WhatIfRun(engine, QList<Vm>{}, std::move(changeSets), parent)
{
    // A copy of each fleet's records is only a reference until the fleet changes its own: copying 10,000
    // configurations one by one took 15 ms of the GUI thread.
    for (int row = 0; row < connections.rowCount(); ++row) {
        const Fleet* fleet = connections.fleetAt(row);
        m_input->snapshots.append(fleet->records());
        const QHash<QString, VmRecord>& snapshot = std::as_const(m_input->snapshots).last();
        for (const VmRecord& record : snapshot)
            if (WhereClause::allMatch(where, fleet->uri(), record.snapshot, record.config, record.outcome))
                m_input->items.push_back({&record.config, fleet->uri()});
    }
}

int WhatIfRun::total() const
{
    return int(m_input->items.size());
}

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
    m_shared->input = m_input;
    m_shared->outcomes.resize(m_input->items.size());
    const int chunks = (total() + kChunk - 1) / kChunk;
    m_shared->chunksLeft = chunks;
    emit progress(0, total());
    if (chunks == 0) {
        onChunkDone();
        return;
    }
    m_progressTimer.start();
    for (int c = 0; c < chunks; ++c) {
        const int first = c * kChunk;
        const int last = std::min(total(), first + kChunk);
        pool().start([shared = m_shared, self = QPointer<WhatIfRun>(this), engine = &m_engine, first, last] {
            BackgroundPriority::lowerCurrentThread();
            for (int i = first; i < last && !shared->stop; ++i) {
                const VmConfig& config = *shared->input->items[std::size_t(i)].config;
                const PreviewOutcome before = engine->preview(config);
                QList<WhatIfOutcome> perSet;
                perSet.reserve(shared->input->sets.size());
                for (const QList<ConfigChange>& changes : shared->input->sets)
                    perSet.append(FleetWhatIf::evaluate(*engine, config, changes, &before));
                shared->outcomes[std::size_t(i)] = std::move(perSet);
                ++shared->done;
            }
            // Only the last chunk tells the GUI thread: one posted event per chunk (150 on 10,000 VMs) starved its
            // timers and input for 200 ms; the progress is read by a timer instead.
            if (--shared->chunksLeft > 0)
                return;
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
    m_progressTimer.stop();
    m_running = false;
    QList<QList<WhatIfOutcome>> perSet(m_input->sets.size());
    QStringList uris;
    for (std::size_t i = 0; i < m_shared->outcomes.size(); ++i) {
        if (!m_shared->outcomes[i])
            continue;
        for (qsizetype s = 0; s < perSet.size(); ++s)
            perSet[s].append(std::move((*m_shared->outcomes[i])[s]));
        uris.append(m_input->items[i].uri);
    }
    emit setsFinished(perSet, uris, m_shared->stop);
    emit finished(perSet.value(0), uris, m_shared->stop);
}
