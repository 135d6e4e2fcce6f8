// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlRun.h"
#include "PythonCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// xpctl strategies in process against the bundled demo node (issue 20 item 2): the JSON counts are the ones
// tst_Strategies derives by hand, every strategy accounts for every VM once, --show of "what shipped" is exactly the
// what-if of its change, the CSV reads back with a standard parser, --where narrows the fleet, usage errors exit 2,
// and the table prints one row per strategy.
class tst_StrategiesCommand : public QObject
{
    Q_OBJECT

private slots:
    void countsAsDerived_data();
    void countsAsDerived();
    void everyStrategyCountsEveryVmOnce();
    void showWhatShippedIsTheWhatIf();
    void showCsvReadsBackWithAStandardParser();
    void whereNarrowsToWindows();
    void usageErrors_data();
    void usageErrors();
    void tableHasOneRowPerStrategy();

private:
    static CtlRun xpctl(const QStringList& args) { return CtlRun::xpctl(args); }
    static QJsonObject json(const QStringList& args);
};

namespace {

const QStringList kClasses{QStringLiteral("breaks"), QStringLiteral("loses-pv"), QStringLiteral("guest-step"),
                           QStringLiteral("healthy"), QStringLiteral("unchanged")};

QJsonObject strategyOf(const QJsonObject& root, const QString& id)
{
    for (const QJsonValue& s : root.value(QStringLiteral("strategies")).toArray())
        if (s.toObject().value(QStringLiteral("id")).toString() == id)
            return s.toObject();
    return {};
}

QHash<QString, QJsonObject> byName(const QJsonObject& result)
{
    QHash<QString, QJsonObject> vms;
    for (const QJsonValue& vm : result.value(QStringLiteral("vms")).toArray())
        vms.insert(vm.toObject().value(QStringLiteral("name")).toString(), vm.toObject());
    return vms;
}

} // namespace

