// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

/// The OS a libosinfo id names (virt-install and virt-manager record it as <libosinfo:os id=...> in the domain's
/// metadata, namespace http://libosinfo.org/xmlns/libvirt/domain/1.0): what the VM was installed as, which is what
/// the prediction uses when our metadata says nothing (issue 17 item 3).
///
/// The ids follow osinfo-db's data/os/<vendor>/<os>-<version>.xml.in: http://microsoft.com/win/10,
/// http://debian.org/debian/12, http://freebsd.org/freebsd/13.2. An id this table does not know gives nullopt.
class LibosinfoOs
{
    Q_DECLARE_TR_FUNCTIONS(LibosinfoOs)

public:
    struct Installed
    {
        GuestOs os = GuestOs::Unknown;
        /// In GuestSettings' form: a Windows build ("10.0.17763"), a Linux kernel series ("6.1"), a BSD release.
        QString release;
        bool server = false;
        /// The id as given, for "libosinfo: http://..." in the UI.
        QString id;
        /// Set when the id does not pin the release the prediction needs (Windows 10 and 11 span many builds, a
        /// Linux distribution names its kernel series, not the point release): one sentence, shown as an
        /// uncertain fact.
        QString releaseUncertainty;

        /// @p guest as the prediction sees it when our metadata names no OS.
        void fill(GuestSettings& guest) const
        {
            guest.os = os;
            guest.release = release;
            guest.server = server;
        }
    };

    static std::optional<Installed> parse(const QString& id);
};
