// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XmlLimits.h"

QString XmlLimits::problem(const QString& xml)
{
    // The checks themselves live in LimitedXmlReader, which readers that walk the document make on the way.
    LimitedXmlReader reader(xml);
    return reader.readToEnd();
}

QString XmlLimits::doctypeProblem(qint64 line)
{
    return tr("The XML has a document type declaration (<!DOCTYPE>, line %1); libvirt never writes one, "
              "so it is not read.")
        .arg(line);
}

QString XmlLimits::depthProblem(qint64 line)
{
    return tr("The XML is nested deeper than %1 elements (line %2); libvirt refuses such documents.")
        .arg(kMaxDepth)
        .arg(line);
}

LimitedXmlReader::LimitedXmlReader(const QString& xml)
    : m_reader(xml)
{}

void LimitedXmlReader::stop(const QString& problem)
{
    m_limitProblem = problem;
    m_reader.raiseError(problem);
}

QXmlStreamReader::TokenType LimitedXmlReader::readNext()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    switch (token) {
    case QXmlStreamReader::DTD:
        // Only before the root element, so no entity it declares has been expanded or looked up yet.
        stop(XmlLimits::doctypeProblem(m_reader.lineNumber()));
        return QXmlStreamReader::Invalid;
    case QXmlStreamReader::StartElement:
        if (++m_depth > XmlLimits::kMaxDepth) {
            stop(XmlLimits::depthProblem(m_reader.lineNumber()));
            return QXmlStreamReader::Invalid;
        }
        break;
    case QXmlStreamReader::EndElement: --m_depth; break;
    default: break;
    }
    return token;
}

bool LimitedXmlReader::nextStartElement()
{
    while (!m_reader.atEnd()) {
        switch (readNext()) {
        case QXmlStreamReader::StartElement: return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::Invalid: return false;
        default: break;
        }
    }
    return false;
}

void LimitedXmlReader::skipElement()
{
    const int outside = m_depth - 1;
    while (m_depth > outside && !m_reader.atEnd())
        readNext();
}

const QString& LimitedXmlReader::readToEnd()
{
    while (!m_reader.atEnd())
        readNext();
    return m_limitProblem;
}

QString LimitedXmlReader::elementText()
{
    // readElementText() stops at the element's end (depth - 1) or at an error: an element inside is an error.
    QString text = m_reader.readElementText();
    if (m_reader.isEndElement())
        --m_depth;
    return text;
}
