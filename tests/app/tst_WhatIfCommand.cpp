// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlRun.h"
#include "PythonCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTextStream>

// xpctl what-if in process against the bundled demo node (issue 20 item 1): every VM's row is what `preview` says
// of the same change, the classes follow from the findings gained and the driver lost, --where selects what `list`
// shows, and the CSV reads back with a standard parser.
class tst_WhatIfCommand : public QObject
{
    Q_OBJECT

private slots:
    void rowsEqualPreview_data();
    void rowsEqualPreview();
    void classesOnTheDemoNode_data();
    void classesOnTheDemoNode();
    void whereSelectsWhatListShows_data();
    void whereSelectsWhatListShows();
    void csvReadsBackWithAStandardParser();
    void failOnAndUsage_data();
    void failOnAndUsage();

private:
    using Run = CtlRun;
    static Run xpctl(const QStringList& args) { return CtlRun::xpctl(args); }
    static QJsonObject whatIf(const QStringList& sets, const QStringList& extra = {});
};

QJsonObject tst_WhatIfCommand::whatIf(const QStringList& sets, const QStringList& extra)
{
    QStringList args{QStringLiteral("what-if"), QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString& set : sets)
        args << QStringLiteral("--set") << set;
    const Run r = xpctl(args + extra);
    if (r.status != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

namespace {

/// Each id once, in order: preview lists a finding once per package it concerns, the what-if once per VM.
QStringList ids(const QJsonArray& findings)
{
    QStringList list;
    for (const QJsonValue& f : findings) {
        const QString id = f.isObject() ? f.toObject().value(QStringLiteral("id")).toString() : f.toString();
        if (!list.contains(id))
            list << id;
    }
    return list;
}

QHash<QString, QJsonObject> byName(const QJsonObject& result)
{
    QHash<QString, QJsonObject> vms;
    for (const QJsonValue& vm : result.value(QStringLiteral("vms")).toArray())
        vms.insert(vm.toObject().value(QStringLiteral("name")).toString(), vm.toObject());
    return vms;
}

} // namespace

void tst_WhatIfCommand::rowsEqualPreview_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::newRow("vendor device off") << QStringList{QStringLiteral("vendor-device=off")};
    // The debate's "Windows Update publishes the new drivers for DEV_0001".
    QTest::newRow("wu publishes for 0001")
        << QStringList{QStringLiteral("wu-publish+=xenserver-vmtools-9@PCI\\VEN_5853&DEV_0001")};
    QTest::newRow("platform 0002 rev 2") << QStringList{QStringLiteral("platform-device=0x0002:2")};
    QTest::newRow("hosts move to xenserver") << QStringList{QStringLiteral("flavour=xenserver")};
    QTest::newRow("blacklist legacy build")
        << QStringList{QStringLiteral("blacklist+=xensource-windows:60"), QStringLiteral("windows-update=off")};
}

void tst_WhatIfCommand::rowsEqualPreview()
{
    QFETCH(QStringList, sets);
    const QJsonObject result = whatIf(sets);
    const QJsonArray vms = result.value(QStringLiteral("vms")).toArray();
    const Run listed = xpctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(vms.size(), QJsonDocument::fromJson(listed.out.toUtf8()).array().size());
    int total = 0;
    for (const QJsonValue& count : result.value(QStringLiteral("counts")).toObject())
        total += count.toInt();
    QCOMPARE(total, vms.size());
    for (const QJsonValue& value : vms) {
        const QJsonObject vm = value.toObject();
        const QString name = vm.value(QStringLiteral("name")).toString();
        QStringList args{QStringLiteral("preview"), name, QStringLiteral("--format"), QStringLiteral("json")};
        for (const QString& set : sets)
            args << QStringLiteral("--set") << set;
        const Run preview = xpctl(args);
        // A change that does not apply to this VM: preview refuses it, the what-if says why and changes nothing.
        if (vm.contains(QStringLiteral("error"))) {
            QVERIFY2(preview.status == 2 && preview.err.contains(vm.value(QStringLiteral("error")).toString()),
                     qPrintable(name + QLatin1Char(' ') + preview.err));
            QCOMPARE(vm.value(QStringLiteral("class")).toString(), QStringLiteral("unchanged"));
            continue;
        }
        QVERIFY2(preview.status == 0, qPrintable(name + QLatin1Char(' ') + preview.err));
        const QJsonObject expected = QJsonDocument::fromJson(preview.out.toUtf8()).object();
        const QJsonObject after = vm.value(QStringLiteral("after")).toObject();
        QVERIFY2(after.value(QStringLiteral("active_driver")) == expected.value(QStringLiteral("active_driver")),
                 qPrintable(name));
        QVERIFY2(ids(after.value(QStringLiteral("findings")).toArray()) ==
                     ids(expected.value(QStringLiteral("findings")).toArray()),
                 qPrintable(name));
        // Gained and lost are the two predictions' difference.
        const QStringList before =
            ids(vm.value(QStringLiteral("before")).toObject().value(QStringLiteral("findings")).toArray());
        const QStringList now = ids(after.value(QStringLiteral("findings")).toArray());
        for (const QString& id : ids(vm.value(QStringLiteral("gained")).toArray()))
            QVERIFY2(now.contains(id) && !before.contains(id), qPrintable(name + QLatin1Char(' ') + id));
        for (const QString& id : ids(vm.value(QStringLiteral("lost")).toArray()))
            QVERIFY2(before.contains(id) && !now.contains(id), qPrintable(name + QLatin1Char(' ') + id));
    }
}

void tst_WhatIfCommand::classesOnTheDemoNode_data()
{
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QString>("cls");
    // Derived from the engine's rules and the demo node (data/demo-fleet.xml):
    // dc-01 binds xenserver-vmtools-9 to its vendor device C000, where xenbus is active; without C000 xenbus moves
    // to 0001 and every PV child is renamed: XP-CHILD-IDS-CHANGE, a warning, is new -> guest-step.
    QTest::newRow("vendor off: dc-01") << QStringList{QStringLiteral("vendor-device=off")} << QStringLiteral("dc-01")
                                       << QStringLiteral("guest-step");
    // erp-db-01 runs citrix-legacy-6.0 while Windows Update would install xenserver-vmtools-9 for C000
    // (XP-WU-BUGCHECK-RISK, XP-TWO-STACKS); without C000 nothing is installed: both errors go, the legacy stack
    // stays in charge -> changes, stays healthy.
    QTest::newRow("vendor off: erp-db-01")
        << QStringList{QStringLiteral("vendor-device=off")} << QStringLiteral("erp-db-01") << QStringLiteral("healthy");
    // A Linux guest binds its kernel's xen-platform-pci to 0001 whatever the vendor device: nothing changes.
    QTest::newRow("vendor off: backup-01") << QStringList{QStringLiteral("vendor-device=off")}
                                           << QStringLiteral("backup-01") << QStringLiteral("unchanged");
    // web-02 runs Linux 6.1, whose xen-platform-pci does not list 0002 (added in 6.15 and stable backports); with
    // 0002 alone the kernel gets no grant tables and crashes once PV devices appear: XP-LINUX-0002-UNSUPPORTED, an
    // error, is new -> breaks.
    QTest::newRow("platform 0002: web-02") << QStringList{QStringLiteral("platform-device=0x0002:2")}
                                           << QStringLiteral("web-02") << QStringLiteral("breaks");
    // mail-01's guest keeps xenbus locked to 0001 (XENFILT ActiveDeviceID, XP-BUS-LOCKED) and its drivers are not
    // known to force another device: with 0001 gone xenbus stays inactive, nothing is unplugged, the guest runs on
    // emulated devices (XP-NO-PV, a warning) -> xenserver-vmtools-9 was in charge, none is -> loses-pv.
    QTest::newRow("platform 0002: mail-01") << QStringList{QStringLiteral("platform-device=0x0002:2")}
                                            << QStringLiteral("mail-01") << QStringLiteral("loses-pv");
}

void tst_WhatIfCommand::classesOnTheDemoNode()
{
    QFETCH(QStringList, sets);
    QFETCH(QString, vm);
    QFETCH(QString, cls);
    const QJsonObject row = byName(whatIf(sets)).value(vm);
    QVERIFY2(!row.isEmpty(), qPrintable(vm));
    QCOMPARE(row.value(QStringLiteral("class")).toString(), cls);
}

void tst_WhatIfCommand::whereSelectsWhatListShows_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("contains");
    QTest::newRow("os contains Linux") << QStringLiteral("os~linux") << QStringLiteral("os") << QStringLiteral("Linux")
                                       << true;
    QTest::newRow("flavour xenserver-trad") << QStringLiteral("flavour=xenserver-trad") << QStringLiteral("flavour")
                                            << QStringLiteral("xenserver-trad") << false;
    QTest::newRow("driver") << QStringLiteral("driver=xenserver-vmtools-9") << QStringLiteral("active_driver")
                            << QStringLiteral("xenserver-vmtools-9") << false;
    QTest::newRow("state") << QStringLiteral("state=running") << QStringLiteral("state") << QStringLiteral("running")
                           << false;
    QTest::newRow("finding") << QStringLiteral("finding=XP-NO-PV") << QStringLiteral("findings")
                             << QStringLiteral("XP-NO-PV") << false;
}

