// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "SeverityDelegate.h"

#include "model/binding/Finding.h"

#include <QApplication>
#include <QStyle>

SeverityDelegate::SeverityDelegate(int severityRole, int alertRole, int iconColumn, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_severityRole(severityRole)
    , m_alertRole(alertRole)
    , m_iconColumn(iconColumn)
{}

QBrush SeverityDelegate::alertBackground(const QPalette& palette)
{
    // The same mix as the diff's removed lines: visible on white and on near-black, the text stays readable.
    constexpr float kWeight = 0.25f;
    const QColor base = palette.color(QPalette::Base);
    const QColor hue(Qt::red);
    return QColor::fromRgbF(base.redF() * (1 - kWeight) + hue.redF() * kWeight,
                            base.greenF() * (1 - kWeight) + hue.greenF() * kWeight,
                            base.blueF() * (1 - kWeight) + hue.blueF() * kWeight);
}

void SeverityDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_alertRole).toBool())
        option->backgroundBrush = alertBackground(option->palette);
    const QVariant severity = index.data(m_severityRole);
    if (index.column() != m_iconColumn || !severity.isValid())
        return;
    const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
    const auto pixmap = Finding::Severity(severity.toInt()) == Finding::Severity::Error ? QStyle::SP_MessageBoxCritical
                        : Finding::Severity(severity.toInt()) == Finding::Severity::Warning
                            ? QStyle::SP_MessageBoxWarning
                            : QStyle::SP_MessageBoxInformation;
    option->icon = style->standardIcon(pixmap, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
}
