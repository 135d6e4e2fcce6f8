// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// The fleet list as an admin with many VMs meets it (issue 19 items 1, 2, 4, 7, 9, 10, 11, 12, 15a and 16), in a
// 1024x700 main window on the demo node.
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/FleetReport.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "ui/BlacklistEditor.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ConnectionsPane.h"
#include "ui/FleetView.h"
#include "ui/MainWindow.h"
#include "ui/PushDialog.h"
#include "ui/VmDetailsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

namespace {

struct DemoWindow
{
    VmListModel vms;
    QAbstractItemModelTester tester{&vms, QAbstractItemModelTester::FailureReportingMode::QtTest};
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    MainWindow window{&vms, &connections};
    Fleet* fleet = nullptr;

    bool load(const QString& uri = DataPaths::demoNodeUri())
    {
        window.resize(1024, 700);
        window.show();
        Fleet* added = connections.fleetAt(connections.add(uri, false));
        if (!fleet)
            fleet = added;
        QSignalSpy loaded(added, &Fleet::loaded);
        return loaded.wait(10000);
    }
    QTableView* table() const { return window.findChild<QTableView*>(QStringLiteral("vmTable")); }
    QLineEdit* filter() const { return window.findChild<QLineEdit*>(QStringLiteral("filterEdit")); }
    QString info() const { return window.findChild<QLabel*>(QStringLiteral("filterInfo"))->text(); }
    QString keyOf(const QString& name) const
    {
        for (int row = 0; row < vms.rowCount(); ++row)
            if (vms.row(row).name == name && vms.row(row).key.startsWith(fleet->uri() + QLatin1Char('/')))
                return vms.row(row).key;
        return {};
    }
    /// Pushes @p changes to @p name as the diff dialog would, and waits for the write.
    bool push(const QString& name, const QStringList& changes)
    {
        const VmRecord* record = fleet->record(keyOf(name));
        if (!record)
            return false;
        QList<ConfigChange> parsed;
        for (const QString& text : changes) {
            QString error;
            const auto change = ConfigChange::parse(text, &error);
            if (!change) {
                qWarning() << "cannot parse" << text << error;
                return false;
            }
            parsed.append(*change);
        }
        PushJob job(fleet->connection(), {DomainPush::prepareOn(fleet->uri(), record->snapshot, parsed)});
        QSignalSpy finished(&job, &PushJob::finished);
        job.start();
        if (!finished.wait(10000))
            return false;
        if (job.results().constFirst().status != PushResult::Status::Verified)
            qWarning() << "push failed:" << job.results().constFirst().message;
        return job.results().constFirst().status == PushResult::Status::Verified;
    }
    QStringList findingIdsShown() const
    {
        // The Binding tab's own tree: the What if tab has one too.
        auto tree = window.details()
                        ->findChild<QWidget*>(QStringLiteral("bindingTab"))
                        ->findChild<QTreeWidget*>(QStringLiteral("bindingFindings"));
        QStringList ids;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            ids << tree->topLevelItem(i)->text(0);
        return ids;
    }
};

} // namespace

class tst_FleetView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nextBootRiskStaysUntilTheRestart();
    void detailsFollowARefreshThatLeavesTheRowAlone();
    void connectionsPaneComesBackFromTheViewMenu();
    void listGetsTheRoomAt1024x700();
    void worstVmsComeFirst();
    void unfinishedMigrationIsShown();
    void filterKeepsTheVmBeingWorkedOn();
    void keyboardGoesFromTheFilterToTheList_data();
    void keyboardGoesFromTheFilterToTheList();
    void hostColumnAndChosenConnection();
    void whatIfChangesAreAppliedThroughTheDiffDialog();
    void longFindingTextsAreReadInFull();
    void windowsFitTheScreen();
    void exportWritesTheFleetReport_data();
    void exportWritesTheFleetReport();
};

void tst_FleetView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_FleetView::init()
{
    // Saved widths and splitter positions of an earlier test would stand for the user's.
    QSettings().clear();
}

