// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

/// What XML from outside (libvirt, a node file, a hand edit, another tool) must not have before the console
/// parses it further: a document type declaration, or nesting deeper than kMaxDepth.
///
/// libvirt never writes a DOCTYPE (it expands internal entities on define and drops the declaration), so one in
/// a domain XML did not come from libvirt; its entities could expand to megabytes or name local files. Deep
/// nesting costs QDom time quadratic in the depth (8,000 levels: 0.3 s; 100,000: minutes) and its serializer
/// and DomainPatcher's canonical form recurse once per level.
class XmlLimits
{
    Q_DECLARE_TR_FUNCTIONS(XmlLimits)

public:
    /// libvirt 9.0 with libxml2 2.9.14 refuses documents nested deeper than 257 elements ("Excessive depth in
    /// document: 256 use XML_PARSE_HUGE option", checked with virsh define); twice that leaves room for libvirt
    /// builds that parse with XML_PARSE_HUGE and still keeps every recursion shallow.
    static constexpr int kMaxDepth = 512;

    /// Why @p xml is refused, one translated sentence naming the line; empty when it has neither a DOCTYPE nor
    /// nesting deeper than kMaxDepth. Whether it is well-formed is left to the caller's own parser: text that is
    /// not stops the check where the error is and counts as passing it.
    static QString problem(const QString& xml);

    /// The sentences problem() returns, for a reader that makes the same checks during its own pass.
    static QString doctypeProblem(qint64 line);
    static QString depthProblem(qint64 line);
};

/// A QXmlStreamReader that makes XmlLimits' checks (no DOCTYPE, no nesting deeper than XmlLimits::kMaxDepth) on
/// the way, so that a document is tokenised once instead of once for the check and once for reading it: reading
/// 10,000 domain XMLs spent a third of its time in the separate check.
///
/// Navigate with nextStartElement(), skipElement() and elementText() only: they keep the depth. A limit that is
/// hit stops the reader (atEnd()) and limitProblem() says why, in XmlLimits' words.
///
/// It shares XmlLimits' files because each needs the other: XmlLimits::problem() is a LimitedXmlReader read to
/// the end, and the reader words what it finds with XmlLimits' sentences.
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
