// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QThread>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace xp {

/// Calls @p body(i) for every i in [0, count) on every core, in chunks taken from a shared counter so that
/// slow and fast items balance out. @p body must be safe to run concurrently for different i (it writes only
/// to slot i of pre-sized outputs). Returns when all calls have returned. Small counts run on the caller alone:
/// starting threads costs more than it saves.
template<typename Body>
void parallelFor(qsizetype count, Body body)
{
    constexpr qsizetype kChunk = 32;
    const int threads = int(std::min<qsizetype>(QThread::idealThreadCount(), (count + kChunk - 1) / kChunk));
    if (threads <= 1) {
        for (qsizetype i = 0; i < count; ++i)
            body(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype first = next.fetch_add(kChunk); first < count; first = next.fetch_add(kChunk))
            for (qsizetype i = first; i < std::min(first + kChunk, count); ++i)
                body(i);
    };
    std::vector<std::thread> helpers;
    helpers.reserve(std::size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& helper : helpers)
        helper.join();
}

} // namespace xp
