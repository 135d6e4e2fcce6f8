// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "device/Flavour.h"
#include "device/PortTrace.h"

#include <QCoreApplication>
#include <QString>
#include <array>

/// Texts about the device model shared by xpctl and the console, so both say the same thing.
class DeviceText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceText)

public:
    /// 16 lines "OO: b0 … b15", lower-case hex, as `lspci -xxx` and `xpctl device dump` print them.
    static QString hexDump(const std::array<quint8, 256>& bytes);
    /// What a handshake step does, in a few words.
    static QString stepText(xp::device::HandshakeStep step);
    /// A PCI class code such as 0xff8000 with its lspci-style name.
    static QString classText(quint32 classCode);
    /// A device model's name as the metadata, --set and the UI spell it ("qemu-upstream").
    static QString flavourName(xp::device::Flavour flavour);
    /// Every device model's name, comma-separated, for messages that list the valid ones.
    static QString flavourNames();
    /// What a device model is, in one sentence, for the places that offer a choice of them.
    static QString flavourDescription(xp::device::Flavour flavour);
};
