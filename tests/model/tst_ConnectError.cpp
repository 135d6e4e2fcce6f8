// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/libvirt/ConnectError.h"
#include "model/libvirt/LibvirtSession.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <libvirt/virterror.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using Cause = ConnectError::Cause;

/// Issue 19 item 13: libvirt's connect failures become a cause with specific advice. The rows are libvirt 9.0's
/// real errors (code, domain, int1, message); each names where it was seen.
class tst_ConnectError : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void unknownKeepsTheGeneralAdvice();
    void detailsKeepLibvirtsWords();
    void realOpensGiveDistinctCauses_data();
    void realOpensGiveDistinctCauses();
};

void tst_ConnectError::classify_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("int1");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("xenDom0");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("adviceNames");

    const QString noSocket =
        QStringLiteral("Failed to connect socket to '/var/run/libvirt/libvirt-sock': No such file or directory");
    // Seen: `virsh -c qemu:///system uri` with no libvirtd (virnetsocket.c, virNetSocketNewConnectUNIX, ENOENT).
    QTest::newRow("socket-missing") << QStringLiteral("qemu:///system") << int(VIR_ERR_SYSTEM_ERROR)
                                    << int(VIR_FROM_RPC) << ENOENT << noSocket << false << Cause::DaemonNotRunning
                                    << QStringLiteral("/var/run/libvirt/libvirt-sock");
    QTest::newRow("socket-missing-advice-names-daemons")
        << QStringLiteral("qemu:///system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ENOENT << noSocket
        << false << Cause::DaemonNotRunning << QStringLiteral("systemctl start virtqemud.socket");
    // What the GUI gets: the worker passes code and message only (LibvirtResult), no domain, no errno.
    QTest::newRow("socket-missing-code-and-message-only")
        << QStringLiteral("qemu:///system") << int(VIR_ERR_SYSTEM_ERROR) << -1 << -1 << noSocket << false
        << Cause::DaemonNotRunning << QStringLiteral("systemctl start libvirtd");
    // Seen: `virsh -c xen:///system uri` here (no libvirtd, not a dom0): libvirt routes it to the same socket.
    QTest::newRow("xen-on-a-computer-without-xen")
        << QStringLiteral("xen:///system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ENOENT << noSocket
        << false << Cause::DriverUnavailable << QStringLiteral("xen+ssh://");
    QTest::newRow("xen-dom0-without-daemon")
        << QStringLiteral("xen:///system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ENOENT << noSocket
        << true << Cause::DaemonNotRunning << QStringLiteral("virtxend.socket");
    // Seen: probe run as user nobody against a private libvirtd whose socket is 0700 root.
    QTest::newRow("socket-permission")
        << QStringLiteral("qemu:///system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << EACCES
        << QStringLiteral("Failed to connect socket to '/tmp/lvd/sock/libvirt-sock': Permission denied") << false
        << Cause::PermissionDenied << QStringLiteral("read-only");
    // virnetsocket.c, virNetSocketNewConnectUNIX with ECONNREFUSED: a socket file left behind by a dead daemon.
    QTest::newRow("socket-stale")
        << QStringLiteral("qemu:///system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ECONNREFUSED
        << QStringLiteral("Failed to connect socket to '/var/run/libvirt/libvirt-sock': Connection refused") << false
        << Cause::DaemonNotRunning << QStringLiteral("libvirt-sock");
    // virt-ssh-helper on a host whose daemon is down, through virNetSocketReadWire's "End of file while reading
    // data: %s" (EIO); the text as users report it.
    QTest::newRow("remote-daemon-down-over-ssh")
        << QStringLiteral("qemu+ssh://root@kvm1/system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << EIO
        << QStringLiteral(
               "End of file while reading data: virt-ssh-helper: cannot connect to "
               "'/var/run/libvirt/libvirt-sock': Failed to connect socket to '/var/run/libvirt/libvirt-sock': "
               "Connection refused: Input/output error")
        << false << Cause::DaemonNotRunning << QStringLiteral("on kvm1");
    // Seen: `virsh -c qemu+ssh://no-such-host.invalid/system uri` (ssh's stderr in "Cannot recv data: %s").
    QTest::newRow("ssh-host-not-found")
        << QStringLiteral("qemu+ssh://no-such-host.invalid/system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
        << ECONNRESET
        << QStringLiteral("Cannot recv data: ssh: Could not resolve hostname no-such-host.invalid: Name or service "
                          "not known: Connection reset by peer")
        << false << Cause::HostNotFound << QStringLiteral("no-such-host.invalid");
    // Seen: probe with qemu+tcp (virNetSocketNewConnectTCP, getaddrinfo failed: int1 -1).
    QTest::newRow("tcp-host-not-found")
        << QStringLiteral("qemu+tcp://no-such-host.invalid/system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
        << -1
        << QStringLiteral("Unable to resolve address 'no-such-host.invalid' service '16509': Name or service not known")
        << false << Cause::HostNotFound << QStringLiteral("DNS");
    // Seen: probe with qemu+tcp://127.0.0.1:1/system.
    QTest::newRow("tcp-refused") << QStringLiteral("qemu+tcp://127.0.0.1:1/system") << int(VIR_ERR_SYSTEM_ERROR)
                                 << int(VIR_FROM_RPC) << ECONNREFUSED
                                 << QStringLiteral("unable to connect to server at '127.0.0.1:1': Connection refused")
                                 << false << Cause::ConnectionRefused << QStringLiteral("tcp");
    // Seen: `virsh -c qemu+ssh://127.0.0.1:1/system uri`.
    QTest::newRow("ssh-refused") << QStringLiteral("qemu+ssh://127.0.0.1:1/system") << int(VIR_ERR_SYSTEM_ERROR)
                                 << int(VIR_FROM_RPC) << ECONNRESET
                                 << QStringLiteral(
                                        "Cannot recv data: ssh: connect to host 127.0.0.1 port 1: Connection "
                                        "refused: Connection reset by peer")
                                 << false << Cause::ConnectionRefused << QStringLiteral("SSH port 1");
    // OpenSSH's "ssh: connect to host %s port %s: %s" with EHOSTUNREACH, through virNetSocketReadWire.
    QTest::newRow("ssh-no-route") << QStringLiteral("xen+ssh://root@dom0/system") << int(VIR_ERR_SYSTEM_ERROR)
                                  << int(VIR_FROM_RPC) << ECONNRESET
                                  << QStringLiteral("Cannot recv data: ssh: connect to host dom0 port 22: No route to "
                                                    "host: Connection reset by peer")
                                  << false << Cause::HostUnreachable << QStringLiteral("dom0");
    // virNetSocketNewConnectTCP with ETIMEDOUT.
    QTest::newRow("tcp-timeout") << QStringLiteral("qemu+tcp://10.0.0.9/system") << int(VIR_ERR_SYSTEM_ERROR)
                                 << int(VIR_FROM_RPC) << ETIMEDOUT
                                 << QStringLiteral(
                                        "unable to connect to server at '10.0.0.9:16509': Connection timed out")
                                 << false << Cause::TimedOut << QStringLiteral("10.0.0.9");
    // Reported in retspen/webvirtmgr issue 156 (ssh's stderr: a known-hosts warning, then the refused login).
    QTest::newRow("ssh-login-refused")
        << QStringLiteral("qemu+ssh://root@10.0.0.2/system") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
        << ECONNRESET
        << QStringLiteral("Cannot recv data: Warning: Permanently added '10.0.0.2' (RSA) to the list of known hosts. "
                          "Permission denied, please try again. Permission denied, please try again. Permission denied "
                          "(publickey,gssapi-keyex,gssapi-with-mic,password).: Connection reset by peer")
        << false << Cause::SshAuthentication << QStringLiteral("ssh root@10.0.0.2");
    // Reported in retspen/webvirtcloud issue 120.
    QTest::newRow("ssh-host-key") << QStringLiteral("qemu+ssh://root@192.168.13.119/system")
                                  << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC) << ECONNRESET
                                  << QStringLiteral("Cannot recv data: Host key verification failed.: Connection reset "
                                                    "by peer")
                                  << false << Cause::SshHostKey << QStringLiteral("ssh-keygen -R 192.168.13.119");
    // Seen: probe with xen:///system?socket=… against a private libvirtd that has the QEMU driver only
    // (virerror.c: VIR_ERR_NO_CONNECT, "no connection driver available for %s").
    QTest::newRow("xen-driver-missing") << QStringLiteral("xen:///system") << int(VIR_ERR_NO_CONNECT)
                                        << int(VIR_FROM_NONE) << -1
                                        << QStringLiteral("no connection driver available for xen:///system") << true
                                        << Cause::DriverUnavailable << QStringLiteral("libvirt-daemon-driver-xen");
    // Seen: probe against a private libvirtd with auth_unix_rw = "sasl" and no SASL user.
    QTest::newRow("sasl-refused") << QStringLiteral("qemu:///system") << int(VIR_ERR_AUTH_FAILED) << int(VIR_FROM_RPC)
                                  << -1
                                  << QStringLiteral("authentication failed: Failed to start SASL negotiation: -1 "
                                                    "(SASL(-1): generic failure: All-whitespace username.)")
                                  << false << Cause::AuthenticationFailed << QStringLiteral("Connect again");
    // Seen: the same daemon, with a credential callback that refuses (the user cancelled the question).
    QTest::newRow("credentials-cancelled")
        << QStringLiteral("qemu:///system") << int(VIR_ERR_AUTH_FAILED) << int(VIR_FROM_REMOTE) << -1
        << QStringLiteral("authentication failed: Failed to collect auth credentials") << false
        << Cause::AuthenticationFailed << QStringLiteral("cancelled");
    // virpolkit.c, virPolkitCheckAuth: a user outside the libvirt group with no polkit agent.
    QTest::newRow("polkit-no-agent") << QStringLiteral("qemu:///system") << int(VIR_ERR_AUTH_UNAVAILABLE)
                                     << int(VIR_FROM_POLKIT) << -1
                                     << QStringLiteral("authentication unavailable: no polkit agent available to "
                                                       "authenticate action 'org.libvirt.unix.manage'")
                                     << false << Cause::PermissionDenied << QStringLiteral("polkit");
    // Seen: probe with qemu+tls and no CA certificate: a quoted path that is not a socket stays unknown.
    QTest::newRow("tls-ca-missing") << QStringLiteral("qemu+tls://127.0.0.1/system") << int(VIR_ERR_SYSTEM_ERROR)
                                    << int(VIR_FROM_RPC) << ENOENT
                                    << QStringLiteral("Cannot read CA certificate '/etc/pki/CA/cacert.pem': No such "
                                                      "file or directory")
                                    << false << Cause::Unknown << QStringLiteral("Check the URI");
}

void tst_ConnectError::classify()
{
    QFETCH(QString, uri);
    QFETCH(int, code);
    QFETCH(int, domain);
    QFETCH(int, int1);
    QFETCH(QString, message);
    QFETCH(bool, xenDom0);
    QFETCH(Cause, cause);
    QFETCH(QString, adviceNames);
    const ConnectError error = ConnectError::classify(uri, {code, domain, int1, message}, xenDom0);
    QCOMPARE(error.cause(), cause);
    QVERIFY(!error.isNull());
    QVERIFY(!error.summary().isEmpty());
    QVERIFY2(error.advice().contains(adviceNames), qPrintable(error.advice()));
}

void tst_ConnectError::unknownKeepsTheGeneralAdvice()
{
    // Seen: probe with test:///nonexistent.xml (the test driver's XML error).
    const ConnectError error =
        ConnectError::classify(QStringLiteral("test:///nonexistent.xml"),
                               {VIR_ERR_XML_ERROR, VIR_FROM_TEST, -1,
                                QStringLiteral("XML error: failed to parse xml document '/nonexistent.xml'")});
    QCOMPARE(error.cause(), Cause::Unknown);
    QCOMPARE(error.summary(), QStringLiteral("XML error: failed to parse xml document '/nonexistent.xml'"));
    // The advice names no button: xpctl prints it too; the console's error box adds "Then choose Reconnect."
    QCOMPARE(error.advice(), QStringLiteral("Check the URI, that libvirtd runs on that host and that you may use it."));
    QVERIFY(ConnectError().isNull());
    QVERIFY(ConnectError().summary().isEmpty());
}

void tst_ConnectError::detailsKeepLibvirtsWords()
{
    const QString message = QStringLiteral("no connection driver available for xen:///system");
    const ConnectError error =
        ConnectError::classify(QStringLiteral("xen:///system"), {VIR_ERR_NO_CONNECT, VIR_FROM_NONE, -1, message}, true);
    QVERIFY(error.details().startsWith(message));
    QVERIFY(error.details().contains(QStringLiteral("URI: xen:///system")));
    QVERIFY(error.details().contains(QStringLiteral("libvirt error code: 5")));
}

void tst_ConnectError::realOpensGiveDistinctCauses_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<Cause>("cause");
    QTest::newRow("missing-socket") << QStringLiteral("qemu+unix:///system?socket=/nonexistent/sock")
                                    << Cause::DaemonNotRunning;
    QTest::newRow("stale-socket") << QStringLiteral("qemu+unix:///system?socket=%1") << Cause::DaemonNotRunning;
    QTest::newRow("unresolvable-ssh-host")
        << QStringLiteral("qemu+ssh://no-such-host.invalid/system") << Cause::HostNotFound;
    QTest::newRow("refused-tcp") << QStringLiteral("qemu+tcp://127.0.0.1:1/system") << Cause::ConnectionRefused;
    // No Xen here: libvirt sends xen:/// to a daemon that is not there (or, with a libvirtd, to one without the
    // Xen driver); either way the cause is the missing hypervisor, not the missing daemon.
    QTest::newRow("xen-system") << QStringLiteral("xen:///system") << Cause::DriverUnavailable;
}

void tst_ConnectError::realOpensGiveDistinctCauses()
{
    QFETCH(QString, uri);
    QFETCH(Cause, cause);
    QTemporaryDir dir;
    if (uri.contains(QLatin1String("%1"))) {
        // A socket file nobody listens on, as a daemon that died leaves it: connect() answers ECONNREFUSED.
        const QByteArray path = dir.filePath(QStringLiteral("sock")).toLocal8Bit();
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
        QVERIFY(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        ::close(fd);
        uri = uri.arg(QString::fromLocal8Bit(path));
    }
    if (uri.contains(QLatin1String("+ssh")))
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty(),
                 "libvirt's ssh transport runs the ssh client: install openssh-client");
    if (uri.startsWith(QLatin1String("xen:")))
        QVERIFY2(!ConnectError::isXenDom0(), "this row needs a computer that is not a Xen dom0");
    LibvirtSession session;
    const LibvirtResult result = session.open(uri, false);
    QVERIFY2(!result.ok(), qPrintable(uri));
    const ConnectError error = ConnectError::classify(uri, session.lastOpenFailure());
    QVERIFY2(error.cause() == cause,
             qPrintable(QStringLiteral("%1: %2 (%3)").arg(uri, error.summary(), result.message)));
    QCOMPARE(session.lastOpenFailure().message, result.message);
    QCOMPARE(session.lastOpenFailure().code, result.code);
}

QTEST_GUILESS_MAIN(tst_ConnectError)
#include "tst_ConnectError.moc"