void tst_WhatIfCommand::whereSelectsWhatListShows()
{
    QFETCH(QString, where);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, contains);
    const Run listed = xpctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QSet<QString> expected;
    for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        const QJsonObject vm = v.toObject();
        const QJsonValue f = vm.value(field);
        const bool hit = f.isArray() ? ids(f.toArray()).contains(value)
                         : contains  ? f.toString().contains(value, Qt::CaseInsensitive)
                                     : f.toString() == value;
        if (hit)
            expected.insert(vm.value(QStringLiteral("name")).toString());
    }
    QVERIFY2(!expected.isEmpty(), "the demo node has no such VM: the row tests nothing");
    const QJsonObject result = whatIf({QStringLiteral("vendor-device=off")}, {QStringLiteral("--where"), where});
    const QList<QString> names = byName(result).keys();
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()), expected);
}

void tst_WhatIfCommand::csvReadsBackWithAStandardParser()
{
    const QStringList sets{QStringLiteral("--set"), QStringLiteral("vendor-device=off")};
    const Run csv =
        xpctl(QStringList{QStringLiteral("what-if"), QStringLiteral("--format"), QStringLiteral("csv")} + sets);
    QCOMPARE(csv.status, 0);
    QString error;
    const QJsonArray rows = readCsvWithPython(csv.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray vms = whatIf({QStringLiteral("vendor-device=off")}).value(QStringLiteral("vms")).toArray();
    QCOMPARE(rows.size(), vms.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QJsonObject vm = vms.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), vm.value(QStringLiteral("name")).toString());
        QCOMPARE(row.value(QStringLiteral("class")).toString(), vm.value(QStringLiteral("class")).toString());
        QCOMPARE(row.value(QStringLiteral("gained")).toString(),
                 ids(vm.value(QStringLiteral("gained")).toArray()).join(QLatin1Char(';')));
        // Uncertain facts hold ";" and "," themselves: one per line inside their quoted field.
        const QStringList facts = ids(vm.value(QStringLiteral("uncertain")).toArray());
        QCOMPARE(row.value(QStringLiteral("uncertain")).toString(), facts.join(QLatin1Char('\n')));
    }
}

