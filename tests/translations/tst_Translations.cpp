// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Every user-visible string must be translated to German and Japanese: this runs lupdate over the
// sources into copies of the catalogs, so a new tr() that nobody translated fails the suite.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
};

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("tsFile");
    const QStringList files = qEnvironmentVariable("XP_TS_FILES").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files)
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void tst_Translations::complete()
{
    QFETCH(QString, tsFile);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
    QVERIFY(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui")};
    args += qEnvironmentVariable("XP_TRANSLATED_DIRS").split(QLatin1Char('|'), Qt::SkipEmptyParts);
    // The English catalog holds plural forms only.
    if (copy.endsWith(QLatin1String("_en.ts")))
        args += QStringLiteral("-pluralonly");
    args += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.start(qEnvironmentVariable("LUPDATE"), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QVERIFY(doc.setContent(&file));
    const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
    QVERIFY2(messages.count() > 0, "lupdate found no strings: is the source list right?");
    QStringList missing;
    for (int i = 0; i < messages.count(); ++i) {
        const QDomElement message = messages.at(i).toElement();
        const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
        const QString type = translation.attribute(QStringLiteral("type"));
        const bool plural = message.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
        const bool empty = plural ? translation.firstChildElement(QStringLiteral("numerusform")).text().isEmpty()
                                  : translation.text().isEmpty();
        if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || empty)
            missing.append(message.firstChildElement(QStringLiteral("source")).text());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 untranslated in %2 (run the update_translations target):\n  %3")
                            .arg(missing.size())
                            .arg(QFileInfo(tsFile).fileName(), missing.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
