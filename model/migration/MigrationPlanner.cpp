// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationPlanner.h"

#include "MigrationStepWriter.h"
#include "MigrationUnits.h"
#include "device/Blacklist.h"
#include "model/binding/WindowsVersion.h"
#include "model/core/ConfigDelta.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/core/MetadataCodec.h"

namespace {

using Role = MigrationStep::Role;
using Kind = MigrationStep::Kind;

/// The ranking of candidate orders: lexicographic, lower is better.
struct Score
{
    int errors = 0;
    int childIdChanges = 0;
    int inversions = 0;
    int steps = 0;

    auto tie() const { return std::tie(errors, childIdChanges, inversions, steps); }
    bool operator<(const Score& other) const { return tie() < other.tie(); }
};

/// What the guest would see at a boot, for telling whether VM changes matter before the next guest step.
bool sameBoot(const PreviewOutcome& a, const PreviewOutcome& b)
{
    auto identities = [](const PreviewOutcome& o) {
        QStringList ids;
        for (const ExposedDevice& d : o.devices)
            ids << QStringLiteral("%1:%2:%3:%4").arg(d.vendorId).arg(d.deviceId).arg(d.revision).arg(d.boundPackage);
        return ids;
    };
    return identities(a) == identities(b) && a.activeDriver == b.activeDriver && a.activeStacks == b.activeStacks &&
           a.unplugged == b.unplugged && a.findingIds() == b.findingIds();
}

/// The steps of @p order simulated from @p start, with power cycles where VM changes must be in effect.
struct Simulated
{
    bool ok = true;
    QList<MigrationUnit> units;
    QList<VmConfig> configs;
    QList<PreviewOutcome> outcomes;
    Score score;
};

Simulated simulate(const BindingEngine& engine, const VmConfig& start, const PreviewOutcome& startOutcome,
                   const QList<MigrationUnit>& order)
{
    Simulated s;
    VmConfig config = start;
    PreviewOutcome outcome = startOutcome;
    // The state the running guest booted with, while VM changes wait for a power cycle.
    std::optional<PreviewOutcome> booted;
    auto powerCycle = [&] {
        s.units.append(MigrationUnit{Role::PowerCycle, Kind::PowerCycle, {}});
        s.configs.append(config);
        s.outcomes.append(outcome);
        booted.reset();
    };
    for (const MigrationUnit& unit : order) {
        if (unit.kind == Kind::GuestAction && booted) {
            if (!sameBoot(*booted, outcome))
                powerCycle();
            booted.reset();
        }
        QString error;
        PreviewOutcome next = engine.preview(config, unit.changes, &error);
        if (!error.isEmpty() || !BindingEngine::apply(config, unit.changes, &error)) {
            s.ok = false;
            return s;
        }
        if (unit.kind == Kind::VmChange && !booted)
            booted = outcome;
        outcome = std::move(next);
        s.units.append(unit);
        s.configs.append(config);
        s.outcomes.append(outcome);
    }
    if (booted && !sameBoot(*booted, outcome))
        powerCycle();
    for (const PreviewOutcome& o : std::as_const(s.outcomes)) {
        s.score.errors += o.worst() == Finding::Severity::Error ? 1 : 0;
        s.score.childIdChanges += o.hasFinding(QStringLiteral("XP-CHILD-IDS-CHANGE")) ? 1 : 0;
    }
    for (qsizetype i = 0; i < order.size(); ++i)
        for (qsizetype j = i + 1; j < order.size(); ++j)
            s.score.inversions += order.at(i).role > order.at(j).role ? 1 : 0;
    s.score.steps = int(s.units.size());
    return s;
}

} // namespace

MigrationPlanner::MigrationPlanner(const BindingEngine& engine)
    : m_engine(engine)
{}

