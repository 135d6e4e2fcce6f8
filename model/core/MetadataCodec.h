// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>

/// Reads and writes our element in the domain's <metadata> (schema v1, docs/metadata.md).
///
/// Reading is strict: every bad value is reported with its text and leaves that field at its default,
/// the rest still applies. Writing patches the original element: only the fields that differ between
/// the baseline (what was read) and the edited configuration are rewritten, so unknown elements and
/// attributes, and values this build could not parse, survive a push untouched.
class MetadataCodec
{
    Q_DECLARE_TR_FUNCTIONS(MetadataCodec)

public:
    static constexpr int kSchemaVersion = 1;
    static QString namespaceUri() { return QStringLiteral("urn:xpconsole:platform:1"); }
    static QString prefix() { return QStringLiteral("xp"); }

    /// Applies the metadata element @p elementXml (with its xmlns declaration) to @p config.
    /// Sets config.hasMetadata, metadataErrors and metadataReadOnly.
    static void read(const QString& elementXml, VmConfig& config);
    /// read() for an element copied out of a document whose reader already made XmlLimits' checks
    /// (DomainXmlReader): the same, without tokenising the element once more for them.
    static void readWithinLimits(const QString& elementXml, VmConfig& config);

    /// The element to store: @p originalXml (may be empty) patched with what changed from
    /// @p baseline to @p edited.
    static QString write(const QString& originalXml, const VmConfig& baseline, const VmConfig& edited);

    /// The metadata spelling of @p os ("windows", "linux"...); empty for an unknown OS.
    static QString osName(GuestOs os);
    static QString productName(quint16 product);

private:
    static void read(const QString& elementXml, VmConfig& config, bool checkLimits);
};
