// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PowerCycleQuestions.h"

#include "model/fleet/PowerCycle.h"

#include <QCoreApplication>

// First asked from the main window: its translation context keeps the catalogs' entries.

void PowerCycleQuestions::attachForceOff(PowerCycle* cycle, QObject* context, Confirm confirm)
{
    QObject::connect(cycle, &PowerCycle::shutdownTimedOut, context, [cycle, confirm = std::move(confirm)] {
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

void PowerCycleQuestions::stopIfConfirmed(PowerCycle* cycle, const Confirm& confirm)
{
    if (confirm(QCoreApplication::translate("MainWindow", "Stop waiting for %1").arg(cycle->name()),
                QCoreApplication::translate("MainWindow",
                                            "Stop following the power cycle of %1? If the guest is still shutting "
                                            "down it stays off, and nothing starts it again.")
                    .arg(cycle->name())))
        cycle->cancel();
}
