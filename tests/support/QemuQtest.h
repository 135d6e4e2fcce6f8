// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <optional>

/// Drives a real QEMU through its qtest protocol (-accel qtest -qtest stdio): port I/O with no guest,
/// so a device's configuration space can be read through 0xcf8/0xcfc exactly as a guest would.
class QemuQtest
{
public:
    /// The Debian package qemu-system-xen ships the Xen-enabled QEMU here; $XP_QEMU_XEN overrides it.
    static QString binary();

    QemuQtest() = default;
    ~QemuQtest();
    QemuQtest(const QemuQtest&) = delete;
    QemuQtest& operator=(const QemuQtest&) = delete;

    /// Starts QEMU with the given -device arguments. Returns false if QEMU refused them (see errorOutput()).
    bool start(const QStringList& deviceArgs);
    void stop();
    QString errorOutput() const { return m_error; }

    std::optional<std::uint32_t> in(int width, std::uint16_t port);
    bool out(int width, std::uint16_t port, std::uint32_t value);

    /// Type-1 configuration access through the 0xcf8 address / 0xcfc data ports.
    std::optional<std::uint32_t> configRead32(int slot, int function, int offset);
    bool configWrite32(int slot, int function, int offset, std::uint32_t value);
    std::optional<std::array<std::uint8_t, 256>> configSpace(int slot, int function = 0);

private:
    std::optional<QString> command(const QString& line);

    QProcess m_process;
    QString m_error;
};
