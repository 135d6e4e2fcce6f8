// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DiffHighlighter.h"

#include <QGuiApplication>

namespace {
// A quarter of the hue over the base colour: visible on white and on near-black, text stays readable.
QColor tint(const QColor& base, const QColor& hue)
{
    constexpr double kWeight = 0.25;
    return QColor::fromRgbF(float(base.redF() * (1 - kWeight) + hue.redF() * kWeight),
                            float(base.greenF() * (1 - kWeight) + hue.greenF() * kWeight),
                            float(base.blueF() * (1 - kWeight) + hue.blueF() * kWeight));
}
} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void DiffHighlighter::setPalette(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    m_added = {};
    m_added.setBackground(tint(base, Qt::green));
    m_removed = {};
    m_removed.setBackground(tint(base, Qt::red));
    m_hunk = {};
    m_hunk.setForeground(palette.color(QPalette::Link));
    m_file = {};
    m_file.setFontWeight(QFont::Bold);
    rehighlight();
}

void DiffHighlighter::highlightBlock(const QString& text)
{
    if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")))
        setFormat(0, int(text.size()), m_file);
    else if (text.startsWith(QLatin1Char('+')))
        setFormat(0, int(text.size()), m_added);
    else if (text.startsWith(QLatin1Char('-')))
        setFormat(0, int(text.size()), m_removed);
    else if (text.startsWith(QLatin1String("@@")))
        setFormat(0, int(text.size()), m_hunk);
}
