// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "MigrationProgress.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QDomDocument;
class QDomElement;

/// The <xp:migration> child of our metadata element (docs/metadata.md): the driver migration wizard's target and
/// progress. MetadataCodec delegates to it; the same rules apply (strict reading, patching instead of rewriting).
class MigrationMetadata
{
    Q_DECLARE_TR_FUNCTIONS(MigrationMetadata)

public:
    static QString elementName() { return QStringLiteral("migration"); }

    /// Reads @p element (namespace-aware DOM; <rollback> children count in @p element's namespace). A bad
    /// value is appended to @p errors with its text; a migration with any bad value is not returned, so that
    /// nothing resumes from it.
    static std::optional<MigrationProgress> read(const QDomElement& element, QStringList& errors);

    /// Brings the child <PREFIX:migration> of @p root (non-namespace-aware DOM, qualified tag names) to
    /// @p progress: attributes set, our <rollback> children rebuilt, everything else kept. nullopt removes it.
    static void write(QDomDocument& doc, QDomElement& root, const QString& prefix,
                      const std::optional<MigrationProgress>& progress);

    /// "0x0002:0x02", "off" or "0xc000:0x01": the identity attributes' syntax, as in --set platform-device=.
    static QString platformText(const MigrationTarget& target);
    static QString vendorText(const MigrationTarget& target);
};
