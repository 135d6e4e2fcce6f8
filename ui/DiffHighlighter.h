// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>

/// Colours a unified diff: removed and added lines get a red or green tint of the palette's base colour, so
/// the diff reads in light and dark palettes alike; hunk headers take the palette's link colour.
class DiffHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument* document);

    /// Derives the tints from @p palette (call again when the palette changes).
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_file;
};
