// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "app/ctl/CtlApplication.h"
#include "model/core/Translator.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xpctl"));
    // xpctl speaks English (its output is a contract); the English catalog only supplies the plural forms.
    Translator::install(app, QStringLiteral("en"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CtlApplication ctl(out, err);
    return ctl.run(QCoreApplication::arguments());
}
