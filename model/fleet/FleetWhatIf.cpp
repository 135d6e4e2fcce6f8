// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetWhatIf.h"

#include "model/binding/BindingEngine.h"
#include "model/core/VmConfig.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

/// Each finding id once, with its worst severity.
QHash<QString, Finding::Severity> severities(const PreviewOutcome& outcome)
{
    QHash<QString, Finding::Severity> ids;
    for (const Finding& f : outcome.findings) {
        const auto it = ids.find(f.id);
        if (it == ids.end())
            ids.insert(f.id, f.severity);
        else
            *it = std::max(*it, f.severity);
    }
    return ids;
}

/// The exposed devices as the guest sees them: identity, revision and the driver that binds each.
QStringList deviceFacts(const PreviewOutcome& outcome)
{
    QStringList facts;
    for (const ExposedDevice& d : outcome.devices)
        facts << QStringLiteral("%1:%2:%3:%4:%5:%6")
                     .arg(d.vendorId)
                     .arg(d.deviceId)
                     .arg(d.subsystemId)
                     .arg(d.revision)
                     .arg(d.boundPackage)
                     .arg(d.xenbusActive);
    return facts;
}

} // namespace

WhatIfOutcome::Class FleetWhatIf::classify(const PreviewOutcome& before, const PreviewOutcome& after)
{
    const QHash<QString, Finding::Severity> was = severities(before);
    const QHash<QString, Finding::Severity> is = severities(after);
    bool newError = false;
    bool newWarning = false;
    for (auto it = is.cbegin(); it != is.cend(); ++it) {
        if (was.contains(it.key()))
            continue;
        newError = newError || it.value() == Finding::Severity::Error;
        newWarning = newWarning || it.value() == Finding::Severity::Warning;
    }
    // Will not boot, or two stacks on the same PV connections: every such outcome is an error finding.
    if (newError)
        return WhatIfOutcome::Class::Breaks;
    // PV drivers were in charge and none is afterwards: the guest falls back to emulated disks and NICs.
    if (!before.activeDriver.isEmpty() && after.activeDriver.isEmpty())
        return WhatIfOutcome::Class::LosesPv;
    // A new warning asks for something of the admin in the guest: devices renamed (static IPs set again), a lock
    // to clear, a kernel to update, a blacklist the device model ignores.
    if (newWarning)
        return WhatIfOutcome::Class::GuestStep;
    // An info finding describes the same boot (a setting kept in metadata only, an installer that refuses): the
    // boot is compared by what the guest meets, and the warnings and errors it brings.
    auto serious = [](const QHash<QString, Finding::Severity>& ids) {
        QStringList list;
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            if (it.value() != Finding::Severity::Info)
                list << it.key();
        list.sort();
        return list;
    };
    const bool same = before.activeDriver == after.activeDriver && before.activeStacks == after.activeStacks &&
                      before.wuInstalls == after.wuInstalls && before.unplugged == after.unplugged &&
                      before.flavour == after.flavour && deviceFacts(before) == deviceFacts(after) &&
                      serious(was) == serious(is);
    return same ? WhatIfOutcome::Class::Unchanged : WhatIfOutcome::Class::Healthy;
}

