// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

/// What the QEMU guest agent said about the guest's OS through libvirt (virDomainGetGuestInfo with
/// VIR_DOMAIN_GUEST_INFO_OS), or why it said nothing. "No agent" and "not supported by this driver" are states of
/// the VM, not errors of the console (issue 18 item 1).
struct AgentReport
{
    enum class State {
        NotAsked,
        Reported,
        /// The domain is not running: nobody to ask.
        NotRunning,
        /// The definition has no org.qemu.guest_agent.0 channel (VIR_ERR_ARGUMENT_UNSUPPORTED).
        NoAgent,
        /// The channel exists but the agent did not answer (VIR_ERR_AGENT_UNRESPONSIVE): not installed, not
        /// started yet, or hung.
        NotResponding,
        /// The connection's driver has no such call (VIR_ERR_NO_SUPPORT: libvirt's test and libxl drivers).
        NotSupported,
        /// A read-only connection may not talk to the agent, or the access policy refuses it.
        NotAllowed,
        Failed,
    };

    State state = State::NotAsked;
    /// When the answer (or the failure) came, UTC.
    QDateTime at;
    /// os.* of the typed parameters, as the agent reported them (qemu-ga guest-get-osinfo).
    QString osId;          ///< "debian", "mswindows", "freebsd"
    QString name;          ///< "Debian GNU/Linux", "Microsoft Windows"
    QString prettyName;    ///< "Debian GNU/Linux 12 (bookworm)", "Windows Server 2019 Standard"
    QString version;       ///< "12 (bookworm)", "Microsoft Windows Server 2019"
    QString versionId;     ///< "12", "2019"
    QString kernelRelease; ///< "6.1.0-28-amd64"; Windows: the build, "17763"
    QString kernelVersion; ///< "#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)"; Windows: "10.0"
    QString machine;       ///< "x86_64"
    QString variant;       ///< Windows: "server" or "client"
    QString variantId;
    /// libvirt's words for every state but Reported.
    QString detail;

    bool operator==(const AgentReport&) const = default;
};

/// One driver package of the guest's driver store as `pnputil /enum-drivers` printed it.
struct InventoryPackage
{
    QString publishedName; ///< oemNN.inf
    QString originalName;  ///< xenbus.inf; empty in the older layout
    QString provider;
    QString version;
    QDate date;
    QString signer;
    /// The catalogue package it is (GuestInventory's matching); empty when none.
    QString catalogueId;

    bool operator==(const InventoryPackage&) const = default;
};

/// One Xen device of the guest as `pnputil /enum-devices /drivers` printed it, with the driver bound to it.
struct InventoryDevice
{
    QString instanceId; ///< PCI\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\3&267a616a&0&18
    QString description;
    QString status;  ///< "Started", "Problem", "Disconnected"...
    QString problem; ///< the problem code and text when Windows has one
    /// The package bound to it (its published name); empty when no driver is installed on it.
    QString driver;
    QString originalName;
    QString provider;
    QString version;
    QDate date;
    QString catalogueId;

    bool operator==(const InventoryDevice&) const = default;
};

/// A guest's driver inventory as imported (issue 18 item 2): kept in the VM's metadata with its date and source.
/// Only what the prediction can use is kept: packages the catalogue knows or from a Xen provider, and the Xen
/// devices; the rest is counted.
struct DriverInventory
{
    enum class Source { File, GuestAgent };

    Source source = Source::File;
    /// The file's name, or the command the guest agent ran.
    QString origin;
    /// When pnputil ran, as far as known: the file's modification time, or the guest-exec's time.
    QDateTime taken;
    QDateTime imported;
    /// Which outputs the import had: enum-drivers and/or enum-devices /drivers.
    bool hasPackages = false;
    bool hasDevices = false;
    QList<InventoryPackage> packages;
    QList<InventoryDevice> devices;
    int otherPackages = 0;
    int otherDevices = 0;

    bool operator==(const DriverInventory&) const = default;
};

/// What the console has observed of a guest rather than been told (issue 18), with when.
struct GuestObservations
{
    AgentReport agent;
    /// The inventory kept in our metadata (imported, or read through the agent and then kept).
    std::optional<DriverInventory> inventory;
    /// Read through the guest agent by this console (opt-in per connection), held in memory: newer than the kept one
    /// it is the one the prediction uses, without a write to the domain behind the admin's back.
    std::optional<DriverInventory> agentInventory;
    /// Why the last read through the agent failed; empty when it did not.
    QString agentInventoryError;
    /// When the VM last started, if this console saw it start; else unset.
    std::optional<QDateTime> lastBoot;
    /// Of a running VM whose start this console did not see: when it was first seen running (the boot was before).
    std::optional<QDateTime> runningSince;

    /// The newer of the two inventories (by when they were taken), or the one there is.
    const std::optional<DriverInventory>& latestInventory() const
    {
        if (!agentInventory)
            return inventory;
        if (!inventory)
            return agentInventory;
        return agentInventory->taken > inventory->taken ? agentInventory : inventory;
    }

    bool operator==(const GuestObservations&) const = default;
};
