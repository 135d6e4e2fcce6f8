// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMutex>
#include <QString>

/// Serializes the read-compare-define of one domain across every libvirt connection of this process.
///
/// libvirt has no compare-and-swap for a definition: LibvirtSession::defineIfUnchanged reads the inactive XML,
/// compares it with the one the change was based on, then defines. Two connections of one console (two hosts
/// views, the wizard and a bulk run) could both pass the comparison before either defines, and the second
/// define would silently replace the first. Holding this lock from the read to the define closes that window
/// within the process; between processes (two admins) the window stays and is documented in
/// docs/reliability.md.
class DomainWriteLock
{
public:
    /// Locks the stripe of @p uuid (case-insensitive) until destruction.
    explicit DomainWriteLock(const QString& uuid);
    ~DomainWriteLock();
    DomainWriteLock(const DomainWriteLock&) = delete;
    DomainWriteLock& operator=(const DomainWriteLock&) = delete;

private:
    QMutex& m_mutex;
};
