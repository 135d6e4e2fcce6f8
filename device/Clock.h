// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <chrono>

namespace xp::device {

/// A monotonic time source for the models that depend on time (qemu-trad's log rate limiter).
/// Injected so that nothing in xp_device sleeps or reads the wall clock: a model reports how long
/// the guest would have been stalled instead of stalling.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Time since an arbitrary, fixed epoch; never goes backwards.
    virtual std::chrono::nanoseconds now() const = 0;
};

} // namespace xp::device
