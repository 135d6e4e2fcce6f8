// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LogPort.h"

#include "Clock.h"

#include <algorithm>

namespace xp::device {

namespace {
// 10^9 / 256 is exact, so the bucket arithmetic stays in integers.
constexpr std::int64_t kNanosecondsPerToken = 1'000'000'000 / LogPort::kRefillBytesPerSecond;
static_assert(kNanosecondsPerToken * LogPort::kRefillBytesPerSecond == 1'000'000'000);
} // namespace

LogPort::LogPort(Flavour flavour, const Clock* clock)
    : m_flavour(flavour)
    , m_clock(clock)
{
    m_buffer.reserve(kMaxLineLength);
}

void LogPort::write(std::uint8_t byte)
{
    // The full-buffer test comes before any filtering, so on xenserver even a byte the filter would
    // drop flushes a full line (cywzl/xen-device-model-1.9.0 hw/xen_platform.c write_log).
    if (byte == '\n' || m_buffer.size() == kMaxLineLength) {
        flush();
        return;
    }
    if (m_flavour == Flavour::XenServerTrad) {
        // isspace()/isgraph() in the C locale; bytes >= 0x80 are neither.
        const bool space = byte == ' ' || (byte >= '\t' && byte <= '\r');
        if (space)
            byte = ' ';
        else if (byte < 0x21 || byte > 0x7e)
            return;
    }
    m_buffer.push_back(static_cast<char>(byte));
}

void LogPort::write(std::string_view bytes)
{
    for (const char c : bytes)
        write(static_cast<std::uint8_t>(c));
}

std::vector<std::string> LogPort::takeLines()
{
    std::vector<std::string> taken;
    taken.swap(m_lines);
    return taken;
}

bool LogPort::rateLimited() const
{
    return !runsUpstreamQemu(m_flavour) && m_throttlingEnabled;
}

std::uint32_t LogPort::tokens() const
{
    return m_bucketStarted ? m_tokens : kBucketCapacity;
}

std::chrono::nanoseconds LogPort::now() const
{
    // A stalled vCPU issues its next write only after the stall, so stalls move the guest's time on.
    const std::chrono::nanoseconds base = m_clock ? m_clock->now() : std::chrono::nanoseconds{0};
    return base + m_stall;
}

void LogPort::flush()
{
    // The token count is the buffered length, but the device model prints the buffer with "%s",
    // so what reaches the log ends at the first NUL byte.
    throttle(m_buffer.size());
    m_lines.emplace_back(m_buffer.c_str());
    m_buffer.clear();
}

void LogPort::throttle(std::size_t count)
{
    // Mirrors qemu-trad's throttle() (solooboroten/xen-device-model hw/xen_platform.c): the bucket
    // starts full at the first flushed line and is only refilled when a line finds it short.
    if (!rateLimited())
        return;
    const auto needed = static_cast<std::uint32_t>(count);
    if (!m_bucketStarted) {
        m_bucketStarted = true;
        m_tokens = kBucketCapacity;
        m_lastRefill = now();
    }
    if (m_tokens < needed) {
        const std::chrono::nanoseconds readyAt =
            m_lastRefill + std::chrono::nanoseconds{std::int64_t{needed - m_tokens} * kNanosecondsPerToken};
        const std::chrono::nanoseconds current = now();
        if (readyAt > current)
            m_stall += readyAt - current;
        const std::chrono::nanoseconds afterWait = now();
        const std::int64_t refill = (afterWait - m_lastRefill).count() / kNanosecondsPerToken;
        m_tokens = static_cast<std::uint32_t>(
            std::min<std::int64_t>(std::int64_t{m_tokens} + refill, std::int64_t{kBucketCapacity}));
        m_lastRefill = afterWait;
    }
    m_tokens -= needed;
}

} // namespace xp::device
