// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DriverSelection.h"
#include "Finding.h"
#include "device/Flavour.h"
#include "device/HandshakeOutcome.h"
#include "device/Unplug.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

/// A Xen PCI device the guest would see at its next boot.
struct ExposedDevice
{
    enum class Role { Platform, Vendor };

    Role role = Role::Platform;
    quint16 vendorId = 0;
    quint16 deviceId = 0;
    quint16 subsystemVendorId = 0;
    quint16 subsystemId = 0;
    quint8 revision = 0;
    quint32 classCode = 0;
    quint8 interruptPin = 0;
    std::array<quint8, 256> config{};
    /// Windows' ID lists for it (empty for other guests).
    QStringList hardwareIds;
    QStringList compatibleIds;
    /// Every candidate package with its rank (Windows), best first.
    DriverSelection::Result selection;
    /// The package whose driver binds it; empty when none does.
    QString boundPackage;
    /// Windows: the bound package comes from Windows Update at this boot.
    bool fromWindowsUpdate = false;
    bool xenbusActive = false;
};

/// One guest driver's run of the unplug handshake against the device model.
struct HandshakeRun
{
    QString packageId;
    xp::device::HandshakeOutcome outcome;
};

/// What the binding simulation predicts for one VM's next boot (PRODUCT §6).
struct PreviewOutcome
{
    /// The device model the prediction ran on: what boots (BootView), which may differ from the metadata's.
    xp::device::Flavour flavour = xp::device::Flavour::QemuUpstream;
    QList<ExposedDevice> devices;
    /// The package of the driver stack that ends up in charge; empty when none.
    QString activeDriver;
    /// Driver stacks that start PV connections.
    QStringList activeStacks;
    /// Packages Windows Update installs at this boot.
    QStringList wuInstalls;
    std::optional<quint16> activeXenbusDeviceId;
    QList<HandshakeRun> handshakes;
    xp::device::UnplugOutcome unplug;
    /// The emulated devices that disappear, by their domain names ("hda", "net0 (rtl8139)").
    QStringList unplugged;
    /// The emulated devices that stay, with the reason id (xp::device::keepReasonId).
    QStringList kept;
    QList<Finding> findings;
    /// Some prediction rests on a fact marked uncertain (catalogue entry, unconfirmed ranking rule).
    bool uncertain = false;
    /// Which: "package: fact" for each uncertain catalogue fact of a package the prediction used, and each
    /// unconfirmed engine rule it applied, once each (issue 16 item 5).
    QStringList uncertainFacts;
    /// What the prediction assumed where the VM's record is silent, one sentence each (e.g. xenserver's profile).
    QStringList assumptions;

    /// Each finding id once, in the order found.
    QStringList findingIds() const
    {
        QStringList ids;
        for (const Finding& f : findings)
            if (!ids.contains(f.id))
                ids.append(f.id);
        return ids;
    }
    bool hasFinding(const QString& id) const
    {
        return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) { return f.id == id; });
    }
    Finding::Severity worst() const
    {
        Finding::Severity worst = Finding::Severity::Info;
        for (const Finding& f : findings)
            worst = std::max(worst, f.severity);
        return worst;
    }
};
