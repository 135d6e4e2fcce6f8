// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

/// Lets the GUI thread have a core first: threads doing bulk work (libvirt listings, predictions of a whole fleet)
/// lower their own scheduling priority. On two busy cores a GUI thread that competes with its own workers as an
/// equal waits a whole time slice per worker whenever it wakes, which showed as 50–100 ms blocks while 10,000 VMs
/// loaded (issue 9). Linux only: there the nice value belongs to a thread (setpriority(2) on its id); elsewhere
/// nothing changes.
class BackgroundPriority
{
public:
    /// The nice value bulk work runs at: the GUI thread (nice 0) then gets about nine tenths of a contended core.
    static constexpr int kNice = 10;
    /// The nice value of the libvirt workers: a fleet's listing is the one thing a load waits for, so the worker
    /// outranks the prediction pool (three times its weight), while the GUI thread still outranks both.
    static constexpr int kListingNice = 5;

    /// Raises the calling thread's nice value to @p nice unless it is already at least that (it is never lowered,
    /// which would need privileges). Returns the calling thread's nice value afterwards (0 where unsupported).
    static int lowerCurrentThread(int nice = kNice);
    /// The calling thread's nice value (0 where unsupported).
    static int currentNice();
};
