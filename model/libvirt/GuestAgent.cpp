// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestAgent.h"

#include "LibvirtLogging.h"

#include <QDeadlineTimer>
#include <QThread>
#include <cstdlib>
#include <libvirt/libvirt-qemu.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <memory>

namespace {

struct CFree
{
    void operator()(char* text) const { std::free(text); }
};

/// The last libvirt error as (state, message), cleared.
std::pair<AgentReport::State, QString> lastFailure()
{
    const virError* error = virGetLastError();
    if (!error)
        return {AgentReport::State::Failed, GuestAgent::tr("libvirt reported a failure without a message")};
    const auto state = GuestAgent::stateFor(error->code);
    QString message = QString::fromUtf8(error->message ? error->message : "");
    virResetLastError();
    return {state, message};
}

} // namespace

AgentReport::State GuestAgent::stateFor(int errorCode)
{
    // The QEMU driver's words for each (src/qemu/qemu_domain.c qemuDomainAgentAvailable): "QEMU guest agent is not
    // configured" (ARGUMENT_UNSUPPORTED), "... is not connected" / "... not available due to an error"
    // (AGENT_UNRESPONSIVE), "domain is not running" (OPERATION_INVALID).
    switch (errorCode) {
    case VIR_ERR_ARGUMENT_UNSUPPORTED: return AgentReport::State::NoAgent;
    case VIR_ERR_AGENT_UNRESPONSIVE:
    case VIR_ERR_AGENT_UNSYNCED:
    case VIR_ERR_OPERATION_TIMEOUT: return AgentReport::State::NotResponding;
    case VIR_ERR_NO_SUPPORT:
    case VIR_ERR_OPERATION_UNSUPPORTED: return AgentReport::State::NotSupported;
    case VIR_ERR_OPERATION_INVALID: return AgentReport::State::NotRunning;
    case VIR_ERR_OPERATION_DENIED:
    case VIR_ERR_ACCESS_DENIED: return AgentReport::State::NotAllowed;
    default: return AgentReport::State::Failed;
    }
}

AgentReport GuestAgent::osInfo(virDomainPtr domain)
{
    AgentReport report;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    const int rc = virDomainGetGuestInfo(domain, VIR_DOMAIN_GUEST_INFO_OS, &params, &count, 0);
    report.at = QDateTime::currentDateTimeUtc();
    if (rc < 0) {
        std::tie(report.state, report.detail) = lastFailure();
        return report;
    }
    auto text = [&](const char* name) {
        const char* value = nullptr;
        if (virTypedParamsGetString(params, count, name, &value) != 1 || !value)
            return QString();
        // The guest writes these; a hostile one could make them long.
        return QString::fromUtf8(value).left(256);
    };
    report.state = AgentReport::State::Reported;
    report.osId = text("os.id");
    report.name = text("os.name");
    report.prettyName = text("os.pretty-name");
    report.version = text("os.version");
    report.versionId = text("os.version-id");
    report.kernelRelease = text("os.kernel-release");
    report.kernelVersion = text("os.kernel-version");
    report.machine = text("os.machine");
    report.variant = text("os.variant");
    report.variantId = text("os.variant-id");
    virTypedParamsFree(params, count);
    if (report.osId.isEmpty() && report.name.isEmpty() && report.kernelRelease.isEmpty()) {
        report.state = AgentReport::State::Failed;
        report.detail = tr("The guest agent answered without any OS information.");
    }
    return report;
}

GuestAgent::ExecResult GuestAgent::exec(virDomainPtr domain, const ExecRequest& request)
{
    ExecResult result;
    const QDeadlineTimer deadline(request.timeoutMs);
    // One agent call never waits longer than what is left of the run (at least a second, libvirt's unit).
    auto call = [&](const QByteArray& command, QByteArray& reply) {
        const int seconds = int(std::max<qint64>(1, (deadline.remainingTime() + 999) / 1000));
        std::unique_ptr<char, CFree> answer(virDomainQemuAgentCommand(domain, command.constData(), seconds, 0));
        if (!answer) {
            std::tie(result.state, result.message) = lastFailure();
            return false;
        }
        reply = QByteArray(answer.get());
        return true;
    };
    QByteArray reply;
    if (!call(AgentReply::execCommand(request.path, request.arguments), reply))
        return result;
    QString error;
    const auto pid = AgentReply::execPid(reply, &error);
    if (!pid) {
        result.state = AgentReport::State::Failed;
        result.message = error;
        return result;
    }
    int pauseMs = 50;
    for (;;) {
        if (!call(AgentReply::statusCommand(*pid), reply))
            return result;
        const auto status = AgentReply::execStatus(reply, request.maxOutput, &error);
        if (!status) {
            result.state = AgentReport::State::Failed;
            result.message = error;
            return result;
        }
        if (status->exited) {
            result.state = AgentReport::State::Reported;
            result.status = *status;
            return result;
        }
        if (deadline.hasExpired() || (request.stop && request.stop->load())) {
            result.state = AgentReport::State::NotResponding;
            result.message = deadline.hasExpired()
                                 ? tr("%1 did not finish within %2 s in the guest; it is left running there.")
                                       .arg(request.path)
                                       .arg(request.timeoutMs / 1000)
                                 : tr("Stopped waiting for %1; it is left running in the guest.").arg(request.path);
            return result;
        }
        QThread::msleep(ulong(std::min<qint64>(pauseMs, std::max<qint64>(1, deadline.remainingTime()))));
        pauseMs = std::min(pauseMs * 2, 500);
    }
}
