// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// qt-window: the fixed cost of a Qt Widgets console, for scripts/bench. A bare QApplication with a QMainWindow
// holding an empty QTableView, shown until its first paint, then it exits. Run under bench/measure, its peak RSS
// and wall time are what any Qt Widgets GUI pays before it lists a single VM (xpconsole's RSS ratio on small
// fleets is mostly this).
//
// qt-floor URI (this file built with XP_BENCH_WITH_FLOOR): the floor's libvirt work (FloorWork) on a thread started
// first thing in main(), while the same window is built and painted; it exits when both are done. It keeps
// nothing of the fleet, so its wall time and peak RSS are the least any Qt Widgets console that lists the fleet
// through libvirt can need: the bound against which the console's ratios to the floor can be judged.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#ifdef XP_BENCH_WITH_FLOOR
#include "FloorWork.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <thread>
#endif

namespace {
/// Quits once the window has been painted and (qt-floor) the floor's work is done, whichever comes last.
class Finish : public QObject
{
public:
    using QObject::QObject;

    void done()
    {
        if (++m_parts == kParts)
            QMetaObject::invokeMethod(qApp, &QApplication::quit, Qt::QueuedConnection);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            done();
        }
        return QObject::eventFilter(watched, event);
    }

private:
#ifdef XP_BENCH_WITH_FLOOR
    static constexpr int kParts = 2;
#else
    static constexpr int kParts = 1;
#endif
    std::atomic<int> m_parts{0};
    bool m_painted = false;
};
} // namespace

int main(int argc, char* argv[])
{
    Finish finish;
#ifdef XP_BENCH_WITH_FLOOR
    if (argc != 2 || std::strcmp(argv[1], "--help") == 0) {
        std::fprintf(stderr, "usage: qt-floor URI\n");
        return 2;
    }
    FloorWork work;
    std::thread worker([&work, &finish, uri = argv[1]] {
        work = FloorWork::run(uri);
        finish.done();
    });
#endif
    int status = 0;
    {
        QApplication app(argc, argv);
        QMainWindow window;
        QStandardItemModel model(0, 8);
        auto table = new QTableView(&window);
        table->setModel(&model);
        window.setCentralWidget(table);
        window.installEventFilter(&finish);
        window.resize(1200, 800);
        window.show();
        status = QApplication::exec();
    }
#ifdef XP_BENCH_WITH_FLOOR
    worker.join();
    if (!work.error.empty()) {
        std::fprintf(stderr, "qt-floor: %s\n", work.error.c_str());
        return 3;
    }
    std::printf("{\"vms\": %d, \"failed\": %d}\n", work.vms, work.failed);
    if (work.failed != 0)
        return 3;
#endif
    return status;
}
