// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Blacklist.h"

#include "NumberParser.h"
#include "ProductRegistry.h"

#include <algorithm>

namespace xp::device {

namespace {
constexpr std::uint16_t kXensourceWindows = 0x0001;
constexpr std::uint16_t kGplpvWindows = 0x0002;
constexpr std::uint16_t kLinux = 0x0003;
constexpr std::uint16_t kXenServerWindows70 = 0x0004;
constexpr std::uint16_t kExperimental = 0xffff;
constexpr std::uint16_t kDefaultPlatformDeviceId = 0x0001;

// The only products qemu-trad's xenstore_pv_driver_build_blacklisted() has a name for (facts §1.3).
bool hasXenstoreLookup(std::uint16_t product)
{
    return product == kXensourceWindows || product == kGplpvWindows || product == kExperimental;
}

Result<std::uint32_t> parseBuild(std::string_view text)
{
    const auto build = NumberParser::parse(text, 0xffffffffu);
    if (!build)
        return Error{ErrorCode::InvalidNumber, std::string(text)};
    return static_cast<std::uint32_t>(*build);
}
} // namespace

Result<BlacklistEntry> Blacklist::makeEntry(std::string_view product, std::uint32_t firstBuild, std::uint32_t lastBuild,
                                            std::string comment)
{
    const auto registered = ProductRegistry::parse(product);
    if (!registered)
        return Error{ErrorCode::UnknownProduct, std::string(product)};
    if (firstBuild > lastBuild)
        return Error{ErrorCode::InvalidRange, std::to_string(firstBuild) + "-" + std::to_string(lastBuild)};
    return BlacklistEntry{registered->number, firstBuild, lastBuild, std::move(comment)};
}

Result<BlacklistEntry> Blacklist::parseEntry(std::string_view text)
{
    // Product names contain '-' and '+' but never ':', so the first ':' separates the build part.
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return Error{ErrorCode::InvalidNumber, std::string(text)};
    const std::string_view product = text.substr(0, colon);
    const std::string_view builds = text.substr(colon + 1);
    const auto dash = builds.find('-');
    const auto first = parseBuild(builds.substr(0, dash));
    if (!first)
        return first.error();
    std::uint32_t last = *first;
    if (dash != std::string_view::npos) {
        const auto parsedLast = parseBuild(builds.substr(dash + 1));
        if (!parsedLast)
            return parsedLast.error();
        last = *parsedLast;
    }
    return makeEntry(product, *first, last);
}

Result<BlacklistEntry> Blacklist::add(std::string_view product, std::uint32_t firstBuild, std::uint32_t lastBuild,
                                      std::string comment)
{
    auto entry = makeEntry(product, firstBuild, lastBuild, std::move(comment));
    if (entry)
        m_entries.push_back(*entry);
    return entry;
}

Result<BlacklistEntry> Blacklist::add(std::string_view text)
{
    auto entry = parseEntry(text);
    if (entry)
        m_entries.push_back(*entry);
    return entry;
}

bool Blacklist::remove(std::uint16_t product, std::uint32_t firstBuild, std::uint32_t lastBuild)
{
    const auto removed = std::erase_if(m_entries, [&](const BlacklistEntry& e) {
        return e.product == product && e.firstBuild == firstBuild && e.lastBuild == lastBuild;
    });
    return removed > 0;
}

bool Blacklist::listed(std::uint16_t product, std::uint32_t build) const
{
    return std::ranges::any_of(m_entries, [&](const BlacklistEntry& e) { return e.contains(product, build); });
}

bool Blacklist::blacklisted(Flavour flavour, std::uint16_t product, std::uint32_t build,
                            PlatformIdentity platform) const
{
    const bool byEntry = enforced(flavour, product) && listed(product, build);
    switch (flavour) {
    case Flavour::QemuUpstream:
    case Flavour::XenServer: return false;
    case Flavour::QemuTraditional: return byEntry;
    case Flavour::XenServerTrad:
        // Explicit keys first, then the version-2 rules, OR-ed: that is how XenServer's tree
        // (cywzl/xen-device-model-1.9.0 xenstore.c) combines them; facts §1.5 only lists the rules.
        return byEntry || xenServerRuleBlacklists(product, build, platform);
    }
    return false;
}

bool Blacklist::enforced(Flavour flavour, std::uint16_t product)
{
    // Upstream QEMU removed even the never-set drivers_blacklisted field in 2021 (facts §1.2); XenServer 8's patch
    // queue never sets it either (facts §10.1).
    return !runsUpstreamQemu(flavour) && hasXenstoreLookup(product);
}

bool Blacklist::xenServerRuleBlacklists(std::uint16_t product, std::uint32_t build, PlatformIdentity platform)
{
    switch (product) {
    case kXensourceWindows: return platform.deviceId != kDefaultPlatformDeviceId;
    case kLinux:
    case kXenServerWindows70: {
        const auto encodedDeviceId = static_cast<std::uint16_t>((build >> 8) & 0xffff);
        const auto encodedRevision = static_cast<std::uint8_t>(build & 0xff);
        // Device ID 0 in a product-3 build is taken to be PV-on-HVM Linux, which only works with 0001.
        if (product == kLinux && encodedDeviceId == 0)
            return platform.deviceId != kDefaultPlatformDeviceId;
        return encodedDeviceId != platform.deviceId || encodedRevision < platform.revision;
    }
    default: return false;
    }
}

Result<std::string> Blacklist::xenstorePath(std::uint16_t product, std::uint32_t build)
{
    const auto registered = ProductRegistry::byNumber(product);
    if (!registered)
        return Error{ErrorCode::UnknownProduct, std::to_string(product)};
    // "%d" of a uint32_t: the two's-complement reinterpretation, well defined since C++20.
    return "/mh/driver-blacklist/" + std::string(registered->name) + "/" +
           std::to_string(static_cast<std::int32_t>(build));
}

} // namespace xp::device
