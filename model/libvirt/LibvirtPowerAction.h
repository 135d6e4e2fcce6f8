// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

/// What LibvirtConnection::power() does to a domain.
enum class LibvirtPowerAction {
    /// virDomainShutdown: the guest is asked to shut down and may take its time (or refuse).
    Shutdown,
    /// virDomainCreate: starts a defined, shut-off domain from its persistent definition.
    Start,
    /// virDomainDestroy: forced off, as pulling the plug.
    Destroy,
};
