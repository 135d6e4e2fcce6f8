// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LinuxUnplugOptions.h"

#include <algorithm>
#include <array>
#include <utility>

namespace xp::device {

namespace {

// The order parse_xen_emul_unplug() tries them in; with prefix matching the order decides ("a" is all).
constexpr std::array<std::pair<std::string_view, unsigned>, 6> kTokens{{
    {"all", LinuxUnplugOptions::kAll},
    {"ide-disks", LinuxUnplugOptions::kAllIdeDisks},
    {"aux-ide-disks", LinuxUnplugOptions::kAuxIdeDisks},
    {"nics", LinuxUnplugOptions::kAllNics},
    {"unnecessary", LinuxUnplugOptions::kUnnecessary},
    {"never", LinuxUnplugOptions::kNever},
}};

/// strncmp(token, name, token.size()) == 0: the token is a prefix of the name. A token longer than the name
/// reaches the name's terminating NUL and differs there.
bool strncmpMatches(std::string_view token, std::string_view name)
{
    return token.size() <= name.size() && name.substr(0, token.size()) == token;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// kernel/params.c parameqn(): '-' and '_' are the same character in parameter names.
bool parameterNameIs(std::string_view name, std::string_view wanted)
{
    const auto dashToUnderscore = [](char c) { return c == '-' ? '_' : c; };
    return std::ranges::equal(name, wanted, {}, dashToUnderscore, dashToUnderscore);
}

struct Argument
{
    std::string_view name;
    std::string_view value;
    bool hasValue = false;
};

/// One argument the way lib/cmdline.c next_arg() splits it: spaces end it unless inside double quotes, the
/// first '=' separates name and value, and one pair of quotes around the value (or the whole argument) goes.
Argument nextArgument(std::string_view& text)
{
    std::size_t i = 0;
    bool inQuote = false;
    const bool quoted = !text.empty() && text.front() == '"';
    if (quoted) {
        text.remove_prefix(1);
        inQuote = true;
    }
    std::size_t equals = std::string_view::npos;
    for (; i < text.size(); ++i) {
        if (isSpace(text[i]) && !inQuote)
            break;
        if (equals == std::string_view::npos && text[i] == '=')
            equals = i;
        if (text[i] == '"')
            inQuote = !inQuote;
    }
    std::string_view whole = text.substr(0, i);
    text.remove_prefix(i);
    const bool closingQuote = !whole.empty() && whole.back() == '"';
    Argument argument;
    if (equals == std::string_view::npos) {
        argument.name = quoted && closingQuote ? whole.substr(0, whole.size() - 1) : whole;
        return argument;
    }
    argument.name = whole.substr(0, equals);
    argument.value = whole.substr(equals + 1);
    argument.hasValue = true;
    const bool valueQuoted = !argument.value.empty() && argument.value.front() == '"';
    if (valueQuoted)
        argument.value.remove_prefix(1);
    if ((valueQuoted || quoted) && !argument.value.empty() && argument.value.back() == '"')
        argument.value.remove_suffix(1);
    return argument;
}

} // namespace

LinuxUnplugOptions LinuxUnplugOptions::parseValue(std::string_view value)
{
    LinuxUnplugOptions options;
    options.addValue(value);
    return options;
}

void LinuxUnplugOptions::addValue(std::string_view value)
{
    m_present = true;
    while (true) {
        const std::size_t comma = value.find(',');
        const std::string_view token = value.substr(0, comma);
        const auto match =
            std::ranges::find_if(kTokens, [&](const auto& entry) { return strncmpMatches(token, entry.first); });
        if (match != kTokens.end())
            m_flags |= match->second;
        else
            m_unrecognised.emplace_back(token);
        if (comma == std::string_view::npos)
            break;
        value.remove_prefix(comma + 1);
    }
}

LinuxUnplugOptions LinuxUnplugOptions::fromCommandLine(std::string_view commandLine)
{
    LinuxUnplugOptions options;
    while (true) {
        while (!commandLine.empty() && isSpace(commandLine.front()))
            commandLine.remove_prefix(1);
        if (commandLine.empty())
            break;
        const Argument argument = nextArgument(commandLine);
        // parse_args() hands everything after a bare "--" to init.
        if (!argument.hasValue && argument.name == "--")
            break;
        if (!parameterNameIs(argument.name, "xen_emul_unplug"))
            continue;
        if (argument.hasValue)
            options.addValue(argument.value);
        else
            options.m_present = true; // the handler gets NULL and its loop does not run
    }
    return options;
}

unsigned LinuxUnplugOptions::effectiveFlags(const LinuxKernelConfig& kernel) const
{
    return m_flags != 0 ? m_flags : defaultFlags(kernel);
}

unsigned LinuxUnplugOptions::defaultFlags(const LinuxKernelConfig& kernel)
{
    unsigned flags = 0;
    if (kernel.netfront && kernel.platformPci)
        flags |= kAllNics;
    if (kernel.blkfront && kernel.platformPci)
        flags |= kAllIdeDisks;
    return flags;
}

std::uint16_t LinuxUnplugOptions::wireMask(unsigned linuxFlags)
{
    std::uint16_t mask = 0;
    if (linuxFlags & kAllIdeDisks)
        mask |= 0x1;
    if (linuxFlags & kAllNics)
        mask |= 0x2;
    if (linuxFlags & kAuxIdeDisks)
        mask |= 0x4;
    return mask;
}

LinuxPvPredicates LinuxUnplugOptions::predicates(unsigned platformPciUnplug)
{
    LinuxPvPredicates result;
    result.platformPciUnplug = platformPciUnplug;
    const unsigned v = platformPciUnplug;
    result.pvDevices = v != 0 && !(v & kNever) && ((v & kAll) || (v & kUnnecessary));
    // __xen_has_pv_device(): the type's bits, or else whatever xen_has_pv_devices() says. ALL (7) is part of
    // both masks, so any unplugged type makes both true.
    result.pvNicDevices = (v & (kAllNics | kAll)) || result.pvDevices;
    result.pvDiskDevices = (v & (kAllIdeDisks | kAuxIdeDisks | kAll)) || result.pvDevices;
    result.pvAndLegacyDiskDevices = (v & kUnnecessary) != 0;
    return result;
}

} // namespace xp::device
