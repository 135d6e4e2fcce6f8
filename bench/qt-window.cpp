// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// qt-window: the fixed cost of a Qt Widgets console, for scripts/bench. A bare QApplication with a QMainWindow
// holding an empty QTableView, shown until its first paint, then it exits. Run under bench/measure, its peak RSS
// and wall time are what any Qt Widgets GUI pays before it lists a single VM (xpconsole's RSS ratio on small
// fleets is mostly this).
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

namespace {
class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Quit once the first frame has been painted.
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(0, 8);
    auto table = new QTableView(&window);
    table->setModel(&model);
    window.setCentralWidget(table);
    FirstPaint quitter;
    window.installEventFilter(&quitter);
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
