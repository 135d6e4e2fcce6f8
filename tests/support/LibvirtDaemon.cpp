// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtDaemon.h"

#include "model/libvirt/LibvirtSession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 15000;
// The daemons exit on their own after this long without clients, should a crashed test leave them behind.
const QString kIdleTimeoutS = QStringLiteral("300");
// Debian's packages build the QEMU driver to run guests as this user; the driver refuses to start without it
// (virQEMUDriverConfigNew resolves it before reading qemu.conf).
const char* const kQemuUser = "libvirt-qemu";

// Host folder -> sub-folder of the harness directory bind-mounted over it inside the namespace.
const QList<std::pair<QString, QString>> kMounts = {
    {QStringLiteral("/etc/libvirt"), QStringLiteral("etc")},
    {QStringLiteral("/run/libvirt"), QStringLiteral("run")},
    {QStringLiteral("/var/lib/libvirt"), QStringLiteral("lib")},
    {QStringLiteral("/var/cache/libvirt"), QStringLiteral("cache")},
    {QStringLiteral("/var/log/libvirt"), QStringLiteral("log")},
};

// $1 = "ns" or "host", $2 = harness directory, then pairs of (source, target) to bind-mount in ns mode.
// `exec` keeps the PID, so the PID QProcess reports is libvirtd's own.
const QString kLauncher = QStringLiteral(R"sh(set -e
mode="$1"; dir="$2"; shift 2
if [ "$mode" = ns ]; then
    while [ $# -ge 2 ]; do mount --bind "$1" "$2"; shift 2; done
fi
virtlogd --daemon --timeout %1 --pid-file "$dir/virtlogd.pid" || echo "virtlogd did not start" >&2
exec libvirtd --timeout %1 --config "$dir/libvirtd.conf" --pid-file "$dir/libvirtd.pid"
)sh");

QString findDaemon(const QString& name)
{
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                 QStringLiteral("/sbin"), QStringLiteral("/usr/local/sbin")});
}

// Alive and still the program we started (PIDs are recycled), and not a zombie nobody has reaped yet.
bool processAlive(qint64 pid, const QString& program)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QString line = QString::fromLatin1(stat.readAll());
    const qsizetype open = line.indexOf(QLatin1Char('('));
    const qsizetype close = line.lastIndexOf(QLatin1Char(')'));
    if (open < 0 || close < open)
        return false;
    const QString comm = line.mid(open + 1, close - open - 1);
    const QString state = line.mid(close + 2, 1);
    return comm == program && state != QLatin1String("Z");
}

qint64 readPid(const QString& file)
{
    QFile pidFile(file);
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return QString::fromLatin1(pidFile.readAll()).trimmed().toLongLong();
}

bool run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (process.waitForFinished(kStartTimeoutMs) && process.exitStatus() == QProcess::NormalExit &&
        process.exitCode() == 0)
        return true;
    if (error)
        *error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                 QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString();
    return false;
}
} // namespace

QString LibvirtDaemon::emulator()
{
    return QStringLiteral("/usr/bin/qemu-system-x86_64");
}

QString LibvirtDaemon::missingPrerequisite()
{
    if (geteuid() != 0)
        return QStringLiteral("the libvirtd harness runs its own daemon and must run as root");
    if (findDaemon(QStringLiteral("libvirtd")).isEmpty())
        return QStringLiteral("libvirtd is not installed (package libvirt-daemon)");
    if (findDaemon(QStringLiteral("virtlogd")).isEmpty())
        return QStringLiteral("virtlogd is not installed (package libvirt-daemon)");
    bool driver = false;
    for (const char* dir : {"/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/lib/aarch64-linux-gnu"})
        driver = driver || QFileInfo::exists(QString::fromLatin1(dir) +
                                             QStringLiteral("/libvirt/connection-driver/libvirt_driver_qemu.so"));
    if (!driver)
        return QStringLiteral("the libvirt QEMU driver is not installed (package libvirt-daemon-driver-qemu)");
    if (!QFileInfo(emulator()).isExecutable())
        return emulator() + QStringLiteral(" is not installed (package qemu-system-x86)");
    return {};
}

