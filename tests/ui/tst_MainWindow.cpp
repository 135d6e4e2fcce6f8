// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/BindingEngine.h"
#include "model/DriverCatalogue.h"
#include "model/Fleet.h"
#include "model/FleetCommand.h"
#include "model/VmListModel.h"
#include "ui/MainWindow.h"
#include "ui/VmDetailsView.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

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
    void filterNarrowsTheTable_data();
    void filterNarrowsTheTable();
    void selectingAVmShowsItsFindings();
    void whatIfChangeUpdatesThePreview();
};

namespace {
/// The demo fleet loaded into a window, as a user sees it after scripts/run.
struct DemoWindow
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    Fleet fleet{engine, &vms};
    MainWindow window{&vms, &fleet};

    bool load()
    {
        QSignalSpy loaded(&fleet, &Fleet::loaded);
        fleet.open(FleetCommand::defaultUri(), true);
        window.show();
        return loaded.wait(10000);
    }
};
} // namespace

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

void tst_MainWindow::filterNarrowsTheTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("by name") << QStringLiteral("erp-db") << QStringLiteral("erp-db-01");
    QTest::newRow("by finding id") << QStringLiteral("xp-wu-bugcheck") << QStringLiteral("erp-db-01");
    QTest::newRow("by driver") << QStringLiteral("citrix-legacy") << QStringLiteral("acct-01");
    QTest::newRow("by OS") << QStringLiteral("FreeBSD") << QStringLiteral("nas-01");
    QTest::newRow("by device") << QStringLiteral("5853:0002") << QStringLiteral("legacy-app-01");
}

void tst_MainWindow::filterNarrowsTheTable()
{
    QFETCH(QString, text);
    QFETCH(QString, mustContain);
    DemoWindow demo;
    QVERIFY(demo.load());
    auto table = demo.window.findChild<QTableView*>(QStringLiteral("vmTable"));
    auto filter = demo.window.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QVERIFY(table && filter);
    const int all = table->model()->rowCount();
    QTest::keyClicks(filter, text);
    const int shown = table->model()->rowCount();
    QVERIFY2(shown > 0 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));
    QStringList names;
    for (int r = 0; r < shown; ++r)
        names << table->model()->index(r, VmListModel::Name).data().toString();
    QVERIFY2(names.contains(mustContain), qPrintable(names.join(QLatin1Char(' '))));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), all);
}

void tst_MainWindow::selectingAVmShowsItsFindings()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("erp-db-01")));
    QVERIFY(demo.window.details()->selectTab(QStringLiteral("bindingTab")));
    auto findings = demo.window.findChild<QTreeWidget*>(QStringLiteral("bindingFindings"));
    QVERIFY(findings);
    QStringList ids;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        ids << findings->topLevelItem(i)->text(0);
    QVERIFY2(ids.contains(QStringLiteral("XP-WU-BUGCHECK-RISK")), qPrintable(ids.join(QLatin1Char(' '))));
    auto devices = demo.window.findChild<QTreeWidget*>(QStringLiteral("devicesTree"));
    QCOMPARE(devices->topLevelItemCount(), 2);
    QVERIFY(devices->topLevelItem(1)->text(1).contains(QStringLiteral("c000")));
    QVERIFY(demo.window.selectVm(QStringLiteral("web-01")));
    QCOMPARE(devices->topLevelItemCount(), 1);
}

void tst_MainWindow::whatIfChangeUpdatesThePreview()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("erp-db-01")));
    QVERIFY(demo.window.details()->selectTab(QStringLiteral("whatIfTab")));
    auto result = demo.window.findChild<QTreeWidget*>(QStringLiteral("bindingFindings"), Qt::FindChildrenRecursively);
    QVERIFY(result);
    auto findingIds = [&] {
        auto tree = demo.window.findChild<QWidget*>(QStringLiteral("whatIfResult"))
                        ->findChild<QTreeWidget*>(QStringLiteral("bindingFindings"));
        QStringList ids;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->text(0);
        return ids;
    };
    QVERIFY(findingIds().contains(QStringLiteral("XP-WU-BUGCHECK-RISK")));
    // Taking the vendor device away removes what Windows Update would target.
    auto vendor = demo.window.findChild<QCheckBox*>(QStringLiteral("whatIfVendor"));
    QVERIFY(vendor && vendor->isChecked());
    vendor->setChecked(false);
    QVERIFY2(!findingIds().contains(QStringLiteral("XP-WU-BUGCHECK-RISK")),
             qPrintable(findingIds().join(QLatin1Char(' '))));
    auto changes = demo.window.findChild<QLabel*>(QStringLiteral("whatIfChanges"));
    QVERIFY(changes->text().contains(QStringLiteral("vendor-device=off")));
    // The what-if never touches the VM's own prediction.
    auto binding = demo.window.findChild<QWidget*>(QStringLiteral("bindingTab"))
                       ->findChild<QTreeWidget*>(QStringLiteral("bindingFindings"));
    QCOMPARE(binding->topLevelItem(0)->text(0), QStringLiteral("XP-WU-BUGCHECK-RISK"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
