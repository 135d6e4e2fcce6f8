// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStyledItemDelegate>

/// Marks a table's rows by finding severity without hard-coded colours: the style's message-box icon in one
/// column, and rows flagged by a boolean role tinted from the palette (readable in light and dark themes).
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// @p severityRole holds int(Finding::Severity) (invalid: no icon) and decorates @p iconColumn;
    /// @p alertRole is true on rows to tint.
    SeverityDelegate(int severityRole, int alertRole, int iconColumn, QObject* parent = nullptr);

    /// The background of an alerted row: the palette's base with a quarter of red mixed in.
    static QBrush alertBackground(const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    int m_severityRole;
    int m_alertRole;
    int m_iconColumn;
};
