// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class Fleet;
class MainWindow;

/// `xpconsole --measure FILE`: measures the real GUI on a fleet and writes JSON (issue 9): time to first
/// paint, time until every VM is listed and predicted, GUI-thread blocks (a 5 ms heartbeat; gaps over
/// 20 ms count), peak RSS, and keystroke-to-repaint latency of the filter box over 20 keystrokes.
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
    void finish();

    MainWindow* m_window;
    QString m_file;
    QElapsedTimer m_clock;
    QTimer m_heartbeat;
    qint64 m_lastBeat = 0;
    qint64 m_maxBlock = 0;
    qint64 m_totalBlock = 0;
    qint64 m_firstPaint = -1;
    qint64 m_loaded = -1;
    int m_vms = 0;
    QList<qint64> m_keystrokes;
    int m_keysLeft = 0;
};
