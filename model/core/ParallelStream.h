// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QThread>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace xp {

/// Works on items while their producer is still producing them: helper threads run the body on each item pushed,
/// and finish() lets the producing thread help with what is left. Made for a libvirt listing that hands over one
/// domain at a time: reading and predicting the first domains overlaps with fetching the last ones, instead of
/// starting when the whole listing has arrived.
///
/// The body runs once per item, on any thread, concurrently for different items; it may change only its own item.
/// Items stay in push order and at stable addresses (a deque).
template<typename Item>
class ParallelStream
{
public:
    using Body = std::function<void(Item&)>;

    /// @p helpers threads start at once (default: one per core but the producer's).
    explicit ParallelStream(Body body, int helpers = QThread::idealThreadCount() - 1)
        : m_body(std::move(body))
    {
        for (int i = 0; i < helpers; ++i)
            m_helpers.emplace_back([this] { work(); });
    }

    ~ParallelStream() { finish(); }

    ParallelStream(const ParallelStream&) = delete;
    ParallelStream& operator=(const ParallelStream&) = delete;

    void push(Item item)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(item));
        }
        m_wake.notify_one();
    }

    /// No more items: the caller works along until every item is done. Returns the items in push order.
    std::deque<Item>& finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_all();
        work();
        for (std::thread& helper : m_helpers)
            helper.join();
        m_helpers.clear();
        return m_items;
    }

private:
    void work()
    {
        for (;;) {
            Item* item = nullptr;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_next < m_items.size() || m_closed; });
                if (m_next == m_items.size())
                    return;
                // push_back may move the deque's index while another thread reads it, never the items themselves.
                item = &m_items[m_next++];
            }
            m_body(*item);
        }
    }

    Body m_body;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_items;
    std::size_t m_next = 0;
    bool m_closed = false;
    std::vector<std::thread> m_helpers;
};

} // namespace xp