void tst_FleetView::nextBootRiskStaysUntilTheRestart()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("dc-01")));
    const QString key = demo.keyOf(QStringLiteral("dc-01"));
    QVERIFY(!demo.findingIdsShown().contains(QStringLiteral("XP-CHILD-IDS-CHANGE")));
    const int stateWidth = demo.table()->columnWidth(VmListModel::State);
    // Item 1: "vendor device off" on a running Windows VM whose xenbus is on C000.
    QVERIFY(demo.push(QStringLiteral("dc-01"), {QStringLiteral("vendor-device=off")}));
    const QModelIndex state = demo.vms.index(demo.vms.rowOf(key), VmListModel::State);
    QTRY_VERIFY_WITH_TIMEOUT(state.data().toString().contains(QLatin1String("changes pending")), 10000);
    // The written change is still ahead of the running guest: its risk, and a line saying so.
    QTRY_VERIFY2(demo.findingIdsShown().contains(QStringLiteral("XP-CHILD-IDS-CHANGE")),
                 qPrintable(demo.findingIdsShown().join(QLatin1Char(' ')) + QLatin1String(" / record: ") +
                            demo.fleet->record(key)->outcome.findingIds().join(QLatin1Char(' '))));
    QVERIFY(demo.findingIdsShown().contains(QStringLiteral("XP-NEXT-BOOT-PENDING")));
    QCOMPARE(state.data(VmListModel::SeverityRole).toInt(), int(VmRow::Severity::Warning));
    // Item 7: the longer state is not cut to "ru…".
    const int needed = demo.table()->fontMetrics().horizontalAdvance(state.data().toString());
    QVERIFY2(demo.table()->columnWidth(VmListModel::State) >= needed,
             qPrintable(QStringLiteral("%1 < %2 (was %3)")
                            .arg(demo.table()->columnWidth(VmListModel::State))
                            .arg(needed)
                            .arg(stateWidth)));
}

void tst_FleetView::detailsFollowARefreshThatLeavesTheRowAlone()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("lab-07")));
    const QString key = demo.keyOf(QStringLiteral("lab-07"));
    const VmRow before = demo.vms.row(demo.vms.rowOf(key));
    auto xml = demo.window.details()->findChild<QPlainTextEdit*>(QStringLiteral("xmlText"));
    QVERIFY(!xml->toPlainText().contains(QLatin1String("xp:migration")));
    // A finished migration's record changes the definition, not what the table shows (the wizard's last step).
    VmConfig edited = demo.fleet->record(key)->config;
    MigrationProgress done;
    done.target.package = QStringLiteral("xenserver-vmtools-9");
    done.stepCount = 2;
    done.completedSteps = 2;
    done.state = MigrationProgress::State::Done;
    done.by = QStringLiteral("alice@admin1");
    edited.migration = done;
    QSignalSpy changed(demo.fleet, &Fleet::recordsChanged);
    PushJob job(demo.fleet->connection(),
                {DomainPush::prepareEditedOn(demo.fleet->uri(), demo.fleet->record(key)->snapshot, edited)});
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.results().constFirst().status, PushResult::Status::Verified);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QVERIFY2(demo.vms.row(demo.vms.rowOf(key)) == before, "the row changed: the test would not test item 2");
    QTRY_VERIFY(xml->toPlainText().contains(QLatin1String("xp:migration")));
}

void tst_FleetView::connectionsPaneComesBackFromTheViewMenu()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    auto dock = demo.window.findChild<QDockWidget*>(QStringLiteral("connectionsDock"));
    auto show = demo.window.findChild<QAction*>(QStringLiteral("actionShowConnections"));
    QVERIFY(dock && show);
    QVERIFY(dock->isVisible());
    dock->close();
    QVERIFY(!dock->isVisible());
    QVERIFY(!show->isChecked());
    show->trigger();
    QVERIFY(dock->isVisible());
}

void tst_FleetView::listGetsTheRoomAt1024x700()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(QTest::qWaitForWindowExposed(&demo.window));
    QTableView* table = demo.table();
    const int rows = table->viewport()->height() / table->rowHeight(0);
    QVERIFY2(rows >= 12, qPrintable(QString::number(rows)));
    // The findings start on screen, next to the name, host and state.
    const QHeaderView* header = table->horizontalHeader();
    QVERIFY2(header->sectionViewportPosition(VmListModel::Findings) < table->viewport()->width() / 2,
             qPrintable(QString::number(header->sectionViewportPosition(VmListModel::Findings))));
    // The details give their room to the list and take it back.
    auto splitter = demo.window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    auto details = demo.window.findChild<QAction*>(QStringLiteral("actionShowDetails"));
    details->trigger();
    QCOMPARE(splitter->sizes().value(1), 0);
    details->trigger();
    QVERIFY(splitter->sizes().value(1) > 0);
    QVERIFY(splitter->sizes().value(0) > splitter->sizes().value(1));
}

