// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectError.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>
#include <cerrno>
#include <cstring>
#include <libvirt/virterror.h>
#include <netdb.h>

// Where the texts below come from (libvirt 9.0.0 as Debian 12 ships it; messages seen with `virsh -c URI uri`
// and a small virConnectOpenAuth probe printing virError's fields):
//  - src/rpc/virnetsocket.c, virNetSocketNewConnectUNIX: VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC, int1 = errno,
//    "Failed to connect socket to '%s': <strerror>" (ENOENT: no daemon; ECONNREFUSED: stale socket; EACCES).
//  - the same file, virNetSocketNewConnectTCP: "Unable to resolve address '%s' service '%s': <gai_strerror>"
//    (int1 -1) and "unable to connect to server at '%s:%s': <strerror>" (int1 = errno).
//  - the same file, virNetSocketReadWire: an ssh transport's failure is "Cannot recv data: <ssh's stderr>:
//    Connection reset by peer" (int1 ECONNRESET) or "End of file while reading data: <stderr>: Input/output
//    error" (int1 EIO); so int1 says nothing there and ssh's (untranslated) words decide. On the remote side
//    virt-ssh-helper adds "virt-ssh-helper: cannot connect to '<socket>': Failed to connect socket to ...".
//  - src/util/virerror.c, virErrorMsgStrings: VIR_ERR_NO_CONNECT is "no connection driver available for %s",
//    sent by a daemon without the URI's driver (seen: xen:/// against a libvirtd with the QEMU driver only).
//  - src/util/virpolkit.c, virPolkitCheckAuth: VIR_ERR_AUTH_UNAVAILABLE "no polkit agent available to
//    authenticate action '%s'", VIR_ERR_AUTH_CANCELLED, and a denial ("access denied by policy", reported as
//    VIR_ERR_AUTH_FAILED in older releases and VIR_ERR_ACCESS_DENIED by the access manager).
//  - src/remote/remote_driver.c, remoteAuthSASL: VIR_ERR_AUTH_FAILED "authentication failed: Failed to collect
//    auth credentials" when the credential callback refuses.
//  - src/libxl/libxl_driver.c, libxlDriverShouldLoad: the Xen driver loads only where /proc/xen/capabilities
//    says "control_d".
// libvirt's own words are translated when its catalog is installed, so causes are told apart by code, domain
// and errno first; texts are matched in English and as this process's C library words them.

namespace {
bool has(const QString& text, const char* english)
{
    return text.contains(QLatin1String(english), Qt::CaseInsensitive);
}

/// The errno's text in English (the C locale: what ssh prints) or as libvirt in this process words it.
bool hasErrno(const QString& text, int error, const char* english)
{
    return has(text, english) || text.contains(QString::fromLocal8Bit(std::strerror(error)), Qt::CaseInsensitive);
}

bool hasResolverFailure(const QString& text)
{
    for (int code : {EAI_NONAME, EAI_AGAIN, EAI_NODATA, EAI_FAIL}) {
        if (text.contains(QString::fromLocal8Bit(gai_strerror(code)), Qt::CaseInsensitive))
            return true;
    }
    return has(text, "Could not resolve hostname") || has(text, "Unable to resolve address") ||
           has(text, "Name or service not known") || has(text, "Temporary failure in name resolution") ||
           has(text, "No address associated with hostname");
}

/// The first quoted absolute path whose name says it is a socket ("/var/run/libvirt/libvirt-sock").
QString socketIn(const QString& message)
{
    static const QRegularExpression quoted(QStringLiteral("'(/[^']+)'"));
    for (auto it = quoted.globalMatch(message); it.hasNext();) {
        const QString path = it.next().captured(1);
        if (path.section(QLatin1Char('/'), -1).contains(QLatin1String("sock")))
            return path;
    }
    return {};
}

ConnectError::Cause byCode(const ConnectError::Raw& raw)
{
    using Cause = ConnectError::Cause;
    switch (raw.code) {
    case VIR_ERR_AUTH_UNAVAILABLE:
    case VIR_ERR_ACCESS_DENIED: return Cause::PermissionDenied;
    case VIR_ERR_AUTH_FAILED:
    case VIR_ERR_AUTH_CANCELLED:
        if (raw.domain == VIR_FROM_POLKIT || has(raw.message, "access denied by policy"))
            return Cause::PermissionDenied;
        if (raw.domain == VIR_FROM_SSH || raw.domain == VIR_FROM_LIBSSH)
            return Cause::SshAuthentication;
        return Cause::AuthenticationFailed;
    case VIR_ERR_NO_CONNECT: return Cause::DriverUnavailable;
    case VIR_ERR_UNKNOWN_HOST: return Cause::HostNotFound;
    case VIR_ERR_OPERATION_TIMEOUT: return Cause::TimedOut;
    default: return Cause::None;
    }
}

/// What the errno of a socket connect means; None when neither int1 nor the text tell.
ConnectError::Cause bySocketErrno(int error, const QString& message)
{
    using Cause = ConnectError::Cause;
    if (error == ENOENT || error == ECONNREFUSED || hasErrno(message, ENOENT, "No such file or directory") ||
        hasErrno(message, ECONNREFUSED, "Connection refused"))
        return Cause::DaemonNotRunning;
    if (error == EACCES || error == EPERM || hasErrno(message, EACCES, "Permission denied"))
        return Cause::PermissionDenied;
    return Cause::None;
}

ConnectError::Cause byNetworkErrno(int error, const QString& message)
{
    using Cause = ConnectError::Cause;
    if (error == ECONNREFUSED || hasErrno(message, ECONNREFUSED, "Connection refused"))
        return Cause::ConnectionRefused;
    if (error == EHOSTUNREACH || error == ENETUNREACH || hasErrno(message, EHOSTUNREACH, "No route to host") ||
        hasErrno(message, ENETUNREACH, "Network is unreachable"))
        return Cause::HostUnreachable;
    if (error == ETIMEDOUT || hasErrno(message, ETIMEDOUT, "Connection timed out") ||
        has(message, "Operation timed out"))
        return Cause::TimedOut;
    return Cause::None;
}
} // namespace

