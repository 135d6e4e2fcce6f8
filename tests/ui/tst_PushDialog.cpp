// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PlanScript.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "model/libvirt/LibvirtConnection.h"
#include "ui/DiffView.h"
#include "ui/PushDialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QFrame>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
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

/// A widget's top edge in @p dialog's coordinates.
int topIn(const QWidget* dialog, const QWidget* widget)
{
    return widget->mapTo(dialog, QPoint(0, 0)).y();
}

/// The script without its date line, which says when it was made.
QString undated(QString script)
{
    static const QRegularExpression written(QStringLiteral("# Written: [^\\n]*\\n"));
    return script.remove(written);
}

bool shellAccepts(const QString& script)
{
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-n")});
    sh.write(script.toUtf8());
    sh.closeWriteChannel();
    return sh.waitForFinished(10000) && sh.exitStatus() == QProcess::NormalExit && sh.exitCode() == 0;
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
    void hostWideEffectComesFirst_data();
    void hostWideEffectComesFirst();
    void hostVmsCanBeGiven();
    void runOnTheHostNamesTheHost();
    void copyPlanPutsTheScriptOnTheClipboard();
    void exportPlanWritesAScriptPerHost();

private:
    /// A push of @p changeText (changes separated by '|') to the demo VMs @p names.
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
        QList<ConfigChange> changes;
        for (const QString& text : changeText.split(QLatin1Char('|')))
            changes.append(change(text));
        items.append(DomainPush::prepareOn(m_fleet->uri(), record->snapshot, changes));
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
    // The connection by its name, not its raw test:/// URI (issue 19 item 17).
    QVERIFY2(question.contains(QLatin1String("to demo node?")), qPrintable(question));
    QVERIFY2(!question.contains(DataPaths::demoNodeUri()), qPrintable(question));
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

void tst_PushDialog::hostWideEffectComesFirst_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("named");
    QTest::addColumn<QStringList>("notNamed");

    // qemu-traditional writes the entry as a xenstore key in dom0: every VM there whose device model reads the
    // blacklist sees it, qemu-traditional and XenServer's old device model alike.
    QTest::newRow("qemu-traditional-blacklist")
        << QStringLiteral("hr-legacy-01") << QStringLiteral("blacklist+=xensource-windows:61")
        << QStringList{QStringLiteral("monitor-01"), QStringLiteral("mx-01"), QStringLiteral("erp-db-01"),
                       QStringLiteral("acct-01")}
        << QStringList{QStringLiteral("hr-legacy-01"), QStringLiteral("print-01"), QStringLiteral("files-03")};
    QTest::newRow("xenserver-trad-blacklist")
        << QStringLiteral("dc-01") << QStringLiteral("blacklist+=xensource-windows:60")
        << QStringList{QStringLiteral("hr-legacy-01"), QStringLiteral("legacy-app-01"), QStringLiteral("web-02")}
        << QStringList{QStringLiteral("dc-01"), QStringLiteral("sql-02"), QStringLiteral("scan-01")};
    // Upstream QEMU reads no key: nothing host-wide to warn about.
    QTest::newRow("qemu-upstream-blacklist")
        << QStringLiteral("print-01") << QStringLiteral("blacklist+=xensource-windows:60") << QStringList{}
        << QStringList{};
    // xe commands change one VM's record in XAPI, not the host.
    QTest::newRow("xenserver-trad-vendor-device")
        << QStringLiteral("dc-01") << QStringLiteral("vendor-device=off") << QStringList{} << QStringList{};
}

void tst_PushDialog::hostWideEffectComesFirst()
{
    QFETCH(QString, vm);
    QFETCH(QString, change);
    QFETCH(QStringList, named);
    QFETCH(QStringList, notNamed);
    std::unique_ptr<PushDialog> dialog(dialogFor({vm}, change));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto frame = dialog->findChild<QFrame*>(QStringLiteral("pushHostWideFrame"));
    auto warning = dialog->findChild<QLabel*>(QStringLiteral("pushHostWide"));
    QVERIFY(frame && warning);
    QCOMPARE(frame->isVisible(), !named.isEmpty());
    if (named.isEmpty())
        return;
    // Above the summary, the table and Apply.
    const auto table = dialog->findChild<QTableView*>(QStringLiteral("pushTable"));
    QVERIFY(topIn(dialog.get(), frame) <
            topIn(dialog.get(), dialog->findChild<QLabel*>(QStringLiteral("pushSummary"))));
    QVERIFY(topIn(dialog.get(), frame) + frame->height() <= topIn(dialog.get(), table));
    QVERIFY(topIn(dialog.get(), frame) <
            topIn(dialog.get(), dialog->findChild<QPushButton*>(QStringLiteral("pushApply"))));
    const QString text = warning->text();
    QVERIFY2(text.startsWith(QLatin1String("Host-wide")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("the demo node")), qPrintable(text));
    const qsizetype list = text.indexOf(QLatin1String("read them too ("));
    QVERIFY2(list > 0, qPrintable(text));
    const QStringList listed =
        text.mid(text.indexOf(QLatin1String("): "), list) + 3).chopped(1).split(QStringLiteral(", "));
    for (const QString& name : named)
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(": ") + text));
    for (const QString& name : notNamed)
        QVERIFY2(!listed.contains(name), qPrintable(name + QStringLiteral(": ") + text));
    QCOMPARE(listed, dialog->hostWideReaders());
    QVERIFY2(dialog->confirmationQuestion().contains(
                 QStringLiteral("host-wide: other VMs there read them too (%1).").arg(listed.size())),
             qPrintable(dialog->confirmationQuestion()));
}