void tst_FleetView::worstVmsComeFirst()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QAbstractItemModel* shown = demo.table()->model();
    QVERIFY(shown->rowCount() >= 15);
    auto severities = [shown] {
        QList<int> list;
        for (int row = 0; row < shown->rowCount(); ++row)
            list << shown->index(row, 0).data(VmListModel::SeverityRole).toInt();
        return list;
    };
    QList<int> order = severities();
    QCOMPARE(order.constFirst(), int(VmRow::Severity::Error));
    QVERIFY(std::is_sorted(order.crbegin(), order.crend()));
    // Clicking the column turns it around: it sorts by severity, not by the IDs' text.
    demo.table()->sortByColumn(VmListModel::Findings, Qt::AscendingOrder);
    order = severities();
    QVERIFY(std::is_sorted(order.cbegin(), order.cend()));
    // A cell cut at its end still starts with the worst finding.
    for (int row = 0; row < demo.vms.rowCount(); ++row) {
        const VmRecord* record = demo.fleet->record(demo.vms.row(row).key);
        if (record->outcome.findings.isEmpty() || !record->config.metadataErrors.isEmpty())
            continue;
        const QString first = demo.vms.row(row).findings.section(QStringLiteral(", "), 0, 0);
        for (const Finding& f : record->outcome.findings)
            if (f.id == first)
                QVERIFY2(f.severity == record->outcome.worst(), qPrintable(demo.vms.row(row).name));
    }
}

void tst_FleetView::unfinishedMigrationIsShown()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    const QString key = demo.keyOf(QStringLiteral("files-02"));
    const VmRecord* record = demo.fleet->record(key);
    QVERIFY(record);
    VmConfig edited = record->config;
    MigrationProgress progress;
    progress.target.package = QStringLiteral("xenserver-vmtools-9");
    progress.stepCount = 4;
    progress.completedSteps = 1;
    progress.by = QStringLiteral("alice@admin1");
    progress.at = QDateTime(QDate(2026, 12, 7), QTime(9, 30), QTimeZone::utc());
    edited.migration = progress;
    PushJob job(demo.fleet->connection(), {DomainPush::prepareEditedOn(demo.fleet->uri(), record->snapshot, edited)});
    QSignalSpy finished(&job, &PushJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.results().constFirst().status, PushResult::Status::Verified);
    const auto state = [&demo, &key] { return demo.vms.index(demo.vms.rowOf(key), VmListModel::State); };
    QTRY_VERIFY_WITH_TIMEOUT(state().data().toString().contains(QLatin1String("migration 1/4 by alice@admin1")), 10000);
    QVERIFY(demo.vms.row(demo.vms.rowOf(key)).findings.contains(QLatin1String("XP-MIGRATION-UNFINISHED")));
    QVERIFY(state().data(VmListModel::SeverityRole).toInt() >= int(VmRow::Severity::Warning));
    QVERIFY(state().data(Qt::ToolTipRole).toString().contains(QLatin1String("driver migration")));
}

void tst_FleetView::filterKeepsTheVmBeingWorkedOn()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("dc-01")));
    const QString key = demo.keyOf(QStringLiteral("dc-01"));
    BlacklistEditor* editor = demo.window.details()->blacklistEditor();
    QCOMPARE(editor->vmKey(), key);
    QTest::keyClicks(demo.filter(), QStringLiteral("web"));
    // dc-01 is not a match, but it is still the VM in the details, and the line says so; no neighbour is selected.
    QCOMPARE(editor->vmKey(), key);
    QVERIFY(!demo.table()->currentIndex().isValid());
    QVERIFY2(demo.info().contains(QLatin1String("dc-01")) && demo.info().contains(QLatin1String("hidden")),
             qPrintable(demo.info()));
    QTest::keyClicks(demo.filter(), QStringLiteral("zzz"));
    QCOMPARE(demo.table()->model()->rowCount(), 0);
    QVERIFY2(demo.info().contains(QLatin1String("No VM matches")), qPrintable(demo.info()));
    // Esc clears the filter; dc-01 is selected again.
    QTest::keyClick(demo.filter(), Qt::Key_Escape);
    QVERIFY(demo.filter()->text().isEmpty());
    QCOMPARE(demo.table()->currentIndex().data(VmListModel::KeyRole).toString(), key);
    QVERIFY2(!demo.info().contains(QLatin1String("hidden")), qPrintable(demo.info()));
}

