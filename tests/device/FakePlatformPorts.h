// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "device/PortIo.h"

#include <cstdint>
#include <optional>
#include <vector>

/// A test stand-in for the platform device's fixed ports: it answers the magic and the protocol version as
/// configured, can turn the magic into another value once a build number was written (qemu-trad's blacklist
/// answer is 0xd249), and records every write. Every other read is all ones, as on an undecoded port.
class FakePlatformPorts : public xp::device::PortIo
{
public:
    struct Write
    {
        std::uint16_t port;
        xp::device::AccessWidth width;
        std::uint32_t value;
    };

    explicit FakePlatformPorts(std::uint16_t magic = 0x49d2, std::uint8_t protocolVersion = 1,
                               std::optional<std::uint16_t> magicAfterBuild = std::nullopt)
        : m_magic(magic)
        , m_protocolVersion(protocolVersion)
        , m_magicAfterBuild(magicAfterBuild)
    {}

    std::uint32_t read(std::uint16_t port, xp::device::AccessWidth width) override
    {
        using xp::device::AccessWidth;
        if (port == 0x10 && width == AccessWidth::Word)
            return m_buildWritten && m_magicAfterBuild ? *m_magicAfterBuild : m_magic;
        if (port == 0x12 && width == AccessWidth::Byte)
            return m_protocolVersion;
        return xp::device::widthMask(width);
    }

    void write(std::uint16_t port, xp::device::AccessWidth width, std::uint32_t value) override
    {
        if (port == 0x10 && width == xp::device::AccessWidth::Dword)
            m_buildWritten = true;
        m_writes.push_back({port, width, value});
    }

    const std::vector<Write>& writes() const { return m_writes; }

private:
    std::uint16_t m_magic;
    std::uint8_t m_protocolVersion;
    std::optional<std::uint16_t> m_magicAfterBuild;
    bool m_buildWritten = false;
    std::vector<Write> m_writes;
};
