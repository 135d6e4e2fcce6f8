// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/ConfigChange.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One option of the 2013 debate (or what shipped), as data (data/strategies/strategies.json, docs/strategies.md):
/// changes applied to every VM in simulation, some of them Windows Update publications of packages, which may be
/// what-if packages nobody ships (issue 20 item 2).
struct Strategy
{
    QString id;
    /// The data file's English name: StrategySet::title() translates the shipped ones.
    QString name;
    QList<ConfigChange> changes;
    /// The what-if packages of data/strategies the changes publish.
    QStringList packages;
    /// Where the mechanism it models is described, as the data file says.
    QString source;
    /// What the model of this option had to choose without a source.
    QStringList uncertain;

    /// The changes as `--set` texts, in the data file's order.
    QStringList changeTexts() const
    {
        QStringList texts;
        for (const ConfigChange& c : changes)
            texts << c.text();
        return texts;
    }
    /// The changes that can be written to a VM: without the Windows Update publications.
    QStringList writableChangeTexts() const
    {
        QStringList texts;
        for (const ConfigChange& c : changes)
            if (!c.isWhatIfOnly())
                texts << c.text();
        return texts;
    }
};
