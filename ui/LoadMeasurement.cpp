// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LoadMeasurement.h"

#include "ChangeEditor.h"
#include "FleetWhatIfDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "model/fleet/Fleet.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace {
constexpr int kBeatMs = 5;
constexpr int kBlockThresholdMs = 20;
constexpr int kKeystrokes = 20;
// Alternating text keeps every keystroke a real re-filter of the whole table.
const QString kTyped = QStringLiteral("win-2019-erp");
// VMs changed before the measured refresh: a tenth of a small fleet, a few hundred of a big one.
constexpr int kMaxStateChanges = 300;
// Lifecycle events normally follow the power answers within milliseconds; do not wait for lost ones forever.
constexpr int kEventTimeoutMs = 10000;

// Seconds from this process's start to now. bench/measure puts its fork time (CLOCK_MONOTONIC, nanoseconds) into
// XP_MEASURE_FORK_NS, so that startup_s counts from where the floor's wall time counts; otherwise the kernel's
// start time (field 22 of /proc/self/stat, clock ticks since boot, so 10 ms resolution) against CLOCK_BOOTTIME.
// -1 where there is neither.
double secondsSinceProcessStart()
{
    bool forked = false;
    const qint64 forkNs = qgetenv("XP_MEASURE_FORK_NS").toLongLong(&forked);
    timespec monotonic{};
    if (forked && forkNs > 0 && clock_gettime(CLOCK_MONOTONIC, &monotonic) == 0)
        return (double(monotonic.tv_sec) * 1e9 + double(monotonic.tv_nsec) - double(forkNs)) / 1e9;

    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name in parentheses may contain spaces; the fields after it start with field 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 ticks = fields.value(22 - 3).toLongLong(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9 - double(ticks) / double(sysconf(_SC_CLK_TCK));
}

double medianOf(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}
} // namespace

LoadMeasurement::LoadMeasurement(MainWindow* window, Fleet* fleet, const QString& file, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_fleet(fleet)
    , m_file(file)
{
    m_clock.start();
    m_startup = secondsSinceProcessStart();
    m_heartbeat.setInterval(kBeatMs);
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    connect(&m_heartbeat, &QTimer::timeout, this, &LoadMeasurement::beat);
    m_heartbeat.start();
    connect(fleet, &Fleet::loaded, this, &LoadMeasurement::onLoaded);
    connect(fleet, &Fleet::refreshed, this, &LoadMeasurement::onRefreshed);
    // Without a fleet there is nothing to measure; a benchmark must not wait for a dialog nobody closes.
    connect(fleet, &Fleet::openFailed, this, [this](const QString& message) {
        qCWarning(lcUi) << "measure: cannot connect:" << message;
        m_heartbeat.stop();
        QApplication::exit(2);
    });
    m_eventTimeout.setSingleShot(true);
    m_eventTimeout.setInterval(kEventTimeoutMs);
    connect(&m_eventTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcUi) << "measure:" << m_awaitedEvents.size() << "lifecycle events did not arrive";
        m_awaitedEvents.clear();
        refreshWhenSettled();
    });
    window->installEventFilter(this);
}

bool LoadMeasurement::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && m_firstPaint < 0 && watched == m_window)
        m_firstPaint = m_clock.elapsed();
    return QObject::eventFilter(watched, event);
}

void LoadMeasurement::beat()
{
    const qint64 now = m_clock.elapsed();
    if (m_lastBeat > 0) {
        const qint64 gap = now - m_lastBeat - kBeatMs;
        if (gap > kBlockThresholdMs) {
            m_totalBlock += gap;
            m_maxBlock = std::max(m_maxBlock, gap);
            if (m_inRefreshPhase)
                m_refreshMaxBlock = std::max(m_refreshMaxBlock, gap);
            if (m_inWhatIfPhase)
                m_whatIfMaxBlock = std::max(m_whatIfMaxBlock, gap);
        }
    }
    m_lastBeat = now;
}

void LoadMeasurement::onLoaded(int vms)
{
    m_loaded = m_clock.elapsed();
    m_vms = vms;
    m_keysLeft = kKeystrokes;
    QTimer::singleShot(200, this, &LoadMeasurement::typeNext);
}

