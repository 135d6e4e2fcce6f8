// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

/// The QEMU guest agent's guest-exec protocol as libvirt passes it through (virDomainQemuAgentCommand): the
/// commands as JSON, and their replies read strictly, because the reply comes from inside the guest and may be
/// anything (issue 18 item 6).
///
/// qemu-ga's schema (qga/qapi-schema.json): guest-exec {path, arg, capture-output} returns {pid};
/// guest-exec-status {pid} returns {exited, exitcode?, signal?, out-data?, err-data?, out-truncated?,
/// err-truncated?} with the output base64-encoded.
class AgentReply
{
    Q_DECLARE_TR_FUNCTIONS(AgentReply)

public:
    /// libvirt refuses agent replies over 10 MiB (src/qemu/qemu_agent.c QEMU_AGENT_MAX_RESPONSE); anything larger
    /// that still reaches us is refused unread.
    static constexpr qsizetype kMaxReply = 16 * 1024 * 1024;

    struct ExecStatus
    {
        bool exited = false;
        std::optional<int> exitCode;
        std::optional<int> signal;
        QByteArray out;
        QByteArray err;
        /// The agent cut the output (qemu-ga keeps at most 16 MiB), or it was over the caller's cap.
        bool truncated = false;
    };

    static QByteArray execCommand(const QString& path, const QStringList& arguments);
    static QByteArray statusCommand(qint64 pid);

    /// The pid of a guest-exec reply; nullopt with @p error set when the reply is not one.
    static std::optional<qint64> execPid(const QByteArray& reply, QString* error);
    /// A guest-exec-status reply; output beyond @p maxOutput bytes (decoded) is dropped and marked truncated.
    static std::optional<ExecStatus> execStatus(const QByteArray& reply, qsizetype maxOutput, QString* error);
};