ConnectError ConnectError::classify(const QString& uri, const Raw& raw, std::optional<bool> localXenHost)
{
    ConnectError error;
    error.m_uri = uri;
    error.m_raw = raw;
    // Over ssh int1 is the errno of the pipe to the ssh process, not of what failed at the other end.
    const bool pipe = raw.int1 == ECONNRESET || raw.int1 == EIO || raw.int1 == EPIPE;
    const int errnum = raw.code == VIR_ERR_SYSTEM_ERROR && !pipe ? raw.int1 : -1;
    const QString& text = raw.message;

    Cause cause = byCode(raw);
    if (cause == Cause::None) {
        error.m_socket = socketIn(text);
        if (!error.m_socket.isEmpty())
            cause = bySocketErrno(errnum, text.mid(text.indexOf(error.m_socket) + error.m_socket.size()));
    }
    if (cause == Cause::None) {
        // ssh's words, in the order ssh reports them (a host key problem stops it before it logs in).
        if (has(text, "Host key verification failed") || has(text, "REMOTE HOST IDENTIFICATION HAS CHANGED") ||
            has(text, "No matching host key"))
            cause = Cause::SshHostKey;
        else if (hasResolverFailure(text))
            cause = Cause::HostNotFound;
        else if (has(text, "Permission denied (") || has(text, "Permission denied, please try again") ||
                 has(text, "Too many authentication failures"))
            cause = Cause::SshAuthentication;
        else
            cause = byNetworkErrno(errnum, text);
    }
    if (cause == Cause::None)
        cause = Cause::Unknown;

    // libvirt routes a local xen:/// to a daemon that, on a computer without Xen, is never there: the missing
    // daemon is not the problem to solve.
    if (cause == Cause::DaemonNotRunning && error.driver() == QLatin1String("xen") && error.host().isEmpty()) {
        error.m_notXenHost = !(localXenHost ? *localXenHost : isXenDom0());
        if (error.m_notXenHost)
            cause = Cause::DriverUnavailable;
    }
    error.m_cause = cause;
    return error;
}

bool ConnectError::isXenDom0()
{
    QFile capabilities(QStringLiteral("/proc/xen/capabilities"));
    return capabilities.open(QIODevice::ReadOnly) && capabilities.readAll().contains("control_d");
}

QString ConnectError::host() const
{
    return QUrl(m_uri).host();
}

QString ConnectError::driver() const
{
    return QUrl(m_uri).scheme().section(QLatin1Char('+'), 0, 0);
}

QString ConnectError::transport() const
{
    return QUrl(m_uri).scheme().section(QLatin1Char('+'), 1, 1);
}

QString ConnectError::summary() const
{
    switch (m_cause) {
    case Cause::None: return {};
    case Cause::Unknown: {
        const QString first = m_raw.message.section(QLatin1Char('\n'), 0, 0).trimmed();
        return first.isEmpty() ? tr("Connection failed") : first;
    }
    case Cause::HostNotFound: return tr("Host name not found");
    case Cause::ConnectionRefused: return tr("Connection refused");
    case Cause::HostUnreachable: return tr("Host unreachable");
    case Cause::TimedOut: return tr("Connection timed out");
    case Cause::SshAuthentication: return tr("SSH login refused");
    case Cause::SshHostKey: return tr("SSH host key not trusted");
    case Cause::DaemonNotRunning: return tr("libvirt daemon not running");
    case Cause::PermissionDenied: return tr("Permission denied");
    case Cause::DriverUnavailable:
        return m_notXenHost ? tr("This computer does not run Xen") : tr("Hypervisor driver not available");
    case Cause::AuthenticationFailed: return tr("Authentication failed");
    }
    return {};
}

