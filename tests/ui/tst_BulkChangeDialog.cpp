// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/DeviceText.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Translator.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "model/fleet/VmQuery.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtConnection.h"
#include "model/libvirt/LibvirtSession.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ChangeEditor.h"
#include "ui/SeverityDelegate.h"
#include "ui/VmQueryBar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

// The bulk change against the demo node, read-write (the test driver keeps writes in this process's connection):
// compose, see each VM's eligibility and prediction, review in the diff dialog, run, and find every VM's result.
namespace {

using Status = PushResult::Status;

/// The delegate's protected initStyleOption, to check what a row looks like without painting it.
class ExposedDelegate : public SeverityDelegate
{
public:
    using SeverityDelegate::SeverityDelegate;
    QStyleOptionViewItem option(const QModelIndex& index, const QPalette& palette) const
    {
        QStyleOptionViewItem o;
        o.palette = palette;
        initStyleOption(&o, index);
        return o;
    }
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

} // namespace

Q_DECLARE_METATYPE(Status)
Q_DECLARE_METATYPE(VmQuery::Kind)

class tst_BulkChangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bulkChangeReportsPerVmResults_data();
    void bulkChangeReportsPerVmResults();
    void newErrorNeedsConfirmationNamingTheVms();
    void readOnlyConnectionDisablesReview();
    void blacklistTemplateFromAVm();
    void closingAsksAboutUnappliedChanges();
    void vanishedVmIsReported();
    void gridShowsTheVmsAsReadBack();
    void pickVmsByQuery_data();
    void pickVmsByQuery();
    void pickingExtendsAndKeepsRows();
    void saysWhichConnection();

private:
    QString keyOf(const QString& name) const;
    QStringList keysOf(const QStringList& names) const;
    /// The dialog with a confirmer that records every question and answers @p answer.
    BulkChangeDialog* dialogFor(const QStringList& names, Fleet* fleet = nullptr);
    void addTyped(BulkChangeDialog* dialog, const QString& text);
    QString storedXml(const QString& uuid);
    /// Runs what review() opened, answering every question with yes, until the grid shows the VMs read back.
    void applyAndSettle(BulkChangeDialog* dialog);
    /// Checks that every row of @p dialog shows its VM as the fleet's record has it now; @p before holds each VM's
    /// finding ids before the run (what "new" is measured against).
    void compareWithFleet(BulkChangeDialog* dialog, const QHash<QString, QStringList>& before);
    QHash<QString, QStringList> findingIdsNow(const QStringList& keys) const;
    /// Sets the query bar of @p dialog to @p kind and @p value by its widgets, as the admin would.
    void setQuery(BulkChangeDialog* dialog, VmQuery::Kind kind, const QString& value);

    VmListModel* m_vms = nullptr;
    BindingEngine* m_engine = nullptr;
    Fleet* m_fleet = nullptr;
    QStringList m_questions;
    bool m_answer = true;
};

void tst_BulkChangeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Translator::install(*qApp, QStringLiteral("en"));
}

void tst_BulkChangeDialog::init()
{
    // A fresh connection per test: the test driver keeps its writes per connection.
    m_vms = new VmListModel;
    m_engine = new BindingEngine(DriverCatalogue::shipped());
    m_fleet = new Fleet(*m_engine, m_vms);
    QSignalSpy loaded(m_fleet, &Fleet::loaded);
    m_fleet->open(DataPaths::demoNodeUri(), false);
    QVERIFY(loaded.wait(10000));
    m_questions.clear();
    m_answer = true;
}

void tst_BulkChangeDialog::cleanup()
{
    delete m_fleet;
    delete m_engine;
    delete m_vms;
}

QString tst_BulkChangeDialog::keyOf(const QString& name) const
{
    for (int r = 0; r < m_vms->rowCount(); ++r)
        if (m_vms->row(r).name == name)
            return m_vms->row(r).key;
    qFatal("no demo VM %s", qPrintable(name));
    return {};
}

QStringList tst_BulkChangeDialog::keysOf(const QStringList& names) const
{
    QStringList keys;
    for (const QString& name : names)
        keys << keyOf(name);
    return keys;
}

BulkChangeDialog* tst_BulkChangeDialog::dialogFor(const QStringList& names, Fleet* fleet)
{
    auto dialog = new BulkChangeDialog(fleet ? fleet : m_fleet, keysOf(names));
    dialog->setConfirmer([this](QWidget*, const QString& question) {
        m_questions << question;
        return m_answer;
    });
    dialog->show();
    return dialog;
}

