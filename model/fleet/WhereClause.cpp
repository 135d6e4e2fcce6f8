// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhereClause.h"

#include "ConnectionListModel.h"
#include "VmReport.h"
#include "model/binding/PreviewOutcome.h"
#include "model/core/DeviceText.h"
#include "model/core/VmConfig.h"

#include <QRegularExpression>
#include <algorithm>

namespace {

struct KeyName
{
    WhereClause::Key key;
    const char* name;
};

constexpr KeyName kKeys[] = {
    {WhereClause::Key::Os, "os"},           {WhereClause::Key::Host, "host"},
    {WhereClause::Key::Flavour, "flavour"}, {WhereClause::Key::Finding, "finding"},
    {WhereClause::Key::Driver, "driver"},   {WhereClause::Key::State, "state"},
};

} // namespace

std::optional<WhereClause> WhereClause::parse(const QString& text, QString* error)
{
    const qsizetype at = text.indexOf(QRegularExpression(QStringLiteral("[=~]")));
    if (at <= 0 || at == text.size() - 1) {
        *error = tr("expected KEY=VALUE or KEY~TEXT, got \"%1\"").arg(text);
        return std::nullopt;
    }
    const QString name = text.left(at).trimmed().toLower();
    for (const KeyName& k : kKeys) {
        if (name != QLatin1String(k.name))
            continue;
        WhereClause clause;
        clause.m_key = k.key;
        clause.m_contains = text.at(at) == QLatin1Char('~');
        clause.m_value = text.mid(at + 1).trimmed();
        return clause;
    }
    *error = tr("unknown key \"%1\" in \"%2\" (os, host, flavour, finding, driver or state)").arg(name, text);
    return std::nullopt;
}

std::optional<QList<WhereClause>> WhereClause::parseList(const QString& text, QString* error)
{
    QList<WhereClause> clauses;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        if (part.trimmed().isEmpty())
            continue;
        const auto clause = parse(part.trimmed(), error);
        if (!clause)
            return std::nullopt;
        clauses << *clause;
    }
    return clauses;
}

bool WhereClause::allMatch(const QList<WhereClause>& clauses, const QString& uri, const DomainSnapshot& snapshot,
                           const VmConfig& config, const PreviewOutcome& outcome)
{
    return std::all_of(clauses.cbegin(), clauses.cend(),
                       [&](const WhereClause& clause) { return clause.matches(uri, snapshot, config, outcome); });
}

bool WhereClause::test(const QString& candidate) const
{
    return m_contains ? candidate.contains(m_value, Qt::CaseInsensitive)
                      : candidate.compare(m_value, Qt::CaseInsensitive) == 0;
}

bool WhereClause::matches(const QString& uri, const DomainSnapshot& snapshot, const VmConfig& config,
                          const PreviewOutcome& outcome) const
{
    switch (m_key) {
    case Key::Os: return test(VmReport::osText(config, false));
    case Key::Host: return test(ConnectionListModel::displayName(uri)) || test(uri);
    case Key::Flavour: return test(DeviceText::flavourName(outcome.flavour));
    case Key::Finding: {
        const QStringList ids = outcome.findingIds();
        return std::any_of(ids.cbegin(), ids.cend(), [this](const QString& id) { return test(id); });
    }
    case Key::Driver: return test(outcome.activeDriver.isEmpty() ? QStringLiteral("none") : outcome.activeDriver);
    case Key::State: return test(VmReport::stateName(snapshot));
    }
    return false;
}