void LoadMeasurement::typeNext()
{
    auto filter = m_window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    if (!filter || m_keysLeft == 0) {
        changeStates();
        return;
    }
    const int i = kKeystrokes - m_keysLeft--;
    // Type a few characters, then erase them again, so the table narrows and widens.
    const bool erase = (i / kTyped.size()) % 2 == 1;
    filter->setFocus();
    auto table = m_window->findChild<QTableView*>(QStringLiteral("vmTable"));
    const qint64 pressed = m_clock.nsecsElapsed() / 1000;
    if (erase) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
        QApplication::sendEvent(filter, &press);
    } else {
        const QChar c = kTyped.at(i % kTyped.size());
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(filter, &press);
    }
    // The key event filters the proxy synchronously; repainting the table now ends the keystroke,
    // exactly as the next frame would.
    if (table)
        table->viewport()->repaint();
    m_keystrokes.append(m_clock.nsecsElapsed() / 1000 - pressed);
    QTimer::singleShot(30, this, &LoadMeasurement::typeNext);
}

void LoadMeasurement::changeStates()
{
    m_inRefreshPhase = true;
    m_refreshPhaseStart = m_clock.elapsed();
    LibvirtConnection* connection = m_fleet->connection();
    // Never on a real host: a test:// node's state lives in this process's connection and dies with it.
    if (!connection || m_fleet->isReadOnly() || !m_fleet->uri().startsWith(QLatin1String("test://"))) {
        refreshWhenSettled();
        return;
    }
    connect(connection, &LibvirtConnection::powerFinished, this, &LoadMeasurement::onPowered);
    connect(connection, &LibvirtConnection::domainStarted, this, &LoadMeasurement::onStateEvent);
    connect(connection, &LibvirtConnection::domainStopped, this, &LoadMeasurement::onStateEvent);
    // Spread over the whole table in a fixed order, so every run changes the same VMs.
    QStringList keys = m_fleet->keys();
    std::sort(keys.begin(), keys.end());
    const int changes = int(std::min<qsizetype>(kMaxStateChanges, std::max<qsizetype>(1, keys.size() / 10)));
    const qsizetype step = std::max<qsizetype>(1, keys.size() / changes);
    for (qsizetype i = 0; i < keys.size() && m_powerRequests.size() < changes; i += step) {
        const VmRecord* record = m_fleet->record(keys.at(i));
        if (!record)
            continue;
        // What an admin's day looks like: some forced off, some shut down, the stopped ones started.
        const LibvirtPowerAction action = !record->snapshot.isActive() ? LibvirtPowerAction::Start
                                          : m_powerRequests.size() % 2 ? LibvirtPowerAction::Shutdown
                                                                       : LibvirtPowerAction::Destroy;
        m_awaitedEvents.insert(record->snapshot.uuid);
        m_powerRequests.insert(connection->power(record->snapshot.uuid, action));
    }
    if (m_powerRequests.isEmpty())
        refreshWhenSettled();
}

void LoadMeasurement::onPowered(quint64 requestId, const LibvirtResult& result)
{
    if (!m_powerRequests.remove(requestId))
        return;
    if (result.ok())
        ++m_stateChanges;
    else // no event will come
        m_awaitedEvents.remove(result.uuid);
    if (m_powerRequests.isEmpty() && !m_awaitedEvents.isEmpty())
        m_eventTimeout.start();
    refreshWhenSettled();
}

void LoadMeasurement::onStateEvent(const QString& uuid)
{
    if (m_awaitedEvents.remove(uuid))
        refreshWhenSettled();
}

void LoadMeasurement::refreshWhenSettled()
{
    // The refresh is measured once every change is known to libvirt and its events have reached the GUI, so
    // it is the refresh that shows them all (the event-driven one it answers is not started on top of it).
    if (m_refreshStarted >= 0 || !m_powerRequests.isEmpty() || !m_awaitedEvents.isEmpty())
        return;
    m_eventTimeout.stop();
    m_refreshStarted = m_clock.elapsed();
    if (m_fleet->state() != LibvirtConnection::State::Open) {
        finish();
        return;
    }
    m_fleet->refresh();
}

void LoadMeasurement::onRefreshed()
{
    if (m_refreshStarted < 0 || m_refreshApplied >= 0)
        return;
    // Applied means painted, as for the keystrokes.
    if (auto table = m_window->findChild<QTableView*>(QStringLiteral("vmTable")))
        table->viewport()->repaint();
    m_refreshApplied = m_clock.elapsed();
    // A little longer, so that blocks right after the refresh (deferred layouts, repaints) are seen too.
    QTimer::singleShot(300, this, &LoadMeasurement::runWhatIf);
}