void tst_BulkChangeDialog::addTyped(BulkChangeDialog* dialog, const QString& text)
{
    auto line = dialog->findChild<QLineEdit*>(QStringLiteral("changeText"));
    line->clear();
    QTest::keyClicks(line, text);
    auto add = dialog->findChild<QPushButton*>(QStringLiteral("changeAdd"));
    QVERIFY2(add->isEnabled(), qPrintable(dialog->editor()->pendingError()));
    QTest::mouseClick(add, Qt::LeftButton);
}

QString tst_BulkChangeDialog::storedXml(const QString& uuid)
{
    LibvirtConnection* connection = m_fleet->connection();
    QSignalSpy fetched(connection, &LibvirtConnection::xmlFetched);
    const quint64 id = connection->fetchXml(uuid, true);
    while (fetched.wait(10000))
        for (const QList<QVariant>& args : std::as_const(fetched))
            if (args.at(0).toULongLong() == id)
                return args.at(1).value<LibvirtResult>().xml;
    return {};
}

QHash<QString, QStringList> tst_BulkChangeDialog::findingIdsNow(const QStringList& keys) const
{
    QHash<QString, QStringList> ids;
    for (const QString& key : keys)
        ids.insert(key, m_fleet->record(key)->outcome.findingIds());
    return ids;
}

void tst_BulkChangeDialog::applyAndSettle(BulkChangeDialog* dialog)
{
    QSignalSpy finished(dialog, &BulkChangeDialog::runFinished);
    QSignalSpy settled(dialog, &BulkChangeDialog::settled);
    QVERIFY(dialog->pushDialog());
    dialog->pushDialog()->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(settled.count() > 0 || settled.wait(10000));
}

void tst_BulkChangeDialog::compareWithFleet(BulkChangeDialog* dialog, const QHash<QString, QStringList>& before)
{
    BulkPreviewModel* model = dialog->model();
    QList<ConfigChange> changes = dialog->editor()->changes();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString key = model->index(row, 0).data(BulkPreviewModel::KeyRole).toString();
        const VmRecord* record = m_fleet->record(key);
        QVERIFY(record);
        const VmRow& shown = m_vms->row(m_vms->rowOf(key));
        const QString vm = shown.name;
        QCOMPARE(model->index(row, BulkPreviewModel::Vm).data().toString(), vm);
        QCOMPARE(model->index(row, BulkPreviewModel::State).data().toString(), shown.state);
        QCOMPARE(model->index(row, BulkPreviewModel::DevicesAfter).data().toString(),
                 BulkPreviewModel::devicesText(shown.flavour, shown.platformDevice, shown.vendorDevice));
        const QString driver = model->index(row, BulkPreviewModel::DriverAfter).data().toString();
        const QString driverNow = shown.driver.isEmpty() ? QStringLiteral("none") : shown.driver;
        QVERIFY2(driver == driverNow || driver.endsWith(QStringLiteral(" → ") + driverNow), qPrintable(vm + driver));
        // New is measured against the VM before the run, on the findings the fleet predicts now.
        QStringList fresh;
        for (const QString& id : record->outcome.findingIds())
            if (!before.value(key).contains(id) && !fresh.contains(id))
                fresh << id;
        QStringList listed;
        for (const Finding& f : model->entries().at(row).newFindings)
            listed << f.id;
        fresh.sort();
        listed.sort();
        QCOMPARE(listed, fresh);
        // What is left to write is the change prepared again on what libvirt holds now.
        QCOMPARE(model->index(row, BulkPreviewModel::Eligibility).data().toString(),
                 PushItemText::eligibility(DomainPush::prepareOn(m_fleet->uri(), record->snapshot, changes)));
    }
}

