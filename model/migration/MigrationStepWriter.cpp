// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationStepWriter.h"

#include "model/binding/FindingAdvice.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/core/NextBoot.h"

using Kind = MigrationStep::Kind;
using Role = MigrationStep::Role;

namespace {

/// The values of @p changes of @p kind ("driver+=X" -> X).
QStringList values(const QList<ConfigChange>& changes, ConfigChange::Kind kind)
{
    QStringList list;
    for (const ConfigChange& c : changes)
        if (c.kind() == kind)
            list << c.text().section(QLatin1Char('='), 1);
    return list;
}

QString entries(const QList<ConfigChange>& changes, ConfigChange::Kind kind)
{
    QStringList list;
    for (const QString& value : values(changes, kind))
        list << MigrationStepWriter::tr("%1 build %2")
                    .arg(value.section(QLatin1Char(':'), 0, 0), value.section(QLatin1Char(':'), 1));
    return list.join(QStringLiteral(", "));
}

} // namespace

MigrationStepWriter::MigrationStepWriter(const DriverCatalogue& catalogue, const MigrationPlan& plan)
    : m_catalogue(catalogue)
    , m_plan(plan)
    , m_vm(plan.start.name.isEmpty() ? tr("the VM") : plan.start.name)
{}

QString MigrationStepWriter::name(const QString& packageId) const
{
    const CataloguePackage* p = m_catalogue.find(packageId);
    return p ? tr("%1 (%2)").arg(p->name, packageId) : packageId;
}

QString MigrationStepWriter::names(const QStringList& packageIds) const
{
    QStringList list;
    for (const QString& id : packageIds)
        list << name(id);
    return list.join(QStringLiteral(", "));
}

int MigrationStepWriter::stepNumber(Role role) const
{
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.steps.at(i).role == role)
            return i + 1;
    return 0;
}

