// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "WhatIfScan.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;
class StrategySet;

/// `xpctl strategies`: the options of the 2013 debate and what shipped (data/strategies) previewed side by side on
/// every VM of every connection given, nothing written; one row per strategy, one column per outcome class (the
/// console's table turned for a terminal), or the VMs of one strategy with --show (issue 20 item 2).
class StrategiesCommand
{
    Q_DECLARE_TR_FUNCTIONS(StrategiesCommand)

public:
    /// @p uris: every --connect given; none means the demo node.
    StrategiesCommand(QTextStream& out, QTextStream& err, const QStringList& uris);

    /// @p args: the words after "strategies". Returns an xpctl exit status.
    int run(const QStringList& args);

private:
    int usageError(const QString& message);
    void printTable(const StrategySet& set, const QList<WhatIfScan::Vm>& vms);
    void printJson(const StrategySet& set, const QList<WhatIfScan::Vm>& vms);

    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_uris;
};