void tst_WhatIfCommand::failOnAndUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    const QStringList off{QStringLiteral("what-if"), QStringLiteral("--set"), QStringLiteral("vendor-device=off")};
    // dc-01 lands in guest-step (see classesOnTheDemoNode), no VM breaks.
    QTest::newRow("fail-on guest-step") << off + QStringList{QStringLiteral("--fail-on"), QStringLiteral("guest-step")}
                                        << 1;
    QTest::newRow("fail-on breaks") << off + QStringList{QStringLiteral("--fail-on"), QStringLiteral("breaks")} << 0;
    QTest::newRow("no change given") << QStringList{QStringLiteral("what-if")} << 2;
    QTest::newRow("bad where") << off + QStringList{QStringLiteral("--where"), QStringLiteral("colour=blue")} << 2;
    QTest::newRow("bad class") << off + QStringList{QStringLiteral("--fail-on"), QStringLiteral("awful")} << 2;
    QTest::newRow("bad format") << off + QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2;
    QTest::newRow("bad set") << QStringList{QStringLiteral("what-if"), QStringLiteral("--set"), QStringLiteral("x=y")}
                             << 2;
}

void tst_WhatIfCommand::failOnAndUsage()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    const Run r = xpctl(args);
    QVERIFY2(r.status == status, qPrintable(r.err));
    if (status == 2)
        QVERIFY(r.err.startsWith(QLatin1String("xpctl what-if: ")));
}

QTEST_GUILESS_MAIN(tst_WhatIfCommand)
#include "tst_WhatIfCommand.moc"
