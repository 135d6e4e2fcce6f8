// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainSnapshot.h"
#include "VmConfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

/// Whether a running VM's next boot differs from what it runs now. A push defines the persistent (inactive)
/// XML only; the device model of a running guest keeps the definition it was started with until it is powered
/// off and started again, so a difference here is a change that has not taken effect yet.
class NextBoot
{
    Q_DECLARE_TR_FUNCTIONS(NextBoot)

public:
    /// What differs between the running definition @p running and the next boot's @p next, one translated noun
    /// each ("platform device", "blacklist"...); empty when the next boot exposes the same devices. Only what
    /// the device model is started with counts: the guest description (OS, installed drivers) is metadata that
    /// applies whenever it is written.
    static QStringList differences(const VmConfig& running, const VmConfig& next);

    /// What differs at the next boot of the domain listed as @p snapshot, whose next boot is @p next (read from its
    /// inactive XML): differences() between the running definition's metadata and @p next. Empty when the domain
    /// is not running, when its listing did not compare the metadata, and when libvirt gave the same element for
    /// both definitions (no parse: the common case on a large fleet).
    static QStringList pending(const DomainSnapshot& snapshot, const VmConfig& next);

    /// What the domain listed as @p snapshot runs now, when it differs from its next boot @p next: @p next with the
    /// device settings of the running definition's metadata. A push writes the metadata together with the
    /// device-model arguments, so the running metadata stands for the devices the guest has; the live XML is not
    /// read (see pending()), hence the definition facts of the result are cleared and it is predicted from its
    /// metadata. Empty when nothing is pending.
    static std::optional<VmConfig> running(const DomainSnapshot& snapshot, const VmConfig& next);

    /// The action that applies the pending changes, as one translated sentence.
    static QString applyAction();
};
