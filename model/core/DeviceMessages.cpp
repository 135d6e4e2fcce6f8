// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DeviceMessages.h"

#include "DeviceText.h"

using xp::device::ErrorCode;

QString DeviceMessages::describe(const xp::device::Error& error, const QString& subject)
{
    const QString detail = QString::fromStdString(error.detail);
    QString sentence;
    switch (error.code) {
    case ErrorCode::InvalidNumber:
        sentence =
            tr("'%1' is not a valid number here (decimal or 0x-prefixed hex, within the field's range).").arg(detail);
        break;
    case ErrorCode::DeviceIdRequired:
        sentence = tr("xen-pvdevice needs a device ID other than 0xffff (QEMU refuses to start without one).");
        break;
    case ErrorCode::SizeNotPowerOfTwo:
        sentence = tr("The BAR size %1 is not a power of two (QEMU aborts on such a size).").arg(detail);
        break;
    case ErrorCode::NotConfigurable:
        sentence = tr("This device model cannot change that setting: %1.").arg(detail);
        break;
    case ErrorCode::UnknownFlavour:
        sentence = tr("Unknown device model '%1' (use one of %2).").arg(detail, DeviceText::flavourNames());
        break;
    case ErrorCode::UnknownProduct:
        sentence = tr("Unknown PV driver product '%1' (use a name or number from Xen's product registry).").arg(detail);
        break;
    case ErrorCode::InvalidRange:
        sentence = tr("The build range %1 is inverted: its first build is above its last.").arg(detail);
        break;
    case ErrorCode::InvalidOption: sentence = tr("'%1' is not understood here.").arg(detail); break;
    }
    return subject.isEmpty() ? sentence : tr("%1: %2").arg(subject, sentence);
}
