// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LoadMeasurement.h"

#include "Logging.h"
#include "MainWindow.h"
#include "model/Fleet.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <sys/resource.h>

namespace {
constexpr int kBeatMs = 5;
constexpr int kBlockThresholdMs = 20;
constexpr int kKeystrokes = 20;
// Alternating text keeps every keystroke a real re-filter of the whole table.
const QString kTyped = QStringLiteral("win-2019-erp");

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
    , m_file(file)
{
    m_clock.start();
    m_heartbeat.setInterval(kBeatMs);
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    connect(&m_heartbeat, &QTimer::timeout, this, &LoadMeasurement::beat);
    m_heartbeat.start();
    connect(fleet, &Fleet::loaded, this, &LoadMeasurement::onLoaded);
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
        finish();
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
    };
    QFile out(m_file);
    const bool ok = out.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                    out.write(QJsonDocument(result).toJson(QJsonDocument::Indented)) > 0;
    if (!ok)
        qCWarning(lcUi) << "cannot write" << m_file << out.errorString();
    QApplication::exit(ok ? 0 : 1);
}
