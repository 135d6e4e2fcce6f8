// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "GuestObservations.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class QDomDocument;
class QDomElement;

/// The <xp:inventory> child of our metadata element (docs/metadata.md): the guest's driver inventory as last
/// imported, with its source and dates. MetadataCodec delegates to it. A re-import replaces the element whole: an
/// inventory is one observation, never merged with an older one.
class InventoryMetadata
{
    Q_DECLARE_TR_FUNCTIONS(InventoryMetadata)

public:
    static QString elementName() { return QStringLiteral("inventory"); }

    /// Reads @p element (namespace-aware DOM). A bad value is appended to @p errors with its text and leaves that
    /// field empty; the rest of the inventory still applies.
    static DriverInventory read(const QDomElement& element, QStringList& errors);

    /// Replaces the child <PREFIX:inventory> of @p root (non-namespace-aware DOM) by @p inventory; nullopt removes
    /// it.
    static void write(QDomDocument& doc, QDomElement& root, const QString& prefix,
                      const std::optional<DriverInventory>& inventory);

    /// @p text with every character XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE, U+FFFF, a
    /// lone surrogate) replaced by U+FFFD. pnputil output comes from the guest and may hold any of them; written as
    /// they are, they would make the whole metadata element unreadable.
    static QString xmlSafe(const QString& text);

    /// "file" or "guest-agent", as the source attribute spells it.
    static QString sourceName(DriverInventory::Source source);
};
