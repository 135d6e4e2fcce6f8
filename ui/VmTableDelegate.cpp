// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmTableDelegate.h"

#include "model/fleet/VmListModel.h"
#include "model/fleet/VmRow.h"

#include <QApplication>
#include <QStyle>

VmTableDelegate::VmTableDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void VmTableDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon* icon = nullptr;
    switch (index.column()) {
    case VmListModel::Name: {
        const int severity = index.data(VmListModel::SeverityRole).toInt();
        if (severity < 0 || severity >= kSeverityCount)
            return;
        icon = &icons(option->widget).severity[severity];
        break;
    }
    case VmListModel::State:
        if (index.data(VmListModel::PendingRole).toString().isEmpty())
            return;
        icon = &icons(option->widget).pending;
        break;
    default: return;
    }
    option->icon = *icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = m_iconSize;
}

const VmTableDelegate::Icons& VmTableDelegate::icons(const QWidget* widget) const
{
    // Looked up once: the table asks for every visible cell on every paint, and for a thousand rows when it sizes
    // its columns; a theme lookup per call made that a visible stall on large fleets.
    if (!m_icons) {
        QStyle* style = widget ? widget->style() : QApplication::style();
        Icons icons;
        icons.severity[int(VmRow::Severity::None)] = style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, widget);
        icons.severity[int(VmRow::Severity::Info)] =
            style->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, widget);
        icons.severity[int(VmRow::Severity::Warning)] =
            style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        icons.severity[int(VmRow::Severity::Error)] =
            style->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, widget);
        icons.pending = style->standardIcon(QStyle::SP_BrowserReload, nullptr, widget);
        m_icons = icons;
        const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, widget);
        m_iconSize = QSize(extent, extent);
    }
    return *m_icons;
}

void VmTableDelegate::resetIcons()
{
    m_icons.reset();
}
