// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "AgentGuest.h"

#include "XpTestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace {
// The build takes about a second; the margin is for a loaded runner and a cold page cache.
constexpr int kBuildTimeoutMs = 120000;
constexpr qint64 kConsoleTailBytes = 4000;

QString readText(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// Values go into attributes and text of the template, and paths may hold any of these.
QString xmlEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"))
        .replace(QLatin1Char('\''), QStringLiteral("&apos;"))
        .replace(QLatin1Char('"'), QStringLiteral("&quot;"));
    return escaped;
}

// os-release(5): KEY=VALUE lines, the value optionally in quotes, # comments.
QHash<QString, QString> parseOsRelease(const QString& text)
{
    QHash<QString, QString> values;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || equals <= 0)
            continue;
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && (value.front() == QLatin1Char('"') || value.front() == QLatin1Char('\'')) &&
            value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals), value);
    }
    return values;
}
} // namespace

QString AgentGuest::scriptPath()
{
    return QStringLiteral(XP_SOURCE_DIR "/scripts/make-guest-initramfs");
}

QString AgentGuest::missingPrerequisite()
{
    if (!QFileInfo(scriptPath()).isExecutable())
        return scriptPath() + QStringLiteral(" is missing or not executable");
    const QStringList kernels =
        QDir(QStringLiteral("/boot")).entryList({QStringLiteral("vmlinuz-*")}, QDir::Files | QDir::Readable);
    if (kernels.isEmpty())
        return QStringLiteral("no readable kernel /boot/vmlinuz-* (package linux-image-amd64)");
    if (!QFileInfo(QStringLiteral("/usr/sbin/qemu-ga")).isExecutable())
        return QStringLiteral("/usr/sbin/qemu-ga is not installed (package qemu-guest-agent)");
    const QStringList paths{QStringLiteral("/usr/bin"), QStringLiteral("/bin"), QStringLiteral("/usr/sbin"),
                            QStringLiteral("/sbin")};
    if (QStandardPaths::findExecutable(QStringLiteral("busybox"), paths).isEmpty())
        return QStringLiteral("busybox is not installed (package busybox-static)");
    if (QStandardPaths::findExecutable(QStringLiteral("cpio"), paths).isEmpty())
        return QStringLiteral("cpio is not installed (package cpio)");
    return {};
}

bool AgentGuest::prepare(const QString& outDir)
{
    m_error.clear();
    m_outDir = QDir(outDir).absolutePath();
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(scriptPath(), {m_outDir});
    const bool finished = script.waitForFinished(kBuildTimeoutMs);
    const QString output = QString::fromLocal8Bit(script.readAll()).trimmed();
    if (!finished || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        if (!finished)
            script.kill();
        m_error = scriptPath() + QStringLiteral(" failed: ") + script.errorString() + QLatin1Char('\n') + output;
        return false;
    }
    const QString release = readText(m_outDir + QStringLiteral("/kernel-release"), &m_error).trimmed();
    const QString osRelease = readText(m_outDir + QStringLiteral("/os-release"), &m_error);
    m_template = readText(QStringLiteral(XP_TEST_DATA_DIR "/agent-guest/domain.xml.in"), &m_error);
    if (!m_error.isEmpty())
        return false;
    m_kernelRelease = release;
    m_osRelease = parseOsRelease(osRelease);
    if (m_kernelRelease.isEmpty() || osReleaseId().isEmpty()) {
        m_error = QStringLiteral("the script wrote no kernel release or os-release ID into ") + m_outDir;
        return false;
    }
    return true;
}

QString AgentGuest::kernelPath() const
{
    return m_outDir + QStringLiteral("/vmlinuz");
}

QString AgentGuest::initrdPath() const
{
    return m_outDir + QStringLiteral("/initramfs.cpio.gz");
}

QString AgentGuest::consoleLogPath(const QString& name) const
{
    return m_outDir + QLatin1Char('/') + name + QStringLiteral("-console.log");
}

QString AgentGuest::consoleLogTail(const QString& name) const
{
    QFile log(consoleLogPath(name));
    if (!log.open(QIODevice::ReadOnly))
        return log.errorString();
    if (log.size() > kConsoleTailBytes)
        log.seek(log.size() - kConsoleTailBytes);
    return QString::fromUtf8(log.readAll());
}

QString AgentGuest::domainXml(const QString& name, const QString& emulator) const
{
    if (m_template.isEmpty())
        return {};
    QString xml = m_template;
    xml.replace(QStringLiteral("@NAME@"), xmlEscaped(name))
        .replace(QStringLiteral("@EMULATOR@"), xmlEscaped(emulator))
        .replace(QStringLiteral("@KERNEL@"), xmlEscaped(kernelPath()))
        .replace(QStringLiteral("@INITRD@"), xmlEscaped(initrdPath()))
        .replace(QStringLiteral("@CONSOLE_LOG@"), xmlEscaped(consoleLogPath(name)));
    return xml;
}
