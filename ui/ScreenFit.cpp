// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ScreenFit.h"

#include <QScreen>
#include <QWidget>

namespace {

/// Room for a title bar and borders, which the window's own size does not include.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 40;

} // namespace

QSize ScreenFit::bounded(const QWidget* widget, QSize wanted)
{
    const QScreen* screen = widget->screen();
    if (!screen)
        return wanted;
    const QSize room = screen->availableGeometry().size() - QSize(kFrameWidth, kFrameHeight);
    return wanted.boundedTo(room.expandedTo(QSize(320, 240)));
}
