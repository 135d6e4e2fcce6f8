// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/binding/Finding.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class BindingEngine;
class LibvirtSession;
class QTextStream;

/// The read-side xpctl commands against a libvirt connection: list, show, preview (PRODUCT §8).
/// The connection is opened read-only: these commands never write.
class FleetCommand
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)

public:
    FleetCommand(QTextStream& out, QTextStream& err, const QString& uri);

    /// @p command is list, show or preview; @p args the words after it. Returns an xpctl exit status.
    int run(const QString& command, const QStringList& args);

private:
    int usageError(const QString& message);
    int list(LibvirtSession& session, const BindingEngine& engine, bool json, std::optional<Finding::Severity> failOn);
    /// Writes UTF-8 text to the output stream without decoding it first.
    void write(const QByteArray& utf8);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_uri;
};
