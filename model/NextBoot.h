// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmConfig.h"

#include <QCoreApplication>
#include <QStringList>

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

    /// Whether the two domain XMLs carry the same <metadata> block, compared as text. Everything differences()
    /// looks at lives there (xpconsole's own arguments are derived from it), and libvirt writes an unchanged
    /// block identically into the live and the inactive XML, so equal blocks need no parse: the common case on
    /// a large fleet costs two substring searches instead of a second XML parse per running VM.
    static bool sameMetadata(const QString& running, const QString& next);

    /// The action that applies the pending changes, as one translated sentence.
    static QString applyAction();
};
