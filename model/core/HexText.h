// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QtGlobal>

/// Hexadecimal numbers as the console, xpctl and the metadata write them: zero-padded to a fixed width,
/// lower case unless a Windows hardware ID or a driver rank wants upper case.
class HexText
{
public:
    /// @p value in lower-case digits, zero-padded to @p width: digits(0xc0, 4) is "00c0".
    static QString digits(quint64 value, int width);
    /// The same in upper case ("00C0"), as Windows writes hardware IDs.
    static QString upperDigits(quint64 value, int width);
    /// With the "0x" prefix: prefixed(0xc0, 4) is "0x00c0".
    static QString prefixed(quint64 value, int width);
    /// A PCI vendor, device, subsystem or product number as the metadata and the JSON write it: "0xc000".
    static QString id(quint16 id) { return prefixed(id, 4); }
    /// A PCI revision as the metadata and the JSON write it: "0x01".
    static QString revision(quint8 revision) { return prefixed(revision, 2); }
};
