// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtRuntime.h"

#include "LibvirtLogging.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <mutex>
#include <poll.h>
#include <thread>
#include <unistd.h>
#include <vector>

// Why not virEventRegisterDefaultImpl() + virEventRunDefaultImpl(): since libvirt 6.x the default implementation
// is GLib's *default* main context (libvirt src/util/vireventglib.c: sources attached to NULL, run with
// g_main_context_iteration(NULL, TRUE)). Qt's GLib event dispatcher iterates that same context on the GUI
// thread, so the GUI thread would dispatch libvirt's socket I/O and block waiting for context ownership while
// our loop thread sits in poll(). So the loop below is our own, registered with virEventRegisterImpl() and run on
// a thread of its own, in the spirit of libvirt's former poll implementation (src/util/vireventpoll.c).

namespace {
using Clock = std::chrono::steady_clock;

struct Handle
{
    int watch = 0;
    int fd = -1;
    int events = 0;
    virEventHandleCallback callback = nullptr;
    void* opaque = nullptr;
    virFreeCallback free = nullptr;
    bool removed = false;
};

struct Timer
{
    int id = 0;
    int intervalMs = -1;
    Clock::time_point due;
    virEventTimeoutCallback callback = nullptr;
    void* opaque = nullptr;
    virFreeCallback free = nullptr;
    bool removed = false;
};

struct Loop
{
    std::mutex mutex;
    std::vector<Handle> handles;
    std::vector<Timer> timers;
    int nextWatch = 1;
    int nextTimer = 1;
    int wakeRead = -1;
    int wakeWrite = -1;
    std::atomic<bool> stop{false};
    std::atomic<bool> running{false};
    std::thread thread;
};

Loop* g_loop = nullptr;
std::once_flag g_once;
bool g_initialized = false;
QString g_error;

// Makes poll() return so a changed set of handles or timers takes effect. Safe from any thread.
void wake()
{
    const char byte = 0;
    if (write(g_loop->wakeWrite, &byte, 1) < 0) {
        // The pipe is full, so the loop has wake-ups pending anyway.
    }
}

short toPoll(int events)
{
    short result = 0;
    if (events & VIR_EVENT_HANDLE_READABLE)
        result |= POLLIN;
    if (events & VIR_EVENT_HANDLE_WRITABLE)
        result |= POLLOUT;
    return result;
}

int fromPoll(short revents)
{
    int result = 0;
    if (revents & POLLIN)
        result |= VIR_EVENT_HANDLE_READABLE;
    if (revents & POLLOUT)
        result |= VIR_EVENT_HANDLE_WRITABLE;
    if (revents & POLLERR)
        result |= VIR_EVENT_HANDLE_ERROR;
    if (revents & (POLLHUP | POLLNVAL))
        result |= VIR_EVENT_HANDLE_HANGUP;
    return result;
}

int addHandle(int fd, int events, virEventHandleCallback callback, void* opaque, virFreeCallback free)
{
    const std::lock_guard lock(g_loop->mutex);
    Handle handle;
    handle.watch = g_loop->nextWatch++;
    handle.fd = fd;
    handle.events = events;
    handle.callback = callback;
    handle.opaque = opaque;
    handle.free = free;
    g_loop->handles.push_back(handle);
    wake();
    return handle.watch;
}

void updateHandle(int watch, int events)
{
    const std::lock_guard lock(g_loop->mutex);
    for (Handle& handle : g_loop->handles) {
        if (handle.watch == watch && !handle.removed) {
            handle.events = events;
            wake();
            return;
        }
    }
}

int removeHandle(int watch)
{
    const std::lock_guard lock(g_loop->mutex);
    for (Handle& handle : g_loop->handles) {
        if (handle.watch == watch && !handle.removed) {
            // Freed later by the loop thread, from a clean stack: libvirt deadlocks if the free callback runs
            // inside this call (libvirt-event.h, virEventAddHandleFunc).
            handle.removed = true;
            wake();
            return 0;
        }
    }
    return -1;
}

int addTimeout(int intervalMs, virEventTimeoutCallback callback, void* opaque, virFreeCallback free)
{
    const std::lock_guard lock(g_loop->mutex);
    Timer timer;
    timer.id = g_loop->nextTimer++;
    timer.intervalMs = intervalMs;
    timer.due = Clock::now() + std::chrono::milliseconds(std::max(intervalMs, 0));
    timer.callback = callback;
    timer.opaque = opaque;
    timer.free = free;
    g_loop->timers.push_back(timer);
    wake();
    return timer.id;
}

void updateTimeout(int id, int intervalMs)
{
    const std::lock_guard lock(g_loop->mutex);
    for (Timer& timer : g_loop->timers) {
        if (timer.id == id && !timer.removed) {
            timer.intervalMs = intervalMs;
            timer.due = Clock::now() + std::chrono::milliseconds(std::max(intervalMs, 0));
            wake();
            return;
        }
    }
}

int removeTimeout(int id)
{
    const std::lock_guard lock(g_loop->mutex);
    for (Timer& timer : g_loop->timers) {
        if (timer.id == id && !timer.removed) {
            timer.removed = true;
            wake();
            return 0;
        }
    }
    return -1;
}

// Callbacks run without the lock (they may add or remove handles); removal only marks an entry, and only this
// thread frees them, so an entry found alive under the lock stays valid for the call that follows.
void runOnce()
{
    std::vector<std::pair<virFreeCallback, void*>> frees;
    std::vector<pollfd> fds;
    std::vector<int> watches;
    int timeoutMs = -1;
    {
        const std::lock_guard lock(g_loop->mutex);
        std::erase_if(g_loop->handles, [&](const Handle& handle) {
            if (handle.removed && handle.free)
                frees.emplace_back(handle.free, handle.opaque);
            return handle.removed;
        });
        std::erase_if(g_loop->timers, [&](const Timer& timer) {
            if (timer.removed && timer.free)
                frees.emplace_back(timer.free, timer.opaque);
            return timer.removed;
        });
        fds.push_back({g_loop->wakeRead, POLLIN, 0});
        watches.push_back(0);
        for (const Handle& handle : g_loop->handles) {
            if (handle.events == 0)
                continue;
            fds.push_back({handle.fd, toPoll(handle.events), 0});
            watches.push_back(handle.watch);
        }
        const auto now = Clock::now();
        for (const Timer& timer : g_loop->timers) {
            if (timer.intervalMs < 0)
                continue;
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(timer.due - now).count();
            const int ms = int(std::max<long long>(0, std::min<long long>(left, 60000)));
            timeoutMs = timeoutMs < 0 ? ms : std::min(timeoutMs, ms);
        }
    }
    for (const auto& [free, opaque] : frees)
        free(opaque);

    if (poll(fds.data(), nfds_t(fds.size()), timeoutMs) < 0)
        return;
    if (fds[0].revents & POLLIN) {
        char buffer[64];
        while (read(g_loop->wakeRead, buffer, sizeof buffer) > 0) {
        }
    }

    // Timers first, as libvirt's own loops do.
    std::vector<int> due;
    {
        const std::lock_guard lock(g_loop->mutex);
        const auto now = Clock::now();
        for (Timer& timer : g_loop->timers) {
            if (timer.removed || timer.intervalMs < 0 || timer.due > now)
                continue;
            due.push_back(timer.id);
            timer.due = now + std::chrono::milliseconds(timer.intervalMs);
        }
    }
    for (int id : due) {
        virEventTimeoutCallback callback = nullptr;
        void* opaque = nullptr;
        {
            const std::lock_guard lock(g_loop->mutex);
            for (const Timer& timer : g_loop->timers) {
                if (timer.id == id && !timer.removed) {
                    callback = timer.callback;
                    opaque = timer.opaque;
                }
            }
        }
        if (callback)
            callback(id, opaque);
    }
    for (std::size_t i = 1; i < fds.size(); ++i) {
        if (fds[i].revents == 0)
            continue;
        virEventHandleCallback callback = nullptr;
        void* opaque = nullptr;
        {
            const std::lock_guard lock(g_loop->mutex);
            for (const Handle& handle : g_loop->handles) {
                if (handle.watch == watches[i] && !handle.removed) {
                    callback = handle.callback;
                    opaque = handle.opaque;
                }
            }
        }
        if (callback)
            callback(watches[i], fds[i].fd, fromPoll(fds[i].revents), opaque);
    }
}

// virDefaultErrorFunc prints every error to stderr; the console reports them itself.
void silentErrorHandler(void*, virErrorPtr) {}

void stopEventLoop()
{
    if (!g_loop || !g_loop->thread.joinable())
        return;
    g_loop->stop = true;
    wake();
    g_loop->thread.join();
    g_loop->running = false;
}

void initializeOnce()
{
    // libvirt's RPC client writes to its sockets with write(); a daemon that went away would kill the process
    // with SIGPIPE instead of failing the call. Respect a handler the application installed itself.
    struct sigaction current = {};
    if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL)
        std::signal(SIGPIPE, SIG_IGN);