void tst_FleetView::keyboardGoesFromTheFilterToTheList_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Tab") << int(Qt::Key_Tab);
    QTest::newRow("Down") << int(Qt::Key_Down);
}

void tst_FleetView::keyboardGoesFromTheFilterToTheList()
{
    QFETCH(int, key);
    DemoWindow demo;
    QVERIFY(demo.load());
    demo.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&demo.window));
    demo.filter()->setFocus();
    QTest::keyClicks(demo.filter(), QStringLiteral("files"));
    QTest::keyClick(demo.filter(), Qt::Key(key));
    QCOMPARE(QApplication::focusWidget(), demo.table());
    if (key == Qt::Key_Down)
        QVERIFY(demo.table()->currentIndex().data().toString().startsWith(QLatin1String("files")));
}

void tst_FleetView::hostColumnAndChosenConnection()
{
    QTemporaryDir dir;
    const QString second = dir.filePath(QStringLiteral("second.xml"));
    QVERIFY(QFile::copy(DataPaths::demoNodeUri().mid(QStringLiteral("test://").size()), second));
    DemoWindow demo;
    QVERIFY(demo.load());
    const int perNode = demo.vms.rowCount();
    QVERIFY(demo.load(QStringLiteral("test://") + second));
    QCOMPARE(demo.vms.rowCount(), 2 * perNode);
    QSet<QString> hosts;
    for (int row = 0; row < demo.vms.rowCount(); ++row)
        hosts.insert(demo.vms.index(row, VmListModel::Host).data().toString());
    QCOMPARE(hosts, (QSet<QString>{QStringLiteral("demo node"), QStringLiteral("second.xml (test driver)")}));
    // Grouped by host, the worst VMs first in each group.
    QAbstractItemModel* shown = demo.table()->model();
    demo.table()->sortByColumn(VmListModel::Host, Qt::AscendingOrder);
    for (int row = 1; row < shown->rowCount(); ++row) {
        const QModelIndex a = shown->index(row - 1, VmListModel::Host);
        const QModelIndex b = shown->index(row, VmListModel::Host);
        QVERIFY(a.data().toString() <= b.data().toString());
        if (a.data() == b.data())
            QVERIFY(a.data(VmListModel::SeverityRole).toInt() >= b.data(VmListModel::SeverityRole).toInt());
    }
    // Choosing a connection shows its VMs only, until "Show All Connections".
    ConnectionsPane* pane = demo.window.connectionsPane();
    pane->setCurrentRow(0);
    QCOMPARE(shown->rowCount(), perNode);
    QVERIFY2(demo.info().contains(QLatin1String("demo node only")), qPrintable(demo.info()));
    auto showAll = demo.window.findChild<QPushButton*>(QStringLiteral("showAllConnections"));
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(shown->rowCount(), 2 * perNode);
    QVERIFY(!showAll->isVisible());
}

void tst_FleetView::whatIfChangesAreAppliedThroughTheDiffDialog()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(demo.window.selectVm(QStringLiteral("lab-07")));
    QVERIFY(demo.window.details()->selectTab(QStringLiteral("whatIfTab")));
    auto windowsUpdate = demo.window.details()->findChild<QCheckBox*>(QStringLiteral("whatIfWindowsUpdate"));
    auto apply = demo.window.details()->findChild<QPushButton*>(QStringLiteral("whatIfApply"));
    QVERIFY(windowsUpdate && apply);
    QVERIFY(!apply->isEnabled());
    windowsUpdate->setChecked(!windowsUpdate->isChecked());
    QVERIFY(apply->isEnabled());
    PushDialog* dialog = nullptr;
    connect(&demo.window, &MainWindow::pushDialogOpened, this, [&dialog](PushDialog* d) { dialog = d; });
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().contains(QLatin1String("lab-07")), qPrintable(dialog->windowTitle()));
    // Item 17: the connection by its name, not its test:/// URI.
    QVERIFY2(dialog->confirmationQuestion().contains(QLatin1String("demo node")),
             qPrintable(dialog->confirmationQuestion()));
    dialog->close();
}

