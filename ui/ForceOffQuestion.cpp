// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ForceOffQuestion.h"

#include "model/PowerCycle.h"

#include <QCoreApplication>

void ForceOffQuestion::attach(PowerCycle* cycle, QObject* context, Confirm confirm)
{
    QObject::connect(cycle, &PowerCycle::shutdownTimedOut, context, [cycle, confirm = std::move(confirm)] {
        // First asked from the main window: its translation context keeps the catalogs' entries.
        if (confirm(QCoreApplication::translate("MainWindow", "%1 does not shut down").arg(cycle->name()),
                    QCoreApplication::translate("MainWindow",
                                                "%1 has not shut down yet. Force it off? That is like pulling the "
                                                "plug: whatever the guest has not saved is lost. No keeps waiting.")
                        .arg(cycle->name())))
            cycle->forceOff();
        else
            cycle->keepWaiting();
    });
}
