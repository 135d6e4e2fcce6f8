// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/Translator.h"
#include "model/fleet/VmListModel.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class tst_Translator : public QObject
{
    Q_OBJECT

private slots:
    void availableLanguages();
    void install_data();
    void install();

private:
    void removeInstalled();
};

void tst_Translator::availableLanguages()
{
    const QStringList languages = Translator::availableLanguages();
    QCOMPARE(languages.constFirst(), QStringLiteral("en"));
    QVERIFY(languages.contains(QStringLiteral("de")));
    QVERIFY(languages.contains(QStringLiteral("ja")));
}

void tst_Translator::install_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("stateHeader");
    QTest::newRow("german") << "de"
                            << "de" << QStringLiteral("Zustand");
    QTest::newRow("german-region") << "de_AT"
                                   << "de" << QStringLiteral("Zustand");
    QTest::newRow("japanese") << "ja_JP"
                              << "ja" << QStringLiteral("状態");
    QTest::newRow("english") << "en_GB"
                             << "en" << QStringLiteral("State");
    QTest::newRow("no-catalog-falls-back") << "fr"
                                           << "en" << QStringLiteral("State");
}

void tst_Translator::install()
{
    QFETCH(QString, language);
    QFETCH(QString, installed);
    QFETCH(QString, stateHeader);
    removeInstalled();
    QVERIFY(Translator::install(*QCoreApplication::instance(), language).startsWith(installed));
    VmListModel model;
    QCOMPARE(model.headerData(VmListModel::State, Qt::Horizontal).toString(), stateHeader);
    removeInstalled();
}

void tst_Translator::removeInstalled()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(tst_Translator)
#include "tst_Translator.moc"
