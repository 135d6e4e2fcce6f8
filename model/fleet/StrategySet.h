// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Strategy.h"
#include "model/binding/DriverCatalogue.h"

#include <QCoreApplication>

/// The strategies of the 2013 debate and what shipped (data/strategies/strategies.json, docs/strategies.md), with
/// the catalogue they are evaluated against: the driver catalogue plus the what-if packages they publish.
class StrategySet
{
    Q_DECLARE_TR_FUNCTIONS(StrategySet)

public:
    /// Reads strategies.json and its packages' INF files from @p directory on top of @p base. False with
    /// errorString() when the file, a strategy or a package is unusable: a strategy table with a column missing
    /// would compare the wrong things.
    bool load(const QString& directory, const DriverCatalogue& base);
    QString errorString() const { return m_error; }

    const QList<Strategy>& strategies() const { return m_strategies; }
    const Strategy* find(const QString& id) const;
    /// @p base and the what-if packages: what every strategy is evaluated against.
    const DriverCatalogue& catalogue() const { return m_catalogue; }

    /// The strategy's short name in the user's language (a column header), the data file's for an unknown id.
    static QString title(const Strategy& strategy);
    /// One sentence on what it models, in the user's language; empty for an unknown id.
    static QString summary(const Strategy& strategy);

    /// The shipped strategies on the shipped catalogue, loaded once per process (thread-safe after the first call).
    static const StrategySet& shipped();

private:
    bool fail(const QString& message);

    QList<Strategy> m_strategies;
    DriverCatalogue m_catalogue;
    QString m_error;
};
