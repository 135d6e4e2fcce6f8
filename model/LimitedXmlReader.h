// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QXmlStreamReader>

/// A QXmlStreamReader that makes XmlLimits' checks (no DOCTYPE, no nesting deeper than XmlLimits::kMaxDepth) on
/// the way, so that a document is tokenised once instead of once for the check and once for reading it: reading
/// 10,000 domain XMLs spent a third of its time in the separate check.
///
/// Navigate with nextStartElement(), skipElement() and elementText() only: they keep the depth. A limit that is
/// hit stops the reader (atEnd()) and limitProblem() says why, in XmlLimits' words.
class LimitedXmlReader
{
public:
    explicit LimitedXmlReader(const QString& xml);

    /// Like QXmlStreamReader::readNextStartElement(): the next child element of the current one; false at the
    /// current element's end, at the end of the document, on an error or a limit.
    bool nextStartElement();
    /// Skips the rest of the current element, however deep (within the limit).
    void skipElement();
    /// QXmlStreamReader::readElementText() of the current element, which may not hold elements.
    QString elementText();
    /// Reads one token; for a caller that walks an element itself (copying it token by token).
    QXmlStreamReader::TokenType readNext();
    /// Reads the rest of the document for the limits only (text that is not well-formed stops it and passes, as
    /// in XmlLimits::problem()) and returns limitProblem().
    const QString& readToEnd();

    QXmlStreamReader& stream() { return m_reader; }
    const QXmlStreamReader& stream() const { return m_reader; }
    /// Depth of the current element: 1 on the root.
    int depth() const { return m_depth; }
    /// Why a limit stopped the reader; empty when none did.
    const QString& limitProblem() const { return m_limitProblem; }

private:
    void stop(const QString& problem);

    QXmlStreamReader m_reader;
    int m_depth = 0;
    QString m_limitProblem;
};
