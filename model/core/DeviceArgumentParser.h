// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DefinitionFacts.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

/// Reads the word after `-device` as QEMU's option parser does (util/qemu-option.c: comma-separated
/// `key=value`, ",," for a comma inside a value, the first bare word is the driver, a repeated key's last value
/// wins; integers in C notation: 0x hex, leading 0 octal, else decimal), for the two Xen devices only.
///
/// Nothing read here is ever written back: a push prints its own arguments from numbers (Realization).
class DeviceArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(DeviceArgumentParser)

public:
    /// Arguments longer than this are not read (a definition's command line is free text; libvirt caps nothing).
    static constexpr qsizetype kMaxValueLength = 4096;

    /// The device @p value describes, or nullopt when it is not xen-pvdevice or xen-platform.
    static std::optional<DeviceArgument> parse(const QString& value);

    /// Whether @p value (the word after -accel or -machine) asks KVM for Xen HVM emulation (QEMU 8.0+
    /// `xen-version=`, docs/system/i386/xen.rst).
    static bool asksForXenEmulation(const QString& value);
};