void tst_BulkChangeDialog::setQuery(BulkChangeDialog* dialog, VmQuery::Kind kind, const QString& value)
{
    auto kinds = dialog->findChild<QComboBox*>(QStringLiteral("vmQueryKind"));
    QVERIFY(kinds);
    const int index = kinds->findData(int(kind));
    QVERIFY(index >= 0);
    kinds->setCurrentIndex(index);
    if (kind == VmQuery::Kind::Os) {
        auto text = dialog->findChild<QLineEdit*>(QStringLiteral("vmQueryText"));
        QVERIFY(text->isVisible());
        text->clear();
        QTest::keyClicks(text, value);
    } else if (kind != VmQuery::Kind::All) {
        auto choice = dialog->findChild<QComboBox*>(QStringLiteral("vmQueryChoice"));
        QVERIFY(choice->isVisible());
        const int at = choice->findText(value);
        QVERIFY2(at >= 0, qPrintable(value));
        choice->setCurrentIndex(at);
    }
    QCOMPARE(dialog->queryBar()->query().kind(), kind);
}

void tst_BulkChangeDialog::bulkChangeReportsPerVmResults_data()
{
    QTest::addColumn<QStringList>("vms");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QList<Status>>("expected");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QStringList>("warned");
    QTest::addColumn<QString>("next");

    // files-02 has the entry already; dc-01 runs (written now, effective after a power cycle). acct-01's legacy
    // driver is blacklisted by it and print-01 (qemu-upstream) cannot enforce it: new warnings, named before
    // anything is written.
    QTest::newRow("blacklist-entry") << QStringList{QStringLiteral("print-01"), QStringLiteral("dc-01"),
                                                    QStringLiteral("files-02"), QStringLiteral("acct-01")}
                                     << QStringLiteral("blacklist+=xensource-windows:60-62")
                                     << QList<Status>{Status::Verified, Status::Verified, Status::Verified,
                                                      Status::Verified}
                                     << QString() << QStringLiteral("builds=\"60-62\"")
                                     << QStringList{QStringLiteral("print-01"), QStringLiteral("acct-01")}
                                     << QStringLiteral("windows-update=off");
    QTest::newRow("blacklist-entry-already-there")
        << QStringList{QStringLiteral("print-01"), QStringLiteral("dc-01"), QStringLiteral("files-02"),
                       QStringLiteral("acct-01")}
        << QStringLiteral("blacklist+=xensource-windows:60")
        << QList<Status>{Status::Verified, Status::Verified, Status::Refused, Status::Verified}
        << QStringLiteral("already in the blacklist") << QStringLiteral("product=\"xensource-windows\" build=\"60\"")
        << QStringList{QStringLiteral("print-01"), QStringLiteral("acct-01")} << QStringLiteral("windows-update=off");
    QTest::newRow("windows-update-off") << QStringList{QStringLiteral("print-01"), QStringLiteral("sql-02"),
                                                       QStringLiteral("hr-legacy-01"), QStringLiteral("dc-01")}
                                        << QStringLiteral("windows-update=off")
                                        << QList<Status>{Status::Verified, Status::Unchanged, Status::Unchanged,
                                                         Status::Verified}
                                        << QString() << QStringLiteral("windows-update=\"off\"") << QStringList{}
                                        << QStringLiteral("blacklist+=linux:3");
}

