// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

/// Installs the application's catalog and Qt's own for the chosen language.
class Translator
{
public:
    /// Languages with a shipped catalog, English (the source language) first.
    static QStringList availableLanguages();
    /// @p language is a code like "de" or "ja_JP"; empty means the system's UI languages.
    /// Returns the language actually installed ("en" when nothing matched).
    static QString install(QCoreApplication& app, const QString& language);
};
