// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStyledItemDelegate>

/// Paints a ConnectionListModel row in two lines: the connection's name and VM count, then its state; a
/// read-only connection gets a "read-only" badge. Colours come from the palette (light and dark alike).
class ConnectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// Where the read-only badge goes in a row painted with @p option; empty for a read-write connection.
    QRect badgeRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    static QString badgeText();
};
