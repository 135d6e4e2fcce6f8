// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/VmListModel.h"
#include "model/fleet/WhatIfModel.h"
#include "model/fleet/WhatIfProxyModel.h"
#include "model/fleet/WhatIfRun.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ChangeEditor.h"
#include "ui/FleetWhatIfDialog.h"
#include "ui/MainWindow.h"
#include "ui/WhereField.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

// VM ▸ Fleet What If… (issue 20 item 1): the counts and rows are the engine's per-VM classification, a class
// narrows the table, and its VMs go to the reviewed bulk change with the change composed.
class tst_FleetWhatIfDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewsEveryVmAndHandsAClassToBulkChange();
    void stopEndsARunEarly();
    void whereNarrowsTheRun();
};

void tst_FleetWhatIfDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void tst_FleetWhatIfDialog::previewsEveryVmAndHandsAClassToBulkChange()
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    MainWindow window{&vms, &connections};
    window.show();
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    QVERIFY(loaded.wait(10000));

    FleetWhatIfDialog* dialog = nullptr;
    connect(&window, &MainWindow::fleetWhatIfOpened, this, [&dialog](FleetWhatIfDialog* d) { dialog = d; });
    window.findChild<QAction*>(QStringLiteral("actionFleetWhatIf"))->trigger();
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog->editor()->addChange(QStringLiteral("vendor-device=off")));
    QSignalSpy finished(dialog, &FleetWhatIfDialog::finished);
    dialog->run();
    QVERIFY(finished.wait(20000));

    // Every VM of the fleet, each in the class the engine's own comparison gives.
    QCOMPARE(dialog->model()->rowCount(), fleet->size());
    QString error;
    const auto change = ConfigChange::parse(QStringLiteral("vendor-device=off"), &error);
    FleetWhatIf::Counts expected;
    for (const QString& key : fleet->keys()) {
        const WhatIfOutcome o = FleetWhatIf::evaluate(engine, fleet->record(key)->config, {*change});
        ++expected.perClass[std::size_t(o.cls)];
    }
    QCOMPARE(dialog->counts().perClass, expected.perClass);
    QVERIFY(expected.perClass[std::size_t(WhatIfOutcome::Class::GuestStep)] > 0);

    // A click on a bar: that class's VMs only; they go to the bulk change with the change composed.
    dialog->showClass(WhatIfOutcome::Class::GuestStep);
    QCOMPARE(dialog->shown()->rowCount(), expected.perClass[std::size_t(WhatIfOutcome::Class::GuestStep)]);
    auto apply = dialog->findChild<QPushButton*>(QStringLiteral("whatIfApplyClass"));
    QVERIFY(apply->isEnabled());
    BulkChangeDialog* bulk = nullptr;
    connect(&window, &MainWindow::bulkChangeOpened, this, [&bulk](BulkChangeDialog* d) { bulk = d; });
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(bulk);
    QCOMPARE(bulk->editor()->changeTexts(), QStringList{QStringLiteral("vendor-device=off")});
    bulk->setConfirmer([](QWidget*, const QString&) { return true; }); // closing drops the composed change
    bulk->close();
    // Unchanged VMs have nothing to take.
    dialog->showClass(WhatIfOutcome::Class::Unchanged);
    QVERIFY(!apply->isEnabled());
    dialog->showClass(std::nullopt);
    QCOMPARE(dialog->shown()->rowCount(), fleet->size());

    // A second run with another change merges into the same rows (the tester checks the signals).
    dialog->editor()->clear();
    QVERIFY(dialog->editor()->addChange(QStringLiteral("platform-device=0x0002:2")));
    dialog->run();
    QVERIFY(finished.wait(20000));
    QCOMPARE(dialog->model()->rowCount(), fleet->size());
    dialog->close();
}

void tst_FleetWhatIfDialog::stopEndsARunEarly()
{
    // Many copies of one VM: enough work that Stop lands while tasks are still queued.
    BindingEngine engine{DriverCatalogue::shipped()};
    VmConfig config;
    config.name = QStringLiteral("vm");
    QList<WhatIfRun::Vm> vms;
    for (int i = 0; i < 20000; ++i) {
        config.key = QStringLiteral("test:///x/%1").arg(i);
        vms.append({QStringLiteral("test:///x"), config});
    }
    QString error;
    WhatIfRun run(engine, vms, {*ConfigChange::parse(QStringLiteral("vendor-device=off"), &error)});
    QSignalSpy finished(&run, &WhatIfRun::finished);
    run.start();
    run.stop();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.constFirst().at(2).toBool());
    QVERIFY(finished.constFirst().at(0).value<QList<WhatIfOutcome>>().size() < vms.size());
    QVERIFY(!run.isRunning());
}

void tst_FleetWhatIfDialog::whereNarrowsTheRun()
{
    VmListModel vms;
    BindingEngine engine{DriverCatalogue::shipped()};
    ConnectionListModel connections{engine, &vms};
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    QVERIFY(loaded.wait(10000));
    FleetWhatIfDialog dialog(&connections);
    QVERIFY(dialog.editor()->addChange(QStringLiteral("vendor-device=off")));
    auto run = dialog.findChild<QPushButton*>(QStringLiteral("whatIfRun"));
    QVERIFY(run->isEnabled());
    // A condition xpctl would refuse keeps Run off and says why.
    dialog.where()->edit()->setText(QStringLiteral("colour=blue"));
    QVERIFY(!run->isEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("whereError"))->isHidden());
    // Two conditions, both met: the Windows VMs with Windows Update on the demo node that run the legacy stack.
    dialog.where()->edit()->setText(QStringLiteral(" os~windows ; driver=citrix-legacy-6.0 "));
    QVERIFY(run->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("whereError"))->isHidden());
    QSignalSpy finished(&dialog, &FleetWhatIfDialog::finished);
    dialog.run();
    QVERIFY(finished.wait(20000));
    QStringList names;
    for (const WhatIfOutcome& o : dialog.model()->outcomes())
        names << o.name;
    names.sort();
    // What `xpctl list` shows as DRIVER citrix-legacy-6.0 (data/demo-fleet.xml).
    QCOMPARE(names, (QStringList{QStringLiteral("acct-01"), QStringLiteral("pos-01")}));
}

QTEST_MAIN(tst_FleetWhatIfDialog)
#include "tst_FleetWhatIfDialog.moc"