WhatIfOutcome FleetWhatIf::evaluate(const BindingEngine& engine, const VmConfig& config,
                                    const QList<ConfigChange>& changes, const PreviewOutcome* known)
{
    WhatIfOutcome o;
    o.key = config.key;
    o.name = config.name;
    o.uuid = config.uuid;
    // What BindingEngine::preview(config, changes) does, with the prediction before kept for the comparison.
    // The caller's prediction is used in place: xpctl what-if has one per VM already, and copying it per VM of a
    // large fleet is work for nothing.
    std::optional<PreviewOutcome> own;
    if (!known)
        own = engine.preview(config);
    const PreviewOutcome& before = known ? *known : *own;
    o.driverBefore = before.activeDriver;
    o.findingsBefore = before.findingIds();
    VmConfig edited = config;
    QString error;
    PreviewOutcome after;
    if (BindingEngine::apply(edited, changes, &error)) {
        after = engine.preview(edited);
        BindingEngine::addChangeFindings(before, after);
    } else {
        o.error = error;
        after = before;
    }
    o.driverAfter = after.activeDriver;
    o.findingsAfter = after.findingIds();
    for (const QString& id : std::as_const(o.findingsAfter))
        if (!o.findingsBefore.contains(id))
            o.gained << id;
    for (const QString& id : std::as_const(o.findingsBefore))
        if (!o.findingsAfter.contains(id))
            o.lost << id;
    o.uncertainFacts = after.uncertainFacts;
    o.cls = o.error.isEmpty() ? classify(before, after) : WhatIfOutcome::Class::Unchanged;
    return o;
}

QString FleetWhatIf::token(WhatIfOutcome::Class cls)
{
    switch (cls) {
    case WhatIfOutcome::Class::Unchanged: return QStringLiteral("unchanged");
    case WhatIfOutcome::Class::Healthy: return QStringLiteral("healthy");
    case WhatIfOutcome::Class::GuestStep: return QStringLiteral("guest-step");
    case WhatIfOutcome::Class::LosesPv: return QStringLiteral("loses-pv");
    case WhatIfOutcome::Class::Breaks: return QStringLiteral("breaks");
    }
    return {};
}

std::optional<WhatIfOutcome::Class> FleetWhatIf::fromToken(const QString& token)
{
    for (int c = 0; c < WhatIfOutcome::kClassCount; ++c)
        if (FleetWhatIf::token(WhatIfOutcome::Class(c)) == token)
            return WhatIfOutcome::Class(c);
    return std::nullopt;
}

QString FleetWhatIf::text(WhatIfOutcome::Class cls)
{
    switch (cls) {
    case WhatIfOutcome::Class::Unchanged: return tr("no change");
    // Not "stays healthy": a VM that was broken before and still is lands here too when something else changes.
    case WhatIfOutcome::Class::Healthy: return tr("changes, nothing new wrong");
    case WhatIfOutcome::Class::GuestStep: return tr("needs a step in the guest");
    case WhatIfOutcome::Class::LosesPv: return tr("loses PV drivers");
    case WhatIfOutcome::Class::Breaks: return tr("will not boot or two stacks");
    }
    return {};
}

void FleetWhatIf::sortWorstFirst(QList<WhatIfOutcome>& outcomes, QStringList& hosts)
{
    std::vector<qsizetype> order(std::size_t(outcomes.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&outcomes](qsizetype a, qsizetype b) {
        const WhatIfOutcome& x = outcomes.at(a);
        const WhatIfOutcome& y = outcomes.at(b);
        if (x.cls != y.cls)
            return x.cls > y.cls;
        return x.name < y.name;
    });
    QList<WhatIfOutcome> sortedOutcomes;
    QStringList sortedHosts;
    sortedOutcomes.reserve(outcomes.size());
    sortedHosts.reserve(hosts.size());
    for (const qsizetype i : order) {
        sortedOutcomes.append(std::move(outcomes[i]));
        sortedHosts.append(hosts.value(i));
    }
    outcomes = std::move(sortedOutcomes);
    hosts = std::move(sortedHosts);
}

FleetWhatIf::Counts FleetWhatIf::count(const QList<WhatIfOutcome>& outcomes)
{
    Counts counts;
    for (const WhatIfOutcome& o : outcomes) {
        ++counts.perClass[std::size_t(o.cls)];
        if (o.uncertain())
            ++counts.uncertainPerClass[std::size_t(o.cls)];
    }
    return counts;
}

int FleetWhatIf::Counts::total() const
{
    return std::accumulate(perClass.cbegin(), perClass.cend(), 0);
}

int FleetWhatIf::Counts::uncertain() const
{
    return std::accumulate(uncertainPerClass.cbegin(), uncertainPerClass.cend(), 0);
}