QString ConnectError::advice() const
{
    const QUrl url(m_uri);
    const QString where = url.host().isEmpty() ? tr("this computer") : url.host();
    const QString daemon = QStringLiteral("virt%1d").arg(driver());
    switch (m_cause) {
    case Cause::None: return {};
    case Cause::Unknown: return tr("Check the URI, that libvirtd runs on that host and that you may use it.");
    case Cause::HostNotFound:
        return tr("The host name “%1” does not resolve to an address. Check the host in the URI for typing errors "
                  "or use its IP address; if the name is right, check this computer's DNS settings.")
            .arg(where);
    case Cause::ConnectionRefused:
        if (transport() == QLatin1String("ssh"))
            return tr("%1 refused the connection on the SSH port %2. Check that the SSH server (sshd) runs on that "
                      "host and that the port in the URI is right.")
                .arg(where)
                .arg(url.port(22));
        return tr("%1 refused the connection. Check that libvirt on that host listens for %2 connections "
                  "(libvirtd-%2.socket, or virtproxyd-%2.socket with the modular daemons) and that the port in the "
                  "URI is right.")
            .arg(where, transport().isEmpty() ? QStringLiteral("tls") : transport());
    case Cause::HostUnreachable:
        return tr("There is no network route to %1. Check that the host is up and that this computer can reach its "
                  "network (cabling, VPN, firewall).")
            .arg(where);
    case Cause::TimedOut:
        return tr("%1 did not answer in time. The host may be down, or a firewall may drop the connection; check "
                  "that it is up and that the port is open.")
            .arg(where);
    case Cause::SshAuthentication: {
        QString user = url.userName();
        if (user.isEmpty())
            user = qEnvironmentVariable("USER", QStringLiteral("root"));
        return tr("SSH could not log in to %1 as %2. Check the user name in the URI and that the host accepts your "
                  "SSH key (ssh-copy-id, ssh-add); try “ssh %2@%1” in a terminal.")
            .arg(where, user);
    }
    case Cause::SshHostKey:
        return tr("SSH does not know the host key of %1, or the key has changed. Connect once with “ssh %1” in a "
                  "terminal and check the fingerprint before you accept it; if the host was reinstalled, first "
                  "remove its old key with “ssh-keygen -R %1”.")
            .arg(where);
    case Cause::DaemonNotRunning:
        return tr("Nothing answers on the libvirt socket %1 on %2: the libvirt daemon is not running there. Start "
                  "it with “systemctl start libvirtd” (or, with libvirt's modular daemons, “systemctl start "
                  "%3.socket”).")
            .arg(m_socket, where, daemon);
    case Cause::PermissionDenied: {
        const QString who = m_socket.isEmpty()
                                ? tr("libvirt on %1 refused this user (socket permissions or polkit).").arg(where)
                                : tr("This user may not use the libvirt socket %1 on %2.").arg(m_socket, where);
        return who + QLatin1Char(' ') +
               tr("Add the user to the “libvirt” group (and log in again) or allow it with a polkit rule, or open "
                  "the connection read-only, which every user may.");
    }
    case Cause::DriverUnavailable:
        if (m_notXenHost)
            return tr("This computer is not a Xen host (dom0), so xen:/// has nothing to connect to here. To "
                      "manage a Xen host from here, connect to it over SSH (xen+ssh://root@host/system).");
        if (driver() == QLatin1String("xen"))
            return tr("libvirt on %1 has no Xen driver: install libvirt-daemon-driver-xen there and restart "
                      "libvirt; or that host does not run Xen (then use a QEMU/KVM connection).")
                .arg(where);
        return tr("libvirt on %1 has no driver for “%2” connections: install libvirt-daemon-driver-%2 there and "
                  "restart libvirt, or check the URI.")
            .arg(where, driver());
    case Cause::AuthenticationFailed:
        return tr("libvirt on %1 did not accept the credentials, or the question was cancelled. Connect again "
                  "with a user name and password that libvirt there accepts.")
            .arg(where);
    }
    return {};
}

QString ConnectError::details() const
{
    if (m_cause == Cause::None)
        return {};
    QStringList lines{m_raw.message, QString(), tr("URI: %1").arg(m_uri)};
    if (m_raw.code != 0)
        lines << tr("libvirt error code: %1").arg(m_raw.code);
    return lines.join(QLatin1Char('\n'));
}
