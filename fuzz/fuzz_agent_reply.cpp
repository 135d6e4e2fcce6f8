// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// AgentReply::execPid and AgentReply::execStatus on arbitrary bytes: what libvirt passes back from a guest's QEMU
// guest agent (virDomainQemuAgentCommand), written by whoever controls the guest.
//
// Input layout: one byte that chooses the output cap, then (cap mode 0 only) two bytes of cap, little-endian, then
// the reply. The seeds in fuzz/corpus/fuzz_agent_reply/ start with "1" (GuestAgent's default cap, 8 MiB), "2"
// (kMaxReply), "3" (the largest qsizetype) or "0" and two cap bytes.
#include "FuzzCheck.h"
#include "model/core/AgentReply.h"

#include <cstddef>
#include <cstdint>
#include <limits>

namespace {

bool sameStatus(const std::optional<AgentReply::ExecStatus>& a, const std::optional<AgentReply::ExecStatus>& b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->exited == b->exited && a->exitCode == b->exitCode && a->signal == b->signal && a->out == b->out &&
                  a->err == b->err && a->truncated == b->truncated);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    qsizetype cap = 0;
    std::size_t offset = 1;
    switch (data[0] % 4) {
    case 0:
        if (size < 3)
            return 0;
        cap = qsizetype(data[1]) | (qsizetype(data[2]) << 8);
        offset = 3;
        break;
    case 1: cap = 8 * 1024 * 1024; break; // GuestAgent::Request::maxOutput's default
    case 2: cap = AgentReply::kMaxReply; break;
    case 3: cap = std::numeric_limits<qsizetype>::max(); break; // "no cap"
    }
    const QByteArray reply =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + offset), qsizetype(size - offset));

    // guest-exec: a pid in range, or an error that says why; the same bytes give the same answer.
    QString pidError;
    const std::optional<qint64> pid = AgentReply::execPid(reply, &pidError);
    XP_FUZZ_CHECK(pid.has_value() == pidError.isEmpty());
    if (pid)
        XP_FUZZ_CHECK(*pid >= 0 && *pid <= 4294967295LL);
    QString pidAgain;
    XP_FUZZ_CHECK(AgentReply::execPid(reply, &pidAgain) == pid && pidAgain == pidError);
    XP_FUZZ_CHECK(AgentReply::execPid(reply, nullptr) == pid);

    // guest-exec-status with the cap: never more output than the cap, an exited program has a code or a signal.
    QString error;
    const auto status = AgentReply::execStatus(reply, cap, &error);
    XP_FUZZ_CHECK(status.has_value() == error.isEmpty());
    if (status) {
        XP_FUZZ_CHECK(status->out.size() <= cap && status->err.size() <= cap);
        XP_FUZZ_CHECK(!status->exited || status->exitCode || status->signal);
    }
    QString again;
    XP_FUZZ_CHECK(sameStatus(AgentReply::execStatus(reply, cap, &again), status) && again == error);
    XP_FUZZ_CHECK(sameStatus(AgentReply::execStatus(reply, cap, nullptr), status));

    // Against the same reply read without a cap that could cut anything (base64 output of a reply of at most
    // kMaxReply bytes is shorter than that): the capped output is its prefix, and the cap only adds truncation.
    // Only output beyond the cap goes undecoded, so only a truncated capped read may succeed where the uncapped
    // one finds the output is not base64.
    const auto whole = AgentReply::execStatus(reply, AgentReply::kMaxReply, nullptr);
    if (whole) {
        XP_FUZZ_CHECK(status.has_value());
        XP_FUZZ_CHECK(status->exited == whole->exited && status->exitCode == whole->exitCode &&
                      status->signal == whole->signal);
        XP_FUZZ_CHECK(whole->out.startsWith(status->out) && whole->err.startsWith(status->err));
        XP_FUZZ_CHECK(status->out.size() == std::min(whole->out.size(), cap) &&
                      status->err.size() == std::min(whole->err.size(), cap));
        XP_FUZZ_CHECK(status->truncated == (whole->truncated || whole->out.size() > cap || whole->err.size() > cap));
    } else if (status) {
        XP_FUZZ_CHECK(status->truncated);
    }
    return 0;
}
