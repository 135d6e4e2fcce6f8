// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "WindowsVersion.h"

#include <QStringList>

/// The hardware and compatible IDs that the Windows PCI bus driver reports for one PCI function
/// (facts §7.1). Their order is part of the result: identifier scores count positions in these lists.
class PciIds
{
public:
    /// What the IDs are built from: the function's configuration-space identity.
    struct Function
    {
        quint16 vendorId = 0;
        quint16 deviceId = 0;
        quint16 subsystemVendorId = 0;
        quint16 subsystemId = 0;
        quint8 revision = 0;
        quint8 baseClass = 0;
        quint8 subClass = 0;
        quint8 progIf = 0;
        /// Only PCI Express functions get the DT_ compatible IDs.
        bool isPcie = false;
        /// The device/port type of the PCI Express capability, printed as DT_xxxx.
        quint16 pcieDeviceType = 0;
    };

    PciIds() = default;
    PciIds(QStringList hardwareIds, QStringList compatibleIds);

    /// The lists @p windows would report for @p function.
    static PciIds forFunction(const Function& function, const WindowsVersion& windows);

    /// Most specific first.
    const QStringList& hardwareIds() const { return m_hardwareIds; }
    /// Most compatible first.
    const QStringList& compatibleIds() const { return m_compatibleIds; }

    bool operator==(const PciIds&) const = default;

private:
    QStringList m_hardwareIds;
    QStringList m_compatibleIds;
};
