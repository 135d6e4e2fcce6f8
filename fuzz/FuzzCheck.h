// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <cstdio>
#include <cstdlib>

/// An invariant of a fuzz target. Unlike assert() it stays on in RelWithDebInfo (NDEBUG), and it
/// aborts, which libFuzzer reports as a crash and saves the input for.
#define XP_FUZZ_CHECK(condition)                                                                                       \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            xp::fuzz::checkFailed(#condition, __FILE__, __LINE__);                                                     \
    } while (false)

namespace xp::fuzz {

[[noreturn]] inline void checkFailed(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant violated: %s\n", file, line, condition);
    std::fflush(stderr);
    std::abort();
}

} // namespace xp::fuzz
