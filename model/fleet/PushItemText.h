// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainPush.h"

#include <QCoreApplication>
#include <QStringList>

/// The words xpctl and the console use for a prepared push and its result, so both say the same thing.
class PushItemText
{
    Q_DECLARE_TR_FUNCTIONS(PushItemText)

public:
    /// What the push realizes beyond the XML diff: device-model arguments, commands to run on the host,
    /// settings kept in metadata only, notes. One line each; indented lines belong to the line above.
    static QStringList realization(const PushItem& item);
    /// The same, with the commands under the host that runs them, named from the connection @p uri: the xenstore
    /// commands under "the host xen3", the xe commands under "the pool master of xen3's pool" (marked uncertain).
    static QStringList realization(const PushItem& item, const QString& uri);
    /// One short phrase for the VM's eligibility before the run: "changes", "no change", "refused: ...".
    static QString eligibility(const PushItem& item);
    /// One short phrase per result status ("written and verified", "conflict: nothing written", ...).
    static QString status(PushResult::Status status);
};
