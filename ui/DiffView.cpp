// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DiffView.h"

#include "DiffHighlighter.h"

#include <QEvent>
#include <QFontDatabase>

DiffView::DiffView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DiffHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->setPalette(palette());
}

void DiffView::setDiff(const QString& diff, const QString& emptyText)
{
    setPlainText(diff.isEmpty() ? emptyText : diff);
}

void DiffView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QPlainTextEdit::changeEvent(event);
}