void tst_PushDialog::hostVmsCanBeGiven()
{
    // The caller knows the host's VMs (VmActions passes the fleet's); they replace what the dialog found.
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("hr-legacy-01")}, QStringLiteral("blacklist+=xensource-windows:61")));
    const QString pushed = recordNamed(QStringLiteral("hr-legacy-01"))->config.uuid;
    dialog->setHostVms({{pushed, QStringLiteral("hr-legacy-01"), xp::device::Flavour::QemuTraditional},
                        {QStringLiteral("u-1"), QStringLiteral("it's \"b\" $(x)"), xp::device::Flavour::XenServerTrad},
                        {QStringLiteral("u-2"), QStringLiteral("upstream-1"), xp::device::Flavour::QemuUpstream}});
    QCOMPARE(dialog->hostWideReaders(), QStringList{QStringLiteral("it's \"b\" $(x)")});
    const QString text = dialog->findChild<QLabel*>(QStringLiteral("pushHostWide"))->text();
    QVERIFY2(text.endsWith(QLatin1String("Other VMs of the demo node that read them too (1): it's \"b\" $(x).")),
             qPrintable(text));
    dialog->setHostVms({{pushed, QStringLiteral("hr-legacy-01"), xp::device::Flavour::QemuTraditional}});
    QVERIFY(dialog->hostWideReaders().isEmpty());
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("pushHostWide"))->text().contains(QLatin1String("No other VM")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("pushHostWide"))->text()));
}

void tst_PushDialog::runOnTheHostNamesTheHost()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("dc-01")}, QStringLiteral("blacklist+=xensource-windows:60|vendor-device=off")));
    dialog->show();
    const QString text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("pushRealization"))->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Run on the demo node, in dom0")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Run on the pool master of the demo node's pool")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Uncertain: xpconsole cannot tell which host is the pool master")),
             qPrintable(text));
}

void tst_PushDialog::copyPlanPutsTheScriptOnTheClipboard()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("hr-legacy-01"), QStringLiteral("print-01"), QStringLiteral("mx-01")},
                  QStringLiteral("blacklist+=xensource-windows:61")));
    dialog->show();
    QGuiApplication::clipboard()->clear();
    auto copy = dialog->findChild<QPushButton*>(QStringLiteral("pushCopyPlan"));
    QVERIFY(copy && copy->isVisible() && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString script = QGuiApplication::clipboard()->text();
    QVERIFY2(script.startsWith(QLatin1String("#!/bin/sh\n")), qPrintable(script));
    QVERIFY2(script.contains(QLatin1String("\nset -eu\n")), qPrintable(script));
    QVERIFY2(script.contains(QLatin1String("# Host: demo node\n")), qPrintable(script));
    QVERIFY2(script.contains(QLatin1String("# VMs (2): hr-legacy-01, mx-01\n")), qPrintable(script));
    // One group per VM, print-01 (upstream QEMU) has no command to run.
    const qsizetype hr = script.indexOf(QLatin1String("# VM hr-legacy-01"));
    const qsizetype mx = script.indexOf(QLatin1String("# VM mx-01"));
    QVERIFY2(hr > 0 && mx > hr, qPrintable(script));
    QVERIFY(!script.contains(QLatin1String("print-01")));
    QCOMPARE(script.count(QLatin1String("xenstore-write /mh/driver-blacklist/xensource-windows/61 ''\n")), 2);
    QCOMPARE(undated(script), undated(PlanScript::joined(dialog->planScripts(QDateTime::currentDateTime()))));
    QVERIFY(shellAccepts(script));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("pushPlanStatus"))->text().contains(QLatin1String("clipboard")));

    // Nothing to run by hand: nothing to copy.
    std::unique_ptr<PushDialog> upstream(
        dialogFor({QStringLiteral("print-01")}, QStringLiteral("blacklist+=xensource-windows:60")));
    QVERIFY(!upstream->findChild<QPushButton*>(QStringLiteral("pushCopyPlan"))->isEnabled());
    QVERIFY(!upstream->findChild<QPushButton*>(QStringLiteral("pushExportPlan"))->isEnabled());
}

void tst_PushDialog::exportPlanWritesAScriptPerHost()
{
    std::unique_ptr<PushDialog> dialog(
        dialogFor({QStringLiteral("dc-01")}, QStringLiteral("blacklist+=xensource-windows:60|vendor-device=off")));
    QTemporaryDir dir;
    QStringList captions;
    dialog->setFileChooser([&](QWidget*, const QString& caption, const QString& suggested) {
        captions << caption;
        return dir.filePath(QFileInfo(suggested).fileName());
    });
    dialog->findChild<QPushButton*>(QStringLiteral("pushExportPlan"))->click();
    QCOMPARE(captions.size(), 2);
    const QList<PlanScript::Script> scripts = dialog->planScripts(QDateTime::currentDateTime());
    QCOMPARE(scripts.size(), 2);
    for (const PlanScript::Script& script : scripts) {
        QFile file(dir.filePath(script.fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString written = QString::fromUtf8(file.readAll());
        QCOMPARE(undated(written), undated(script.text));
        QVERIFY(file.permissions() & QFileDevice::ExeOwner);
        QVERIFY(shellAccepts(written));
    }
    QVERIFY(scripts.at(1).text.contains(QLatin1String("\nxe vm-param-set uuid=")));
    QVERIFY(captions.at(1).contains(QLatin1String("pool master")));
}

QTEST_MAIN(tst_PushDialog)
#include "tst_PushDialog.moc"
