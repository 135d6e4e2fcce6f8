// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PciIds.h"

#include "model/core/HexText.h"

#include <utility>

namespace {
// Upper-case hex is what every documented example shows (facts §7.1: observed, not a stated rule);
// matching is case-insensitive anyway.
} // namespace

PciIds::PciIds(QStringList hardwareIds, QStringList compatibleIds)
    : m_hardwareIds(std::move(hardwareIds))
    , m_compatibleIds(std::move(compatibleIds))
{}

PciIds PciIds::forFunction(const Function& function, const WindowsVersion& windows)
{
    // Formats and orders from https://learn.microsoft.com/windows-hardware/drivers/install/identifiers-for-pci-devices
    const QString ven = QStringLiteral("PCI\\VEN_") + HexText::upperDigits(function.vendorId, 4);
    const QString venDev = ven + QStringLiteral("&DEV_") + HexText::upperDigits(function.deviceId, 4);
    // SUBSYS_ is the subsystem ID first, then the subsystem vendor.
    const QString subsys = QStringLiteral("&SUBSYS_") + HexText::upperDigits(function.subsystemId, 4) +
                           HexText::upperDigits(function.subsystemVendorId, 4);
    const QString rev = QStringLiteral("&REV_") + HexText::upperDigits(function.revision, 2);
    const QString cc4 = QStringLiteral("CC_") + HexText::upperDigits(function.baseClass, 2) +
                        HexText::upperDigits(function.subClass, 2);
    const QString cc6 = cc4 + HexText::upperDigits(function.progIf, 2);
    const QString dt = QStringLiteral("&DT_") + HexText::upperDigits(function.pcieDeviceType, 4);

    QStringList hardware{venDev + subsys + rev, venDev + subsys};
    QStringList compatible;
    // Windows 10 moved VEN&DEV&REV and VEN&DEV from the hardware IDs to the front of the compatible
    // IDs (doc note, MicrosoftDocs/windows-driver-docs issue #1153). Before that they were hardware
    // IDs only; the documented compatible list starts with them, but reading it as "Windows 7 also
    // repeats them there" would contradict the note, and the repetition could never change a score
    // because the hardware-ID match scores lower.
    if (windows.usesWindows10IdRules())
        compatible << venDev + rev << venDev;
    else
        hardware << venDev + rev << venDev;
    hardware << venDev + QLatin1Char('&') + cc6 << venDev + QLatin1Char('&') + cc4;

    compatible << ven + QLatin1Char('&') + cc6 << ven + QLatin1Char('&') + cc4 << ven;
    const QString bus = QStringLiteral("PCI\\");
    if (function.isPcie)
        compatible << bus + cc6 + dt;
    compatible << bus + cc6;
    if (function.isPcie)
        compatible << bus + cc4 + dt;
    compatible << bus + cc4;
    return PciIds(std::move(hardware), std::move(compatible));
}
