// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/AgentReply.h"
#include "model/core/GuestObservations.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>

struct _virDomain;

/// Named outputs of programs run in a guest: (what ran, what it printed).
using AgentOutputs = QList<QPair<QString, QByteArray>>;

/// What a connection's opt-in driver inventory through the agent runs (issue 18 item 1): `pnputil /enum-drivers` and
/// `pnputil /enum-devices /drivers` on guests whose agent reports osId, each with a deadline and an output cap.
struct AgentInventoryRequest
{
    bool enabled = false;
    /// The agent's os.id of the guests to run it on: qemu-ga on Windows reports "mswindows".
    QString osId = QStringLiteral("mswindows");
    struct Command
    {
        QString path;
        QStringList arguments;
    };
    /// pnputil is in System32 of every Windows 10 and later; /enum-devices needs 1903, /drivers 2004 (Microsoft's
    /// PnPUtil command syntax).
    QList<Command> commands{{QStringLiteral("C:\\Windows\\System32\\pnputil.exe"), {QStringLiteral("/enum-drivers")}},
                            {QStringLiteral("C:\\Windows\\System32\\pnputil.exe"),
                             {QStringLiteral("/enum-devices"), QStringLiteral("/drivers")}}};
    int timeoutMs = 60000;
    qsizetype maxOutput = 8 * 1024 * 1024;
};

/// Asks a domain's QEMU guest agent through libvirt (issue 18 item 1). Every call blocks the calling thread (a
/// worker's, never the GUI's) for at most its own limit, and every failure becomes a state with libvirt's words:
/// a VM without an agent is normal, not an error.
class GuestAgent
{
    Q_DECLARE_TR_FUNCTIONS(GuestAgent)

public:
    /// The OS the agent reports (virDomainGetGuestInfo, VIR_DOMAIN_GUEST_INFO_OS). libvirt bounds the wait with
    /// its default agent timeout (5 s unless the domain's was changed with virDomainAgentSetResponseTimeout).
    static AgentReport osInfo(_virDomain* domain);

    struct ExecRequest
    {
        QString path;
        QStringList arguments;
        /// The whole run, from guest-exec to the last guest-exec-status.
        int timeoutMs = 30000;
        /// Decoded output kept at most; the rest is dropped and the result marked truncated.
        qsizetype maxOutput = 8 * 1024 * 1024;
        /// Set from another thread to give up at the next poll.
        const std::atomic<bool>* stop = nullptr;
    };
    struct ExecResult
    {
        /// Reported: the program ran (look at status); anything else says why not, with message.
        AgentReport::State state = AgentReport::State::NotAsked;
        QString message;
        AgentReply::ExecStatus status;

        bool ok() const { return state == AgentReport::State::Reported; }
    };
    /// Runs a program in the guest (guest-exec through virDomainQemuAgentCommand) and collects its output. A
    /// program still running at the deadline is left running (the agent has no way to stop it) and reported.
    static ExecResult exec(_virDomain* domain, const ExecRequest& request);

    /// The state a libvirt error number (virErrorNumber) stands for when it comes from an agent call.
    static AgentReport::State stateFor(int errorCode);
};
