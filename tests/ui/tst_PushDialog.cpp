// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "model/libvirt/LibvirtConnection.h"
#include "ui/DiffView.h"
#include "ui/PushDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
ConfigChange change(const QString& text)
{
    QString error;
    const std::optional<ConfigChange> parsed = ConfigChange::parse(text, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}
} // namespace

class tst_PushDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsDiffAndEligibilityBeforeAnything();
    void confirmationNamesTheConsequence();
    void declinedConfirmationWritesNothing();
    void applyWritesAndReportsEachVm();
    void conflictIsShownAndTheChangeKept();
    void stopCancelsTheRest();
    void readOnlyConnectionDisablesApply();

private:
    PushDialog* dialogFor(const QStringList& names, const QString& changeText, const QString& uri = {});
    const VmRecord* recordNamed(const QString& name) const;

    VmListModel* m_vms = nullptr;
    BindingEngine* m_engine = nullptr;
    Fleet* m_fleet = nullptr;
};

void tst_PushDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English plural forms ("1 VM", "2 VMs") come from the English catalog.
    Translator::install(*qApp, QStringLiteral("en"));
}

void tst_PushDialog::init()
{
    // A fresh connection per test: the test driver keeps its writes per connection.
    m_vms = new VmListModel;
    m_engine = new BindingEngine(DriverCatalogue::shipped());
    m_fleet = new Fleet(*m_engine, m_vms);
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), false);
    QVERIFY(loaded.wait(10000));
}

void tst_PushDialog::cleanup()
{
    delete m_fleet;
    delete m_engine;
    delete m_vms;
}

const VmRecord* tst_PushDialog::recordNamed(const QString& name) const
{
    for (int r = 0; r < m_vms->rowCount(); ++r)
        if (m_vms->row(r).name == name)
            return m_fleet->record(m_vms->row(r).key);
    return nullptr;
}

PushDialog* tst_PushDialog::dialogFor(const QStringList& names, const QString& changeText, const QString&)
{
    QList<PushItem> items;
    for (const QString& name : names) {
        const VmRecord* record = recordNamed(name);
        if (!record)
            qFatal("no demo VM %s", qPrintable(name));
        items.append(DomainPush::prepareOn(m_fleet->uri(), record->snapshot, {change(changeText)}));
    }
    auto dialog = new PushDialog(QStringLiteral("test"), m_fleet->connection(), items);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfirmer([](QWidget*, const QString&) { return true; });
    return dialog;
}

void tst_PushDialog::showsDiffAndEligibilityBeforeAnything()
{
    std::unique_ptr<PushDialog> dialog(dialogFor({QStringLiteral("print-01"), QStringLiteral("dc-01")},
                                                 QStringLiteral("blacklist+=xensource-windows:60")));
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    auto diff = dialog->findChild<DiffView*>(QStringLiteral("pushDiff"));
    QVERIFY(diff);
    QVERIFY(diff->toPlainText().contains(QLatin1String("+")));
    QVERIFY(diff->toPlainText().contains(QLatin1String("build=\"60\"")));
    QCOMPARE(dialog->model()->rowCount(), 2);
    QCOMPARE(dialog->model()->index(0, PushItemModel::Eligibility).data().toString(), QStringLiteral("changes"));
    QVERIFY(
        dialog->model()->index(1, PushItemModel::Eligibility).data().toString().contains(QLatin1String("power-off")));
    QVERIFY(!dialog->model()->index(0, PushItemModel::Result).data().isValid());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("pushApply"))->isEnabled());
}

void tst_PushDialog::confirmationNamesTheConsequence()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("print-01"), QStringLiteral("dc-01")}, QStringLiteral("blacklist+=linux:3")));
    const QString question = dialog->confirmationQuestion();
    QVERIFY2(question.contains(QLatin1String("definitions of 2 VMs")), qPrintable(question));
    QVERIFY2(question.contains(DataPaths::demoNodeUri()), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("1 of them runs")), qPrintable(question));
}

void tst_PushDialog::declinedConfirmationWritesNothing()
{
    std::unique_ptr<PushDialog> dialog(dialogFor({QStringLiteral("print-01")}, QStringLiteral("platform-device=off")));
    dialog->setConfirmer([](QWidget*, const QString&) { return false; });
    dialog->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QVERIFY(!dialog->job());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("pushApply"))->isEnabled());
}

