// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Clock.h"

namespace xp::device {

/// A Clock that only moves when told to: for tests, and for replaying a port sequence as if the
/// guest issued it all at once.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(std::chrono::nanoseconds start = std::chrono::nanoseconds{0})
        : m_now(start)
    {}

    std::chrono::nanoseconds now() const override { return m_now; }
    /// Negative steps are ignored: a Clock never goes backwards.
    void advance(std::chrono::nanoseconds step)
    {
        if (step > std::chrono::nanoseconds{0})
            m_now += step;
    }

private:
    std::chrono::nanoseconds m_now;
};

} // namespace xp::device