QJsonObject tst_StrategiesCommand::json(const QStringList& args)
{
    const CtlRun r = xpctl(args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    if (r.status != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void tst_StrategiesCommand::countsAsDerived_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QList<int>>("counts"); // breaks, loses-pv, guest-step, healthy, unchanged
    QTest::addColumn<QStringList>("breaks");
    // tests/model/tst_Strategies.cpp derives these by hand from the engine's rules; see the reasons there.
    QTest::newRow("what-shipped") << QStringLiteral("what-shipped") << QList<int>{1, 0, 5, 15, 8}
                                  << QStringList{QStringLiteral("pos-01")};
    QTest::newRow("platform-v2") << QStringLiteral("platform-v2") << QList<int>{1, 2, 3, 3, 20}
                                 << QStringList{QStringLiteral("web-02")};
    QTest::newRow("wu-stub") << QStringLiteral("wu-stub") << QList<int>{0, 1, 0, 3, 25} << QStringList{};
    QTest::newRow("do-nothing") << QStringLiteral("do-nothing") << QList<int>{0, 0, 0, 0, 29} << QStringList{};
}

void tst_StrategiesCommand::countsAsDerived()
{
    QFETCH(QString, strategy);
    QFETCH(QList<int>, counts);
    QFETCH(QStringList, breaks);
    const QJsonObject s = strategyOf(json({QStringLiteral("strategies")}), strategy);
    QVERIFY2(!s.isEmpty(), qPrintable(strategy));
    const QJsonObject perClass = s.value(QStringLiteral("counts")).toObject();
    for (qsizetype c = 0; c < kClasses.size(); ++c)
        QVERIFY2(perClass.value(kClasses.at(c)).toInt(-1) == counts.at(c), qPrintable(kClasses.at(c)));
    QStringList names;
    for (const QJsonValue& vm : s.value(QStringLiteral("vms")).toObject().value(QStringLiteral("breaks")).toArray())
        names << vm.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, breaks);
}

void tst_StrategiesCommand::everyStrategyCountsEveryVmOnce()
{
    const QJsonObject root = json({QStringLiteral("strategies")});
    const int total = root.value(QStringLiteral("vms")).toInt();
    QCOMPARE(total, 29); // data/demo-fleet.xml
    const QJsonArray strategies = root.value(QStringLiteral("strategies")).toArray();
    QCOMPARE(strategies.size(), 8); // data/strategies/strategies.json
    for (const QJsonValue& value : strategies) {
        const QJsonObject s = value.toObject();
        const QString id = s.value(QStringLiteral("id")).toString();
        int sum = 0;
        QSet<QString> seen;
        for (const QString& cls : kClasses) {
            const int n = s.value(QStringLiteral("counts")).toObject().value(cls).toInt(-1);
            const QJsonArray members = s.value(QStringLiteral("vms")).toObject().value(cls).toArray();
            QVERIFY2(members.size() == n, qPrintable(id + QLatin1Char('/') + cls));
            for (const QJsonValue& vm : members) {
                const QString key = vm.toObject().value(QStringLiteral("uuid")).toString();
                QVERIFY2(!seen.contains(key), qPrintable(id + QLatin1Char(' ') + key));
                seen.insert(key);
            }
            sum += n;
        }
        QVERIFY2(sum == total, qPrintable(id));
        QCOMPARE(seen.size(), total);
    }
}

void tst_StrategiesCommand::showWhatShippedIsTheWhatIf()
{
    // "What shipped" is one --set change; its rows must be what `xpctl what-if` says of that change, VM by VM.
    const QJsonObject shown =
        json({QStringLiteral("strategies"), QStringLiteral("--show"), QStringLiteral("what-shipped")});
    const QJsonObject whatIf =
        json({QStringLiteral("what-if"), QStringLiteral("--set"), QStringLiteral("vendor-device=0xc000:0x01")});
    const QHash<QString, QJsonObject> a = byName(shown);
    const QHash<QString, QJsonObject> b = byName(whatIf);
    QCOMPARE(a.size(), 29);
    QCOMPARE(QSet<QString>(a.keyBegin(), a.keyEnd()), QSet<QString>(b.keyBegin(), b.keyEnd()));
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const QJsonObject& s = it.value();
        const QJsonObject& w = b.value(it.key());
        for (const char* field : {"class", "gained", "lost", "before", "after", "uuid", "host"})
            QVERIFY2(s.value(QLatin1String(field)) == w.value(QLatin1String(field)),
                     qPrintable(it.key() + QLatin1Char(' ') + QLatin1String(field)));
    }
    QCOMPARE(shown.value(QStringLiteral("counts")), whatIf.value(QStringLiteral("counts")));
}

