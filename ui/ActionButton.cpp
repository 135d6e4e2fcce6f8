// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ActionButton.h"

#include <QAction>
#include <QToolButton>

QAction* ActionButton::makeAction(QWidget* owner, const QString& objectName, const QString& text,
                                  const QString& toolTip)
{
    auto action = new QAction(text, owner);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

QToolButton* ActionButton::makeButton(QAction* action, QWidget* parent)
{
    auto button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    button->setAccessibleName(action->toolTip());
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
