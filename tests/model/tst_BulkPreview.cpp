// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/fleet/BulkPreview.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/VmQuery.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// The bulk preview on the demo node (data/demo-fleet.xml, read through libvirt's test driver), plus a few VMs
// derived from it for the cases the node does not hold: an erp-db-01 twin with Windows Update off, a transient
// domain and one whose metadata is read-only.
namespace {

const QString kUri = QStringLiteral("test://" XP_SOURCE_DIR "/data/demo-fleet.xml");

QList<ConfigChange> parsed(const QStringList& texts)
{
    QList<ConfigChange> list;
    for (const QString& text : texts) {
        QString error;
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        if (!change)
            qFatal("%s", qPrintable(error));
        list.append(*change);
    }
    return list;
}

QStringList sortedIds(const QList<Finding>& findings)
{
    QStringList ids;
    for (const Finding& f : findings)
        ids << f.id;
    ids.sort();
    return ids;
}

enum class Eligible { Changes, NoChange, Refused };

} // namespace

Q_DECLARE_METATYPE(Eligible)
Q_DECLARE_METATYPE(VmQuery::Kind)

class tst_BulkPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entry_data();
    void entry();
    void windowsUpdateOnEveryWindowsVm();
    void itemsKeepTheOrder();
    void modelUpdatesInPlace();
    void writtenShowsWhatLibvirtHolds();
    void modelKeepsResultsAndPicksInRuns();
    void newFindingsTextNamesErrorsAndWarnings();
    void queryMatchesWhatTheTableShows_data();
    void queryMatchesWhatTheTableShows();
    void thousandVms();

private:
    VmRecord derived(const QString& from, const QString& name, const QString& uuidTail,
                     const std::function<void(DomainSnapshot&)>& edit) const;

    std::unique_ptr<DriverCatalogue> m_catalogue;
    std::unique_ptr<BindingEngine> m_engine;
    QList<VmRecord> m_demo;
    QHash<QString, VmRecord> m_byName;
};

void tst_BulkPreview::initTestCase()
{
    m_catalogue = std::make_unique<DriverCatalogue>();
    QVERIFY2(m_catalogue->load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue->errorString()));
    m_engine = std::make_unique<BindingEngine>(*m_catalogue);
    LibvirtSession session;
    const LibvirtResult opened = session.open(kUri, true);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = session.listDomains(&domains, true);
    QVERIFY2(listed.ok(), qPrintable(listed.message));
    QCOMPARE(domains.size(), 29); // data/demo-fleet.xml
    for (const DomainSnapshot& d : std::as_const(domains)) {
        m_demo.append(VmReport::record(kUri, d, *m_engine));
        m_byName.insert(d.name, m_demo.last());
    }

    const auto add = [this](const VmRecord& record) { m_byName.insert(record.config.name, record); };
    add(derived(
        QStringLiteral("erp-db-01"), QStringLiteral("erp-db-02"), QStringLiteral("e002"),
        [](DomainSnapshot& s) { s.inactiveXml.replace("windows-update=\"automatic\"", "windows-update=\"off\""); }));
    add(derived(QStringLiteral("web-01"), QStringLiteral("scratch-01"), QStringLiteral("7001"),
                [](DomainSnapshot& s) { s.persistent = false; }));
    add(derived(QStringLiteral("dc-01"), QStringLiteral("dc-future"), QStringLiteral("f001"),
                [](DomainSnapshot& s) { s.inactiveXml.replace("schema=\"1\"", "schema=\"99\""); }));
    QVERIFY(m_byName[QStringLiteral("dc-future")].config.metadataReadOnly);
    QCOMPARE(m_byName[QStringLiteral("erp-db-02")].config.guest.windowsUpdate, WindowsUpdate::Off);
}

