// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"

#include <QProcess>
#include <QTest>

class tst_XpctlProcess : public QObject
{
    Q_OBJECT

private slots:
    void versionExitsZero();
    void helpPrintsUsage();
    void usageErrorExitsTwo();
    void xpconsoleHelp();

private:
    static QProcess* run(const char* programVariable, const QStringList& args);
};

QProcess* tst_XpctlProcess::run(const char* programVariable, const QStringList& args)
{
    auto process = new QProcess;
    process->start(qEnvironmentVariable(programVariable), args);
    if (!process->waitForFinished(30000))
        qWarning() << "timed out:" << programVariable << args;
    return process;
}

void tst_XpctlProcess::versionExitsZero()
{
    std::unique_ptr<QProcess> p(run("XPCTL", {QStringLiteral("--version")}));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p->readAllStandardOutput()).trimmed(), QStringLiteral("xpctl " XP_VERSION_STRING));
}

void tst_XpctlProcess::helpPrintsUsage()
{
    std::unique_ptr<QProcess> p(run("XPCTL", {QStringLiteral("--help")}));
    QCOMPARE(p->exitCode(), 0);
    const QString text = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY(text.startsWith(QStringLiteral("Usage:")));
    QVERIFY(text.contains(QStringLiteral("--connect URI")));
}

void tst_XpctlProcess::usageErrorExitsTwo()
{
    std::unique_ptr<QProcess> p(run("XPCTL", {QStringLiteral("--no-such-option")}));
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardOutput().isEmpty());
    QVERIFY(!p->readAllStandardError().isEmpty());
}

void tst_XpctlProcess::xpconsoleHelp()
{
    std::unique_ptr<QProcess> p(run("XPCONSOLE", {QStringLiteral("--help")}));
    QCOMPARE(p->exitCode(), 0);
    const QString text = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("--connect")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("--lang")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_XpctlProcess)
#include "tst_XpctlProcess.moc"
