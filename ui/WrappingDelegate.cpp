// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

WrappingDelegate::WrappingDelegate(QTreeView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->setTextElideMode(Qt::ElideNone);
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this] { m_view->doItemsLayout(); });
}

void WrappingDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0)) {
        // The first visible column also holds the branch indentation.
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    opt.rect = QRect(0, 0, std::max(width, 1), 1);
    const QStyle* style = m_view->style() ? m_view->style() : QApplication::style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, m_view);
    // The style's text margin on each side, as QCommonStyle lays out the text inside its rectangle.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 1;
    const int textWidth = std::max(text.width() - 2 * margin, 1);
    const QRect needed = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 20),
                                                      Qt::TextWordWrap | int(opt.displayAlignment), opt.text);
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), needed.height() + 2 * margin));
    return size;
}
