// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class Fleet;
class FleetWhatIfDialog;
struct LibvirtResult;
class MainWindow;

/// `xpconsole --measure FILE`: measures the real GUI on a fleet and writes JSON (issue 9), then quits. Times count
/// from the window's creation; `startup_s` is the time from the process's start to it (from bench/measure's fork when
/// it runs us: XP_MEASURE_FORK_NS).
/// - `first_paint_s`, `loaded_s` (every VM listed and predicted), `vms`;
/// - `max_block_ms`, `total_block_ms`: GUI-thread blocks over the whole run (a 5 ms heartbeat; gaps over 20 ms);
/// - `filter_median_ms`, `filter_max_ms`: key event in the filter box to the table repainted, 20 keystrokes;
/// - `peak_rss_mib`;
/// - then, on a test:// node only (never on a real host), a few hundred VMs change state through the fleet's
///   connection (forced off, shut down or started; `state_changes` of them succeeded) and, once their lifecycle events
///   have arrived, the whole fleet is listed again with Fleet::refresh(): `refresh_s` until that listing is applied and
///   the table repainted, `refresh_phase_s` from the first state change, `refresh_max_block_ms` the longest block
///   meanwhile;
/// - then a fleet what-if on every VM, twice, in VM ▸ Fleet What If… (issue 20 item 4): vendor-device=off, then
///   platform-device=0x0002:2 (another question, so most rows change):
///   `whatif_first_s`, `whatif_second_s` from Preview to the result shown (table and chart), `whatif_max_block_ms`
///   the longest GUI block during both.
class LoadMeasurement : public QObject
{
    Q_OBJECT

public:
    LoadMeasurement(MainWindow* window, Fleet* fleet, const QString& file, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void beat();
    void onLoaded(int vms);
    void typeNext();
    void changeStates();
    void onPowered(quint64 requestId, const LibvirtResult& result);
    void onStateEvent(const QString& uuid);
    void refreshWhenSettled();
    void onRefreshed();
    void runWhatIf();
    void finish();

    MainWindow* m_window;
    Fleet* m_fleet;
    QString m_file;
    QElapsedTimer m_clock;
    /// From the process's start to m_clock's (the other times count from the window's creation).
    double m_startup = -1;
    QTimer m_heartbeat;
    qint64 m_lastBeat = 0;
    qint64 m_maxBlock = 0;
    qint64 m_totalBlock = 0;
    qint64 m_firstPaint = -1;
    qint64 m_loaded = -1;
    int m_vms = 0;
    QList<qint64> m_keystrokes;
    int m_keysLeft = 0;
    // The refresh phase: power requests not answered yet, VMs whose lifecycle event has not arrived yet.
    bool m_inRefreshPhase = false;
    QSet<quint64> m_powerRequests;
    QSet<QString> m_awaitedEvents;
    int m_stateChanges = 0;
    qint64 m_refreshPhaseStart = -1;
    qint64 m_refreshStarted = -1;
    qint64 m_refreshApplied = -1;
    qint64 m_refreshMaxBlock = 0;
    QTimer m_eventTimeout;
    // The what-if phase: the runs' durations, the start of the current one, the longest block during them.
    FleetWhatIfDialog* m_whatIf = nullptr;
    QList<qint64> m_whatIfRuns;
    qint64 m_whatIfStarted = -1;
    qint64 m_whatIfMaxBlock = 0;
    bool m_inWhatIfPhase = false;
};