void tst_BulkChangeDialog::bulkChangeReportsPerVmResults()
{
    QFETCH(QStringList, vms);
    QFETCH(QString, change);
    QFETCH(QList<Status>, expected);
    QFETCH(QString, refusal);
    QFETCH(QString, written);
    QFETCH(QStringList, warned);
    QFETCH(QString, next);
    std::unique_ptr<BulkChangeDialog> dialog(dialogFor(vms));
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto review = dialog->findChild<QPushButton*>(QStringLiteral("bulkReview"));
    QVERIFY(!review->isEnabled());
    addTyped(dialog.get(), change);

    // Before anything runs: every VM with its eligibility, the refused ones with the reason.
    BulkPreviewModel* model = dialog->model();
    QCOMPARE(dialog->findChild<QTableView*>(QStringLiteral("bulkTable"))->model(), model);
    QCOMPARE(model->rowCount(), vms.size());
    for (int row = 0; row < vms.size(); ++row) {
        QCOMPARE(model->index(row, BulkPreviewModel::Vm).data().toString(), vms.at(row));
        const QString eligibility = model->index(row, BulkPreviewModel::Eligibility).data().toString();
        switch (expected.at(row)) {
        case Status::Refused:
            QVERIFY2(eligibility.startsWith(QLatin1String("refused:")) && eligibility.contains(refusal),
                     qPrintable(eligibility));
            break;
        case Status::Unchanged: QCOMPARE(eligibility, QStringLiteral("no change")); break;
        default: QVERIFY2(eligibility.startsWith(QLatin1String("changes")), qPrintable(eligibility));
        }
    }
    QVERIFY(review->isEnabled());
    // The VMs that would get a new warning are named before the review, and again when the write is confirmed.
    const QString question = dialog->newErrorQuestion();
    QCOMPARE(question.isEmpty(), warned.isEmpty());
    QVERIFY2(warned.isEmpty() || question.contains(QLatin1String("New warnings")), qPrintable(question));
    for (const QString& vm : vms)
        QVERIFY2(question.contains(vm) == warned.contains(vm), qPrintable(question));
    const QHash<QString, QStringList> before = findingIdsNow(keysOf(vms));

    QSignalSpy finished(dialog.get(), &BulkChangeDialog::runFinished);
    QSignalSpy settled(dialog.get(), &BulkChangeDialog::settled);
    QTest::mouseClick(review, Qt::LeftButton);
    PushDialog* push = dialog->pushDialog();
    QVERIFY(push);
    QVERIFY(push->isVisible());
    QCOMPARE(push->model()->rowCount(), vms.size());
    push->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_questions.size(), warned.isEmpty() ? 1 : 2);
    if (!warned.isEmpty())
        QCOMPARE(m_questions.first(), question);
    const QString confirmation = m_questions.last();
    QVERIFY2(confirmation.contains(QLatin1String("Write the new definition")), qPrintable(confirmation));
    for (const QString& vm : vms)
        QCOMPARE(confirmation.contains(vm), warned.contains(vm));

    for (int row = 0; row < vms.size(); ++row) {
        const std::optional<PushResult> result = model->result(row);
        QVERIFY2(result, qPrintable(vms.at(row)));
        QCOMPARE(result->status, expected.at(row));
        QCOMPARE(model->index(row, 0).data(BulkPreviewModel::StatusRole).toInt(), int(expected.at(row)));
        QCOMPARE(push->model()->index(row, 0).data(PushItemModel::StatusRole).toInt(), int(expected.at(row)));
        if (expected.at(row) != Status::Verified)
            continue;
        // What libvirt now holds for the VM has the change, and the run's read-back says the same.
        const QString xml = storedXml(result->item.uuid);
        QCOMPARE(xml, result->storedXml);
        QVERIFY2(xml.contains(written), qPrintable(xml));
        QVERIFY2(!result->item.originalXml.contains(written), qPrintable(vms.at(row)));
        VmConfig stored;
        QVERIFY(DomainXmlReader::read(xml, stored));
        QCOMPARE(stored.blacklist, result->item.edited.blacklist);
        QCOMPARE(stored.guest, result->item.edited.guest);
    }
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("bulkResult"))->text();
    QVERIFY2(summary.startsWith(QLatin1String("Last run:")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 × written and verified").arg(expected.count(Status::Verified))),
             qPrintable(summary));
    if (expected.contains(Status::Refused))
        QVERIFY2(summary.contains(QStringLiteral("1 × refused")), qPrintable(summary));

    // Once the fleet has read the VMs back, the grid shows them as written, each with its result, and there is
    // nothing left to review until the change is edited.
    QVERIFY(settled.count() > 0 || settled.wait(10000));
    QVERIFY(dialog->isApplied());
    compareWithFleet(dialog.get(), before);
    for (int row = 0; row < vms.size(); ++row) {
        QCOMPARE(model->index(row, 0).data(BulkPreviewModel::StatusRole).toInt(), int(expected.at(row)));
        // A VM that took the change has nothing left to write (a blacklist entry cannot even be added twice).
        const QString left = model->index(row, BulkPreviewModel::Eligibility).data().toString();
        if (expected.at(row) == Status::Verified)
            QVERIFY2(!left.startsWith(QLatin1String("changes")), qPrintable(left));
    }
    QVERIFY(!review->isEnabled());
    QVERIFY2(review->toolTip().startsWith(QLatin1String("Applied:")), qPrintable(review->toolTip()));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text().startsWith(QLatin1String("Applied")));
    dialog->review();
    QCOMPARE(m_questions.size(), warned.isEmpty() ? 1 : 2);

    // Another change composed in its place: the grid previews it and it can be reviewed.
    dialog->editor()->removeChange(0);
    QVERIFY(!dialog->isApplied());
    QVERIFY(!review->toolTip().startsWith(QLatin1String("Applied")));
    addTyped(dialog.get(), next);
    QVERIFY(review->isEnabled());
    QVERIFY(review->toolTip().isEmpty());
    QVERIFY(!model->result(0));
}

