// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

struct DomainSnapshot;
struct PreviewOutcome;
struct VmConfig;

/// One condition of `xpctl what-if --where` (issue 20 item 1): KEY=VALUE (equal) or KEY~TEXT (contains), both
/// ignoring case, on what xpctl list shows of a VM: os, host, flavour, finding, driver, state. Several are ANDed.
class WhereClause
{
    Q_DECLARE_TR_FUNCTIONS(WhereClause)

public:
    enum class Key { Os, Host, Flavour, Finding, Driver, State };

    /// Empty with @p error set when @p text is not KEY=VALUE or KEY~TEXT with a known key.
    static std::optional<WhereClause> parse(const QString& text, QString* error);
    /// Several conditions in one line, separated by ";" (the console's field); blank parts are skipped. Empty with
    /// @p error set at the first bad one.
    static std::optional<QList<WhereClause>> parseList(const QString& text, QString* error);
    /// Whether every one of @p clauses matches (none: every VM).
    static bool allMatch(const QList<WhereClause>& clauses, const QString& uri, const DomainSnapshot& snapshot,
                         const VmConfig& config, const PreviewOutcome& outcome);

    /// Whether the VM @p config, listed as @p snapshot on the connection @p uri and predicted as @p outcome (without
    /// the change), meets the condition. host compares with the connection's name and its URI.
    bool matches(const QString& uri, const DomainSnapshot& snapshot, const VmConfig& config,
                 const PreviewOutcome& outcome) const;

    Key key() const { return m_key; }
    bool contains() const { return m_contains; }
    QString value() const { return m_value; }

private:
    bool test(const QString& candidate) const;

    Key m_key = Key::Os;
    bool m_contains = false;
    QString m_value;
};
