// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

/// xpctl's exit statuses, part of the command line contract (PRODUCT §8). A header of its own so that the
/// verbs return them without including CtlApplication, which includes the verbs.
struct CtlExitStatus
{
    enum Value : int { Done = 0, FindingMatched = 1, UsageError = 2, LibvirtError = 3, Conflict = 4 };
};
