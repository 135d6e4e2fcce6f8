// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BackgroundPriority.h"

#include <QtGlobal> // Q_OS_LINUX
#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_LINUX
id_t currentThreadId()
{
    return id_t(syscall(SYS_gettid));
}
#endif
} // namespace

int BackgroundPriority::currentNice()
{
#ifdef Q_OS_LINUX
    // -1 is a valid nice value, so errno tells a failure apart.
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

int BackgroundPriority::lowerCurrentThread(int nice)
{
#ifdef Q_OS_LINUX
    if (currentNice() < nice)
        setpriority(PRIO_PROCESS, currentThreadId(), nice);
#else
    Q_UNUSED(nice)
#endif
    return currentNice();
}