QString MigrationPlanner::identityRefusal(const VmConfig& config, const MigrationTarget& target)
{
    using xp::device::Flavour;
    const QString flavour = DeviceText::flavourName(config.flavour);
    if (!xp::device::managedByXapi(config.flavour) &&
        (target.platformDeviceId != 0x0001 || target.platformRevision != 0x01))
        return tr("The %1 device model has a fixed platform device 5853:0001 rev 01; only xenserver and xenserver-trad "
                  "can expose another device ID or revision.")
            .arg(flavour);
    if (target.vendorEnabled && config.flavour == Flavour::QemuTraditional)
        return tr("qemu-traditional has no xen-pvdevice: it cannot expose a vendor device.");
    if (target.vendorEnabled && xp::device::managedByXapi(config.flavour) &&
        (target.vendorDeviceId != 0xc000 || target.vendorRevision != 0x01))
        return tr("XenServer's has-vendor-device can only add 5853:c000 rev 01.");
    if (target.vendorEnabled && target.vendorDeviceId == 0xffff)
        return tr("xen-pvdevice refuses device ID 0xffff (it means unset).");
    return {};
}

MigrationTarget MigrationPlanner::currentIdentity(const VmConfig& config, const QString& package) const
{
    MigrationTarget t;
    t.package = package;
    const PreviewOutcome o = m_engine.preview(config);
    for (const ExposedDevice& d : o.devices) {
        if (d.role == ExposedDevice::Role::Platform) {
            t.platformDeviceId = d.deviceId;
            t.platformRevision = d.revision;
        } else {
            t.vendorEnabled = true;
            t.vendorDeviceId = d.deviceId;
            t.vendorRevision = d.revision;
        }
    }
    return t;
}

QStringList MigrationPlanner::targetPackages(const VmConfig& config) const
{
    QStringList ids;
    const auto windows = WindowsVersion::parse(config.guest.release, WindowsVersion::Architecture::Amd64,
                                               config.guest.server ? WindowsVersion::ProductType::Server
                                                                   : WindowsVersion::ProductType::Workstation);
    for (const CataloguePackage& p : m_engine.catalogue().packages()) {
        if (p.os != config.guest.os)
            continue;
        if (p.isWindows() && windows && p.inf.modelsFor(*windows).isEmpty())
            continue;
        ids << p.id;
    }
    return ids;
}

MigrationTarget MigrationPlanner::suggestedTarget(const VmConfig& config) const
{
    const QStringList candidates = targetPackages(config);
    MigrationTarget t = currentIdentity(config, candidates.isEmpty() ? QString() : candidates.constFirst());
    if (config.guest.os != GuestOs::Windows)
        return t;
    // With a vendor device the package published for it, else the newest xenbus build that needs none.
    const DriverCatalogue& catalogue = m_engine.catalogue();
    const QString hardwareId = QStringLiteral("PCI\\VEN_5853&DEV_%1&SUBSYS_%1%2&REV_%3")
                                   .arg(HexText::upperDigits(t.vendorDeviceId, 4), QStringLiteral("5853"),
                                        HexText::digits(t.vendorRevision, 2));
    const CataloguePackage* best = nullptr;
    for (const QString& id : candidates) {
        const CataloguePackage* p = catalogue.find(id);
        if (p->stack != QLatin1String("xenbus") ||
            p->wuTargets.contains(hardwareId, Qt::CaseInsensitive) != t.vendorEnabled)
            continue;
        if (!best || p->xenbusVersion > best->xenbusVersion)
            best = p;
    }
    if (best)
        t.package = best->id;
    return t;
}

QList<BlacklistItem> MigrationPlanner::temporaryBlacklist(const VmConfig& config, const MigrationTarget& target) const
{
    const CataloguePackage* package = m_engine.catalogue().find(target.package);
    if (!package || package->os != config.guest.os || !identityRefusal(config, target).isEmpty())
        return {};
    MigrationTarget allowed = target;
    allowed.temporaryBlacklist = true;
    return MigrationUnits(m_engine, config, m_engine.preview(config), allowed).temporaryEntries();
}

QStringList MigrationPlanner::blacklistPeers(const VmConfig& config, const MigrationTarget& target,
                                             const QList<VmConfig>& others) const
{
    const QList<BlacklistItem> entries = temporaryBlacklist(config, target);
    QStringList names;
    for (const VmConfig& other : others) {
        if (other.uuid == config.uuid)
            continue;
        for (const QString& id : other.guest.drivers) {
            const CataloguePackage* p = m_engine.catalogue().find(id);
            const bool hit = p && std::any_of(entries.cbegin(), entries.cend(), [&](const BlacklistItem& e) {
                                 return e.product == p->product && e.firstBuild <= p->build &&
                                        p->build <= e.lastBuild &&
                                        xp::device::Blacklist::enforced(other.flavour, e.product);
                             });
            if (hit && !names.contains(other.name))
                names << other.name;
        }
    }
    names.sort();
    return names;
}

