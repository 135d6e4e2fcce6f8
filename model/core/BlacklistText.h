// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <utility>

/// How the console reads, writes and explains one blacklist entry, so the editor, its undo texts and
/// the tests say the same thing. The enforcement truth comes from device/Blacklist, never from here.
class BlacklistText
{
    Q_DECLARE_TR_FUNCTIONS(BlacklistText)

public:
    /// "xensource-windows (0x0001)"; an unknown number is "0x0006 (unknown)".
    static QString productLabel(quint16 product);
    /// The registry name, or the 0x number when the product is not registered (what an editor starts from).
    static QString productEditText(quint16 product);
    /// "5" or "1–5" (en dash), for display.
    static QString buildsText(quint32 firstBuild, quint32 lastBuild);
    /// "5" or "1-5", the form the metadata and the command line use and parseBuilds() accepts.
    static QString buildsEditText(quint32 firstBuild, quint32 lastBuild);
    /// "xensource-windows 1–5": how undo texts and questions name an entry.
    static QString entryLabel(const BlacklistItem& item);

    /// A registry name or its number (decimal or 0x hex), as ProductRegistry::parse() takes it. On failure
    /// returns nullopt and sets @p error to a sentence naming the input.
    static std::optional<quint16> parseProduct(const QString& text, QString* error);
    /// "N" or "N-M" (also with an en dash), each decimal or 0x hex, N <= M. On failure returns nullopt and
    /// sets @p error to a sentence naming the input.
    static std::optional<std::pair<quint32, quint32>> parseBuilds(const QString& text, QString* error);

    /// Whether @p flavour's device model looks the entry up (device::Blacklist::enforced); nullopt when
    /// the flavour is not known (a fleet template).
    static std::optional<bool> enforced(const BlacklistItem& item, std::optional<xp::device::Flavour> flavour);
    /// One plain sentence: what the entry does to the drivers it names and whether @p flavour enforces it.
    /// Without a flavour (a fleet template) it says that enforcement depends on each VM's device model.
    static QString effect(const BlacklistItem& item, std::optional<xp::device::Flavour> flavour);
    /// One sentence on what @p flavour's device model does with blacklist entries at all; without a flavour,
    /// that it depends on each VM's device model.
    static QString flavourSummary(std::optional<xp::device::Flavour> flavour);
};
