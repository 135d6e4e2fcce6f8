// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "app/ctl/CtlApplication.h"

#include <QStringList>
#include <QTextStream>

/// One xpctl run in process: its exit status and what it printed.
struct CtlRun
{
    int status = 0;
    QString out;
    QString err;

    /// Runs `xpctl ARGS...` through CtlApplication, as the program's main() does.
    static CtlRun xpctl(const QStringList& args)
    {
        CtlRun run;
        QTextStream o(&run.out);
        QTextStream e(&run.err);
        run.status = CtlApplication(o, e).run(QStringList{QStringLiteral("xpctl")} + args);
        o.flush();
        e.flush();
        return run;
    }
};