VmRecord tst_BulkPreview::derived(const QString& from, const QString& name, const QString& uuidTail,
                                  const std::function<void(DomainSnapshot&)>& edit) const
{
    DomainSnapshot snapshot = m_byName.value(from).snapshot;
    const QString uuid = snapshot.uuid.left(snapshot.uuid.size() - uuidTail.size()) + uuidTail;
    snapshot.inactiveXml.replace(snapshot.uuid.toUtf8(), uuid.toUtf8());
    snapshot.inactiveXml.replace(QStringLiteral("<name>%1</name>").arg(from).toUtf8(),
                                 QStringLiteral("<name>%1</name>").arg(name).toUtf8());
    snapshot.uuid = uuid;
    snapshot.name = name;
    edit(snapshot);
    return VmReport::record(kUri, snapshot, *m_engine);
}

void tst_BulkPreview::entry_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<Eligible>("eligible");
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QStringList>("newIds");
    QTest::addColumn<int>("worst");
    QTest::addColumn<QString>("driverAfter");

    const QString none;
    const int noWorst = -1;
    const int error = int(Finding::Severity::Error);
    const int warning = int(Finding::Severity::Warning);
    QTest::newRow("wu-on-erp-twin-bugchecks")
        << QStringLiteral("erp-db-02") << QStringList{QStringLiteral("windows-update=automatic")} << Eligible::Changes
        << none << QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")} << error
        << QStringLiteral("xenserver-vmtools-9");
    QTest::newRow("wu-on-already-on-is-no-change")
        << QStringLiteral("erp-db-01") << QStringList{QStringLiteral("windows-update=automatic")} << Eligible::NoChange
        << none << QStringList{} << noWorst << QStringLiteral("xenserver-vmtools-9");
    QTest::newRow("wu-on-legacy-without-vendor-device-is-harmless")
        << QStringLiteral("acct-01") << QStringList{QStringLiteral("windows-update=automatic")} << Eligible::Changes
        << none << QStringList{} << noWorst << QStringLiteral("citrix-legacy-6.0");
    QTest::newRow("vendor-device-and-wu-on-legacy-bugchecks")
        << QStringLiteral("acct-01")
        << QStringList{QStringLiteral("vendor-device=0xc000"), QStringLiteral("windows-update=automatic")}
        << Eligible::Changes << none
        << QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")} << error
        << QStringLiteral("xenserver-vmtools-9");
    QTest::newRow("0002-on-old-linux-kernel")
        << QStringLiteral("web-02") << QStringList{QStringLiteral("platform-device=0x0002")} << Eligible::Changes
        << none
        << QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-LINUX-0002-UNSUPPORTED"),
                       QStringLiteral("XP-NO-PV")}
        << error << QString();
    QTest::newRow("0002-on-windows-vendor-bound")
        << QStringLiteral("dc-01") << QStringList{QStringLiteral("platform-device=0x0002")} << Eligible::Changes << none
        << QStringList{} << noWorst << QStringLiteral("xenserver-vmtools-9");
    QTest::newRow("blacklist-enforced-on-legacy")
        << QStringLiteral("acct-01") << QStringList{QStringLiteral("blacklist+=xensource-windows:60")}
        << Eligible::Changes << none << QStringList{QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-NO-PV")}
        << warning << QString();
    QTest::newRow("blacklist-entry-already-there")
        << QStringLiteral("files-02") << QStringList{QStringLiteral("blacklist+=xensource-windows:60")}
        << Eligible::Refused << QStringLiteral("already in the blacklist") << QStringList{} << noWorst
        << QStringLiteral("xenproject-9.1");
    QTest::newRow("transient-domain") << QStringLiteral("scratch-01")
                                      << QStringList{QStringLiteral("blacklist+=linux:1")} << Eligible::Refused
                                      << QStringLiteral("transient") << QStringList{} << noWorst
                                      << QStringLiteral("linux");
    QTest::newRow("read-only-metadata") << QStringLiteral("dc-future")
                                        << QStringList{QStringLiteral("windows-update=off")} << Eligible::Refused
                                        << QStringLiteral("read-only") << QStringList{} << noWorst
                                        << QStringLiteral("xenserver-vmtools-9");
    QTest::newRow("no-op") << QStringLiteral("sql-02") << QStringList{QStringLiteral("windows-update=off")}
                           << Eligible::NoChange << none << QStringList{} << noWorst
                           << QStringLiteral("xenserver-vmtools-9");
}

