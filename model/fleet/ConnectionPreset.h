// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

/// The kinds of connection the "Add Connection" dialog offers, and the libvirt URIs they stand for.
class ConnectionPreset
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionPreset)

public:
    enum class Kind { Xen, QemuSystem, QemuSsh, XenSsh, Custom, Demo };

    /// A URI built from the dialog's fields, or the reason there is none yet (translated, one line).
    struct Built
    {
        QString uri;
        QString problem;
        bool ok() const { return problem.isEmpty(); }
    };

    /// Where the fields of a URI belong in the dialog (the inverse of build(), for recent connections).
    struct Match
    {
        Kind kind = Kind::Custom;
        QString host;
        QString user;
    };

    /// Every preset, in the order the dialog lists them.
    static QList<Kind> all();
    /// A short translated label, e.g. "QEMU/KVM over SSH".
    static QString label(Kind kind);
    /// Whether the preset needs a host (and takes a user name).
    static bool isRemote(Kind kind);
    /// The URI for @p kind; @p host and @p user matter for the remote kinds, @p customUri for Custom only.
    static Built build(Kind kind, const QString& host, const QString& user, const QString& customUri = {});
    /// driver+transport://[user@]host[:port]/system. An IPv6 literal host gets its brackets; the user name is
    /// percent-encoded.
    static Built remoteUri(const QString& scheme, const QString& host, const QString& user);
    /// Empty when @p uri is something libvirt can be asked to open, else why not (translated, one line).
    static QString problemWith(const QString& uri);
    static Match match(const QString& uri);
};
