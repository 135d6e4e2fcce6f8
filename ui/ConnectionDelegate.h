// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStyledItemDelegate>

/// Paints a ConnectionListModel row in two lines: the connection's name and VM count, then its state; a
/// read-only connection gets a "read-only" badge, one that failed to open a warning sign before the cause. Colours
/// come from the palette (light and dark alike).
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
    /// Whether the row's connection failed to open (painted with a warning sign and the cause).
    static bool failed(const QModelIndex& index);
    /// The second line's text: the state ("Connected"), or for a failed connection its cause alone (the warning
    /// sign says it failed; "Failed: …" stays in the tooltip, the accessible description and the status bar).
    static QString statusLine(const QModelIndex& index);
};
