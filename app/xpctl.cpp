// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "app/ctl/CtlApplication.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("xpctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CtlApplication ctl(out, err);
    return ctl.run(QCoreApplication::arguments());
}
