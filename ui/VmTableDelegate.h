// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QIcon>
#include <QStyledItemDelegate>
#include <optional>

/// Draws the VM table's badges with the style's own icons, so they follow the platform theme and palette: the
/// worst finding's severity before the name, and a "changes pending" mark before the state of a running VM
/// whose next boot differs.
class VmTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit VmTableDelegate(QObject* parent = nullptr);

    /// Forgets the cached icons (after a style or theme change).
    void resetIcons();

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    /// VmRow::Severity None, Info, Warning and Error.
    static constexpr int kSeverityCount = 4;
    struct Icons
    {
        QIcon severity[kSeverityCount];
        QIcon pending;
    };
    const Icons& icons(const QWidget* widget) const;

    mutable std::optional<Icons> m_icons;
    mutable QSize m_iconSize;
};