void tst_BulkPreview::entry()
{
    QFETCH(QString, vm);
    QFETCH(QStringList, changes);
    QFETCH(Eligible, eligible);
    QFETCH(QString, refusal);
    QFETCH(QStringList, newIds);
    QFETCH(int, worst);
    QFETCH(QString, driverAfter);
    QVERIFY2(m_byName.contains(vm), qPrintable(vm));
    const VmRecord& record = m_byName[vm];

    const BulkPreviewEntry e = BulkPreview::entry(kUri, *m_engine, record, parsed(changes));
    QCOMPARE(e.key, record.config.key);
    QCOMPARE(e.item.name, vm);
    QCOMPARE(e.driverBefore, record.outcome.activeDriver);
    switch (eligible) {
    case Eligible::Changes:
        QVERIFY2(e.item.hasChanges(), qPrintable(e.item.refusal));
        QVERIFY(e.item.diff.contains(QLatin1String("\n+")));
        break;
    case Eligible::NoChange:
        QVERIFY2(e.item.canWrite(), qPrintable(e.item.refusal));
        QVERIFY(!e.item.hasChanges());
        QVERIFY(e.item.diff.isEmpty());
        break;
    case Eligible::Refused:
        QVERIFY(!e.item.canWrite());
        QVERIFY2(e.item.refusal.contains(refusal), qPrintable(e.item.refusal));
        break;
    }
    QCOMPARE(sortedIds(e.newFindings), newIds);
    QCOMPARE(e.worstNew ? int(*e.worstNew) : -1, worst);
    QCOMPARE(e.hasNewError(), worst == int(Finding::Severity::Error));
    QCOMPARE(e.after.activeDriver, driverAfter);
    // A new finding is one the VM does not have now.
    for (const Finding& f : e.newFindings)
        QVERIFY2(!record.outcome.hasFinding(f.id), qPrintable(f.id));
}

