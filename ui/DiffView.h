// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QPlainTextEdit>

class DiffHighlighter;

/// A read-only, monospaced view of a unified diff with added and removed lines tinted.
class DiffView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget* parent = nullptr);

    /// Shows @p diff, or @p emptyText when there is no difference.
    void setDiff(const QString& diff, const QString& emptyText = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    DiffHighlighter* m_highlighter;
};