    if (virInitialize() < 0) {
        const virError* error = virGetLastError();
        g_error = error && error->message ? QString::fromUtf8(error->message) : QStringLiteral("virInitialize failed");
        return;
    }
    virSetErrorFunc(nullptr, silentErrorHandler);

    int ends[2] = {-1, -1};
    if (pipe2(ends, O_CLOEXEC | O_NONBLOCK) < 0) {
        g_error = QStringLiteral("cannot create the libvirt event loop's wake-up pipe");
        return;
    }
    g_loop = new Loop;
    g_loop->wakeRead = ends[0];
    g_loop->wakeWrite = ends[1];
    // Must precede the first virConnectOpen: the remote driver only hooks its socket into an event
    // implementation registered before the connection is opened.
    virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout, removeTimeout);
    g_loop->thread = std::thread([] {
        g_loop->running = true;
        while (!g_loop->stop)
            runOnce();
    });
    std::atexit(stopEventLoop);
    g_initialized = true;
    qCDebug(lcLibvirt) << "libvirt initialized, event loop running";
}
} // namespace

bool LibvirtRuntime::initialize(QString* errorString)
{
    std::call_once(g_once, initializeOnce);
    if (!g_initialized && errorString)
        *errorString = g_error;
    return g_initialized;
}

bool LibvirtRuntime::eventLoopRunning()
{
    return g_loop && g_loop->running;
}
