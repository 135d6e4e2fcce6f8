// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Flavour.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace xp::device {

class Clock;

/// The platform device's guest log port (fixed port 0x12 byte writes, BAR0 offset 8): bytes are
/// buffered into lines the device model writes to its log (facts §1.3, §1.4).
///
/// All flavours: a 4096-byte buffer, flushed on '\n' or on the byte that arrives when 4095 bytes
/// are already buffered; that byte is dropped, not carried into the next line.
/// qemu-traditional and xenserver: each flushed line takes one token per buffered byte from a
/// bucket of 128 KiB refilled at 256 B/s that starts full; when it is short the guest vCPU would
/// block until enough tokens have accrued. The model adds that time to stallTime() instead.
/// xenserver: whitespace becomes a space and other non-printable bytes are dropped (facts §1.5).
/// qemu-upstream: no rate limit (facts §1.4).
class LogPort
{
public:
    static constexpr std::size_t kBufferSize = 4096;
    /// A line holds at most this many bytes; the next byte flushes it and is lost.
    static constexpr std::size_t kMaxLineLength = kBufferSize - 1;
    static constexpr std::uint32_t kBucketCapacity = 128 * 1024;
    static constexpr std::uint32_t kRefillBytesPerSecond = 256;

    /// @p clock is not owned and must outlive the port. Without one, time stands still except for
    /// the stalls the port itself adds, i.e. the guest writes everything back to back.
    explicit LogPort(Flavour flavour, const Clock* clock = nullptr);

    void write(std::uint8_t byte);
    /// Convenience for tests and scripted port sequences: write() for every byte.
    void write(std::string_view bytes);

    /// Completed lines, oldest first, without their newline.
    const std::vector<std::string>& lines() const { return m_lines; }
    /// Hands over the completed lines and forgets them.
    std::vector<std::string> takeLines();
    /// The bytes buffered for the line in progress.
    std::string_view pending() const { return m_buffer; }

    /// Whether flushed lines go through the token bucket: the flavour has one and throttling is on.
    bool rateLimited() const;
    /// The domain's xenstore key `log-throttling` = "0" turns the limiter off (facts §1.3).
    void setThrottlingEnabled(bool enabled) { m_throttlingEnabled = enabled; }
    /// The total time the guest vCPU would have been blocked in the token bucket.
    std::chrono::nanoseconds stallTime() const { return m_stall; }
    /// Tokens left in the bucket. Like qemu-trad the bucket is only topped up when a line finds it
    /// short, so after idle time this may read lower than what the next line can actually use.
    std::uint32_t tokens() const;

private:
    std::chrono::nanoseconds now() const;
    void flush();
    void throttle(std::size_t count);

    Flavour m_flavour;
    const Clock* m_clock;
    std::string m_buffer;
    std::vector<std::string> m_lines;
    bool m_throttlingEnabled = true;
    bool m_bucketStarted = false;
    std::uint32_t m_tokens = kBucketCapacity;
    std::chrono::nanoseconds m_lastRefill{0};
    std::chrono::nanoseconds m_stall{0};
};

} // namespace xp::device
