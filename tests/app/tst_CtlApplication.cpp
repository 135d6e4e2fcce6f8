// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "app/ctl/CtlApplication.h"

#include <QTest>
#include <QTextStream>

class tst_CtlApplication : public QObject
{
    Q_OBJECT

private slots:
    void globalOptions_data();
    void globalOptions();
};

void tst_CtlApplication::globalOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("xpctl " XP_VERSION_STRING) << QString();
    QTest::newRow("version-short") << QStringList{QStringLiteral("-V")} << 0 << QStringLiteral(XP_VERSION_STRING)
                                   << QString();
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--connect URI") << QString();
    QTest::newRow("help-after-connect") << QStringList{QStringLiteral("--connect"), QStringLiteral("test:///default"),
                                                       QStringLiteral("--help")}
                                        << 0 << QStringLiteral("Usage:") << QString();
    QTest::newRow("no-command") << QStringList{} << 2 << QString() << QStringLiteral("no command given");
    QTest::newRow("connect-without-uri") << QStringList{QStringLiteral("--connect")} << 2 << QString()
                                         << QStringLiteral("needs a URI");
    QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QString()
                                    << QStringLiteral("unknown option '--frobnicate'");
    QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")} << 2 << QString()
                                     << QStringLiteral("unknown command 'frobnicate'");
}

void tst_CtlApplication::globalOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    CtlApplication ctl(out, err);
    QCOMPARE(ctl.run(QStringList{QStringLiteral("xpctl")} + args), status);
    out.flush();
    err.flush();
    QVERIFY2(outText.contains(stdoutContains), qPrintable(outText));
    QVERIFY2(errText.contains(stderrContains), qPrintable(errText));
    if (status == 0)
        QVERIFY2(errText.isEmpty(), qPrintable(errText));
}

QTEST_GUILESS_MAIN(tst_CtlApplication)
#include "tst_CtlApplication.moc"
