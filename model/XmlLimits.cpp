// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XmlLimits.h"

#include "LimitedXmlReader.h"

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
