// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/fleet/BulkPreview.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/PushItemModel.h"
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
    QCOMPARE(domains.size(), 27); // data/demo-fleet.xml
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
    QCOMPARE(windows.size(), 17); // the demo node's 16 Windows VMs and erp-db-02

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
