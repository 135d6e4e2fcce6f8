// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Translator.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushJob.h"
#include "model/fleet/VmListModel.h"
#include "model/libvirt/LibvirtConnection.h"
#include "ui/BulkChangeDialog.h"
#include "ui/ChangeEditor.h"
#include "ui/SeverityDelegate.h"

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

private:
    QString keyOf(const QString& name) const;
    QStringList keysOf(const QStringList& names) const;
    /// The dialog with a confirmer that records every question and answers @p answer.
    BulkChangeDialog* dialogFor(const QStringList& names, Fleet* fleet = nullptr);
    void addTyped(BulkChangeDialog* dialog, const QString& text);
    QString storedXml(const QString& uuid);

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

void tst_BulkChangeDialog::bulkChangeReportsPerVmResults_data()
{
    QTest::addColumn<QStringList>("vms");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QList<Status>>("expected");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("written");

    // files-02 has the entry already; dc-01 runs (written now, effective after a power cycle).
    QTest::newRow("blacklist-entry") << QStringList{QStringLiteral("print-01"), QStringLiteral("dc-01"),
                                                    QStringLiteral("files-02"), QStringLiteral("acct-01")}
                                     << QStringLiteral("blacklist+=xensource-windows:60-62")
                                     << QList<Status>{Status::Verified, Status::Verified, Status::Verified,
                                                      Status::Verified}
                                     << QString() << QStringLiteral("builds=\"60-62\"");
    QTest::newRow("blacklist-entry-already-there")
        << QStringList{QStringLiteral("print-01"), QStringLiteral("dc-01"), QStringLiteral("files-02"),
                       QStringLiteral("acct-01")}
        << QStringLiteral("blacklist+=xensource-windows:60")
        << QList<Status>{Status::Verified, Status::Verified, Status::Refused, Status::Verified}
        << QStringLiteral("already in the blacklist") << QStringLiteral("product=\"xensource-windows\" build=\"60\"");
    QTest::newRow("windows-update-off") << QStringList{QStringLiteral("print-01"), QStringLiteral("sql-02"),
                                                       QStringLiteral("hr-legacy-01"), QStringLiteral("dc-01")}
                                        << QStringLiteral("windows-update=off")
                                        << QList<Status>{Status::Verified, Status::Unchanged, Status::Unchanged,
                                                         Status::Verified}
                                        << QString() << QStringLiteral("windows-update=\"off\"");
}

void tst_BulkChangeDialog::bulkChangeReportsPerVmResults()
{
    QFETCH(QStringList, vms);
    QFETCH(QString, change);
    QFETCH(QList<Status>, expected);
    QFETCH(QString, refusal);
    QFETCH(QString, written);
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
    QVERIFY(dialog->newErrorQuestion().isEmpty());

    QSignalSpy finished(dialog.get(), &BulkChangeDialog::runFinished);
    QTest::mouseClick(review, Qt::LeftButton);
    PushDialog* push = dialog->pushDialog();
    QVERIFY(push);
    QVERIFY(push->isVisible());
    QCOMPARE(push->model()->rowCount(), vms.size());
    push->findChild<QPushButton*>(QStringLiteral("pushApply"))->click();
    QVERIFY(finished.wait(10000));
    // Only the write confirmation was asked: no VM gets a new error.
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("Write the new definition")), qPrintable(m_questions.first()));

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

QTEST_MAIN(tst_BulkChangeDialog)
#include "tst_BulkChangeDialog.moc"
