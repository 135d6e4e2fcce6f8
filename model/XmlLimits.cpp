// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XmlLimits.h"

#include <QXmlStreamReader>

QString XmlLimits::problem(const QString& xml)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            // Before the root element, so no entity it declares has been expanded or looked up yet.
            return doctypeProblem(reader.lineNumber());
        case QXmlStreamReader::StartElement:
            if (++depth > kMaxDepth)
                return depthProblem(reader.lineNumber());
            break;
        case QXmlStreamReader::EndElement: --depth; break;
        default: break;
        }
    }
    return {};
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
