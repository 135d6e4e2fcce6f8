// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/fleet/BlacklistModel.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "ui/BlacklistEditor.h"
#include "ui/BulkChangeDialog.h"
#include "ui/MainWindow.h"
#include "ui/MigrationWizard.h"
#include "ui/PushDialog.h"
#include "ui/VmDetailsView.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
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
    void columnsFitTheirWidestCells();
    void selectingAVmShowsItsFindings();
    void whatIfChangeUpdatesThePreview();
    void blacklistAddUndoRedoApplyWritesTheDomainXml();
    void conflictIsShownAndTheEditKept();
    void readOnlyConnectionDisablesEveryWriteAction();
    void switchingVmWithUnappliedEditsAsks();
    void bulkChangeOpensOnTheSelectedVms();
    void everyControlHasAnAccessibleName();
    void failedConnectionShowsSummaryHintAndDetails();
    void bindingTabLeadsToTheMigrationWizard();
    void pendingChangesAreAppliedByAPowerCycle_data();
    void pendingChangesAreAppliedByAPowerCycle();

private:
    /// Adds build @p build of product 1 through the editor's Add action and the Builds cell, as a user would.
    static void addEntry(MainWindow& window, const QString& build);
    /// Triggers the blacklist editor's Apply, confirms in the diff dialog and waits for the run; the dialog
    /// stays open (null when none opened or the run did not end).
    PushDialog* applyBlacklist(MainWindow& window);
};

namespace {
/// The demo fleet loaded into a window, as a user sees it after scripts/run.
struct DemoWindow
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    MainWindow window{&vms, &connections};
    Fleet* fleet = nullptr;

    bool load(bool readOnly = true)
    {
        window.show();
        fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), readOnly));
        QSignalSpy loaded(fleet, &Fleet::loaded);
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

void tst_MainWindow::columnsFitTheirWidestCells()
{
    // The window fits its columns once a fleet has loaded (ColumnFit: only the longest texts are measured); on
    // the demo fleet, badges included, that is what Qt's fit over every row gives.
    QSettings().remove(QStringLiteral("mainWindow/columns"));
    DemoWindow demo;
    QVERIFY(demo.load());
    auto table = demo.window.findChild<QTableView*>(QStringLiteral("vmTable"));
    QVERIFY(table);
    QList<int> fitted;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        fitted.append(table->columnWidth(column));
    table->horizontalHeader()->setResizeContentsPrecision(-1);
    table->resizeColumnsToContents();
    QList<int> qt;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        qt.append(table->columnWidth(column));
    QCOMPARE(fitted, qt);
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

void tst_MainWindow::bulkChangeOpensOnTheSelectedVms()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    auto table = demo.window.findChild<QTableView*>(QStringLiteral("vmTable"));
    QVERIFY(demo.window.selectVm(QStringLiteral("print-01")));
    QVERIFY(demo.window.selectVm(QStringLiteral("web-01")));
    // Ctrl+click: print-01 joins the selection.
    const QModelIndexList hits = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole,
                                                       QStringLiteral("print-01"), 1, Qt::MatchExactly);
    QCOMPARE(hits.size(), 1);
    table->selectionModel()->select(hits.constFirst(), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    BulkChangeDialog* dialog = nullptr;
    connect(&demo.window, &MainWindow::bulkChangeOpened, this, [&dialog](BulkChangeDialog* d) { dialog = d; });
    auto action = demo.window.findChild<QAction*>(QStringLiteral("actionBulkChange"));
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 2);
    dialog->close();
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    QVERIFY(demo.window.selectVm(QStringLiteral("erp-db-01")));
    // Every tab once, so that lazily built pages exist too.
    for (const char* tab : {"bindingTab", "whatIfTab", "blacklistTab", "devicesTab", "unplugTab", "xmlTab"})
        QVERIFY(demo.window.details()->selectTab(QLatin1String(tab)));
    QStringList unnamed;
    int checked = 0;
    const QList<QWidget*> widgets = demo.window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        // What a screen reader lands on: focusable views and input widgets. Buttons, check boxes and tabs are
        // named by their text; views, edits, combos and spin boxes need a name or a label that is their buddy.
        const bool input = widget->inherits("QAbstractScrollArea") || qobject_cast<QLineEdit*>(widget) ||
                           qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget);
        if (!input || widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++checked;
        if (!widget->accessibleName().isEmpty())
            continue;
        bool hasBuddy = false;
        for (QLabel* label : demo.window.findChildren<QLabel*>())
            hasBuddy = hasBuddy || label->buddy() == widget;
        // Inner parts of composite widgets (a combo box's line edit, a spin box's editor) are named by it.
        const bool inner = widget->parentWidget() && (qobject_cast<QComboBox*>(widget->parentWidget()) ||
                                                      qobject_cast<QAbstractSpinBox*>(widget->parentWidget()));
        if (!hasBuddy && !inner)
            unnamed << QStringLiteral("%1 (%2)").arg(widget->objectName(),
                                                     QLatin1String(widget->metaObject()->className()));
    }
    QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

