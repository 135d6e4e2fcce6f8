// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QHash>
#include <QMutex>
#include <QString>

/// MetadataCodec's read memoised by the element's text. A fleet is made from a few templates, so most VMs carry an
/// element identical to another's; reading it again parsed a DOM every time (a fifth of reading a domain XML).
/// Thread-safe: the records of a listing are read on every core.
class MetadataReadCache
{
public:
    /// Entries kept before the cache starts again empty; a fleet of distinct elements costs at most this many.
    static constexpr qsizetype kCapacity = 4096;

    enum class Source {
        /// Copied out of a document whose reader made XmlLimits' checks (DomainXmlReader): a miss is read with
        /// MetadataCodec::readWithinLimits().
        CheckedDocument,
        /// From anywhere else, such as libvirt's virDomainGetMetadata(): a miss is read with MetadataCodec::read(),
        /// which makes the checks itself.
        Unchecked,
    };

    explicit MetadataReadCache(Source source = Source::CheckedDocument);

    /// Sets exactly the fields that MetadataCodec::read() sets, as it would set them on a @p config whose flavour
    /// is the default one (DomainXmlReader's case).
    void read(const QString& elementXml, VmConfig& config);

    /// The one cache every DomainXmlReader uses.
    static MetadataReadCache& shared();
    /// The one cache for elements that come alone (NextBoot: the running definition's element).
    static MetadataReadCache& sharedUnchecked();

    qsizetype size() const;
    void clear();

private:
    /// The fields of VmConfig that come from the metadata element, copied from @p from to @p to.
    static void assignMetadataFields(const VmConfig& from, VmConfig& to);

    const Source m_source;
    mutable QMutex m_mutex;
    QHash<QString, VmConfig> m_entries;
};
