// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QSize>

class QWidget;

/// Default window sizes that fit the screen: a 1024x700 screen must show every button of every window (issue 19's
/// last pass), so a size asked for is cut to the screen's available area less the window manager's frame.
class ScreenFit
{
public:
    /// @p wanted, no larger than what @p widget's screen can show with its frame.
    static QSize bounded(const QWidget* widget, QSize wanted);
};
