// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/FleetWhatIf.h"

#include <QCoreApplication>

class QTextStream;

/// A fleet what-if as the terminal shows it: the counts per class, then one line per VM (the most harmful first),
/// a "?" after the name of a VM that rests on uncertain facts. `xpctl what-if` and `xpctl strategies --show`.
class WhatIfTable
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfTable)

public:
    /// @p hosts: each outcome's connection URI; shown in a column when they differ.
    static void print(QTextStream& out, const QList<WhatIfOutcome>& outcomes, const QStringList& hosts);
};
