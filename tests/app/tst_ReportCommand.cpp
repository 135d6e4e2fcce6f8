// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlRun.h"
#include "PythonCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// xpctl report (issue 20 item 3) on the demo node: one row per VM saying what `list` says of it, and a CSV that a
// standard parser reads back to the same rows as the JSON.
class tst_ReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void rowsAgreeWithList();
    void csvReadsBackAsTheJson();
    void driverCurrency_data();
    void driverCurrency();
    void everyRowSaysWhetherItsDriversAreCurrent();
    void usage_data();
    void usage();
};

namespace {

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list << (v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : v.toString());
    list.removeDuplicates();
    return list;
}

QString text(const QJsonValue& value)
{
    return value.isNull() ? QString() : value.toString();
}

/// The demo node's report as JSON rows by VM name (one xpctl run for every row of a data-driven test).
const QHash<QString, QJsonObject>& demoReport()
{
    static const QHash<QString, QJsonObject> rows = [] {
        QHash<QString, QJsonObject> byName;
        const CtlRun report =
            CtlRun::xpctl({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(report.out.toUtf8()).array())
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        return byName;
    }();
    return rows;
}

QStringList words(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

/// "citrix-legacy-6.0=outdated", "xenserver-vmtools-9=outdated?" (uncertain), per driver_currency entry.
QStringList verdicts(const QJsonArray& currency)
{
    QStringList list;
    for (const QJsonValue& v : currency) {
        const QJsonObject o = v.toObject();
        const QString verdict = o.value(QStringLiteral("verdict")).toString();
        const bool doubtful = verdict != QLatin1String("unknown") && !o.value(QStringLiteral("certain")).toBool();
        list << o.value(QStringLiteral("package")).toString() + QLatin1Char('=') + verdict +
                    (doubtful ? QStringLiteral("?") : QString());
    }
    return list;
}

} // namespace

void tst_ReportCommand::rowsAgreeWithList()
{
    const CtlRun report = CtlRun::xpctl({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(report.status, 0);
    const CtlRun list = CtlRun::xpctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QHash<QString, QJsonObject> listed;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        listed.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    const QJsonArray rows = QJsonDocument::fromJson(report.out.toUtf8()).array();
    QCOMPARE(rows.size(), listed.size());
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QString name = row.value(QStringLiteral("name")).toString();
        const QJsonObject vm = listed.value(name);
        QVERIFY2(!vm.isEmpty(), qPrintable(name));
        QCOMPARE(row.value(QStringLiteral("uuid")), vm.value(QStringLiteral("uuid")));
        QCOMPARE(row.value(QStringLiteral("host")).toString(), QStringLiteral("demo node"));
        QCOMPARE(row.value(QStringLiteral("state")), vm.value(QStringLiteral("state")));
        QCOMPARE(row.value(QStringLiteral("flavour")), vm.value(QStringLiteral("flavour")));
        QCOMPARE(row.value(QStringLiteral("os_source")), vm.value(QStringLiteral("os_source")));
        QCOMPARE(row.value(QStringLiteral("predicted_driver")), vm.value(QStringLiteral("active_driver")));
        const QStringList findings = strings(vm.value(QStringLiteral("findings")).toArray());
        QCOMPARE(strings(row.value(QStringLiteral("findings")).toArray()), findings);
        // The worst finding is one of them, of the worst severity list shows.
        const QString worst = text(row.value(QStringLiteral("worst_finding")));
        QCOMPARE(worst.isEmpty(), findings.isEmpty());
        for (const QJsonValue& f : vm.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toString() == worst)
                QCOMPARE(f.toObject().value(QStringLiteral("severity")), row.value(QStringLiteral("worst_severity")));
        // The platform device with its revision, as list gives its parts.
        const QJsonObject platform = vm.value(QStringLiteral("platform_device")).toObject();
        if (!platform.isEmpty())
            QVERIFY2(
                text(row.value(QStringLiteral("platform_device")))
                    .endsWith(QLatin1String("rev ") + platform.value(QStringLiteral("revision")).toString().mid(2)),
                qPrintable(name));
    }
}

void tst_ReportCommand::csvReadsBackAsTheJson()
{
    const CtlRun csv = CtlRun::xpctl({QStringLiteral("report")});
    QCOMPARE(csv.status, 0);
    QString error;
    const QJsonArray parsed = readCsvWithPython(csv.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray rows =
        QJsonDocument::fromJson(
            CtlRun::xpctl({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json")}).out.toUtf8())
            .array();
    QCOMPARE(parsed.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject csvRow = parsed.at(i).toObject();
        const QJsonObject row = rows.at(i).toObject();
        for (const char* key : {"name", "uuid", "host", "state", "os", "flavour", "predicted_driver", "worst_finding"})
            QCOMPARE(csvRow.value(QLatin1String(key)).toString(), text(row.value(QLatin1String(key))));
        QCOMPARE(csvRow.value(QStringLiteral("installed_drivers")).toString(),
                 strings(row.value(QStringLiteral("installed_drivers")).toArray()).join(QLatin1Char(';')));
        QCOMPARE(csvRow.value(QStringLiteral("findings")).toString(),
                 strings(row.value(QStringLiteral("findings")).toArray()).join(QLatin1Char(';')));
        QCOMPARE(csvRow.value(QStringLiteral("drivers_current")).toString(),
                 text(row.value(QStringLiteral("drivers_current"))));
        QCOMPARE(csvRow.value(QStringLiteral("outdated_drivers")).toString(),
                 strings(row.value(QStringLiteral("outdated_drivers")).toArray()).join(QLatin1Char(';')));
        // "id: verdict[?] (current X)", one per installed Windows PV package, in the JSON's order.
        const QStringList currency =
            csvRow.value(QStringLiteral("driver_currency")).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        const QJsonArray objects = row.value(QStringLiteral("driver_currency")).toArray();
        QCOMPARE(currency.size(), objects.size());
        for (qsizetype j = 0; j < currency.size(); ++j) {
            const QJsonObject o = objects.at(j).toObject();
            QVERIFY2(currency.at(j).startsWith(o.value(QStringLiteral("package")).toString() + QLatin1String(": ") +
                                               o.value(QStringLiteral("verdict")).toString()),
                     qPrintable(currency.at(j)));
        }
    }
}

void tst_ReportCommand::driverCurrency_data()
{
    QTest::addColumn<QString>("vm");
    // yes, no, unknown; empty: no Windows PV package installed.
    QTest::addColumn<QString>("driversCurrent");
    QTest::addColumn<QStringList>("verdicts");
    // Lines nobody maintains: outdated whatever the build, and certainly so.
    QTest::newRow("erp-db-01: Citrix legacy") << "erp-db-01"
                                              << "no" << words({"citrix-legacy-6.0=outdated"});
    QTest::newRow("lab-win7-01: GPLPV") << "lab-win7-01"
                                        << "no" << words({"gplpv-1.0=outdated"});
    // Its imported inventory shows xenbus 9.1.0.100 bound to 0001: older than 9.1.11.115, XSA-468's fix.
    QTest::newRow("dc-01: inventory below the XSA-468 floor") << "dc-01"
                                                              << "no" << words({"xenserver-vmtools-9=outdated"});
    // One certainly outdated package is enough for "no".
    QTest::newRow("dc-02: legacy next to Xen Project")
        << "dc-02"
        << "no" << words({"citrix-legacy-6.0=outdated", "xenproject-9.1=outdated?"});
    // No inventory: only the catalogue's placeholder DriverVer, below the floor, so only "outdated?".
    QTest::newRow("files-03: VM Tools, placeholder") << "files-03"
                                                     << "unknown" << words({"xenserver-vmtools-9=outdated?"});
    QTest::newRow("files-02: Xen Project, placeholder") << "files-02"
                                                        << "unknown" << words({"xenproject-9.1=outdated?"});
    // The guest's own xenbus 9.1.0.0 is below the Xen Project floor, but that floor is inferred.
    QTest::newRow("intranet-01: Xen Project floor uncertain") << "intranet-01"
                                                              << "unknown" << words({"xenproject-9.1=outdated?"});
    // The placeholder is above the XCP-ng floor, and no source gives the xenbus of the current release.
    QTest::newRow("print-01: XCP-ng, cannot tell") << "print-01"
                                                   << "unknown" << words({"xcpng-tools-8.3=unknown"});
    // Linux drivers come with the kernel; a Windows guest without PV drivers has nothing to compare.
    QTest::newRow("web-01: Linux") << "web-01" << QString() << QStringList{};
    QTest::newRow("vdi-win11-01: no PV drivers") << "vdi-win11-01" << QString() << QStringList{};
}

void tst_ReportCommand::driverCurrency()
{
    QFETCH(QString, vm);
    QFETCH(QString, driversCurrent);
    QFETCH(QStringList, verdicts);
    QVERIFY2(demoReport().contains(vm), qPrintable(vm));
    const QJsonObject row = demoReport().value(vm);
    QCOMPARE(text(row.value(QStringLiteral("drivers_current"))), driversCurrent);
    const QJsonArray currency = row.value(QStringLiteral("driver_currency")).toArray();
    QCOMPARE(::verdicts(currency), verdicts);
    // Each outdated one is listed with what replaces it: "id (current X)", "id? (...)", "id (no longer maintained...".
    QStringList outdated;
    for (const QJsonValue& v : currency) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("current")).isNull(), !o.value(QStringLiteral("maintained")).toBool());
        if (o.value(QStringLiteral("verdict")).toString() != QLatin1String("outdated"))
            continue;
        const QString expected =
            o.value(QStringLiteral("package")).toString() +
            (o.value(QStringLiteral("certain")).toBool() ? QString() : QStringLiteral("?")) +
            (o.value(QStringLiteral("maintained")).toBool()
                 ? QStringLiteral(" (current %1)").arg(o.value(QStringLiteral("current")).toString())
                 : QStringLiteral(" (no longer maintained"));
        outdated << expected;
    }
    const QStringList listed = strings(row.value(QStringLiteral("outdated_drivers")).toArray());
    QCOMPARE(listed.size(), outdated.size());
    for (qsizetype i = 0; i < listed.size(); ++i)
        QVERIFY2(listed.at(i).startsWith(outdated.at(i)),
                 qPrintable(listed.at(i) + QLatin1String(" / ") + outdated.at(i)));
}

void tst_ReportCommand::everyRowSaysWhetherItsDriversAreCurrent()
{
    QVERIFY(!demoReport().isEmpty());
    for (const QJsonObject& row : demoReport()) {
        const QString name = row.value(QStringLiteral("name")).toString();
        const QJsonValue current = row.value(QStringLiteral("drivers_current"));
        const QJsonArray currency = row.value(QStringLiteral("driver_currency")).toArray();
        // null exactly when no Windows PV package is installed.
        QVERIFY2(current.isNull() == currency.isEmpty(), qPrintable(name));
        if (!current.isNull())
            QVERIFY2(words({"yes", "no", "unknown"}).contains(current.toString()), qPrintable(name));
        // "no" needs a certainly outdated package, "yes" every package certainly current.
        bool certainlyOutdated = false;
        bool allCurrent = !currency.isEmpty();
        for (const QJsonValue& v : currency) {
            const QJsonObject o = v.toObject();
            const bool certain = o.value(QStringLiteral("certain")).toBool();
            certainlyOutdated |= certain && o.value(QStringLiteral("verdict")).toString() == QLatin1String("outdated");
            allCurrent &= certain && o.value(QStringLiteral("verdict")).toString() == QLatin1String("current");
        }
        if (!current.isNull())
            QCOMPARE(current.toString(), certainlyOutdated ? QStringLiteral("no")
                                         : allCurrent      ? QStringLiteral("yes")
                                                           : QStringLiteral("unknown"));
    }
}

void tst_ReportCommand::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad format") << QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("no format value") << QStringList{QStringLiteral("report"), QStringLiteral("--format")};
    QTest::newRow("stray word") << QStringList{QStringLiteral("report"), QStringLiteral("dc-01")};
}

void tst_ReportCommand::usage()
{
    QFETCH(QStringList, args);
    const CtlRun r = CtlRun::xpctl(args);
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.startsWith(QLatin1String("xpctl report: ")));
}

QTEST_GUILESS_MAIN(tst_ReportCommand)
#include "tst_ReportCommand.moc"
