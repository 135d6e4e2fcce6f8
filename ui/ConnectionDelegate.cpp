// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectionDelegate.h"

#include "model/fleet/ConnectionListModel.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace {
constexpr int kMargin = 4;
constexpr int kBadgePadding = 4;

QFont smallerFont(const QFont& font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : font.pointSizeF());
    return small;
}
/// The part of the row the user sees: a row wider than the view (a long URI) still shows its count and badge.
QRect contentRect(const QStyleOptionViewItem& option)
{
    QRect rect = option.rect;
    if (const auto view = qobject_cast<const QAbstractScrollArea*>(option.widget))
        rect.setRight(std::min(rect.right(), view->viewport()->rect().right()));
    return rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
}
} // namespace

bool ConnectionDelegate::failed(const QModelIndex& index)
{
    return index.data(ConnectionListModel::StateRole).toInt() == int(LibvirtConnection::State::Closed) &&
           !index.data(ConnectionListModel::CauseRole).toString().isEmpty();
}

QString ConnectionDelegate::statusLine(const QModelIndex& index)
{
    return index.data(failed(index) ? ConnectionListModel::CauseRole : ConnectionListModel::StatusTextRole).toString();
}

QString ConnectionDelegate::badgeText()
{
    return tr("read-only");
}

QRect ConnectionDelegate::badgeRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(ConnectionListModel::ReadOnlyRole).toBool())
        return {};
    const QFontMetrics metrics(smallerFont(option.font));
    const int width = metrics.horizontalAdvance(badgeText()) + 2 * kBadgePadding;
    const int height = metrics.height() + 2;
    const QRect content = contentRect(option);
    // Bottom right, level with the state line.
    return {content.right() - width + 1, content.bottom() - height + 1, width, height};
}

void ConnectionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    if (!selected)
        secondary = opt.palette.color(group, QPalette::PlaceholderText);

    const QRect content = contentRect(opt);
    const QFontMetrics metrics(opt.font);
    const QFont small = smallerFont(opt.font);
    const QFontMetrics smallMetrics(small);
    const QRect firstLine(content.left(), content.top(), content.width(), metrics.height());
    const QRect secondLine(content.left(), firstLine.bottom() + 1, content.width(), smallMetrics.height() + 2);

    painter->save();
    const QString count = tr("%n VM(s)", nullptr, index.data(ConnectionListModel::VmCountRole).toInt());
    const int countWidth = metrics.horizontalAdvance(count) + kMargin;
    painter->setPen(text);
    painter->setFont(opt.font);
    painter->drawText(
        firstLine.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle, firstLine.width() - countWidth));
    painter->setPen(secondary);
    painter->drawText(firstLine, Qt::AlignRight | Qt::AlignVCenter, count);

    const QRect badge = badgeRect(opt, index);
    QRect status(secondLine.left(), secondLine.top(),
                 secondLine.width() - (badge.isEmpty() ? 0 : badge.width() + kMargin), secondLine.height());
    if (failed(index)) {
        // A failed row says so with a warning sign and then names the cause, which needs all the room it can get
        // in a narrow pane ("Failed: …" stays in the tooltip, the accessible description and the status bar).
        const int side = smallMetrics.height();
        style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget)
            .paint(painter, QRect(status.left(), status.center().y() - side / 2, side, side));
        status.setLeft(status.left() + side + kBadgePadding);
    }
    painter->setFont(small);
    painter->drawText(status, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(statusLine(index), Qt::ElideRight, status.width()));
    if (!badge.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(secondary);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->drawText(badge, Qt::AlignCenter, badgeText());
    }
    painter->restore();
}

QSize ConnectionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QFontMetrics smallMetrics(smallerFont(opt.font));
    // Narrow on purpose: the pane may be narrow, and the name is elided to fit.
    const int width = std::min(metrics.horizontalAdvance(opt.text), 20 * metrics.averageCharWidth()) +
                      metrics.horizontalAdvance(QStringLiteral(" 000 VM(s)"));
    return {width + 2 * kMargin, metrics.height() + smallMetrics.height() + 2 + 2 * kMargin + 1};
}
