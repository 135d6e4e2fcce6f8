// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QStringList>

class BindingEngine;
struct PreviewOutcome;
struct VmConfig;

/// A running VM whose next boot differs from what it runs (issue 19 item 1). A push defines the next boot only, so
/// until the VM is shut down and started the step from what it runs to its next boot is still ahead: the findings
/// about that change (a renamed xenbus device and every PV child with it) stay, and one finding says that the
/// prediction is about the next boot, not about the running guest.
class PendingBoot
{
    Q_DECLARE_TR_FUNCTIONS(PendingBoot)

public:
    /// Adds to @p next (the prediction for @p nextConfig) the findings of the change from @p running, which the VM
    /// runs now, and the XP-NEXT-BOOT-PENDING finding naming @p differences (NextBoot::differences).
    static void describe(const BindingEngine& engine, const VmConfig& running, const QStringList& differences,
                         PreviewOutcome& next);

    /// The finding that says the VM still runs its previous definition.
    static Finding pendingFinding(const QStringList& differences);
};
