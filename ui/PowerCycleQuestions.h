// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <functional>

class PowerCycle;
class QObject;

/// What the console asks during a power cycle, in one wording for the main window and the migration wizard: whether
/// to force off a guest that has not shut down within the timeout (whatever it has not saved is lost), and whether
/// to stop following a cycle (a guest still shutting down then stays off).
class PowerCycleQuestions
{
public:
    /// Asks a question; true to go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    /// Answers @p cycle's shutdownTimedOut() with the force-off question, asked through @p confirm, while
    /// @p context lives.
    static void attachForceOff(PowerCycle* cycle, QObject* context, Confirm confirm);
    /// Asks whether to stop following @p cycle and cancels it if so.
    static void stopIfConfirmed(PowerCycle* cycle, const Confirm& confirm);
};
