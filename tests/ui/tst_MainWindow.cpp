// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/VmListModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsOffscreen();
    void hasExpectedActions_data();
    void hasExpectedActions();
    void tableShowsModelRows();
    void statusBarShowsConnection();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_MainWindow::showsOffscreen()
{
    VmListModel vms;
    MainWindow window(&vms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("xpconsole"));
    auto table = window.findChild<QTableView*>(QStringLiteral("vmTable"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->columnCount(), int(VmListModel::ColumnCount));
    QCOMPARE(table->model()->rowCount(), 0);
}

void tst_MainWindow::hasExpectedActions_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("file-quit") << "menuFile"
                               << "actionQuit" << QKeySequence(QKeySequence::Quit);
    QTest::newRow("view-statusbar") << "menuView"
                                    << "actionStatusBar" << QKeySequence();
    QTest::newRow("help-about") << "menuHelp"
                                << "actionAbout" << QKeySequence();
    QTest::newRow("help-about-qt") << "menuHelp"
                                   << "actionAboutQt" << QKeySequence();
}

void tst_MainWindow::hasExpectedActions()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QKeySequence, shortcut);
    VmListModel vms;
    MainWindow window(&vms);
    auto m = window.menuBar()->findChild<QMenu*>(menu);
    QVERIFY2(m, qPrintable(menu));
    QAction* found = nullptr;
    for (QAction* a : m->actions())
        if (a->objectName() == action)
            found = a;
    QVERIFY2(found, qPrintable(action));
    QVERIFY(!found->text().isEmpty());
    QCOMPARE(found->shortcut(), shortcut);
}

void tst_MainWindow::tableShowsModelRows()
{
    VmListModel vms;
    MainWindow window(&vms);
    VmRow row;
    row.key = QStringLiteral("k1");
    row.name = QStringLiteral("win2019-a");
    vms.upsert({row});
    auto table = window.findChild<QTableView*>(QStringLiteral("vmTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, VmListModel::Name).data().toString(), QStringLiteral("win2019-a"));
}

void tst_MainWindow::statusBarShowsConnection()
{
    VmListModel vms;
    MainWindow window(&vms);
    auto label = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
    QVERIFY(label);
    QVERIFY(!label->text().isEmpty());
    window.setConnectionStatus(QStringLiteral("test:///x"));
    QCOMPARE(label->text(), QStringLiteral("test:///x"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
