// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStyledItemDelegate>

/// Draws the VM table's badges with the style's own icons, so they follow the platform theme and palette: the
/// worst finding's severity before the name, and a "changes pending" mark before the state of a running VM
/// whose next boot differs.
class VmTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VmTableDelegate(QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
