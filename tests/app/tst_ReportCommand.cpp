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
