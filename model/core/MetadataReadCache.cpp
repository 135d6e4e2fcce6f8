// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MetadataReadCache.h"

#include "MetadataCodec.h"

MetadataReadCache::MetadataReadCache(Source source)
    : m_source(source)
{}

MetadataReadCache& MetadataReadCache::shared()
{
    static MetadataReadCache cache(Source::CheckedDocument);
    return cache;
}

MetadataReadCache& MetadataReadCache::sharedUnchecked()
{
    static MetadataReadCache cache(Source::Unchecked);
    return cache;
}

void MetadataReadCache::assignMetadataFields(const VmConfig& from, VmConfig& to)
{
    // Every field MetadataCodec::read() writes; tst_MetadataReadCache compares whole configs with and without us.
    to.flavour = from.flavour;
    to.flavourFromMetadata = from.flavourFromMetadata;
    to.xenServerProfile = from.xenServerProfile;
    to.platform = from.platform;
    to.vendor = from.vendor;
    to.blacklist = from.blacklist;
    to.guest = from.guest;
    to.migration = from.migration;
    to.observed.inventory = from.observed.inventory;
    to.metadataErrors = from.metadataErrors;
    to.metadataReadOnly = from.metadataReadOnly;
    to.hasMetadata = from.hasMetadata;
}

void MetadataReadCache::read(const QString& elementXml, VmConfig& config)
{
    {
        const QMutexLocker lock(&m_mutex);
        const auto found = m_entries.constFind(elementXml);
        if (found != m_entries.cend()) {
            assignMetadataFields(*found, config);
            return;
        }
    }
    // Parsed outside the lock; two threads that miss the same element both parse it, with the same result.
    VmConfig parsed;
    if (m_source == Source::Unchecked)
        MetadataCodec::read(elementXml, parsed);
    else
        MetadataCodec::readWithinLimits(elementXml, parsed);
    assignMetadataFields(parsed, config);
    const QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kCapacity)
        m_entries.clear();
    m_entries.insert(elementXml, parsed);
}

qsizetype MetadataReadCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

void MetadataReadCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}
