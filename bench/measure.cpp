// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// measure: runs one program and reports what it cost, for scripts/bench. Wall time from fork to the child's
// exit (steady_clock, nanoseconds: /usr/bin/time only has 10 ms), CPU time and peak RSS from wait4()'s rusage
// of that child alone. Prints one JSON object: {"exit", "wall_s", "user_s", "sys_s", "peak_rss_kib"}.
//
//   measure [--out FILE] -- PROGRAM [ARG...]     (the child's standard output goes to FILE, e.g. /dev/null)

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

int usage()
{
    std::fprintf(stderr, "usage: measure [--out FILE] -- PROGRAM [ARG...]\n");
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    const char* out = nullptr;
    int i = 1;
    for (; i < argc; ++i) {
        if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = argv[++i];
        } else if (std::strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        } else {
            return usage();
        }
    }
    if (i >= argc)
        return usage();

    const auto start = std::chrono::steady_clock::now();
    // The start as the child can read it: `xpconsole --measure` counts its startup_s from here (the kernel's process
    // start time has only 10 ms resolution). steady_clock is CLOCK_MONOTONIC.
    const std::string forkNs =
        std::to_string(std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count());
    const pid_t child = fork();
    if (child < 0) {
        std::perror("measure: fork");
        return 3;
    }
    if (child == 0) {
        if (out) {
            const int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0) {
                std::perror("measure: cannot open the output file");
                _exit(127);
            }
            close(fd);
        }
        setenv("XP_MEASURE_FORK_NS", forkNs.c_str(), 1);
        execvp(argv[i], argv + i);
        std::perror("measure: cannot run the program");
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child) {
        std::perror("measure: wait4");
        return 3;
    }
    const auto end = std::chrono::steady_clock::now();
    const int exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::printf("{\"exit\": %d, \"wall_s\": %.6f, \"user_s\": %.6f, \"sys_s\": %.6f, \"peak_rss_kib\": %ld}\n",
                exitCode, std::chrono::duration<double>(end - start).count(), seconds(usage.ru_utime),
                seconds(usage.ru_stime), usage.ru_maxrss);
    return 0;
}
