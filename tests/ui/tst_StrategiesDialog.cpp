// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/StrategySet.h"
#include "model/fleet/StrategyTableModel.h"
#include "model/fleet/VmListModel.h"
#include "model/fleet/WhatIfModel.h"
#include "model/fleet/WhatIfProxyModel.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ChangeEditor.h"
#include "ui/MainWindow.h"
#include "ui/StrategiesDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// VM ▸ Fleet Strategies… (issue 20 item 2): every cell is the number of VMs the engine's own classification puts
// there, a cell lists exactly those VMs, and a strategy whose changes can be written hands them to the bulk change
// without its Windows Update publications.
class tst_StrategiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cellsAreTheEnginesCountsAndOpenTheirVms();
    void modelPassesTheTester();

private:
    static WhatIfOutcome::Class classOf(const BindingEngine& engine, const VmConfig& config, const Strategy& s);
};

namespace {

/// The names of the VMs the dialog lists for the chosen cell, sorted.
QStringList shownNames(const StrategiesDialog* dialog)
{
    QStringList names;
    for (int row = 0; row < dialog->shown()->rowCount(); ++row)
        names << dialog->shown()->index(row, WhatIfModel::Name).data().toString().section(QLatin1Char(' '), 0, 0);
    names.sort();
    return names;
}

} // namespace

void tst_StrategiesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

WhatIfOutcome::Class tst_StrategiesDialog::classOf(const BindingEngine& engine, const VmConfig& config,
                                                   const Strategy& s)
{
    // The definition of a class, from the engine's two predictions: what the dialog's run must agree with.
    PreviewOutcome after = engine.preview(config, s.changes);
    return FleetWhatIf::classify(engine.preview(config), after);
}

