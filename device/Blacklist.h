// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Flavour.h"
#include "Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xp::device {

/// One blacklisted build range of one PV driver product, both ends inclusive.
struct BlacklistEntry
{
    std::uint16_t product = 0;
    std::uint32_t firstBuild = 0;
    std::uint32_t lastBuild = 0;
    std::string comment;

    bool contains(std::uint16_t productNumber, std::uint32_t build) const
    {
        return productNumber == product && build >= firstBuild && build <= lastBuild;
    }
    friend bool operator==(const BlacklistEntry&, const BlacklistEntry&) = default;
};

/// The platform device identity the xenserver rules compare a build number against.
struct PlatformIdentity
{
    std::uint16_t deviceId = 0x0001;
    std::uint8_t revision = 0x01;
};

/// The PV driver build blacklist of one VM, and the per-flavour rules that decide whether the
/// platform device answers 0xd249 (facts §1.3, §1.5, §2):
/// - qemu-upstream never blacklists; entries are modeled, not enforced.
/// - qemu-traditional reads /mh/driver-blacklist/<name>/<build> for products 1, 2 and 0xffff only.
/// - xenserver reads the same keys, and adds the "version 2" rules: product 1 whenever the
///   platform device ID is not 0x0001; products 3 and 4 by the device ID and revision encoded in
///   the build number.
class Blacklist
{
public:
    /// Validates an entry: @p product is a registry name or number (ProductRegistry::parse), and
    /// @p firstBuild must not be above @p lastBuild.
    static Result<BlacklistEntry> makeEntry(std::string_view product, std::uint32_t firstBuild, std::uint32_t lastBuild,
                                            std::string comment = {});
    /// Parses the command-line form PRODUCT:BUILD or PRODUCT:FIRST-LAST (PRODUCT §8).
    static Result<BlacklistEntry> parseEntry(std::string_view text);

    /// Validates and appends an entry; returns it as stored.
    Result<BlacklistEntry> add(std::string_view product, std::uint32_t firstBuild, std::uint32_t lastBuild,
                               std::string comment = {});
    /// Parses (parseEntry) and appends an entry.
    Result<BlacklistEntry> add(std::string_view text);
    /// Removes the entries with exactly this product and range; returns whether any was removed.
    bool remove(std::uint16_t product, std::uint32_t firstBuild, std::uint32_t lastBuild);

    const std::vector<BlacklistEntry>& entries() const { return m_entries; }
    bool empty() const { return m_entries.empty(); }

    /// Whether an entry covers the build, whatever the flavour does with it.
    bool listed(std::uint16_t product, std::uint32_t build) const;
    /// Whether a device model of @p flavour blacklists the driver that wrote @p product and
    /// @p build, i.e. answers 0xd249 to the next magic read.
    bool blacklisted(Flavour flavour, std::uint16_t product, std::uint32_t build, PlatformIdentity platform = {}) const;

    /// Whether the flavour's device model consults explicit entries for @p product. When false, the
    /// UI shows the entry as "modeled, not enforced".
    static bool enforced(Flavour flavour, std::uint16_t product);
    /// The xenserver "version 2" rules alone, without explicit entries (facts §1.5).
    static bool xenServerRuleBlacklists(std::uint16_t product, std::uint32_t build, PlatformIdentity platform);
    /// The xenstore key the device model reads: /mh/driver-blacklist/<name>/<build>, with the build
    /// printed as qemu-trad's "%d", so builds from 0x80000000 up appear negative (facts §1.3).
    /// ErrorCode::UnknownProduct for a number that is not in the product registry.
    static Result<std::string> xenstorePath(std::uint16_t product, std::uint32_t build);

private:
    std::vector<BlacklistEntry> m_entries;
};

} // namespace xp::device
