// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_XpctlProcess : public QObject
{
    Q_OBJECT

private slots:
    void versionExitsZero();
    void helpPrintsUsage();
    void usageErrorExitsTwo();
    void englishPluralForms();
    void xpconsoleHelp();
    void xpconsoleMeasure_data();
    void xpconsoleMeasure();

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

void tst_XpctlProcess::englishPluralForms()
{
    // The sources say "%n blacklist entries"; xpctl installs the English catalog that holds the singular.
    // files-03 of the demo node has one entry its device model does not enforce.
    std::unique_ptr<QProcess> p(run("XPCTL", {QStringLiteral("show"), QStringLiteral("files-03")}));
    QCOMPARE(p->exitCode(), 0);
    const QString text = QString::fromUtf8(p->readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("does not enforce 1 blacklist entry: it is modeled")), qPrintable(text));
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

void tst_XpctlProcess::xpconsoleMeasure_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("changesStates");
    // The demo node is a test:// node: a few VMs are forced off, shut down or started before the refresh.
    QTest::newRow("demo-node") << QStringList{} << true;
    // Read-only: nothing may change, the refresh is still measured.
    QTest::newRow("demo-node-read-only") << QStringList{QStringLiteral("--readonly")} << false;
}

void tst_XpctlProcess::xpconsoleMeasure()
{
    QFETCH(QStringList, args);
    QFETCH(bool, changesStates);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Saved window state must not change what is measured.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    const QString file = dir.filePath(QStringLiteral("measure.json"));
    process.start(qEnvironmentVariable("XPCONSOLE"), args + QStringList{QStringLiteral("--measure"), file});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile out(file);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(out.readAll()).object();
    const int vms = m.value(QStringLiteral("vms")).toInt();
    QVERIFY2(vms >= 12, qPrintable(QString::number(vms)));
    for (const char* key :
         {"first_paint_s", "loaded_s", "max_block_ms", "total_block_ms", "peak_rss_mib", "filter_median_ms",
          "filter_max_ms", "startup_s", "refresh_s", "refresh_phase_s", "refresh_max_block_ms"})
        QVERIFY2(m.value(QLatin1String(key)).toDouble(-1) >= 0, key);
    QVERIFY(m.value(QStringLiteral("loaded_s")).toDouble() > 0);
    QVERIFY(m.value(QStringLiteral("peak_rss_mib")).toDouble() > 10);
    // A tenth of the fleet, at least one, changed state, and all of them succeeded on the test driver.
    QCOMPARE(m.value(QStringLiteral("state_changes")).toInt(), changesStates ? std::max(1, vms / 10) : 0);
    QVERIFY(m.value(QStringLiteral("refresh_phase_s")).toDouble() >= m.value(QStringLiteral("refresh_s")).toDouble());
}

QTEST_GUILESS_MAIN(tst_XpctlProcess)
#include "tst_XpctlProcess.moc"