PushDialog* tst_MainWindow::applyBlacklist(MainWindow& window)
{
    PushDialog* dialog = nullptr;
    const QMetaObject::Connection opened =
        connect(&window, &MainWindow::pushDialogOpened, this, [&dialog](PushDialog* d) {
            dialog = d;
            d->setConfirmer([](QWidget*, const QString&) { return true; });
        });
    window.details()->blacklistEditor()->findChild<QAction*>(QStringLiteral("blacklistApply"))->trigger();
    disconnect(opened);
    if (!dialog)
        return nullptr;
    QSignalSpy finished(dialog, &PushDialog::runFinished);
    dialog->apply();
    return finished.wait(10000) ? dialog : nullptr;
}

void tst_MainWindow::failedConnectionShowsSummaryHintAndDetails()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    demo.connections.add(QStringLiteral("test:///nonexistent/node.xml"), true);
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = demo.window.findChild<QMessageBox*>(QStringLiteral("errorMessage"))), 10000);
    QVERIFY2(box->text().startsWith(QLatin1String("Cannot connect to")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QLatin1String("Reconnect")));
    QVERIFY(box->detailedText().contains(QLatin1String("nonexistent")));
    box->close();
}

void tst_MainWindow::bindingTabLeadsToTheMigrationWizard()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    auto button = demo.window.findChild<QPushButton*>(QStringLiteral("bindingMigrate"));
    QVERIFY(button);
    // Linux guests have no driver stack to migrate: no button.
    QVERIFY(demo.window.selectVm(QStringLiteral("web-01")));
    QVERIFY(demo.window.details()->selectTab(QStringLiteral("bindingTab")));
    QVERIFY(!button->isVisible());
    // The VM at risk: the button sits under the explanation and opens the wizard on that VM.
    QVERIFY(demo.window.selectVm(QStringLiteral("erp-db-01")));
    QVERIFY(button->isVisible());
    MigrationWizard* wizard = nullptr;
    connect(&demo.window, &MainWindow::migrationWizardOpened, this, [&wizard](MigrationWizard* w) { wizard = w; });
    button->click();
    QVERIFY(wizard);
    QCOMPARE(wizard->objectName(), QStringLiteral("migrationWizard"));
    QVERIFY(wizard->isVisible());
    wizard->close();
    // The menu action does the same.
    wizard = nullptr;
    demo.window.findChild<QAction*>(QStringLiteral("actionMigrateDrivers"))->trigger();
    QVERIFY(wizard);
    wizard->close();
}

void tst_MainWindow::pendingChangesAreAppliedByAPowerCycle_data()
{
    QTest::addColumn<bool>("stopWaiting");
    QTest::newRow("cycle completes") << false;
    // Stopped from the status bar right away: followed no further, no error dialog, the button gone.
    QTest::newRow("waiting stopped") << true;
}