void tst_PushDialog::applyWritesAndReportsEachVm()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("print-01"), QStringLiteral("sql-02"), QStringLiteral("dc-01")},
                  QStringLiteral("windows-update=off")));
    QSignalSpy finished(dialog.get(), &PushDialog::runFinished);
    QSignalSpy perVm(dialog.get(), &PushDialog::itemFinished);
    dialog->show();
    dialog->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(perVm.count(), 3);
    for (int row = 0; row < 3; ++row) {
        const auto status = PushResult::Status(dialog->model()->index(row, 0).data(PushItemModel::StatusRole).toInt());
        const PushItem& item = dialog->model()->item(row);
        QCOMPARE(status, item.hasChanges() ? PushResult::Status::Verified : PushResult::Status::Unchanged);
    }
    QCOMPARE(dialog->findChild<QProgressBar*>(QStringLiteral("pushProgress"))->value(), 3);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("pushSummary"))->text().startsWith(QLatin1String("Done:")));
    QCOMPARE(dialog->findChild<QPushButton*>(QStringLiteral("pushCancel"))->text(), QStringLiteral("&Close"));
}

void tst_PushDialog::conflictIsShownAndTheChangeKept()
{
    std::unique_ptr<PushDialog> stale(dialogFor({QStringLiteral("print-01")}, QStringLiteral("blacklist+=linux:1")));
    // Another console writes the VM first.
    std::unique_ptr<PushDialog> other(dialogFor({QStringLiteral("print-01")}, QStringLiteral("blacklist+=linux:2")));
    QSignalSpy otherDone(other.get(), &PushDialog::runFinished);
    other->apply();
    QVERIFY(otherDone.wait(10000));
    QCOMPARE(other->job()->count(PushResult::Status::Verified), 1);

    QSignalSpy done(stale.get(), &PushDialog::runFinished);
    stale->apply();
    QVERIFY(done.wait(10000));
    const std::optional<PushResult> result = stale->model()->result(0);
    QVERIFY(result);
    QCOMPARE(result->status, PushResult::Status::Conflict);
    QVERIFY(stale->model()->index(0, PushItemModel::Result).data().toString().contains(QLatin1String("kept")));
    QCOMPARE(result->item.edited.blacklist.size(), stale->model()->item(0).edited.blacklist.size());
    QVERIFY(stale->findChild<QLabel*>(QStringLiteral("pushSummary"))
                ->text()
                .contains(QLatin1String("1 changed meanwhile")));
}

void tst_PushDialog::stopCancelsTheRest()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("print-01"), QStringLiteral("sql-02"), QStringLiteral("hr-legacy-01")},
                  QStringLiteral("blacklist+=linux:9")));
    QSignalSpy finished(dialog.get(), &PushDialog::runFinished);
    connect(dialog.get(), &PushDialog::itemFinished, dialog.get(), [&dialog](int row) {
        if (row == 0)
            dialog->findChild<QPushButton*>(QStringLiteral("pushCancel"))->click();
    });
    dialog->show();
    dialog->apply();
    QVERIFY(finished.wait(10000));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->job()->count(PushResult::Status::Verified), 1);
    QCOMPARE(dialog->job()->count(PushResult::Status::Cancelled), 2);
}

void tst_PushDialog::readOnlyConnectionDisablesApply()
{
    Fleet readOnly(*m_engine, m_vms);
    QSignalSpy loaded(&readOnly, &Fleet::loaded);
    readOnly.open(DataPaths::demoNodeUri(), true);
    QVERIFY(loaded.wait(10000));
    const VmRecord* record = recordNamed(QStringLiteral("print-01"));
    QVERIFY(record);
    PushDialog dialog(
        QStringLiteral("test"), readOnly.connection(),
        {DomainPush::prepareOn(readOnly.uri(), record->snapshot, {change(QStringLiteral("platform-device=off"))})});
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("pushApply"))->isEnabled());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("pushSummary"))->text().contains(QLatin1String("read-only")));
    dialog.apply();
    QVERIFY(!dialog.job());
}

QTEST_MAIN(tst_PushDialog)
#include "tst_PushDialog.moc"