LibvirtDaemon::LibvirtDaemon()
    : m_dir(QDir::tempPath() + QStringLiteral("/xp-libvirtd-XXXXXX"))
{}

LibvirtDaemon::~LibvirtDaemon()
{
    stop();
}

QString LibvirtDaemon::uri() const
{
    // The remote driver's socket= parameter names the UNIX socket to use (libvirt docs/uri.rst, remote URIs).
    return QStringLiteral("qemu:///system?socket=") + m_dir.filePath(QStringLiteral("sock/libvirt-sock"));
}

bool LibvirtDaemon::isRunning() const
{
    return m_libvirtd.state() != QProcess::NotRunning;
}

bool LibvirtDaemon::prepareHost()
{
    if (!getgrnam(kQemuUser) &&
        !run(QStringLiteral("groupadd"), {QStringLiteral("--system"), QString::fromLatin1(kQemuUser)}, &m_error))
        return false;
    if (!getpwnam(kQemuUser) &&
        !run(QStringLiteral("useradd"),
             {QStringLiteral("--system"), QStringLiteral("--gid"), QString::fromLatin1(kQemuUser),
              QStringLiteral("--home-dir"), QStringLiteral("/var/lib/libvirt"), QStringLiteral("--no-create-home"),
              QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"), QString::fromLatin1(kQemuUser)},
             &m_error))
        return false;
    m_namespace = run(
        QStringLiteral("unshare"),
        {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"), QStringLiteral("true")},
        nullptr);
    QStringList folders{m_dir.filePath(QStringLiteral("sock"))};
    for (const auto& [host, local] : kMounts) {
        // The host folders are mount points in namespace mode and the daemons' real folders otherwise.
        folders << host << m_dir.filePath(local);
    }
    const QString logs =
        m_namespace ? m_dir.filePath(QStringLiteral("log/qemu")) : QStringLiteral("/var/log/libvirt/qemu");
    const QString runtime =
        m_namespace ? m_dir.filePath(QStringLiteral("run/qemu")) : QStringLiteral("/run/libvirt/qemu");
    folders << logs << runtime;
    for (const QString& folder : std::as_const(folders)) {
        if (!QDir().mkpath(folder)) {
            m_error = QStringLiteral("cannot create ") + folder;
            return false;
        }
    }
    return true;
}

bool LibvirtDaemon::writeConfig()
{
    QFile config(m_dir.filePath(QStringLiteral("libvirtd.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = config.errorString();
        return false;
    }
    // Only the UNIX sockets (no --listen, so no TCP/TLS), in our own folder, root-only and without auth.
    const QString text =
        QStringLiteral("unix_sock_dir = \"%1\"\n"
                       "unix_sock_rw_perms = \"0700\"\n"
                       "unix_sock_ro_perms = \"0700\"\n"
                       "auth_unix_rw = \"none\"\n"
                       "auth_unix_ro = \"none\"\n"
                       "log_outputs = \"3:file:%2\"\n")
            .arg(m_dir.filePath(QStringLiteral("sock")), m_dir.filePath(QStringLiteral("libvirtd.log")));
    if (config.write(text.toUtf8()) <= 0) {
        m_error = config.errorString();
        return false;
    }
    if (!m_namespace)
        return true;
    // Inside our namespace /etc/libvirt is ours to configure. Guests (and libvirt's capability probes) run as
    // root: as libvirt-qemu every define took some 30 s here, apparently waiting on a probe that cannot use the
    // root-only /dev/kvm and never gets cached.
    QFile qemu(m_dir.filePath(QStringLiteral("etc/qemu.conf")));
    if (!qemu.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        qemu.write(QByteArrayLiteral("user = \"root\"\ngroup = \"root\"\n")) <= 0) {
        m_error = qemu.errorString();
        return false;
    }
    return true;
}

bool LibvirtDaemon::start()
{
    m_error.clear();
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return false;
    }
    if (!prepareHost() || !writeConfig())
        return false;
    QFile::remove(m_dir.filePath(QStringLiteral("sock/libvirt-sock")));
    QFile::remove(m_dir.filePath(QStringLiteral("virtlogd.pid")));

    QStringList arguments{QStringLiteral("-c"), kLauncher.arg(kIdleTimeoutS), QStringLiteral("libvirt-test-daemon"),
                          m_namespace ? QStringLiteral("ns") : QStringLiteral("host"), m_dir.path()};
    if (m_namespace) {
        for (const auto& [host, local] : kMounts)
            arguments << m_dir.filePath(local) << host;
    }
    m_libvirtd.setStandardOutputFile(m_dir.filePath(QStringLiteral("stdio.log")), QIODevice::Append);
    m_libvirtd.setStandardErrorFile(m_dir.filePath(QStringLiteral("stdio.log")), QIODevice::Append);
    if (m_namespace) {
        // unshare execs the shell, which execs libvirtd: one PID throughout.
        m_libvirtd.start(QStringLiteral("unshare"),
                         QStringList{QStringLiteral("--mount"), QStringLiteral("--propagation"),
                                     QStringLiteral("private"), QStringLiteral("/bin/sh")} +
                             arguments);
    } else {
        m_libvirtd.start(QStringLiteral("/bin/sh"), arguments);
    }
    if (!m_libvirtd.waitForStarted(kStartTimeoutMs)) {
        m_error = m_libvirtd.errorString();
        return false;
    }
    m_libvirtdPid = m_libvirtd.processId();
    if (!waitForSocket()) {
        stop();
        return false;
    }
    m_virtlogdPid = readPid(m_dir.filePath(QStringLiteral("virtlogd.pid")));
    const qint64 written = readPid(m_dir.filePath(QStringLiteral("libvirtd.pid")));
    if (written != m_libvirtdPid) {
        m_error = QStringLiteral("libvirtd wrote PID %1, expected %2").arg(written).arg(m_libvirtdPid);
        stop();
        return false;
    }
    return true;
}

bool LibvirtDaemon::waitForSocket()
{
    const QString socket = m_dir.filePath(QStringLiteral("sock/libvirt-sock"));
    QDeadlineTimer deadline(kStartTimeoutMs);
    QString lastError;
    while (!deadline.hasExpired()) {
        if (!isRunning()) {
            m_error = QStringLiteral("libvirtd exited with status %1\n").arg(m_libvirtd.exitCode()) + logTail();
            return false;
        }
        if (QFileInfo::exists(socket)) {
            // The socket exists before the drivers are initialized; a read-only open proves the daemon answers.
            LibvirtSession probe;
            const LibvirtResult opened = probe.open(uri(), true);
            if (opened.ok())
                return true;
            lastError = opened.message;
        }
        QThread::msleep(50);
    }
    m_error =
        QStringLiteral("libvirtd did not answer within %1 ms: %2\n").arg(kStartTimeoutMs).arg(lastError) + logTail();
    return false;
}

void LibvirtDaemon::stop()
{
    if (isRunning()) {
        ::kill(pid_t(m_libvirtdPid), SIGTERM);
        if (!m_libvirtd.waitForFinished(kStopTimeoutMs)) {
            ::kill(pid_t(m_libvirtdPid), SIGKILL);
            m_libvirtd.waitForFinished(kStopTimeoutMs);
        }
    }
    // virtlogd daemonized itself, so it is not our child: signal it and watch /proc until it is gone.
    if (processAlive(m_virtlogdPid, QStringLiteral("virtlogd"))) {
        ::kill(pid_t(m_virtlogdPid), SIGTERM);
        QDeadlineTimer deadline(kStopTimeoutMs);
        while (processAlive(m_virtlogdPid, QStringLiteral("virtlogd")) && !deadline.hasExpired())
            QThread::msleep(20);
        if (processAlive(m_virtlogdPid, QStringLiteral("virtlogd")))
            ::kill(pid_t(m_virtlogdPid), SIGKILL);
    }
}

void LibvirtDaemon::crash()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_libvirtdPid), SIGKILL);
    m_libvirtd.waitForFinished(kStopTimeoutMs);
}

QString LibvirtDaemon::logTail() const
{
    QString text;
    for (const char* name : {"stdio.log", "libvirtd.log"}) {
        QFile log(m_dir.filePath(QString::fromLatin1(name)));
        if (log.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(log.readAll()).right(2000);
    }
    return text;
}
