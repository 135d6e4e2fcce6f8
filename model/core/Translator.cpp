// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Translator.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString kCatalogDir = QStringLiteral(":/i18n");
const QString kCatalogPrefix = QStringLiteral("xpconsole_");
} // namespace

QStringList Translator::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(kCatalogDir).entryList({kCatalogPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages.append(file.mid(kCatalogPrefix.size()).chopped(3));
    return languages;
}

QString Translator::install(QCoreApplication& app, const QString& language)
{
    const QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    for (const QString& candidate : wanted) {
        const QLocale locale(candidate);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
            // The sources are English; the catalog only supplies plural forms ("1 VM", "2 VMs").
            auto plurals = new QTranslator(&app);
            if (plurals->load(kCatalogPrefix + QStringLiteral("en"), kCatalogDir))
                app.installTranslator(plurals);
            else
                delete plurals;
            return QStringLiteral("en");
        }
        auto own = new QTranslator(&app);
        if (!own->load(locale, QStringLiteral("xpconsole"), QStringLiteral("_"), kCatalogDir)) {
            delete own;
            continue;
        }
        app.installTranslator(own);
        auto qt = new QTranslator(&app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app.installTranslator(qt);
        else
            delete qt;
        qCInfo(lcModel) << "installed translation" << own->language();
        return own->language();
    }
    return QStringLiteral("en");
}
