// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmTableDelegate.h"

#include "model/VmListModel.h"
#include "model/VmRow.h"

#include <QApplication>
#include <QStyle>

VmTableDelegate::VmTableDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void VmTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    QStyle::StandardPixmap pixmap;
    switch (index.column()) {
    case VmListModel::Name:
        switch (VmRow::Severity(index.data(VmListModel::SeverityRole).toInt())) {
        case VmRow::Severity::Error: pixmap = QStyle::SP_MessageBoxCritical; break;
        case VmRow::Severity::Warning: pixmap = QStyle::SP_MessageBoxWarning; break;
        case VmRow::Severity::Info: pixmap = QStyle::SP_MessageBoxInformation; break;
        case VmRow::Severity::None: pixmap = QStyle::SP_DialogApplyButton; break;
        default: return;
        }
        break;
    case VmListModel::State:
        if (index.data(VmListModel::PendingRole).toString().isEmpty())
            return;
        pixmap = QStyle::SP_BrowserReload;
        break;
    default: return;
    }
    option->icon = style->standardIcon(pixmap, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(extent, extent);
}