void tst_BulkChangeDialog::newErrorNeedsConfirmationNamingTheVms()
{
    std::unique_ptr<BulkChangeDialog> dialog(
        dialogFor({QStringLiteral("web-01"), QStringLiteral("web-02"), QStringLiteral("legacy-app-01")}));
    addTyped(dialog.get(), QStringLiteral("platform-device=0x0002"));
    BulkPreviewModel* model = dialog->model();
    // web-02 (xenserver-trad, kernel 6.1.0) loses its driver; web-01 only gets a model-only note; legacy-app-01 has
    // 0002.
    QVERIFY(model->index(1, 0).data(BulkPreviewModel::NewErrorRole).toBool());
    QVERIFY(!model->index(0, 0).data(BulkPreviewModel::NewErrorRole).toBool());
    QVERIFY(!model->index(2, 0).data(BulkPreviewModel::NewErrorRole).toBool());
    QCOMPARE(model->index(1, BulkPreviewModel::DriverAfter).data().toString(), QStringLiteral("linux → none"));
    QVERIFY(model->index(1, BulkPreviewModel::NewFindings).data().toString().contains(QLatin1String("XP-LINUX-0002")));
    QCOMPARE(model->index(2, BulkPreviewModel::Eligibility).data().toString(), QStringLiteral("no change"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))
                ->text()
                .contains(QLatin1String("would get a new error finding")));

    // The error row stands out in light and dark palettes alike, with the style's error icon on its findings.
    const QPalette light = QGuiApplication::palette();
    for (const QPalette& palette : {light, darkPalette()}) {
        ExposedDelegate delegate(BulkPreviewModel::SeverityRole, BulkPreviewModel::NewErrorRole,
                                 BulkPreviewModel::NewFindings);
        const QStyleOptionViewItem errorRow = delegate.option(model->index(1, BulkPreviewModel::Vm), palette);
        QCOMPARE(errorRow.backgroundBrush, SeverityDelegate::alertBackground(palette));
        QVERIFY(errorRow.backgroundBrush.color() != palette.color(QPalette::Base));
        QCOMPARE(delegate.option(model->index(0, BulkPreviewModel::Vm), palette).backgroundBrush.style(), Qt::NoBrush);
        const QStyleOptionViewItem findings = delegate.option(model->index(1, BulkPreviewModel::NewFindings), palette);
        QVERIFY(findings.features & QStyleOptionViewItem::HasDecoration);
        QVERIFY(!findings.icon.isNull());
        QVERIFY(!(delegate.option(model->index(2, BulkPreviewModel::NewFindings), palette).features &
                  QStyleOptionViewItem::HasDecoration));
    }
    QVERIFY(
        qobject_cast<SeverityDelegate*>(dialog->findChild<QTableView*>(QStringLiteral("bulkTable"))->itemDelegate()));

    // Declined: nothing opens, nothing is written.
    m_answer = false;
    dialog->findChild<QPushButton*>(QStringLiteral("bulkReview"))->click();
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("XP-LINUX-0002-UNSUPPORTED: web-02")),
             qPrintable(m_questions.first()));
    QVERIFY(!m_questions.first().contains(QLatin1String("web-01")));
    QVERIFY(!dialog->pushDialog());

    // Confirmed: the diff dialog opens with every VM, the refused and unchanged ones included.
    m_answer = true;
    dialog->findChild<QPushButton*>(QStringLiteral("bulkReview"))->click();
    QCOMPARE(m_questions.size(), 2);
    QVERIFY(dialog->pushDialog());
    QCOMPARE(dialog->pushDialog()->model()->rowCount(), 3);
    QCOMPARE(dialog->pushDialog()->model()->writableCount(), 2);

    // The write confirmation of the diff dialog, the last word before anything is written, names them again.
    m_answer = false;
    dialog->pushDialog()->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QCOMPARE(m_questions.size(), 3);
    QVERIFY2(m_questions.last().contains(QLatin1String("Write the new definition")), qPrintable(m_questions.last()));
    QVERIFY2(m_questions.last().contains(QLatin1String("XP-LINUX-0002-UNSUPPORTED: web-02")),
             qPrintable(m_questions.last()));
    QVERIFY(!m_questions.last().contains(QLatin1String("web-01")));
    QVERIFY(!dialog->pushDialog()->job());
}

