// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/WhereClause.h"

#include <QList>
#include <QStringList>

class BindingEngine;
class QTextStream;

/// What `xpctl what-if` and `xpctl strategies` share: every VM of every connection read (read-only), those the
/// --where clauses select predicted as they are and after each change set, on the other cores while libvirt still
/// hands over the later domains. Nothing is written.
class WhatIfScan
{
public:
    struct Vm
    {
        QString uri;
        /// One outcome per change set, in the sets' order.
        QList<WhatIfOutcome> perSet;
    };

    /// Fills @p vms (connection by connection, each in libvirt's order); returns an xpctl exit status, with the
    /// error written to @p err.
    static int run(const QStringList& uris, const BindingEngine& engine, const QList<WhereClause>& where,
                   const QList<QList<ConfigChange>>& sets, QTextStream& err, QList<Vm>& vms);
};
