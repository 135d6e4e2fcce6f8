// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/PnputilParser.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(XP_TEST_DATA_DIR "/pnputil/") + QLatin1String(name);
}

QByteArray readFixture(const char* name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// "published|original|provider|class|guid|yyyy-mm-dd|version|signer|line"
QString summary(const PnputilParser::Package& p)
{
    return QStringList{p.publishedName,      p.originalName, p.provider,
                       p.className,          p.classGuid,    p.date.toString(Qt::ISODate),
                       p.version.toString(), p.signer,       QString::number(p.lineNumber)}
        .join(QLatin1Char('|'));
}
} // namespace

class tst_PnputilParser : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void otherFieldsKept();
    void parseError_data();
    void parseError();
    void missingFile();
};

void tst_PnputilParser::layouts_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("packages");
    const QStringList legacy{
        QStringLiteral("oem0.inf||Microsoft|Printers||2006-06-21|10.0.14393.0|Microsoft Windows|3"),
        QStringLiteral("oem1.inf||Citrix Systems, Inc.|System devices||2012-04-23|6.0.2.56921|Citrix Systems, Inc.|9"),
        QStringLiteral(
            "oem2.inf||Citrix Systems, Inc.|Network adapters||2012-04-23|6.0.2.56921|Citrix Systems, Inc.|15"),
        QStringLiteral("oem3.inf||Citrix|System devices||2015-11-04|8.1.0.38|"
                       "Microsoft Windows Hardware Compatibility Publisher|21"),
    };
    const QString system = QStringLiteral("System devices|{4d36e97d-e325-11ce-bfc1-08002be10318}");
    const QString whql = QStringLiteral("Microsoft Windows Hardware Compatibility Publisher");
    const QStringList win11{
        QStringLiteral("oem4.inf|prnms009.inf|Microsoft|Printers|{4d36e979-e325-11ce-bfc1-08002be10318}|2006-06-21|"
                       "10.0.22621.1|Microsoft Windows|3"),
        QStringLiteral("oem7.inf|xenbus.inf|XenServer|%1|2025-08-20|9.1.0.7|%2|12").arg(system, whql),
        QStringLiteral("oem8.inf|xenvif.inf|XenServer|%1|2025-08-20|9.1.0.7|%2|20").arg(system, whql),
        QStringLiteral("oem9.inf|xenbus.inf|Xen Project|%1|2025-08-20|9.1.0.3|Xen Project Test Signing|28").arg(system),
        QStringLiteral("oem12.inf|xenvbd_ext.inf|XenServer|Extensions|{e2f84ce7-8efa-411c-aa69-97454ca4cb57}|"
                       "2025-08-20|9.1.0.7|%1|36")
            .arg(whql),
    };
    QTest::newRow("older-layout-crlf") << readFixture("enum-drivers-legacy.txt") << legacy;
    QTest::newRow("windows-11-layout") << readFixture("enum-drivers-win11.txt") << win11;
    // PowerShell's redirection writes UTF-16LE with a byte-order mark.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray wide = utf16.encode(QString::fromUtf8(readFixture("enum-drivers-win11.txt")));
    QTest::newRow("windows-11-layout-utf16") << wide << win11;
    // A localised title and no blank line between records: the next published name starts a record.
    QTest::newRow("localised-title-no-separator")
        << QByteArray("Microsoft-PnP-Dienstprogramm\n\nPublished Name: oem1.inf\nProvider Name: A\n"
                      "Published Name: oem2.inf\nProvider Name: B\n")
        << QStringList{QStringLiteral("oem1.inf||A||||||3"), QStringLiteral("oem2.inf||B||||||5")};
    QTest::newRow("empty-output") << QByteArray("Microsoft PnP Utility\r\n\r\n") << QStringList{};
}

void tst_PnputilParser::layouts()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, packages);
    QVERIFY(!data.isEmpty());
    const PnputilParser::Result result = PnputilParser::parse(data, QStringLiteral("drivers.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QStringList actual;
    for (const PnputilParser::Package& package : result.value)
        actual << summary(package);
    QCOMPARE(actual, packages);
}

void tst_PnputilParser::otherFieldsKept()
{
    const PnputilParser::Result result = PnputilParser::parseFile(fixture("enum-drivers-win11.txt"));
    QVERIFY(result.ok());
    QCOMPARE(result.value.size(), 5);
    using Field = QPair<QString, QString>;
    QCOMPARE(result.value.at(0).otherFields, (QList<Field>{{QStringLiteral("Class Version"), QStringLiteral("4.0")}}));
    QCOMPARE(result.value.at(1).otherFields, QList<Field>{});
    QCOMPARE(
        result.value.at(4).otherFields,
        (QList<Field>{{QStringLiteral("Extension ID"), QStringLiteral("{6b2a7a36-2f7c-4d69-8e1a-0c4c5bb1f0d1}")}}));
}

void tst_PnputilParser::parseError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");
    QTest::newRow("record-without-published-name")
        << QByteArray("Microsoft PnP Utility\n\nPublished Name: oem1.inf\n\nOriginal Name: xenbus.inf\n"
                      "Provider Name: XenServer\n")
        << QStringLiteral("d.txt:5: The driver package record has no published name (oemNN.inf).");
    QTest::newRow("empty-published-name") << QByteArray("Published name :   \r\nClass : System devices\r\n")
                                          << QStringLiteral("d.txt:1: The driver package record has no published "
                                                            "name (oemNN.inf).");
    QTest::newRow("bad-date") << QByteArray("Published Name: oem1.inf\nDriver Version: 13/40/2020 1.0.0.0\n")
                              << QStringLiteral("d.txt:2: The driver date and version '13/40/2020 1.0.0.0' is not "
                                                "'mm/dd/yyyy w.x.y.z'.");
    QTest::newRow("localised-date-format") << QByteArray("Published Name: oem1.inf\nDriver Version: 21.06.2006 "
                                                         "10.0.1.0\n")
                                           << QStringLiteral("d.txt:2: The driver date and version '21.06.2006 "
                                                             "10.0.1.0' is not 'mm/dd/yyyy w.x.y.z'.");
    QTest::newRow("bad-version") << QByteArray("\n\nPublished name : oem1.inf\nDriver date and version : 06/21/2006 "
                                               "1.70000.0.0\n")
                                 << QStringLiteral("d.txt:4: The driver date and version '06/21/2006 1.70000.0.0' is "
                                                   "not 'mm/dd/yyyy w.x.y.z'.");
    QTest::newRow("missing-version") << QByteArray("Published name : oem1.inf\nDriver date and version : 06/21/2006\n")
                                     << QStringLiteral("d.txt:2: The driver date and version '06/21/2006' is not "
                                                       "'mm/dd/yyyy w.x.y.z'.");
}

void tst_PnputilParser::parseError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const PnputilParser::Result result = PnputilParser::parse(data, QStringLiteral("d.txt"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(), message);
}

void tst_PnputilParser::missingFile()
{
    const PnputilParser::Result result = PnputilParser::parseFile(fixture("nothing.txt"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->line, 0);
    QVERIFY(result.error->toString().startsWith(QLatin1String("nothing.txt: Cannot read the file: ")));
}

QTEST_GUILESS_MAIN(tst_PnputilParser)
#include "tst_PnputilParser.moc"