void tst_BulkChangeDialog::readOnlyConnectionDisablesReview()
{
    Fleet readOnly(*m_engine, m_vms);
    QSignalSpy loaded(&readOnly, &Fleet::loaded);
    readOnly.open(DataPaths::demoNodeUri(), true);
    QVERIFY(loaded.wait(10000));
    std::unique_ptr<BulkChangeDialog> dialog(
        dialogFor({QStringLiteral("print-01"), QStringLiteral("dc-01")}, &readOnly));
    addTyped(dialog.get(), QStringLiteral("blacklist+=linux:3"));
    // The preview still works: it is what the admin would apply elsewhere.
    QVERIFY(dialog->model()
                ->index(0, BulkPreviewModel::Eligibility)
                .data()
                .toString()
                .startsWith(QLatin1String("changes")));
    auto review = dialog->findChild<QPushButton*>(QStringLiteral("bulkReview"));
    QVERIFY(!review->isEnabled());
    auto reason = dialog->findChild<QLabel*>(QStringLiteral("bulkReadOnly"));
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(QLatin1String("read-only")), qPrintable(reason->text()));
    dialog->review();
    QVERIFY(!dialog->pushDialog());
    QVERIFY(m_questions.isEmpty());
}

void tst_BulkChangeDialog::blacklistTemplateFromAVm()
{
    std::unique_ptr<BulkChangeDialog> dialog(
        dialogFor({QStringLiteral("print-01"), QStringLiteral("hr-legacy-01"), QStringLiteral("files-02")}));
    auto source = dialog->findChild<QComboBox*>(QStringLiteral("bulkBlacklistSource"));
    // hr-legacy-01 and files-02 carry the fleet-wide entry; print-01 has none.
    QCOMPARE(source->count(), 2);
    QVERIFY(source->itemText(0).startsWith(QLatin1String("hr-legacy-01")));
    source->setCurrentIndex(1);
    dialog->findChild<QPushButton*>(QStringLiteral("bulkCopyBlacklist"))->click();
    QCOMPARE(dialog->editor()->changeTexts(), QStringList{QStringLiteral("blacklist+=xensource-windows:60")});
    BulkPreviewModel* model = dialog->model();
    QVERIFY(model->index(0, BulkPreviewModel::Eligibility).data().toString().startsWith(QLatin1String("changes")));
    QVERIFY(model->index(1, BulkPreviewModel::Eligibility).data().toString().contains(QLatin1String("already")));
    QVERIFY(model->index(2, BulkPreviewModel::Eligibility).data().toString().contains(QLatin1String("already")));
}

void tst_BulkChangeDialog::closingAsksAboutUnappliedChanges()
{
    std::unique_ptr<BulkChangeDialog> dialog(dialogFor({QStringLiteral("print-01")}));
    // Nothing composed: closes without a question.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
    QVERIFY(m_questions.isEmpty());

    dialog->show();
    addTyped(dialog.get(), QStringLiteral("windows-update=off"));
    m_answer = false;
    dialog->findChild<QPushButton*>(QStringLiteral("bulkClose"))->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("no VM is changed")), qPrintable(m_questions.first()));
    m_answer = true;
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void tst_BulkChangeDialog::vanishedVmIsReported()
{
    auto dialog = std::make_unique<BulkChangeDialog>(
        m_fleet, QStringList{keyOf(QStringLiteral("print-01")), DataPaths::demoNodeUri() + QStringLiteral("/gone")});
    QCOMPARE(dialog->model()->rowCount(), 1);
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text();
    QVERIFY2(summary.contains(QLatin1String("no longer listed")), qPrintable(summary));
}