void tst_StrategiesCommand::showCsvReadsBackWithAStandardParser()
{
    const CtlRun csv = xpctl({QStringLiteral("strategies"), QStringLiteral("--show"), QStringLiteral("wu-stub"),
                              QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.status == 0, qPrintable(csv.err));
    QString error;
    const QJsonArray rows = readCsvWithPython(csv.out.toUtf8(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray vms = json({QStringLiteral("strategies"), QStringLiteral("--show"), QStringLiteral("wu-stub")})
                               .value(QStringLiteral("vms"))
                               .toArray();
    QCOMPARE(rows.size(), 29);
    QCOMPARE(rows.size(), vms.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        const QJsonObject vm = vms.at(i).toObject();
        const QString name = vm.value(QStringLiteral("name")).toString();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), name);
        QVERIFY2(row.value(QStringLiteral("class")) == vm.value(QStringLiteral("class")), qPrintable(name));
        QStringList gained;
        for (const QJsonValue& id : vm.value(QStringLiteral("gained")).toArray())
            gained << id.toString();
        QVERIFY2(row.value(QStringLiteral("gained")).toString() == gained.join(QLatin1Char(';')), qPrintable(name));
        const QJsonValue driver = vm.value(QStringLiteral("after")).toObject().value(QStringLiteral("active_driver"));
        QVERIFY2(row.value(QStringLiteral("driver_after")).toString() == driver.toString(), qPrintable(name));
        // The stub's uncertain facts hold ',' and ';': one per line inside a quoted field.
        QStringList facts;
        for (const QJsonValue& f : vm.value(QStringLiteral("uncertain")).toArray())
            facts << f.toString();
        QVERIFY2(row.value(QStringLiteral("uncertain")).toString() == facts.join(QLatin1Char('\n')), qPrintable(name));
    }
}

void tst_StrategiesCommand::whereNarrowsToWindows()
{
    // The Windows VMs as `list` names their OS, with the same "contains, any case" rule as --where os~.
    const CtlRun listed = xpctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(listed.status == 0, qPrintable(listed.err));
    int windows = 0;
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    for (const QJsonValue& vm : all)
        if (vm.toObject()
                .value(QStringLiteral("os"))
                .toString()
                .contains(QLatin1String("windows"), Qt::CaseInsensitive))
            ++windows;
    QVERIFY2(windows > 0 && windows < all.size(), "the demo node must have Windows and other VMs");
    const QJsonObject root =
        json({QStringLiteral("strategies"), QStringLiteral("--where"), QStringLiteral("os~Windows")});
    QCOMPARE(root.value(QStringLiteral("vms")).toInt(), windows);
    for (const QJsonValue& value : root.value(QStringLiteral("strategies")).toArray()) {
        int sum = 0;
        for (const QJsonValue& n : value.toObject().value(QStringLiteral("counts")).toObject())
            sum += n.toInt();
        QVERIFY2(sum == windows, qPrintable(value.toObject().value(QStringLiteral("id")).toString()));
    }
}

void tst_StrategiesCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const QString verb = QStringLiteral("strategies");
    QTest::newRow("unknown option") << QStringList{verb, QStringLiteral("--colour"), QStringLiteral("blue")};
    QTest::newRow("unknown strategy") << QStringList{verb, QStringLiteral("--show"), QStringLiteral("nope")};
    // The table of all strategies has no CSV form; one strategy's rows do.
    QTest::newRow("csv without --show") << QStringList{verb, QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::newRow("unknown format") << QStringList{verb, QStringLiteral("--format"), QStringLiteral("xml")};
    QTest::newRow("bad where") << QStringList{verb, QStringLiteral("--where"), QStringLiteral("colour=blue")};
    QTest::newRow("option without value") << QStringList{verb, QStringLiteral("--show")};
}

void tst_StrategiesCommand::usageErrors()
{
    QFETCH(QStringList, args);
    const CtlRun r = xpctl(args);
    QVERIFY2(r.status == 2, qPrintable(QString::number(r.status) + QLatin1Char(' ') + r.err));
    QVERIFY2(r.err.startsWith(QLatin1String("xpctl strategies: ")), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing half-printed
}

void tst_StrategiesCommand::tableHasOneRowPerStrategy()
{
    const CtlRun table = xpctl({QStringLiteral("strategies")});
    QVERIFY2(table.status == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(QLatin1Char('\n'));
    QStringList ids;
    for (const QJsonValue& s : json({QStringLiteral("strategies")}).value(QStringLiteral("strategies")).toArray())
        ids << s.toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(ids.size(), 8);
    // A table row is the id, then the five counts (some with "(N?)"); the descriptions below start with "id: ".
    const QRegularExpression row(QStringLiteral("^(\\S+)((\\s+\\d+(\\s\\(\\d+\\?\\))?){5})$"));
    QStringList rows;
    for (const QString& line : lines)
        if (const auto m = row.match(line); m.hasMatch())
            rows << m.captured(1);
    QCOMPARE(rows, ids); // each id once, in the data file's order
    for (const QString& id : std::as_const(ids)) {
        const qsizetype described = std::count_if(lines.cbegin(), lines.cend(), [&](const QString& line) {
            return line.startsWith(id + QLatin1String(": "));
        });
        QVERIFY2(described == 1, qPrintable(id));
    }
}

QTEST_GUILESS_MAIN(tst_StrategiesCommand)
#include "tst_StrategiesCommand.moc"