void tst_BulkPreview::windowsUpdateOnEveryWindowsVm()
{
    QList<VmRecord> windows;
    for (const VmRecord& r : std::as_const(m_demo))
        if (r.config.guest.os == GuestOs::Windows)
            windows.append(r);
    windows.append(m_byName[QStringLiteral("erp-db-02")]);
    QCOMPARE(windows.size(), 19); // the demo node's 18 Windows VMs and erp-db-02

    const QList<BulkPreviewEntry> entries =
        BulkPreview::compute(kUri, *m_engine, windows, parsed({QStringLiteral("windows-update=automatic")}));
    QCOMPARE(entries.size(), windows.size());
    QStringList changing;
    for (const BulkPreviewEntry& e : entries)
        if (e.item.hasChanges())
            changing << e.item.name;
    changing.sort();
    QCOMPARE(changing, (QStringList{QStringLiteral("acct-01"), QStringLiteral("dc-02"), QStringLiteral("erp-db-02"),
                                    QStringLiteral("hr-legacy-01"), QStringLiteral("intranet-01"),
                                    QStringLiteral("rds-01"), QStringLiteral("scan-01"), QStringLiteral("sql-02")}));

    const QMap<QString, QStringList> errors = BulkPreview::newFindingVms(entries);
    // The twin of erp-db-01 with Windows Update off is the one VM that would become erp-db-01.
    QCOMPARE(errors.keys(), (QStringList{QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")}));
    QCOMPARE(errors.value(QStringLiteral("XP-WU-BUGCHECK-RISK")), QStringList{QStringLiteral("erp-db-02")});
    QCOMPARE(errors.value(QStringLiteral("XP-TWO-STACKS")), QStringList{QStringLiteral("erp-db-02")});
    const QStringList sentences = BulkPreview::newErrorSentences(entries);
    QCOMPARE(sentences.size(), 2);
    QVERIFY2(sentences.at(1).contains(QLatin1String("XP-WU-BUGCHECK-RISK: erp-db-02")), qPrintable(sentences.at(1)));
    // Warnings count when asked for.
    QCOMPARE(BulkPreview::newFindingVms(entries, Finding::Severity::Warning).size(), 2);

    // Windows Update off everywhere gives no VM a new error.
    QVERIFY(BulkPreview::newErrorSentences(
                BulkPreview::compute(kUri, *m_engine, windows, parsed({QStringLiteral("windows-update=off")})))
                .isEmpty());
}

void tst_BulkPreview::itemsKeepTheOrder()
{
    const QList<VmRecord> records{m_byName[QStringLiteral("web-02")], m_byName[QStringLiteral("scratch-01")],
                                  m_byName[QStringLiteral("dc-01")]};
    const QList<BulkPreviewEntry> entries =
        BulkPreview::compute(kUri, *m_engine, records, parsed({QStringLiteral("blacklist+=linux:1")}));
    const QList<PushItem> items = BulkPreview::items(entries);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).name, QStringLiteral("web-02"));
    QCOMPARE(items.at(1).name, QStringLiteral("scratch-01"));
    QVERIFY(!items.at(1).canWrite());
    QCOMPARE(items.at(2).name, QStringLiteral("dc-01"));
    // What the diff dialog counts is what the preview said.
    PushItemModel pushModel(items);
    QCOMPARE(pushModel.writableCount(), 2);
}

void tst_BulkPreview::modelUpdatesInPlace()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QList<VmRecord> records{m_byName[QStringLiteral("web-02")], m_byName[QStringLiteral("dc-01")],
                                  m_byName[QStringLiteral("scratch-01")]};

    model.setEntries(BulkPreview::compute(kUri, *m_engine, records, parsed({QStringLiteral("windows-update=off")})));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(0, BulkPreviewModel::Vm).data().toString(), QStringLiteral("web-02"));
    QCOMPARE(model.index(0, BulkPreviewModel::Eligibility).data().toString(), QStringLiteral("no change"));
    QVERIFY(model.index(1, BulkPreviewModel::Eligibility).data().toString().startsWith(QLatin1String("changes")));
    QVERIFY(model.index(2, BulkPreviewModel::Eligibility).data().toString().startsWith(QLatin1String("refused:")));
    QCOMPARE(model.index(0, BulkPreviewModel::NewFindings).data().toString(), QStringLiteral("none"));
    QVERIFY(!model.index(0, 0).data(BulkPreviewModel::SeverityRole).isValid());

    // The change becomes dangerous for web-02: its row changes in place, nothing is reset or re-inserted.
    model.setEntries(
        BulkPreview::compute(kUri, *m_engine, records, parsed({QStringLiteral("platform-device=0x0002")})));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(model.index(0, 0).data(BulkPreviewModel::SeverityRole).toInt(), int(Finding::Severity::Error));
    QVERIFY(model.index(0, 0).data(BulkPreviewModel::NewErrorRole).toBool());
    QVERIFY(!model.index(1, 0).data(BulkPreviewModel::NewErrorRole).toBool());
    QVERIFY(model.index(0, BulkPreviewModel::NewFindings)
                .data()
                .toString()
                .contains(QLatin1String("XP-LINUX-0002-UNSUPPORTED (error)")));
    QCOMPARE(model.index(0, BulkPreviewModel::DriverAfter).data().toString(), QStringLiteral("linux → none"));
    QCOMPARE(model.index(1, BulkPreviewModel::DriverAfter).data().toString(), QStringLiteral("xenserver-vmtools-9"));

    PushResult result;
    result.status = PushResult::Status::Verified;
    model.setResult(records.at(1).snapshot.uuid, result);
    QCOMPARE(model.index(1, BulkPreviewModel::StatusRole).data(BulkPreviewModel::StatusRole).toInt(),
             int(PushResult::Status::Verified));
    QCOMPARE(model.index(1, BulkPreviewModel::Result).data().toString(), QStringLiteral("written and verified"));
    model.setResult(QStringLiteral("no-such-uuid"), result);

    // One VM disappears and another is selected: one removal, one insertion, the rest in place.
    const QList<VmRecord> next{m_byName[QStringLiteral("web-02")], m_byName[QStringLiteral("dc-01")],
                               m_byName[QStringLiteral("acct-01")]};
    model.setEntries(BulkPreview::compute(kUri, *m_engine, next, parsed({QStringLiteral("platform-device=0x0002")})));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, BulkPreviewModel::Vm).data().toString(), QStringLiteral("acct-01"));
    QCOMPARE(model.rowOf(m_byName[QStringLiteral("acct-01")].config.key), 2);
    QCOMPARE(model.rowOf(m_byName[QStringLiteral("scratch-01")].config.key), -1);
    // The earlier run's result belonged to the earlier change.
    QVERIFY(!model.result(1));
    QVERIFY(!model.index(1, BulkPreviewModel::Result).data().isValid());
}