void tst_BulkChangeDialog::gridShowsTheVmsAsReadBack()
{
    const QStringList vms{QStringLiteral("print-01"), QStringLiteral("acct-01")};
    std::unique_ptr<BulkChangeDialog> dialog(dialogFor(vms));
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(dialog->model(), &QAbstractItemModel::modelReset);
    addTyped(dialog.get(), QStringLiteral("vendor-device=0xc000"));
    const QHash<QString, QStringList> before = findingIdsNow(keysOf(vms));
    dialog->review();
    QVERIFY(dialog->pushDialog());
    const QString planned = dialog->model()->index(1, BulkPreviewModel::DevicesAfter).data().toString();
    QVERIFY2(planned.contains(QLatin1String("vendor 5853:c000")), qPrintable(planned));

    // Another console changes acct-01 in between: its define is refused, and the grid must show what the other
    // console wrote, not the prediction the review was made on.
    QString error;
    const std::optional<ConfigChange> other = ConfigChange::parse(QStringLiteral("platform-device=0x0002"), &error);
    QVERIFY2(other, qPrintable(error));
    PushDialog elsewhere(
        QStringLiteral("elsewhere"), m_fleet->connection(),
        {DomainPush::prepareOn(m_fleet->uri(), m_fleet->record(keyOf(vms.at(1)))->snapshot, {*other})});
    elsewhere.setConfirmer([](QWidget*, const QString&) { return true; });
    QSignalSpy elsewhereDone(&elsewhere, &PushDialog::runFinished);
    elsewhere.apply();
    QVERIFY(elsewhereDone.wait(10000));
    QCOMPARE(elsewhere.job()->count(Status::Verified), 1);

    applyAndSettle(dialog.get());
    BulkPreviewModel* model = dialog->model();
    QCOMPARE(model->result(0)->status, Status::Verified);
    QCOMPARE(model->result(1)->status, Status::Conflict);
    compareWithFleet(dialog.get(), before);
    QVERIFY(model->index(0, BulkPreviewModel::DevicesAfter).data().toString().contains(QLatin1String("5853:c000")));
    const QString now = model->index(1, BulkPreviewModel::DevicesAfter).data().toString();
    QVERIFY2(now.contains(QLatin1String("platform 5853:0002")) && now.contains(QLatin1String("vendor none")),
             qPrintable(now));
    QCOMPARE(model->index(1, BulkPreviewModel::Result).data().toString(), PushItemText::status(Status::Conflict));
    QCOMPARE(resets.count(), 0);
    // acct-01 did not take the change: it is left to review again, on what libvirt holds now.
    auto review = dialog->findChild<QPushButton*>(QStringLiteral("bulkReview"));
    QVERIFY(model->index(1, BulkPreviewModel::Eligibility).data().toString().startsWith(QLatin1String("changes")));
    QVERIFY(review->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("bulkSummary"))->text().contains(QLatin1String("still differ")));
}

void tst_BulkChangeDialog::pickVmsByQuery_data()
{
    QTest::addColumn<VmQuery::Kind>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("os-server-2019") << VmQuery::Kind::Os << QStringLiteral("server 2019");
    QTest::newRow("os-linux") << VmQuery::Kind::Os << QStringLiteral("Linux");
    QTest::newRow("finding-child-ids") << VmQuery::Kind::Finding << QStringLiteral("XP-CHILD-IDS-CHANGE");
    QTest::newRow("finding-no-pv") << VmQuery::Kind::Finding << QStringLiteral("XP-NO-PV");
    QTest::newRow("device-model") << VmQuery::Kind::Flavour << QStringLiteral("xenserver-trad");
    QTest::newRow("running") << VmQuery::Kind::State << LibvirtSession::stateText(DomainState::Running);
    QTest::newRow("shut-off") << VmQuery::Kind::State << LibvirtSession::stateText(DomainState::ShutOff);
    QTest::newRow("all") << VmQuery::Kind::All << QString();
}

