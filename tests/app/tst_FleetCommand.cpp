// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlRun.h"
#include "XpTestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// xpctl list/show/preview in process against the bundled demo node (libvirt's test driver).
class tst_FleetCommand : public QObject
{
    Q_OBJECT

private slots:
    void listJsonContract();
    void listJsonIsOneIndentedDocument_data();
    void listJsonIsOneIndentedDocument();
    void showAndPreview_data();
    void showAndPreview();
    void failOn();
    void errors_data();
    void errors();

private:
    using Run = CtlRun;
    static Run xpctl(const QStringList& args) { return CtlRun::xpctl(args); }
};

void tst_FleetCommand::listJsonContract()
{
    const Run r = xpctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.status, 0);
    const QJsonArray vms = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(vms.size() >= 12);
    const QStringList keys{QStringLiteral("name"),          QStringLiteral("state"),
                           QStringLiteral("flavour"),       QStringLiteral("platform_device"),
                           QStringLiteral("vendor_device"), QStringLiteral("active_driver"),
                           QStringLiteral("unplugged"),     QStringLiteral("findings")};
    for (const QJsonValue& v : vms) {
        const QJsonObject vm = v.toObject();
        for (const QString& key : keys)
            QVERIFY2(vm.contains(key),
                     qPrintable(vm.value(QStringLiteral("name")).toString() + QLatin1Char(' ') + key));
        for (const QJsonValue& f : vm.value(QStringLiteral("findings")).toArray()) {
            const QString severity = f.toObject().value(QStringLiteral("severity")).toString();
            QVERIFY(severity == QLatin1String("info") || severity == QLatin1String("warning") ||
                    severity == QLatin1String("error"));
            QVERIFY(f.toObject().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("XP-")));
        }
        const QJsonValue platform = vm.value(QStringLiteral("platform_device"));
        QVERIFY(platform.isNull() ||
                platform.toObject().value(QStringLiteral("device_id")).toString().startsWith(QStringLiteral("0x")));
    }
}

void tst_FleetCommand::listJsonIsOneIndentedDocument_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<int>("vms");
    QTest::newRow("demo fleet") << QByteArray() << -1;
    QTest::newRow("no domains") << QByteArray("<node>\n</node>\n") << 0;
}

// xpctl list renders each VM's object on its own thread and joins them: the bytes must be exactly those of
// QJsonDocument::toJson(Indented) over the whole array, in name order, as before.
void tst_FleetCommand::listJsonIsOneIndentedDocument()
{
    QFETCH(QByteArray, node);
    QFETCH(int, vms);
    QStringList args{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
    QTemporaryDir dir;
    if (!node.isEmpty()) {
        QFile file(dir.filePath(QStringLiteral("node.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(node);
        file.close();
        args.prepend(QStringLiteral("test://") + file.fileName());
        args.prepend(QStringLiteral("--connect"));
    }
    const Run r = xpctl(args);
    QCOMPARE(r.status, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(r.out, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    const QJsonArray array = document.array();
    if (vms >= 0)
        QCOMPARE(array.size(), vms);
    else
        QVERIFY(array.size() >= 12);
    for (qsizetype i = 1; i < array.size(); ++i)
        QVERIFY(array.at(i - 1).toObject().value(QStringLiteral("name")).toString() <
                array.at(i).toObject().value(QStringLiteral("name")).toString());
}

void tst_FleetCommand::showAndPreview_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("absent");
    QTest::newRow("show star VM") << QStringList{QStringLiteral("show"), QStringLiteral("erp-db-01")}
                                  << QStringLiteral("XP-WU-BUGCHECK-RISK") << QString();
    QTest::newRow("preview removes the vendor device")
        << QStringList{QStringLiteral("preview"), QStringLiteral("erp-db-01"), QStringLiteral("--set"),
                       QStringLiteral("vendor-device=off")}
        << QStringLiteral("citrix-legacy-6.0") << QStringLiteral("XP-WU-BUGCHECK-RISK");
    QTest::newRow("imported INF joins the store")
        << QStringList{QStringLiteral("preview"), QStringLiteral("vdi-win11-01"), QStringLiteral("--inf"),
                       QStringLiteral(XP_TEST_DATA_DIR "/inf/xenbus-upstream.inf")}
        << QStringLiteral("Active driver:   user:xenbus-upstream.inf") << QStringLiteral("XP-NO-PV");
    QTest::newRow("preview as json") << QStringList{QStringLiteral("preview"),  QStringLiteral("erp-db-01"),
                                                    QStringLiteral("--set"),    QStringLiteral("windows-update=off"),
                                                    QStringLiteral("--format"), QStringLiteral("json")}
                                     << QStringLiteral("\"active_driver\": \"citrix-legacy-6.0\"")
                                     << QStringLiteral("XP-WU-BUGCHECK-RISK");
}

void tst_FleetCommand::showAndPreview()
{
    QFETCH(QStringList, args);
    QFETCH(QString, contains);
    QFETCH(QString, absent);
    const Run r = xpctl(args);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(contains), qPrintable(r.out));
    if (!absent.isEmpty())
        QVERIFY2(!r.out.contains(absent), qPrintable(r.out));
}

void tst_FleetCommand::failOn()
{
    QCOMPARE(xpctl({QStringLiteral("show"), QStringLiteral("erp-db-01"), QStringLiteral("--fail-on"),
                    QStringLiteral("error")})
                 .status,
             1);
    QCOMPARE(xpctl({QStringLiteral("list"), QStringLiteral("--fail-on"), QStringLiteral("error")}).status, 1);
}

void tst_FleetCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad inf") << QStringList{QStringLiteral("show"), QStringLiteral("erp-db-01"),
                                            QStringLiteral("--inf"), QStringLiteral("/nonexistent.inf")}
                             << 2 << QStringLiteral("nonexistent.inf");
    QTest::newRow("unknown vm") << QStringList{QStringLiteral("show"), QStringLiteral("nope")} << 2
                                << QStringLiteral("no VM named 'nope'");
    QTest::newRow("bad set") << QStringList{QStringLiteral("preview"), QStringLiteral("erp-db-01"),
                                            QStringLiteral("--set"), QStringLiteral("vendor-device=0x10000")}
                             << 2 << QStringLiteral("vendor-device=0x10000");
    QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << 2 << QStringLiteral("--format");
    QTest::newRow("bad fail-on") << QStringList{QStringLiteral("list"), QStringLiteral("--fail-on"),
                                                QStringLiteral("fatal")}
                                 << 2 << QStringLiteral("--fail-on");
    QTest::newRow("unreachable uri") << QStringList{QStringLiteral("--connect"),
                                                    QStringLiteral("test:///nonexistent/node.xml"),
                                                    QStringLiteral("list")}
                                     << 3 << QStringLiteral("cannot open");
    QTest::newRow("set on show") << QStringList{QStringLiteral("show"), QStringLiteral("erp-db-01"),
                                                QStringLiteral("--set"), QStringLiteral("flavour=xenserver-trad")}
                                 << 2 << QStringLiteral("--set");
}

void tst_FleetCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Run r = xpctl(args);
    QCOMPARE(r.status, status);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_FleetCommand)
#include "tst_FleetCommand.moc"
