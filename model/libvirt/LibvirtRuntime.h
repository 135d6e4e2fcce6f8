// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

/// Process-wide libvirt setup, done once before the first connection: libvirt's default error printer is
/// silenced (errors are reported through LibvirtResult instead of stderr), SIGPIPE is ignored unless the
/// application handles it, and an event loop implementation is registered (virEventRegisterImpl) and run on a
/// thread of its own. Domain events, close callbacks and keepalive all need that loop; libvirt requires a
/// registered loop to be run for as long as the process lives. It is not libvirt's default implementation,
/// which shares GLib's default main context with Qt's GUI thread (see LibvirtRuntime.cpp).
class LibvirtRuntime
{
public:
    /// Idempotent and thread-safe. Returns false (with @p errorString) if libvirt could not be initialized.
    static bool initialize(QString* errorString = nullptr);
    /// True once the event loop thread runs.
    static bool eventLoopRunning();
};
