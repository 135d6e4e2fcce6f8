// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QByteArray>
#include <QList>
#include <array>
#include <cstdint>
#include <initializer_list>

/// Configuration-space images for the device tests, written as `lspci -xxx` lines.
namespace ConfigDump {

inline QByteArray toBytes(const std::array<std::uint8_t, 256>& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
}

/// 256 bytes from lines "OO: b0 b1 ..."; bytes no line gives are zero.
inline QByteArray fromLines(std::initializer_list<const char*> lines)
{
    QByteArray bytes(256, '\0');
    for (const char* text : lines) {
        const QByteArray line(text);
        const int colon = int(line.indexOf(':'));
        const int offset = line.left(colon).toInt(nullptr, 16);
        const QList<QByteArray> values = line.mid(colon + 1).simplified().split(' ');
        for (int i = 0; i < values.size(); ++i)
            bytes[offset + i] = char(values[i].toUInt(nullptr, 16));
    }
    return bytes;
}

} // namespace ConfigDump
