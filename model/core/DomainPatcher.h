// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "RealizationPlan.h"
#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// Patches a libvirt domain XML for a VmConfig change (PRODUCT §7): our element in <metadata> and our
/// `id=xpc-...` arguments in the dialect's <commandline>, nothing else.
///
/// The patch splices text: every byte outside the two places it rewrites stays as it was, so foreign
/// metadata, foreign arguments, comments and unknown XML survive literally and the diff shows only the change.
/// Our metadata element comes from MetadataCodec::write (which rewrites only the fields that changed),
/// re-indented to sit where the old one was.
class DomainPatcher
{
    Q_DECLARE_TR_FUNCTIONS(DomainPatcher)

public:
    struct Result
    {
        /// False when the domain cannot take the change; error says why and xml is empty.
        bool ok = false;
        QString error;
        /// The patched domain XML; equal to the input when nothing changes.
        QString xml;
        RealizationPlan plan;
    };

    /// Patches @p domainXml, read into @p baseline, so that it holds @p edited. Refuses XML that is not
    /// well-formed or that XmlLimits refuses, metadata that is read-only (newer schema, not our element, not
    /// well-formed), and plans that cannot be made (Realization::plan).
    static Result patch(const QString& domainXml, const VmConfig& baseline, const VmConfig& edited,
                        CommandLineDialect dialect);

    /// Whether @p a and @p b differ in anything our metadata element stores.
    static bool metadataDiffers(const VmConfig& a, const VmConfig& b);

    /// Our argument pairs (-device, value with id=xpc-...) in @p dialect's <commandline>, flattened, in order.
    static QStringList ownArguments(const QString& domainXml, CommandLineDialect dialect);
    /// Every other argument value there, in order.
    static QStringList foreignArguments(const QString& domainXml, CommandLineDialect dialect);
    /// The other children of <metadata>, each in a canonical form that compares by meaning: namespace URIs
    /// instead of prefixes, attributes sorted, whitespace-only text dropped. Empty for XML that is not well-formed
    /// or that XmlLimits refuses (DomainXmlReader::read refuses it too, so no push is ever prepared on it).
    static QStringList foreignMetadata(const QString& domainXml);
    /// One element of XML text in that canonical form (empty when it is not well-formed or XmlLimits refuses it).
    static QString canonical(const QString& elementXml);
};