void tst_BulkPreview::writtenShowsWhatLibvirtHolds()
{
    const VmRecord& web02 = m_byName[QStringLiteral("web-02")];
    const QList<ConfigChange> changes = parsed({QStringLiteral("platform-device=0x0002")});
    const BulkPreviewEntry planned = BulkPreview::entry(kUri, *m_engine, web02, changes);
    QVERIFY(planned.item.hasChanges());
    QCOMPARE(planned.findingsBefore, web02.outcome.findingIds());

    // Written: libvirt holds the new XML, and the fleet reads it back into a record of its own.
    DomainSnapshot snapshot = web02.snapshot;
    snapshot.inactiveXml = planned.item.newXml.toUtf8();
    const VmRecord now = VmReport::record(kUri, snapshot, *m_engine);
    const BulkPreviewEntry written = BulkPreview::written(kUri, planned, now, changes);
    QCOMPARE(written.key, web02.config.key);
    QVERIFY(written.item.canWrite());
    QVERIFY(!written.item.hasChanges());
    QCOMPARE(PushItemText::eligibility(written.item), QStringLiteral("no change"));
    QCOMPARE(written.driverBefore, QStringLiteral("linux"));
    QCOMPARE(written.after.activeDriver, now.outcome.activeDriver);
    const VmRow row = VmReport::toRow(now);
    QCOMPARE(written.platformAfter, row.platformDevice);
    QCOMPARE(written.flavourAfter, row.flavour);
    QCOMPARE(written.vendorAfter, row.vendorDevice);
    QVERIFY(written.platformAfter.startsWith(QLatin1String("5853:0002")));
    QStringList fresh;
    for (const QString& id : now.outcome.findingIds())
        if (!web02.outcome.hasFinding(id) && !fresh.contains(id))
            fresh << id;
    fresh.sort();
    QCOMPARE(sortedIds(written.newFindings), fresh);
    QVERIFY(written.hasNewError());

    // Not written (failed, changed meanwhile): the VM as it is, with the change still left to write.
    const BulkPreviewEntry failed = BulkPreview::written(kUri, planned, web02, changes);
    QVERIFY(failed.item.hasChanges());
    QCOMPARE(failed.after.activeDriver, QStringLiteral("linux"));
    QVERIFY(failed.newFindings.isEmpty());
    QCOMPARE(failed.platformAfter, VmReport::toRow(web02).platformDevice);
    BulkPreviewModel model;
    model.setEntries({failed});
    QCOMPARE(model.index(0, BulkPreviewModel::DriverAfter).data().toString(), QStringLiteral("linux"));
    QCOMPARE(model.index(0, BulkPreviewModel::State).data().toString(),
             LibvirtSession::stateText(web02.snapshot.state));
    QCOMPARE(model.index(0, BulkPreviewModel::DevicesAfter).data().toString(),
             BulkPreviewModel::devicesText(row.flavour, VmReport::toRow(web02).platformDevice, QString()));
}