void tst_StrategiesDialog::cellsAreTheEnginesCountsAndOpenTheirVms()
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    MainWindow window{&vms, &connections};
    window.show();
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    QVERIFY(loaded.wait(10000));

    StrategiesDialog* dialog = nullptr;
    connect(&window, &MainWindow::strategiesOpened, this, [&dialog](StrategiesDialog* d) { dialog = d; });
    window.findChild<QAction*>(QStringLiteral("actionFleetStrategies"))->trigger();
    QVERIFY(dialog);
    QVERIFY2(dialog->loadError().isEmpty(), qPrintable(dialog->loadError()));
    // The run starts with the dialog.
    QVERIFY(dialog->isRunning());
    QSignalSpy finished(dialog, &StrategiesDialog::finished);
    QVERIFY(finished.wait(30000));

    StrategyTableModel* table = dialog->table();
    const StrategySet& set = StrategySet::shipped();
    QCOMPARE(table->columnCount(), int(set.strategies().size()));
    const BindingEngine strategyEngine(set.catalogue());
    const QStringList keys = fleet->keys();
    for (int column = 0; column < table->columnCount(); ++column) {
        const Strategy& s = table->strategies().at(column);
        std::array<int, WhatIfOutcome::kClassCount> expected{};
        for (const QString& key : keys)
            ++expected[std::size_t(classOf(strategyEngine, fleet->record(key)->config, s))];
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto cls = StrategyTableModel::classAt(row);
            const QModelIndex cell = table->index(row, column);
            QVERIFY2(cell.data(StrategyTableModel::CountRole).toInt() == expected[std::size_t(cls)],
                     qPrintable(QStringLiteral("%1 / %2: %3, expected %4")
                                    .arg(s.id, FleetWhatIf::token(cls))
                                    .arg(cell.data(StrategyTableModel::CountRole).toInt())
                                    .arg(expected[std::size_t(cls)])));
            // Opening the cell lists exactly its VMs.
            dialog->showCell(column, cls);
            QCOMPARE(dialog->shown()->rowCount(), expected[std::size_t(cls)]);
        }
    }

    auto apply = dialog->findChild<QPushButton*>(QStringLiteral("strategiesApply"));
    const auto column = [&set](const char* id) {
        for (qsizetype i = 0; i < set.strategies().size(); ++i)
            if (set.strategies().at(i).id == QLatin1String(id))
                return int(i);
        return -1;
    };
    // Windows Update publications alone: nothing to write.
    dialog->showCell(column("publish-legacy-ids"), WhatIfOutcome::Class::Breaks);
    QVERIFY(dialog->shown()->rowCount() > 0);
    QVERIFY(!apply->isEnabled());
    // The unchanged VMs have nothing to take.
    dialog->showCell(column("what-shipped"), WhatIfOutcome::Class::Unchanged);
    QVERIFY(!apply->isEnabled());
    // The VM the debate was about breaks when the vendor device comes; the admin can still take the change, reviewed.
    dialog->showCell(column("what-shipped"), WhatIfOutcome::Class::Breaks);
    QCOMPARE(shownNames(dialog), QStringList{QStringLiteral("pos-01")});
    QVERIFY(apply->isEnabled());
    BulkChangeDialog* bulk = nullptr;
    connect(&window, &MainWindow::bulkChangeOpened, this, [&bulk](BulkChangeDialog* d) { bulk = d; });
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(bulk);
    QCOMPARE(bulk->editor()->changeTexts(), QStringList{QStringLiteral("vendor-device=0xc000:0x01")});
    bulk->setConfirmer([](QWidget*, const QString&) { return true; });
    bulk->close();
    // Only the writable part of a mixed strategy goes on.
    dialog->showCell(column("blacklist-old-builds"), WhatIfOutcome::Class::LosesPv);
    QVERIFY(apply->isEnabled());
    bulk = nullptr;
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(bulk);
    QCOMPARE(bulk->editor()->changeTexts(), QStringList{QStringLiteral("blacklist+=0x0001:0x0-0xffffffff")});
    bulk->setConfirmer([](QWidget*, const QString&) { return true; });
    bulk->close();

    // A second run keeps the chosen cell and its VMs.
    dialog->run();
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->shown()->rowCount(), 1);
    QCOMPARE(dialog->findChild<QTableView*>(QStringLiteral("strategyTable"))->currentIndex(),
             table->index(StrategyTableModel::rowOf(WhatIfOutcome::Class::LosesPv), column("blacklist-old-builds")));
    dialog->close();
}

void tst_StrategiesDialog::modelPassesTheTester()
{
    const StrategySet& set = StrategySet::shipped();
    StrategyTableModel model(set.strategies());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("–")); // before a run
    WhatIfOutcome breaks;
    breaks.cls = WhatIfOutcome::Class::Breaks;
    breaks.uncertainFacts = {QStringLiteral("a fact")};
    WhatIfOutcome fine;
    QList<QList<WhatIfOutcome>> perStrategy(set.strategies().size(), QList<WhatIfOutcome>{fine});
    perStrategy[0] = {breaks, fine, breaks};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setOutcomes(perStrategy);
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell = model.index(StrategyTableModel::rowOf(WhatIfOutcome::Class::Breaks), 0);
    QCOMPARE(cell.data(StrategyTableModel::CountRole).toInt(), 2);
    QCOMPARE(cell.data(StrategyTableModel::UncertainRole).toInt(), 2);
    QCOMPARE(cell.data().toString(), QStringLiteral("2 (2?)"));
    QCOMPARE(model.index(StrategyTableModel::rowOf(WhatIfOutcome::Class::Unchanged), 1).data().toString(),
             QStringLiteral("1"));
    // Column titles are the translated names, broken onto two lines where they have a space.
    QVERIFY(model.headerData(1, Qt::Horizontal).toString().contains(QLatin1Char('\n')));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QLatin1String("wu-publish+=")));
}

QTEST_MAIN(tst_StrategiesDialog)
#include "tst_StrategiesDialog.moc"
