// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "QemuQtest.h"

#include <QDebug>

namespace {
constexpr int kTimeoutMs = 20000;

QString widthLetter(int width)
{
    switch (width) {
    case 1: return QStringLiteral("b");
    case 2: return QStringLiteral("w");
    default: return QStringLiteral("l");
    }
}
} // namespace

QString QemuQtest::binary()
{
    const QString overridden = qEnvironmentVariable("XP_QEMU_XEN");
    return overridden.isEmpty() ? QStringLiteral("/usr/libexec/xen-qemu-system-i386") : overridden;
}

QemuQtest::~QemuQtest()
{
    stop();
}

bool QemuQtest::start(const QStringList& deviceArgs)
{
    QStringList args{QStringLiteral("-M"),         QStringLiteral("pc"),       QStringLiteral("-accel"),
                     QStringLiteral("qtest"),      QStringLiteral("-qtest"),   QStringLiteral("stdio"),
                     QStringLiteral("-display"),   QStringLiteral("none"),     QStringLiteral("-nodefaults"),
                     QStringLiteral("-qtest-log"), QStringLiteral("/dev/null")};
    for (const QString& device : deviceArgs)
        args << QStringLiteral("-device") << device;
    m_error.clear();
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(kTimeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    // A refused -device makes QEMU exit at once; a working one answers the first command.
    if (!command(QStringLiteral("clock_step 0"))) {
        m_process.waitForFinished(kTimeoutMs);
        m_error = QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

void QemuQtest::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // qtest keeps QEMU alive after stdin closes, so end it as a user would: SIGTERM, then SIGKILL.
    m_process.terminate();
    if (!m_process.waitForFinished(kTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(kTimeoutMs);
    }
}

std::optional<QString> QemuQtest::command(const QString& line)
{
    if (m_process.state() != QProcess::Running)
        return std::nullopt;
    m_process.write(line.toUtf8() + '\n');
    for (;;) {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(kTimeoutMs))
                return std::nullopt;
        }
        const QString reply = QString::fromUtf8(m_process.readLine()).trimmed();
        // Interrupt notifications arrive unsolicited; they are not the answer to our command.
        if (reply.startsWith(QLatin1String("IRQ")))
            continue;
        if (reply.startsWith(QLatin1String("OK")))
            return reply.mid(2).trimmed();
        qWarning() << "qtest:" << line << "->" << reply;
        return std::nullopt;
    }
}

std::optional<std::uint32_t> QemuQtest::in(int width, std::uint16_t port)
{
    const auto reply = command(QStringLiteral("in%1 0x%2").arg(widthLetter(width)).arg(port, 0, 16));
    if (!reply)
        return std::nullopt;
    bool ok = false;
    const auto value = reply->toUInt(&ok, 0);
    return ok ? std::optional<std::uint32_t>(value) : std::nullopt;
}

bool QemuQtest::out(int width, std::uint16_t port, std::uint32_t value)
{
    return command(QStringLiteral("out%1 0x%2 0x%3").arg(widthLetter(width)).arg(port, 0, 16).arg(value, 0, 16))
        .has_value();
}

std::optional<std::uint32_t> QemuQtest::configRead32(int slot, int function, int offset)
{
    const std::uint32_t address =
        0x80000000u | std::uint32_t(slot) << 11 | std::uint32_t(function) << 8 | (std::uint32_t(offset) & 0xfcu);
    if (!out(4, 0xcf8, address))
        return std::nullopt;
    return in(4, 0xcfc);
}

bool QemuQtest::configWrite32(int slot, int function, int offset, std::uint32_t value)
{
    const std::uint32_t address =
        0x80000000u | std::uint32_t(slot) << 11 | std::uint32_t(function) << 8 | (std::uint32_t(offset) & 0xfcu);
    return out(4, 0xcf8, address) && out(4, 0xcfc, value);
}

std::optional<std::array<std::uint8_t, 256>> QemuQtest::configSpace(int slot, int function)
{
    std::array<std::uint8_t, 256> bytes{};
    for (int offset = 0; offset < 256; offset += 4) {
        const auto dword = configRead32(slot, function, offset);
        if (!dword)
            return std::nullopt;
        for (int i = 0; i < 4; ++i)
            bytes[std::size_t(offset + i)] = std::uint8_t(*dword >> (8 * i));
    }
    return bytes;
}