void LoadMeasurement::runWhatIf()
{
    // Through the console's own dialog, as an admin runs it: the result counts when the dialog shows it (the table
    // merged, the chart redrawn).
    if (!m_whatIf) {
        connect(m_window, &MainWindow::fleetWhatIfOpened, this, [this](FleetWhatIfDialog* dialog) {
            m_whatIf = dialog;
            connect(dialog, &FleetWhatIfDialog::finished, this, [this] {
                m_whatIfRuns << m_clock.elapsed() - m_whatIfStarted;
                m_whatIfStarted = -1;
                // The next run a moment later, as a second click would come.
                QTimer::singleShot(m_whatIfRuns.size() < 2 ? 200 : 300, this, &LoadMeasurement::runWhatIf);
            });
        });
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionFleetWhatIf"));
        if (!action) {
            finish();
            return;
        }
        action->trigger();
        if (!m_whatIf || !m_whatIf->editor()->addChange(QStringLiteral("vendor-device=off"))) {
            finish();
            return;
        }
        // The dialog's first paint is its own block, not the run's.
        QTimer::singleShot(300, this, &LoadMeasurement::runWhatIf);
        return;
    }
    if (m_whatIfRuns.size() >= 2) {
        m_inWhatIfPhase = false;
        m_whatIf->close();
        finish();
        return;
    }
    // From the first Preview to the second result shown, the dialog's own opening aside; a block is seen at the
    // beat after it, so the phase is not over when a run is.
    m_inWhatIfPhase = true;
    // The second question is another one: most rows change (platform device 0002 instead of the vendor device off).
    if (m_whatIfRuns.size() == 1) {
        m_whatIf->editor()->clear();
        m_whatIf->editor()->addChange(QStringLiteral("platform-device=0x0002:2"));
    }
    m_whatIfStarted = m_clock.elapsed();
    m_whatIf->run();
}

void LoadMeasurement::finish()
{
    m_heartbeat.stop();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    qint64 maxKey = 0;
    for (qint64 k : std::as_const(m_keystrokes))
        maxKey = std::max(maxKey, k);
    const QJsonObject result{
        {QStringLiteral("first_paint_s"), m_firstPaint / 1000.0},
        {QStringLiteral("loaded_s"), m_loaded / 1000.0},
        {QStringLiteral("max_block_ms"), double(m_maxBlock)},
        {QStringLiteral("total_block_ms"), double(m_totalBlock)},
        {QStringLiteral("peak_rss_mib"), double(usage.ru_maxrss) / 1024.0},
        {QStringLiteral("filter_median_ms"), medianOf(m_keystrokes) / 1000.0},
        {QStringLiteral("filter_max_ms"), maxKey / 1000.0},
        {QStringLiteral("vms"), m_vms},
        {QStringLiteral("startup_s"), m_startup},
        {QStringLiteral("state_changes"), m_stateChanges},
        {QStringLiteral("refresh_s"), m_refreshApplied < 0 ? -1.0 : (m_refreshApplied - m_refreshStarted) / 1000.0},
        {QStringLiteral("refresh_phase_s"),
         m_refreshApplied < 0 ? -1.0 : (m_refreshApplied - m_refreshPhaseStart) / 1000.0},
        {QStringLiteral("refresh_max_block_ms"), double(m_refreshMaxBlock)},
        {QStringLiteral("whatif_first_s"), m_whatIfRuns.size() > 0 ? m_whatIfRuns.at(0) / 1000.0 : -1.0},
        {QStringLiteral("whatif_second_s"), m_whatIfRuns.size() > 1 ? m_whatIfRuns.at(1) / 1000.0 : -1.0},
        {QStringLiteral("whatif_max_block_ms"), double(m_whatIfMaxBlock)},
    };
    QFile out(m_file);
    const bool ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    out.write(QJsonDocument(result).toJson(QJsonDocument::Indented)) > 0;
    if (!ok)
        qCWarning(lcUi) << "cannot write" << m_file << out.errorString();
    QApplication::exit(ok ? 0 : 1);
}
