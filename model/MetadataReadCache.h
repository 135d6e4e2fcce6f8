// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QHash>
#include <QMutex>
#include <QString>

/// MetadataCodec::readWithinLimits() memoised by the element's text. A fleet is made from a few templates, so most
/// VMs carry an element identical to another's; reading it again parsed a DOM every time (a fifth of reading a
/// domain XML). Thread-safe: the records of a listing are read on every core.
class MetadataReadCache
{
public:
    /// Entries kept before the cache starts again empty; a fleet of distinct elements costs at most this many.
    static constexpr qsizetype kCapacity = 4096;

    /// Sets exactly the fields that MetadataCodec::read() sets, as it would set them on a @p config whose flavour
    /// is the default one (DomainXmlReader's case).
    void read(const QString& elementXml, VmConfig& config);

    /// The one cache every DomainXmlReader uses.
    static MetadataReadCache& shared();

    qsizetype size() const;
    void clear();

private:
    /// The fields of VmConfig that come from the metadata element, copied from @p from to @p to.
    static void assignMetadataFields(const VmConfig& from, VmConfig& to);

    mutable QMutex m_mutex;
    QHash<QString, VmConfig> m_entries;
};
