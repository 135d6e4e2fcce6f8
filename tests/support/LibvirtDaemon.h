// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

/// A private libvirtd (with the QEMU driver) and virtlogd for one test, run as root.
///
/// Everything lives under a QTemporaryDir: the daemon's config, its sockets (connect with uri()), pid files
/// and log. Where the kernel allows it (unshare --mount), the daemons run in a mount namespace of their own in
/// which /etc/libvirt, /run/libvirt, /var/lib/libvirt, /var/cache/libvirt and /var/log/libvirt are bind
/// mounts of folders in that directory, so defined domains, capability caches and logs never touch the host and
/// a system libvirtd is not disturbed. Without namespaces the daemons use the host's folders.
///
/// Both daemons are stopped by PID (SIGTERM, then SIGKILL) in stop() and the destructor; both also exit on
/// their own after a while without clients, so a crashed test leaves nothing running for long.
/// Starts the test's LibvirtDaemon into @p daemon in initTestCase. Where the harness cannot run here it fails when
/// CI=true (scripts/install-deps installs everything, so there a missing piece is a broken runner) and skips
/// elsewhere. The test includes <QTest>.
#define XP_START_LIBVIRTD(daemon)                                                                                      \
    do {                                                                                                               \
        const QString missing_ = LibvirtDaemon::missingPrerequisite();                                                 \
        if (!missing_.isEmpty()) {                                                                                     \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                                   \
                QFAIL(qPrintable(missing_));                                                                           \
            QSKIP(qPrintable(missing_));                                                                               \
        }                                                                                                              \
        (daemon) = std::make_unique<LibvirtDaemon>();                                                                  \
        QVERIFY2((daemon)->start(), qPrintable((daemon)->errorString()));                                              \
    } while (false)

class LibvirtDaemon
{
public:
    /// Empty if this machine can run the harness, else what is missing (not root, no libvirtd, no QEMU driver
    /// module, no x86 QEMU that libvirt can probe).
    static QString missingPrerequisite();
    /// The emulator that domains should name: /usr/bin/qemu-system-x86_64 (package qemu-system-x86). The
    /// Xen-only /usr/libexec/xen-qemu-system-i386 is not usable: libvirt probes with accel kvm or tcg and that
    /// binary knows only xen.
    static QString emulator();

    LibvirtDaemon();
    ~LibvirtDaemon();
    LibvirtDaemon(const LibvirtDaemon&) = delete;
    LibvirtDaemon& operator=(const LibvirtDaemon&) = delete;

    /// Creates what the daemon needs (idempotently: the libvirt-qemu user and group, the runtime folders),
    /// starts virtlogd and libvirtd and waits until libvirtd accepts connections. May be called again after
    /// stop(); the same directory, and so the same URI and the same defined domains, are used.
    bool start();
    /// Stops both daemons by PID and waits for them to be gone.
    void stop();
    /// Kills libvirtd with SIGKILL, as a crash would, and waits until it is gone; virtlogd keeps running.
    void crash();
    bool isRunning() const;

    /// qemu:///system?socket=<dir>/sock/libvirt-sock
    QString uri() const;
    QString directory() const { return m_dir.path(); }
    qint64 libvirtdPid() const { return m_libvirtdPid; }
    qint64 virtlogdPid() const { return m_virtlogdPid; }
    bool usesMountNamespace() const { return m_namespace; }
    /// Why start() failed, with the end of the daemon's log.
    QString errorString() const { return m_error; }

private:
    bool prepareHost();
    bool writeConfig();
    bool waitForSocket();
    QString logTail() const;

    QTemporaryDir m_dir;
    QProcess m_libvirtd;
    qint64 m_libvirtdPid = 0;
    qint64 m_virtlogdPid = 0;
    bool m_namespace = false;
    QString m_error;
};