void tst_FleetView::longFindingTextsAreReadInFull()
{
    DemoWindow demo;
    QVERIFY(demo.load());
    QVERIFY(QTest::qWaitForWindowExposed(&demo.window));
    QVERIFY(demo.window.selectVm(QStringLiteral("erp-db-01")));
    auto tree = demo.window.details()
                    ->findChild<QWidget*>(QStringLiteral("bindingTab"))
                    ->findChild<QTreeWidget*>(QStringLiteral("bindingFindings"));
    // Item 17: every sentence and piece of advice is shown whole, on as many lines as the column needs.
    int checked = 0;
    int wrapped = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QList<QTreeWidgetItem*> items{tree->topLevelItem(i)};
        for (int c = 0; c < tree->topLevelItem(i)->childCount(); ++c)
            items << tree->topLevelItem(i)->child(c);
        for (QTreeWidgetItem* item : std::as_const(items)) {
            // Folded away (the uncertain facts): shown in full once unfolded, by the same delegate.
            if (item->parent() && !item->parent()->isExpanded())
                continue;
            const QRect rect = tree->visualItemRect(item);
            const int width = tree->header()->sectionSize(1) - 8;
            const QRect needed =
                tree->fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item->text(1));
            QVERIFY2(
                rect.height() >= needed.height(),
                qPrintable(
                    QStringLiteral("%1 px for %2 px: %3").arg(rect.height()).arg(needed.height()).arg(item->text(1))));
            wrapped += needed.height() > tree->fontMetrics().height() ? 1 : 0;
            ++checked;
        }
    }
    QVERIFY(checked > 3);
    QVERIFY2(wrapped > 0, "no text needed a second line: the test shows nothing at this width");
}

void tst_FleetView::windowsFitTheScreen()
{
    // No saved geometry: the default sizes (1200x720, the bulk dialog's 960x720) on a smaller screen (the offscreen
    // platform's is 800x600) are cut to it, so no button is off screen.
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    MainWindow window{&vms, &connections};
    const QSize room = window.screen()->availableGeometry().size();
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
    window.show();
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.selectVm(QStringLiteral("dc-01")));
    BulkChangeDialog* bulk = nullptr;
    connect(&window, &MainWindow::bulkChangeOpened, this, [&bulk](BulkChangeDialog* d) { bulk = d; });
    window.findChild<QAction*>(QStringLiteral("actionBulkChange"))->trigger();
    QVERIFY(bulk);
    QVERIFY2(bulk->height() <= room.height() && bulk->width() <= room.width(),
             qPrintable(QStringLiteral("%1x%2").arg(bulk->width()).arg(bulk->height())));
    bulk->close();
}

void tst_FleetView::exportWritesTheFleetReport_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << QStringLiteral("fleet.csv");
    QTest::newRow("json") << QStringLiteral("fleet.json");
}

void tst_FleetView::exportWritesTheFleetReport()
{
    QFETCH(QString, file);
    DemoWindow demo;
    QVERIFY(demo.load());
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    QSignalSpy exported(&demo.window, &MainWindow::reportExported);
    demo.window.exportReport(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.constFirst().at(2).toString(), QString());
    QCOMPARE(exported.constFirst().at(1).toInt(), demo.fleet->size());
    // What `xpctl report` writes of the same VMs: the rows by host and name, in the format the suffix names.
    QList<FleetReportRow> rows;
    for (const QString& key : demo.fleet->keys())
        rows.append(FleetReport::row(demo.fleet->uri(), *demo.fleet->record(key), demo.engine.catalogue()));
    std::sort(rows.begin(), rows.end(),
              [](const FleetReportRow& a, const FleetReportRow& b) { return a.name < b.name; });
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(),
             file.endsWith(QLatin1String(".json")) ? FleetReport::json(rows) : FleetReport::csv(rows));
}

QTEST_MAIN(tst_FleetView)
#include "tst_FleetView.moc"
