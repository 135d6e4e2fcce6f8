// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

class QAction;
class QToolButton;
class QWidget;

/// Actions of a pane with a tool button each: the action carries the object name, the shortcut and the
/// enabled state; the button is named after it with a "Button" suffix.
class ActionButton
{
public:
    /// An action of @p owner whose shortcut works while the focus is inside @p owner (so Ctrl+Z of one pane
    /// does not reach another, and a line edit's own undo still wins). @p toolTip is also the button's
    /// accessible name.
    static QAction* makeAction(QWidget* owner, const QString& objectName, const QString& text, const QString& toolTip);
    /// A text-beside-icon tool button for @p action, named objectName + "Button".
    static QToolButton* makeButton(QAction* action, QWidget* parent);
};
