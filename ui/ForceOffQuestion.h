// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <functional>

class PowerCycle;
class QObject;

/// What the console asks when a guest has not shut down within a power cycle's timeout: force it off (whatever the
/// guest has not saved is lost) or keep waiting. One question, in one wording, for the main window and the
/// migration wizard.
class ForceOffQuestion
{
public:
    /// Asks the question; true to go ahead.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    /// Answers @p cycle's shutdownTimedOut() with the question, asked through @p confirm, while @p context lives.
    static void attach(PowerCycle* cycle, QObject* context, Confirm confirm);
};
