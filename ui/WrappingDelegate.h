// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

/// Wraps long cell texts of a tree view onto as many lines as its column's width needs, so that a finding's
/// sentence and what to do about it can be read in full, not only in a tooltip (issue 19 item 17). Qt's own
/// word wrap sizes rows before it knows the column's width; this delegate asks the header, and lays the rows out
/// again when a column is resized.
class WrappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingDelegate(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
};