void tst_BulkPreview::modelKeepsResultsAndPicksInRuns()
{
    BulkPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QStringList names{QStringLiteral("web-01"), QStringLiteral("web-02"), QStringLiteral("dc-01"),
                            QStringLiteral("acct-01"), QStringLiteral("print-01")};
    QList<VmRecord> records;
    for (const QString& name : names)
        records.append(m_byName[name]);
    const QList<ConfigChange> changes = parsed({QStringLiteral("blacklist+=linux:1")});
    const QList<BulkPreviewEntry> entries = BulkPreview::compute(kUri, *m_engine, records, changes);
    model.setEntries(entries);
    PushResult result;
    result.status = PushResult::Status::Verified;
    model.setResult(records.at(2).snapshot.uuid, result);

    // The same VMs after the run: the result stays next to them; a new preview drops it.
    model.setEntries(entries, BulkPreviewModel::Results::Keep);
    QVERIFY(model.result(2));
    model.setEntries(entries);
    QVERIFY(!model.result(2));

    // web-02, dc-01 and print-01 leave: two runs of rows, two removals, the rest in place.
    model.removeKeys(
        {records.at(1).config.key, records.at(4).config.key, records.at(2).config.key, QStringLiteral("no-such-key")});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.keys(), (QStringList{records.at(0).config.key, records.at(3).config.key}));
    QCOMPARE(model.rowOf(records.at(3).config.key), 1);

    // Appending skips the VMs listed already and inserts the others at once.
    const QPersistentModelIndex acct(model.index(1, 0));
    model.appendEntries(entries);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(acct.row(), 1);
    QCOMPARE(model.index(2, BulkPreviewModel::Vm).data().toString(), QStringLiteral("web-02"));
    QCOMPARE(model.rowOf(records.at(4).config.key), 4);
    QCOMPARE(resets.count(), 0);
}

void tst_BulkPreview::newFindingsTextNamesErrorsAndWarnings()
{
    // web-02 loses its driver (an error, and warnings); acct-01's legacy driver gets blacklisted (warnings).
    QList<BulkPreviewEntry> entries = BulkPreview::compute(kUri, *m_engine, {m_byName[QStringLiteral("web-02")]},
                                                           parsed({QStringLiteral("platform-device=0x0002")}));
    entries +=
        BulkPreview::compute(kUri, *m_engine, {m_byName[QStringLiteral("acct-01")], m_byName[QStringLiteral("dc-01")]},
                             parsed({QStringLiteral("blacklist+=xensource-windows:60")}));
    // Each sentence holds one severity: web-02's lost driver is an error, the rest of both VMs' news are warnings.
    const QStringList errors = BulkPreview::newFindingSentences(entries, Finding::Severity::Error);
    QCOMPARE(errors, BulkPreview::newErrorSentences(entries));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().endsWith(QLatin1String("XP-LINUX-0002-UNSUPPORTED: web-02")), qPrintable(errors.first()));
    const QStringList warnings = BulkPreview::newFindingSentences(entries, Finding::Severity::Warning);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).endsWith(QLatin1String("XP-DRIVER-BLACKLISTED: web-02, acct-01")),
             qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).endsWith(QLatin1String("XP-NO-PV: web-02, acct-01")), qPrintable(warnings.at(1)));
    const QString text = BulkPreview::newFindingsText(entries);
    const qsizetype errorsAt = text.indexOf(QLatin1String("New errors"));
    const qsizetype warningsAt = text.indexOf(QLatin1String("New warnings"));
    QVERIFY2(errorsAt >= 0 && warningsAt > errorsAt, qPrintable(text));
    QVERIFY(text.indexOf(errors.first()) > errorsAt);
    QVERIFY(text.indexOf(warnings.at(0)) > warningsAt);
    QVERIFY(text.indexOf(warnings.at(1)) > warningsAt);
    QVERIFY(!text.contains(QLatin1String("dc-01")));
    QVERIFY(BulkPreview::newFindingsText(BulkPreview::compute(kUri, *m_engine, {m_byName[QStringLiteral("dc-01")]},
                                                              parsed({QStringLiteral("windows-update=off")})))
                .isEmpty());
}