void tst_MainWindow::pendingChangesAreAppliedByAPowerCycle()
{
    QFETCH(bool, stopWaiting);
    DemoWindow demo;
    QVERIFY(demo.load(false));
    QVERIFY(demo.window.selectVm(QStringLiteral("dc-01")));
    auto action = demo.window.findChild<QAction*>(QStringLiteral("actionPowerCycle"));
    QVERIFY(!action->isEnabled()); // nothing pending yet
    addEntry(demo.window, QStringLiteral("4714"));
    PushDialog* dialog = applyBlacklist(demo.window);
    QVERIFY(dialog);
    QCOMPARE(dialog->job()->results().constFirst().status, PushResult::Status::Verified);
    dialog->close();
    // The running VM now boots differently next time: the badge and the action that applies it.
    auto table = demo.window.findChild<QTableView*>(QStringLiteral("vmTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->currentIndex()
                                 .siblingAtColumn(VmListModel::State)
                                 .data()
                                 .toString()
                                 .contains(QLatin1String("changes pending")),
                             10000);
    QVERIFY(action->isEnabled());

    QStringList questions;
    demo.window.setConfirmer([&questions](const QString&, const QString& question) {
        questions << question;
        return true;
    });
    PowerCycle* cycle = nullptr;
    connect(&demo.window, &MainWindow::powerCycleStarted, this, [&cycle](PowerCycle* c) { cycle = c; });
    action->trigger();
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.constFirst().contains(QLatin1String("dc-01")) &&
                 questions.constFirst().contains(QLatin1String("blacklist")),
             qPrintable(questions.constFirst()));
    QVERIFY(cycle);
    auto stop = demo.window.statusBar()->findChild<QPushButton*>(QStringLiteral("powerCycleStopButton"));
    QVERIFY(stop && stop->isVisible());
    QCOMPARE(stop->text(), QStringLiteral("Stop waiting for dc-01"));
    if (stopWaiting) {
        QSignalSpy finished(cycle, &PowerCycle::finished);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(questions.size(), 2);
        QVERIFY2(questions.constLast().startsWith(QLatin1String("Stop following the power cycle of dc-01?")),
                 qPrintable(questions.constLast()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(cycle->stage(), PowerCycle::Stage::Cancelled);
        QVERIFY(!finished.constFirst().at(0).toBool());
        QTRY_VERIFY(!demo.window.statusBar()->findChild<QPushButton*>(QStringLiteral("powerCycleStopButton")));
        QVERIFY(!QApplication::activeModalWidget());
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!table->currentIndex()
                                  .siblingAtColumn(VmListModel::State)
                                  .data()
                                  .toString()
                                  .contains(QLatin1String("changes pending")),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!action->isEnabled(), 10000);
    QTRY_VERIFY(!demo.window.statusBar()->findChild<QPushButton*>(QStringLiteral("powerCycleStopButton")));
}

void tst_MainWindow::addEntry(MainWindow& window, const QString& build)
{
    BlacklistEditor* editor = window.details()->blacklistEditor();
    editor->findChild<QAction*>(QStringLiteral("blacklistAdd"))->trigger();
    auto table = editor->findChild<QTableView*>(QStringLiteral("blacklistTable"));
    const QModelIndex builds = table->model()->index(table->currentIndex().row(), BlacklistModel::Builds);
    QVERIFY(table->model()->setData(builds, build));
}

void tst_MainWindow::blacklistAddUndoRedoApplyWritesTheDomainXml()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    QVERIFY(demo.window.selectVm(QStringLiteral("print-01")));
    QVERIFY(demo.window.details()->selectTab(QStringLiteral("blacklistTab")));
    BlacklistEditor* editor = demo.window.details()->blacklistEditor();
    const int before = editor->entries().size();
    addEntry(demo.window, QStringLiteral("4711"));
    QCOMPARE(editor->entries().size(), before + 1);
    QCOMPARE(editor->entries().constLast().firstBuild, 4711u);
    // The XML tab shows what Apply would write before anything is written.
    auto pending = demo.window.findChild<QPlainTextEdit*>(QStringLiteral("pendingDiff"));
    QVERIFY(pending->toPlainText().contains(QLatin1String("build=\"4711\"")));

    auto undo = editor->findChild<QAction*>(QStringLiteral("blacklistUndo"));
    auto redo = editor->findChild<QAction*>(QStringLiteral("blacklistRedo"));
    undo->trigger(); // the build edit
    undo->trigger(); // the added row
    QCOMPARE(editor->entries().size(), before);
    QVERIFY(!editor->hasUnappliedEdits());
    redo->trigger();
    redo->trigger();
    QCOMPARE(editor->entries().constLast().firstBuild, 4711u);

    PushDialog* dialog = applyBlacklist(demo.window);
    QVERIFY(dialog);
    QVERIFY(dialog->model()->item(0).diff.contains(QLatin1String("build=\"4711\"")));
    QCOMPARE(dialog->job()->results().constFirst().status, PushResult::Status::Verified);
    QVERIFY(!editor->hasUnappliedEdits());
    // libvirt's define event refreshes the fleet: the VM's domain XML holds the entry.
    const QString key = editor->vmKey();
    QTRY_VERIFY_WITH_TIMEOUT(demo.fleet->record(key)->snapshot.inactiveXml.contains(QLatin1String("build=\"4711\"")),
                             10000);
}

void tst_MainWindow::conflictIsShownAndTheEditKept()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    QVERIFY(demo.window.selectVm(QStringLiteral("print-01")));
    addEntry(demo.window, QStringLiteral("4712"));
    BlacklistEditor* editor = demo.window.details()->blacklistEditor();
    const VmRecord* record = demo.fleet->record(editor->vmKey());

    // Another console changes the VM after the edit began.
    QString error;
    const auto theirs = ConfigChange::parse(QStringLiteral("blacklist+=linux:77"), &error);
    QVERIFY2(theirs, qPrintable(error));
    PushJob other(demo.fleet->connection(), {DomainPush::prepareOn(demo.fleet->uri(), record->snapshot, {*theirs})});
    QSignalSpy otherDone(&other, &PushJob::finished);
    other.start();
    QTRY_COMPARE_WITH_TIMEOUT(otherDone.count(), 1, 10000);
    QCOMPARE(other.results().constFirst().status, PushResult::Status::Verified);

    PushDialog* dialog = applyBlacklist(demo.window);
    QVERIFY(dialog);
    QCOMPARE(dialog->job()->results().constFirst().status, PushResult::Status::Conflict);
    QVERIFY(dialog->model()->index(0, PushItemModel::Result).data().toString().contains(QLatin1String("kept")));
    // The edit is kept, now based on the definition libvirt holds; the other console's change is not lost.
    QVERIFY(editor->hasUnappliedEdits());
    QCOMPARE(editor->entries().constLast().firstBuild, 4712u);
    QCOMPARE(QString::fromUtf8(demo.window.details()->editBase().inactiveXml), other.results().constFirst().storedXml);
    dialog->close();

    dialog = applyBlacklist(demo.window);
    QVERIFY(dialog);
    const PushResult& result = dialog->job()->results().constFirst();
    QCOMPARE(result.status, PushResult::Status::Verified);
    QVERIFY(result.storedXml.contains(QLatin1String("build=\"4712\"")));
    QVERIFY(result.storedXml.contains(QLatin1String("build=\"77\"")));
}