MigrationPlan MigrationPlanner::plan(const VmConfig& config, const MigrationTarget& target) const
{
    MigrationPlan plan;
    plan.target = target;
    plan.start = config;
    plan.startOutcome = m_engine.preview(config);
    const CataloguePackage* package = m_engine.catalogue().find(target.package);
    if (config.metadataReadOnly)
        plan.refusal = tr("The VM's xpconsole metadata is read-only: nothing can be written to it (%1).")
                           .arg(config.metadataErrors.join(QStringLiteral("; ")));
    else if (config.guest.os == GuestOs::Unknown)
        plan.refusal = tr("The guest OS is not recorded in the metadata (<guest os=...>): no driver can be planned.");
    else if (!package)
        plan.refusal = tr("%1 is not in the driver catalogue.").arg(target.package);
    else if (package->os != config.guest.os)
        plan.refusal = tr("%1 is not a driver for this guest's OS (%2).")
                           .arg(target.package, MetadataCodec::osName(config.guest.os));
    else
        plan.refusal = identityRefusal(config, target);
    if (!plan.isValid())
        return plan;

    const MigrationUnits units(m_engine, config, plan.startOutcome, target);
    plan.notes = units.notes();
    std::optional<Simulated> best;
    for (const QList<MigrationUnit>& order : units.candidateOrders()) {
        Simulated s = simulate(m_engine, config, plan.startOutcome, order);
        if (s.ok && (!best || s.score < best->score))
            best = std::move(s);
    }
    if (!best) {
        plan.refusal = tr("No order of the steps applies to this VM's configuration.");
        return plan;
    }
    VmConfig before = config;
    for (qsizetype i = 0; i < best->units.size(); ++i) {
        MigrationStep step;
        step.kind = best->units.at(i).kind;
        step.role = best->units.at(i).role;
        step.changes = best->units.at(i).changes;
        step.configAfter = best->configs.at(i);
        step.outcome = best->outcomes.at(i);
        step.uncertain = step.outcome.uncertain;
        QString error;
        const auto rollback = ConfigDelta::between(step.configAfter, before, &error);
        if (!rollback) {
            plan.refusal = tr("Step %1 cannot be rolled back exactly: %2").arg(i + 1).arg(error);
            return plan;
        }
        step.rollback = *rollback;
        before = step.configAfter;
        plan.steps.append(step);
    }
    const MigrationStepWriter writer(m_engine.catalogue(), plan);
    for (int i = 0; i < plan.size(); ++i)
        writer.describe(plan, i);
    const PreviewOutcome& last = plan.outcomeAfter(plan.size());
    plan.reachesTarget = last.activeDriver == target.package;
    if (plan.steps.isEmpty() && plan.reachesTarget)
        plan.notes.prepend(writer.nothingToDo());
    if (!plan.reachesTarget)
        plan.notes.prepend(writer.targetNotReached());
    return plan;
}

std::optional<MigrationPlan> MigrationPlanner::resume(const VmConfig& config, QString* why) const
{
    auto fail = [&](const QString& text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (!config.migration)
        return fail(tr("No driver migration is recorded for this VM."));
    const MigrationProgress& progress = *config.migration;
    QString error;
    const auto rollback = ConfigDelta::parse(progress.rollback, &error);
    VmConfig start = config;
    if (!rollback || !BindingEngine::apply(start, *rollback, &error))
        return fail(tr("The recorded way back to the start no longer applies: %1").arg(error));
    MigrationPlan plan = this->plan(start, progress.target);
    if (!plan.isValid())
        return fail(plan.refusal);
    if (plan.size() != progress.stepCount || progress.completedSteps > plan.size())
        return fail(tr("The recorded migration has %1 steps; planned again from its start it has %2 (a different "
                       "xpconsole or driver catalogue?).")
                        .arg(progress.stepCount)
                        .arg(plan.size()));
    if (!ConfigDelta::sameSettings(plan.configAfter(progress.completedSteps), config))
        return fail(
            tr("The VM was changed outside the wizard after step %1 was recorded.").arg(progress.completedSteps));
    return plan;
}
