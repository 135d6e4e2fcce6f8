// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QVariant>

/// Drives form controls in tests the way an admin would.
namespace UiDriver {

/// Sets the control named @p name below @p parent: types into a line edit, ticks a box, sets a spin box, picks a
/// combo box entry by its data.
inline void set(QWidget* parent, const QString& name, const QVariant& value)
{
    QWidget* widget = parent->findChild<QWidget*>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    if (auto edit = qobject_cast<QLineEdit*>(widget)) {
        edit->clear();
        QTest::keyClicks(edit, value.toString());
    } else if (auto box = qobject_cast<QCheckBox*>(widget)) {
        box->setChecked(value.toBool());
    } else if (auto spin = qobject_cast<QSpinBox*>(widget)) {
        spin->setValue(value.toInt());
    } else if (auto combo = qobject_cast<QComboBox*>(widget)) {
        const int index = combo->findData(value);
        if (index < 0)
            qFatal("%s has no entry %s", qPrintable(name), qPrintable(value.toString()));
        combo->setCurrentIndex(index);
    }
}

} // namespace UiDriver