void tst_MainWindow::readOnlyConnectionDisablesEveryWriteAction()
{
    DemoWindow demo;
    QVERIFY(demo.load(true));
    QVERIFY(demo.window.selectVm(QStringLiteral("print-01")));
    BlacklistEditor* editor = demo.window.details()->blacklistEditor();
    for (const char* name : {"blacklistAdd", "blacklistRemove", "blacklistApply", "blacklistRevert"})
        QVERIFY2(!editor->findChild<QAction*>(QLatin1String(name))->isEnabled(), name);
    const QList<QAction*> actions = demo.window.findChildren<QAction*>();
    for (QAction* action : actions)
        if (action->property("xpWrites").toBool())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
}

void tst_MainWindow::switchingVmWithUnappliedEditsAsks()
{
    DemoWindow demo;
    QVERIFY(demo.load(false));
    QVERIFY(demo.window.selectVm(QStringLiteral("print-01")));
    addEntry(demo.window, QStringLiteral("4713"));
    BlacklistEditor* editor = demo.window.details()->blacklistEditor();
    int asked = 0;
    bool discard = false;
    editor->setDiscardPrompt([&](const QString&, const QString&) {
        ++asked;
        return discard;
    });
    // Keeping the edits keeps the selection.
    QVERIFY(demo.window.selectVm(QStringLiteral("web-01")));
    QCOMPARE(asked, 1);
    QCOMPARE(demo.window.findChild<QTableView*>(QStringLiteral("vmTable"))->currentIndex().data().toString(),
             QStringLiteral("print-01"));
    QVERIFY(editor->hasUnappliedEdits());
    discard = true;
    QVERIFY(demo.window.selectVm(QStringLiteral("web-01")));
    QCOMPARE(asked, 2);
    QVERIFY(!editor->hasUnappliedEdits());
    QCOMPARE(demo.fleet->record(editor->vmKey())->config.name, QStringLiteral("web-01"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