void tst_BulkChangeDialog::pickVmsByQuery()
{
    QFETCH(VmQuery::Kind, kind);
    QFETCH(QString, value);
    // What the fleet shows of each VM decides, not a list of names.
    QSet<QString> expected;
    const QStringList keys = m_fleet->keys();
    for (const QString& key : keys) {
        const VmRow& shown = m_vms->row(m_vms->rowOf(key));
        const VmRecord* record = m_fleet->record(key);
        bool hit = false;
        switch (kind) {
        case VmQuery::Kind::Os: hit = shown.os.contains(value, Qt::CaseInsensitive); break;
        case VmQuery::Kind::Finding: hit = record->outcome.hasFinding(value); break;
        case VmQuery::Kind::Flavour: hit = shown.flavour == value; break;
        case VmQuery::Kind::State: hit = shown.state == value; break;
        case VmQuery::Kind::All: hit = true; break;
        }
        if (hit)
            expected.insert(key);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.size() == keys.size(), kind == VmQuery::Kind::All);

    std::unique_ptr<BulkChangeDialog> dialog(dialogFor({QStringLiteral("print-01")}));
    addTyped(dialog.get(), QStringLiteral("windows-update=off"));
    BulkPreviewModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(model, &QAbstractItemModel::layoutChanged);
    QPersistentModelIndex first(model->index(0, 0));
    setQuery(dialog.get(), kind, value);
    if (QTest::currentTestFailed())
        return;
    const QStringList matches = dialog->queryBar()->matches();
    QCOMPARE(QSet<QString>(matches.cbegin(), matches.cend()), expected);
    const QString count = dialog->findChild<QLabel*>(QStringLiteral("vmQueryCount"))->text();
    QVERIFY2(count.startsWith(QStringLiteral("%1 match").arg(expected.size())), qPrintable(count));

    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryReplace"))->click();
    const QStringList listed = model->keys();
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()), expected);
    QCOMPARE(listed.size(), expected.size());
    QVERIFY(dialog->windowTitle().contains(QString::number(expected.size())));
    // print-01 stays where it was when the query picks it too; otherwise its row went, nothing was reset.
    const bool kept = expected.contains(keyOf(QStringLiteral("print-01")));
    QCOMPARE(first.isValid(), kept);
    if (kept)
        QCOMPARE(first.row(), 0);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    // Every picked VM is previewed with the composed change.
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, BulkPreviewModel::Eligibility).data().toString().isEmpty());

    // Picking the same VMs again changes nothing.
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryReplace"))->click();
    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryExtend"))->click();
    QCOMPARE(inserted.count() + removed.count() + changed.count() + resets.count(), 0);
}

void tst_BulkChangeDialog::pickingExtendsAndKeepsRows()
{
    std::unique_ptr<BulkChangeDialog> dialog(dialogFor({QStringLiteral("print-01"), QStringLiteral("web-02")}));
    addTyped(dialog.get(), QStringLiteral("windows-update=off"));
    BulkPreviewModel* model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex web02(model->index(1, BulkPreviewModel::Eligibility));
    const QString web02Eligibility = web02.data().toString();

    // Running VMs join: the two rows stay first and are not recomputed, the others are appended at once.
    const QString running = LibvirtSession::stateText(DomainState::Running);
    setQuery(dialog.get(), VmQuery::Kind::State, running);
    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryExtend"))->click();
    int runningCount = 0;
    for (int r = 0; r < m_vms->rowCount(); ++r)
        runningCount += m_vms->row(r).state == running ? 1 : 0;
    QCOMPARE(model->rowCount(), 1 + runningCount); // web-02 runs already
    QCOMPARE(model->index(0, BulkPreviewModel::Vm).data().toString(), QStringLiteral("print-01"));
    QCOMPARE(web02.row(), 1);
    QCOMPARE(web02.data().toString(), web02Eligibility);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 0);

    // Replaced by the VMs with a finding: those that do not have it leave, in runs, without a reset.
    setQuery(dialog.get(), VmQuery::Kind::Finding, QStringLiteral("XP-NO-PV"));
    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryReplace"))->click();
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(m_fleet->record(model->keys().at(row))->outcome.hasFinding(QStringLiteral("XP-NO-PV")));
    QCOMPARE(model->rowCount(), dialog->queryBar()->matches().size());
    QVERIFY(!web02.isValid());
    QVERIFY(removed.count() >= 1);
    QCOMPARE(resets.count(), 0);

    setQuery(dialog.get(), VmQuery::Kind::All, QString());
    dialog->findChild<QPushButton*>(QStringLiteral("vmQueryReplace"))->click();
    QCOMPARE(model->rowCount(), m_fleet->size());
    QCOMPARE(resets.count(), 0);
}

void tst_BulkChangeDialog::saysWhichConnection()
{
    std::unique_ptr<BulkChangeDialog> dialog(dialogFor({QStringLiteral("print-01")}));
    const QString name = ConnectionListModel::displayName(m_fleet->uri());
    QCOMPARE(name, QStringLiteral("demo node"));
    auto label = dialog->findChild<QLabel*>(QStringLiteral("bulkConnection"));
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().contains(name), qPrintable(label->text()));
    QVERIFY2(dialog->windowTitle().contains(name), qPrintable(dialog->windowTitle()));
}

QTEST_MAIN(tst_BulkChangeDialog)
#include "tst_BulkChangeDialog.moc"
