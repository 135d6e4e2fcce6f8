// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// `xpctl device dump` and `xpctl device io`: the device model on its own, without a VM or libvirt.
/// The output format is a contract that other tools parse (PRODUCT §8), so it is never translated.
class DeviceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommand)

public:
    DeviceCommand(QTextStream& out, QTextStream& err);

    /// @p args are the words after `device`. Returns an xpctl exit status.
    int run(const QStringList& args);

    static QString usage();

private:
    int fail(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};