void tst_BulkPreview::queryMatchesWhatTheTableShows_data()
{
    QTest::addColumn<VmQuery::Kind>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("os-windows-server") << VmQuery::Kind::Os << QStringLiteral("windows server");
    QTest::newRow("os-linux-any-case") << VmQuery::Kind::Os << QStringLiteral("LINUX");
    QTest::newRow("os-libosinfo-marked") << VmQuery::Kind::Os << QStringLiteral("libosinfo");
    QTest::newRow("finding") << VmQuery::Kind::Finding << QStringLiteral("XP-BUS-LOCKED");
    QTest::newRow("device-model") << VmQuery::Kind::Flavour << QStringLiteral("qemu-traditional");
    QTest::newRow("running") << VmQuery::Kind::State << LibvirtSession::stateText(DomainState::Running);
    QTest::newRow("shut-off") << VmQuery::Kind::State << LibvirtSession::stateText(DomainState::ShutOff);
    QTest::newRow("all") << VmQuery::Kind::All << QString();
}

void tst_BulkPreview::queryMatchesWhatTheTableShows()
{
    QFETCH(VmQuery::Kind, kind);
    QFETCH(QString, value);
    const VmQuery query(kind, value);
    int hits = 0;
    for (const VmRecord& record : std::as_const(m_demo)) {
        const VmRow row = VmReport::toRow(record);
        bool expected = true;
        switch (kind) {
        case VmQuery::Kind::Os: expected = row.os.contains(value, Qt::CaseInsensitive); break;
        case VmQuery::Kind::Finding: expected = record.outcome.hasFinding(value); break;
        case VmQuery::Kind::Flavour: expected = row.flavour == value; break;
        case VmQuery::Kind::State: expected = row.state == value; break;
        case VmQuery::Kind::All: break;
        }
        QVERIFY2(query.matches(record) == expected, qPrintable(record.config.name));
        hits += expected ? 1 : 0;
    }
    QVERIFY(hits > 0);
    QCOMPARE(hits == m_demo.size(), kind == VmQuery::Kind::All);
    // An OS text not typed yet picks nothing, not everything.
    QVERIFY(!VmQuery(VmQuery::Kind::Os, QStringLiteral("  ")).matches(m_demo.first()));
}

void tst_BulkPreview::thousandVms()
{
    QList<VmRecord> records;
    records.reserve(1000);
    for (int i = 0; records.size() < 1000; ++i) {
        VmRecord r = m_demo.at(i % m_demo.size());
        r.snapshot.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        r.config.key = kUri + QLatin1Char('/') + r.snapshot.uuid;
        records.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    const QList<BulkPreviewEntry> entries = BulkPreview::compute(
        kUri, *m_engine, records, parsed({QStringLiteral("blacklist+=xenserver-windows-v7.0+:1")}));
    qInfo() << "bulk preview of 1000 VMs took" << timer.elapsed() << "ms";
    QCOMPARE(entries.size(), 1000);
    QCOMPARE(
        std::count_if(entries.cbegin(), entries.cend(), [](const BulkPreviewEntry& e) { return e.item.hasChanges(); }),
        1000);
    QCOMPARE(entries.at(999).key, records.at(999).config.key);
}

QTEST_MAIN(tst_BulkPreview)
#include "tst_BulkPreview.moc"
