// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DefinitionFacts.h"
#include "GuestObservations.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

/// A domain's run state. The values mirror virDomainState, so they can be compared with libvirt's numbers,
/// but nothing outside the libvirt layer needs to include libvirt to use them.
enum class DomainState { NoState = 0, Running, Blocked, Paused, ShuttingDown, ShutOff, Crashed, PmSuspended };

/// What one listing knows about one domain: identity, run state and its persistent (inactive) XML.
/// The inactive XML is what a push patches and compares against, so it is the one fetched in bulk.
struct DomainSnapshot
{
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    bool persistent = true;
    /// The hypervisor's id while the domain runs, -1 while it is shut off.
    int id = -1;
    /// Empty when the listing was asked for without XML or when reading it failed (see error). UTF-8, as libvirt
    /// gives it: a fleet keeps every VM's definition, and UTF-16 would double that memory (and the listing worker,
    /// the load's critical path, would convert every domain).
    QByteArray inactiveXml;
    /// Why the XML could not be read; the domain stays listed so one bad VM does not hide the fleet.
    QString error;
    /// Of an active domain, when the listing asked for it: xpconsole's metadata element of the running definition
    /// and of the persistent one, as virDomainGetMetadata gives them (libvirt 9.0 returns the element without its
    /// namespace; empty when the definition has none). Everything that decides whether the next boot differs
    /// (NextBoot) is in this element, and libvirt formats both the same way, so equal texts need no parse and the
    /// whole live XML need not be fetched. Not compared when libvirt could not say (a transient domain).
    bool metadataCompared = false;
    QString liveMetadata;
    QString persistentMetadata;

    /// On the QEMU driver, whether the domain's emulator has Xen's devices (XenDeviceProbe, once per emulator and
    /// connection); NotAsked elsewhere.
    HostSupport xenDevices = HostSupport::NotAsked;
    QString xenDevicesDetail;

    /// Filled by whoever holds the connection, not by the listing (which never waits on a guest): the guest agent's
    /// last report, and the last start this console saw (or, of a VM found running, when it was first seen so).
    AgentReport agent;
    std::optional<DriverInventory> agentInventory;
    QString agentInventoryError;
    std::optional<QDateTime> lastBoot;
    std::optional<QDateTime> runningSince;

    bool isActive() const { return id >= 0; }
    bool operator==(const DomainSnapshot&) const = default;
};
