// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <optional>

/// Why opening a libvirt connection failed, in the words an admin needs (issue 19 item 13): the cause in a few
/// words (for a list row and the first line of an error box), what to do about it, and libvirt's own message as
/// the details. classify() reads libvirt's error (code, domain, errno, message) and the URI; the texts are
/// translated when they are asked for.
class ConnectError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(ConnectError)

public:
    enum class Cause {
        /// Nothing failed.
        None,
        /// None of the causes below; the advice is the general one.
        Unknown,
        /// The host name in the URI does not resolve.
        HostNotFound,
        /// The host answered, but nothing listens on the port (sshd, or libvirt's TCP/TLS socket).
        ConnectionRefused,
        /// No route to the host or its network.
        HostUnreachable,
        TimedOut,
        /// ssh could not log in (key or password refused).
        SshAuthentication,
        /// ssh does not know or no longer trusts the host's key.
        SshHostKey,
        /// The libvirt daemon's socket is missing or nobody listens on it: the daemon is not running.
        DaemonNotRunning,
        /// The socket's permissions or polkit refuse this user.
        PermissionDenied,
        /// libvirt has no driver for the URI's hypervisor there, or the host does not run that hypervisor.
        DriverUnavailable,
        /// libvirt's own authentication (SASL, polkit prompt) failed or was cancelled.
        AuthenticationFailed,
    };
    Q_ENUM(Cause)

    /// The parts of libvirt's virError that tell causes apart (libvirt 9.0 include/libvirt/virterror.h). str1 is
    /// not kept: for the errors of an open it is only the format of the message (virerror.c, virErrorMsg).
    struct Raw
    {
        /// virErrorNumber.
        int code = 0;
        /// virErrorDomain; -1 when not known.
        int domain = -1;
        /// For VIR_ERR_SYSTEM_ERROR the errno (virerror.c, virReportSystemErrorFull); -1 when not known.
        int int1 = -1;
        QString message;
    };

    ConnectError() = default;

    /// Classifies the failure to open @p uri. @p localXenHost says whether this computer is a Xen dom0; unset, it
    /// is looked up (only when it matters: a local Xen URI whose daemon is missing).
    static ConnectError classify(const QString& uri, const Raw& raw, std::optional<bool> localXenHost = {});
    /// Whether this computer runs Xen as dom0, the test libvirt's Xen driver makes before it loads.
    static bool isXenDom0();

    Cause cause() const { return m_cause; }
    bool isNull() const { return m_cause == Cause::None; }
    /// A few words, e.g. "Host name not found"; for Unknown the first line of libvirt's message.
    QString summary() const;
    /// What to do, naming the host, socket or package concerned.
    QString advice() const;
    /// libvirt's message, the URI and the error code, for "Show Details…".
    QString details() const;
    QString uri() const { return m_uri; }
    const Raw& raw() const { return m_raw; }

private:
    QString host() const;
    QString driver() const;
    QString transport() const;

    Cause m_cause = Cause::None;
    QString m_uri;
    Raw m_raw;
    /// The socket the message names, if any.
    QString m_socket;
    /// Set for a local Xen URI on a computer that is not a Xen dom0.
    bool m_notXenHost = false;
};

Q_DECLARE_METATYPE(ConnectError)
