// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/binding/PredictionCheck.h"
#include "model/binding/PreviewOutcome.h"
#include "model/core/DomainSnapshot.h"
#include "model/core/VmConfig.h"

/// One VM as the console knows it: libvirt's listing, the configuration read from it, and the prediction.
struct VmRecord
{
    DomainSnapshot snapshot;
    VmConfig config;
    PreviewOutcome outcome;
    /// What the running VM's next boot changes (NextBoot::differences); empty when nothing is pending.
    QStringList pendingChanges;
    /// Whether the guest's inventory confirms the prediction for the boot it describes (issue 18 item 4).
    PredictionCheck check;
    /// libvirt's reason the last start from this console failed; kept until the VM runs (issue 17 item 2).
    QString startError;
};
