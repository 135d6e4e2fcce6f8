// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <string>

/// What the libvirt floor does and what it saw (bench/floor, bench/qt-window).
struct FloorWork
{
    int vms = 0;
    int failed = 0;
    unsigned long long xmlBytes = 0;
    double openS = 0;
    double listS = 0;
    double xmlS = 0;
    double wallS = 0;
    /// libvirt's message when the open or the listing failed; then nothing else is set.
    std::string error;

    /// Opens @p uri read-only, lists every domain, fetches every inactive XML and frees everything: the least any
    /// libvirt client must do to show a fleet. libvirt's C API only, so it costs what libvirt costs.
    static FloorWork run(const char* uri);
};