QString MigrationStepWriter::bootSummary(const PreviewOutcome& o)
{
    QStringList parts;
    parts << (o.activeDriver.isEmpty() ? tr("no PV driver in charge") : tr("%1 in charge").arg(o.activeDriver));
    if (!o.wuInstalls.isEmpty())
        parts << tr("Windows Update installs %1").arg(o.wuInstalls.join(QStringLiteral(", ")));
    parts << (o.unplugged.isEmpty() ? tr("nothing unplugged")
                                    : tr("unplugged %1").arg(o.unplugged.join(QStringLiteral(", "))));
    QStringList findings;
    for (const Finding& f : o.findings) {
        const QString text = QStringLiteral("%1 (%2)").arg(f.id, FindingAdvice::severityText(f.severity));
        if (!findings.contains(text))
            findings << text;
    }
    parts << (findings.isEmpty() ? tr("no findings") : findings.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

QString MigrationStepWriter::nothingToDo() const
{
    if (m_plan.start.guest.os == GuestOs::Windows)
        return tr("Nothing to migrate: %1 is already in charge of %2 with this device identity.")
            .arg(m_plan.target.package, m_vm);
    return tr("Nothing to migrate: %1 already binds the platform device 5853:%2 as asked. Linux and BSD guests get "
              "their PV drivers with the kernel, so nothing is installed in the guest; a migration here only changes "
              "the device identity.")
        .arg(m_plan.target.package, HexText::digits(m_plan.target.platformDeviceId, 4));
}

QString MigrationStepWriter::targetNotReached() const
{
    const PreviewOutcome& last = m_plan.outcomeAfter(m_plan.size());
    return tr("After the last step %1 would be in charge, not %2: %2 binds none of the devices the target identity "
              "exposes. Choose another package or device identity.")
        .arg(last.activeDriver.isEmpty() ? tr("no PV driver") : last.activeDriver, m_plan.target.package);
}

void MigrationStepWriter::describe(MigrationPlan& plan, int index) const
{
    MigrationStep& step = plan.steps[index];
    switch (step.role) {
    case Role::StopWindowsUpdate:
    case Role::Blacklist:
    case Role::RestoreWindowsUpdate: describeGuard(step, index); break;
    case Role::PlatformDevice:
    case Role::VendorDevice: describeDevice(step, index); break;
    case Role::Install:
    case Role::Remove: describeDrivers(step, index); break;
    case Role::LiftBlacklist: describeLift(step); break;
    case Role::PowerCycle: describePowerCycle(step, index); break;
    }
    const PreviewOutcome& before = plan.outcomeAfter(index);
    if (step.kind != Kind::PowerCycle && step.outcome.hasFinding(QStringLiteral("XP-CHILD-IDS-CHANGE")) &&
        before.activeXenbusDeviceId != step.outcome.activeXenbusDeviceId) {
        step.explanation += QLatin1Char(' ') +
                            tr("The active xenbus device changes, so at the next boot Windows finds every PV disk "
                               "and network adapter again as new devices. Settings bound to the old network adapter, "
                               "such as a static IP address, may have to be entered again (uncertain: whether xenvif "
                               "carries them over depends on its build).");
        step.uncertain = true;
    }
    if (step.kind == Kind::VmChange && !hostCommandsNote(step).isEmpty())
        step.explanation += QLatin1Char(' ') + hostCommandsNote(step);
    if (step.hasError())
        step.explanation += QLatin1Char(' ') + tr("Warning: the simulated next boot after this step has an error "
                                                  "finding; no order of the steps avoids it.");
    // Issue 16 item 5: say which facts, as the Binding tab does; what the prediction assumed comes first.
    for (const QString& assumption : step.outcome.assumptions)
        step.explanation += QLatin1Char(' ') + tr("Assumed: %1").arg(assumption);
    if (!step.outcome.uncertainFacts.isEmpty())
        step.explanation += QLatin1Char(' ') + tr("The prediction rests on uncertain facts: %1.")
                                                   .arg(step.outcome.uncertainFacts.join(QStringLiteral("; ")));
}

QString MigrationStepWriter::hostCommandsNote(const MigrationStep& step) const
{
    using xp::device::Flavour;
    const Flavour flavour = m_plan.start.flavour;
    const QString flavourText = DeviceText::flavourName(flavour);
    // What Realization turns into commands for the admin (PRODUCT §3): blacklist keys in xenstore on
    // qemu-traditional and xenserver-trad, the device identity through xe on both XenServer flavours.
    bool xenstore = false;
    bool xe = false;
    for (const ConfigChange& c : step.changes) {
        const auto kind = c.kind();
        if (kind == ConfigChange::Kind::BlacklistAdd || kind == ConfigChange::Kind::BlacklistRemove)
            xenstore = xenstore || !xp::device::runsUpstreamQemu(flavour);
        if (kind == ConfigChange::Kind::PlatformDevice || kind == ConfigChange::Kind::VendorDevice)
            xe = xe || xp::device::managedByXapi(flavour);
    }
    if (xe)
        return tr("libvirt cannot apply this to a %1 VM: the push records it, and the xe commands shown with the "
                  "diff apply it on the pool master (with the VM halted).")
            .arg(flavourText);
    if (xenstore)
        return tr("libvirt cannot write xenstore: the push records the entry, and the xenstore commands shown with the "
                  "diff put it into dom0 of the host; run them before the next start.");
    return {};
}

void MigrationStepWriter::describeGuard(MigrationStep& step, int index) const
{
    if (step.role == Role::StopWindowsUpdate) {
        const QStringList offered = m_plan.startOutcome.wuInstalls;
        QStringList legacy;
        for (const QString& id : m_plan.start.guest.drivers)
            if (const CataloguePackage* p = m_catalogue.find(id);
                p && p->stack != QLatin1String("xenbus") && m_plan.startOutcome.activeStacks.contains(p->stack))
                legacy << id;
        step.title = tr("Stop Windows Update from installing drivers in the guest");
        step.action = tr("Windows Update no longer installs drivers in %1").arg(m_vm);
        step.explanation =
            tr("Windows Update would install %1 while the %2 drivers run, and two driver stacks would drive the same "
               "PV connections (XP-WU-BUGCHECK-RISK). It installs drivers whenever the guest runs, so this comes "
               "first. Inside the guest, on Windows Server 2016 or Windows 10 and later enable the Group Policy "
               "\"Do not include drivers with Windows Updates\"; on older releases choose \"Never install driver "
               "software from Windows Update\" under System Properties, Hardware, Device Installation Settings. "
               "Then confirm here: the metadata records windows-update=off.")
                .arg(offered.isEmpty() ? tr("a new driver package") : offered.join(QStringLiteral(", ")),
                     legacy.isEmpty() ? tr("current") : legacy.join(QStringLiteral(", ")));
        step.rollbackText = tr("Allow Windows Update to install drivers in the guest again, then confirm.");
    } else if (step.role == Role::Blacklist) {
        const QString list = entries(step.changes, ConfigChange::Kind::BlacklistAdd);
        const QString flavour = DeviceText::flavourName(m_plan.start.flavour);
        step.title = tr("Blacklist the old drivers for the migration (temporary)");
        step.action = tr("blacklist %1").arg(list);
        step.explanation =
            tr("The %1 device model answers the unplug handshake of a blacklisted build with 0xd249, so from the "
               "next start the old drivers do not load and the guest runs on its emulated disk and network. The new "
               "drivers can then be installed while the old ones stay installed as a fallback, without two stacks "
               "starting together. Step %2 lifts the entry again.")
                .arg(flavour)
                .arg(stepNumber(Role::LiftBlacklist));
        step.rollbackText = tr("Remove the entries again: the old drivers load at the next start.");
    } else {
        step.title = tr("Let Windows Update install drivers in the guest again");
        step.action = tr("Windows Update installs drivers in %1 again").arg(m_vm);
        const CataloguePackage* target = m_catalogue.find(m_plan.target.package);
        step.explanation =
            tr("Only %1 is left, so nothing can race any more. Undo the setting of step %2 inside the guest, then "
               "confirm.")
                .arg(name(m_plan.target.package))
                .arg(stepNumber(Role::StopWindowsUpdate));
        if (target && target->published)
            step.explanation +=
                QLatin1Char(' ') + tr("Windows Update then keeps %1 up to date.").arg(m_plan.target.package);
        step.rollbackText = tr("Stop Windows Update from installing drivers again, then confirm.");
    }
    Q_UNUSED(index)
}

void MigrationStepWriter::describeDevice(MigrationStep& step, int index) const
{
    const MigrationTarget& t = m_plan.target;
    const ExposedDevice* device = nullptr;
    const auto role = step.role == Role::PlatformDevice ? ExposedDevice::Role::Platform : ExposedDevice::Role::Vendor;
    for (const ExposedDevice& d : step.outcome.devices)
        if (d.role == role)
            device = &d;
    if (step.role == Role::PlatformDevice) {
        const QString identity =
            tr("5853:%1 rev %2").arg(HexText::digits(t.platformDeviceId, 4), HexText::digits(t.platformRevision, 2));
        step.title = tr("Expose the platform device %1").arg(identity);
        step.action = tr("expose the Xen platform device %1").arg(identity);
    } else if (t.vendorEnabled) {
        const QString identity =
            tr("5853:%1 rev %2").arg(HexText::upperDigits(t.vendorDeviceId, 4), HexText::digits(t.vendorRevision, 2));
        step.title = tr("Expose the vendor device xen-pvdevice %1").arg(identity);
        step.action = tr("expose xen-pvdevice %1").arg(identity);
    } else {
        step.title = tr("Remove the vendor device");
        step.action = tr("remove the vendor device (xen-pvdevice)");
    }
    const bool windows = m_plan.start.guest.os == GuestOs::Windows;
    const bool installed = !windows || m_plan.configAfter(index).guest.drivers.contains(t.package);
    if (!device)
        step.explanation = tr("%1 does not use it; without it Windows Update has no device to offer its vendor "
                              "drivers for.")
                               .arg(name(t.package));
    else if (!device->boundPackage.isEmpty())
        step.explanation = tr("At the next start %1 binds it.").arg(device->boundPackage);
    else if (!installed)
        step.explanation =
            tr("Until %1 is installed nothing binds it; Windows shows it as an unknown device.").arg(t.package);
    else
        step.explanation = tr("%1 does not bind it at the next start.").arg(t.package);
    if (step.outcome.hasFinding(QStringLiteral("XP-DRIVER-BLACKLISTED")) &&
        !m_plan.outcomeAfter(index).hasFinding(QStringLiteral("XP-DRIVER-BLACKLISTED")))
        step.explanation += QLatin1Char(' ') + tr("With this device the device model blacklists the old drivers "
                                                  "(XP-DRIVER-BLACKLISTED): they do not start, so the new ones can be "
                                                  "installed next to them.");
    step.explanation += QLatin1Char(' ') + tr("It is a VM setting: it takes effect when %1 is started again after a "
                                              "power-off.")
                                               .arg(m_vm);
    step.rollbackText = tr("Put the device back as it was; that too takes effect at the next start.");
}

void MigrationStepWriter::describeDrivers(MigrationStep& step, int index) const
{
    const QStringList added = values(step.changes, ConfigChange::Kind::DriverAdd);
    const QStringList removed = values(step.changes, ConfigChange::Kind::DriverRemove);
    const VmConfig& before = m_plan.configAfter(index);
    if (step.role == Role::Install) {
        const QString package = added.value(0);
        const CataloguePackage* p = m_catalogue.find(package);
        step.title = tr("Install %1 in the guest").arg(p ? p->name : package);
        step.action = tr("%1 is installed in the guest").arg(package);
        step.explanation = tr("Inside the guest, run the installer of %1 as an administrator and restart the guest "
                              "when it asks.")
                               .arg(name(package));
        if (!removed.isEmpty())
            step.explanation += QLatin1Char(' ') + tr("It replaces %1 (the same driver stack).").arg(names(removed));
        QStringList bound;
        for (const ExposedDevice& d : step.outcome.devices)
            if (d.boundPackage == package)
                bound << tr("5853:%1 rev %2").arg(HexText::digits(d.deviceId, 4), HexText::digits(d.revision, 2));
        if (!bound.isEmpty())
            step.explanation += QLatin1Char(' ') + tr("At the next boot it binds %1.").arg(bound.join(tr(" and ")));
        if (step.outcome.activeXenbusDeviceId && bound.size() > 1)
            step.explanation +=
                QLatin1Char(' ') +
                tr("xenbus is active on %1.").arg(HexText::digits(*step.outcome.activeXenbusDeviceId, 4));
        if (step.outcome.hasFinding(QStringLiteral("XP-DRIVER-BLACKLISTED")))
            step.explanation +=
                QLatin1Char(' ') + tr("The old drivers stay installed for now; blacklisted, they do not "
                                      "start.");
        if (p && p->published && before.guest.windowsUpdate == WindowsUpdate::Automatic)
            step.explanation +=
                QLatin1Char(' ') + tr("Windows Update may already have installed it; then just confirm.");
        step.rollbackText =
            tr("Uninstall %1 in the guest%2, then confirm.")
                .arg(package, removed.isEmpty() ? QString() : tr(" and reinstall %1").arg(names(removed)));
        return;
    }
    step.title = tr("Uninstall %1 from the guest").arg(names(removed));
    step.action = tr("%1 is uninstalled from the guest").arg(removed.join(QStringLiteral(", ")));
    step.explanation = tr("Inside the guest, uninstall %1 (Programs and Features, or the vendor's uninstaller) and "
                          "restart the guest. Then check in Device Manager that no device still uses one of its "
                          "drivers: a filter driver left behind keeps starting.")
                           .arg(names(removed));
    if (!before.guest.drivers.contains(m_plan.target.package)) {
        const QString flavour = DeviceText::flavourName(m_plan.start.flavour);
        step.explanation += QLatin1Char(' ') +
                            tr("This comes before %1 is installed: the %2 device model does not stop the old drivers "
                               "(no enforced blacklist), and installed together both stacks would start "
                               "(XP-TWO-STACKS). Until the new drivers are installed the guest runs on its emulated "
                               "disk and network.")
                                .arg(m_plan.target.package, flavour);
    }
    bool published = false;
    for (const QString& id : removed)
        if (const CataloguePackage* p = m_catalogue.find(id))
            published = published || p->published;
    step.rollbackText = published
                            ? tr("Reinstall %1 in the guest, then confirm.").arg(removed.join(QStringLiteral(", ")))
                            : tr("Reinstall %1 in the guest (keep its installer: Windows Update does not offer "
                                 "it), then confirm.")
                                  .arg(removed.join(QStringLiteral(", ")));
}

void MigrationStepWriter::describeLift(MigrationStep& step) const
{
    const QString list = entries(step.changes, ConfigChange::Kind::BlacklistRemove);
    step.title = tr("Lift the temporary blacklist entry");
    step.action = tr("remove the blacklist entry %1").arg(list);
    step.explanation = tr("The old drivers are gone, so the entry of step %1 has nothing left to stop; removing it "
                          "leaves the blacklist as it was before the migration.")
                           .arg(stepNumber(Role::Blacklist));
    step.rollbackText = tr("Add the entry again.");
}

void MigrationStepWriter::describePowerCycle(MigrationStep& step, int index) const
{
    QStringList numbers;
    for (int j = index - 1; j >= 0 && m_plan.steps.at(j).kind != Kind::PowerCycle; --j)
        if (m_plan.steps.at(j).kind == Kind::VmChange)
            numbers.prepend(QString::number(j + 1));
    step.title = tr("Power off %1 and start it again").arg(m_vm);
    step.action = tr("%1 was powered off and started again").arg(m_vm);
    step.explanation = tr("Step %1 takes effect only at a fresh start. %2 If it is off already, just start it. "
                          "Expected at that start: %3.")
                           .arg(numbers.join(QStringLiteral(", ")), NextBoot::applyAction(), bootSummary(step.outcome));
    step.rollbackText = tr("Nothing to undo: rolling back the steps before it needs another power cycle.");
}
