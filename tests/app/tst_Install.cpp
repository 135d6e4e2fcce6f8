// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `cmake --install` into a temporary prefix: the installed programs must find their data there, not in
// the source tree (issue 6 item 10).
class tst_Install : public QObject
{
    Q_OBJECT

private slots:
    void installedProgramsFindTheirData();
};

void tst_Install::installedProgramsFindTheirData()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QProcess install;
    install.start(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(XP_BINARY_DIR),
                                            QStringLiteral("--prefix"), prefix.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
    for (const char* file :
         {"bin/xpconsole", "bin/xpctl", "share/xpconsole/demo-fleet.xml", "share/xpconsole/drivers/catalogue.json",
          "share/applications/xpconsole.desktop", "share/icons/hicolor/scalable/apps/xpconsole.svg"})
        QVERIFY2(QFileInfo::exists(prefix.filePath(QString::fromLatin1(file))), file);

    QProcess xpctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XP_DATA_DIR"));
    xpctl.setProcessEnvironment(env);
    xpctl.start(prefix.filePath(QStringLiteral("bin/xpctl")),
                {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(xpctl.waitForFinished(60000));
    QVERIFY2(xpctl.exitCode() == 0, xpctl.readAllStandardError().constData());
    const QJsonArray vms = QJsonDocument::fromJson(xpctl.readAllStandardOutput()).array();
    QVERIFY(vms.size() >= 12);
}

QTEST_GUILESS_MAIN(tst_Install)
#include "tst_Install.moc"
