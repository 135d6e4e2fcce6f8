// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationUnits.h"

#include "device/Blacklist.h"
#include "model/core/HexText.h"
#include "model/core/MetadataCodec.h"

#include <algorithm>
#include <numeric>

using Role = MigrationStep::Role;
using Kind = MigrationStep::Kind;

MigrationUnits::MigrationUnits(const BindingEngine& engine, const VmConfig& start, const PreviewOutcome& startOutcome,
                               const MigrationTarget& target)
    : m_engine(engine)
    , m_start(start)
    , m_target(target)
{
    identityUnits(startOutcome);
    if (start.guest.os == GuestOs::Windows)
        driverUnits();
    if (!m_middle.isEmpty())
        guardUnits(startOutcome);
}

MigrationUnit MigrationUnits::unit(Role role, Kind kind, const QStringList& texts)
{
    MigrationUnit u{role, kind, {}};
    for (const QString& text : texts)
        if (const auto change = ConfigChange::parse(text, nullptr))
            u.changes.append(*change);
    return u;
}

void MigrationUnits::identityUnits(const PreviewOutcome& startOutcome)
{
    const ExposedDevice* platform = nullptr;
    const ExposedDevice* vendor = nullptr;
    for (const ExposedDevice& d : startOutcome.devices)
        (d.role == ExposedDevice::Role::Platform ? platform : vendor) = &d;
    const MigrationTarget& t = m_target;
    if (!platform || platform->deviceId != t.platformDeviceId || platform->revision != t.platformRevision) {
        // The device model's own identity is written as "default", as a VM without our attributes has it.
        const QString value =
            t.platformDeviceId == 0x0001 && t.platformRevision == 0x01
                ? QStringLiteral("default")
                : HexText::id(t.platformDeviceId) + QLatin1Char(':') + HexText::revision(t.platformRevision);
        m_middle.append(unit(Role::PlatformDevice, Kind::VmChange, {QStringLiteral("platform-device=") + value}));
    }
    const bool vendorDiffers = t.vendorEnabled != (vendor != nullptr) ||
                               (vendor && (vendor->vendorId != 0x5853 || vendor->deviceId != t.vendorDeviceId ||
                                           vendor->revision != t.vendorRevision));
    if (vendorDiffers)
        m_middle.append(unit(
            Role::VendorDevice, Kind::VmChange,
            {QStringLiteral("vendor-device=") +
             (t.vendorEnabled ? HexText::id(t.vendorDeviceId) + QLatin1Char(':') + HexText::revision(t.vendorRevision)
                              : QStringLiteral("off"))}));
}

void MigrationUnits::driverUnits()
{
    const DriverCatalogue& catalogue = m_engine.catalogue();
    const CataloguePackage* target = catalogue.find(m_target.package);
    const QStringList& installed = m_start.guest.drivers;
    const bool targetInstalled = installed.contains(m_target.package);
    QStringList replaced;
    for (const QString& id : installed) {
        if (id == m_target.package)
            continue;
        const CataloguePackage* p = catalogue.find(id);
        if (!p || !p->isWindows()) {
            m_notes << tr("%1 is installed in the guest but not a Windows package of the driver catalogue: the plan "
                          "leaves it alone.")
                           .arg(id);
            continue;
        }
        // The installer of a stack replaces its own older builds; other stacks must be removed separately.
        if (p->stack == target->stack && !targetInstalled)
            replaced << id;
        else
            m_removed << id;
    }
    if (!targetInstalled) {
        QStringList texts;
        for (const QString& id : std::as_const(replaced))
            texts << QStringLiteral("driver-=") + id;
        texts << QStringLiteral("driver+=") + m_target.package;
        m_middle.append(unit(Role::Install, Kind::GuestAction, texts));
    }
    if (!m_removed.isEmpty()) {
        QStringList texts;
        for (const QString& id : std::as_const(m_removed))
            texts << QStringLiteral("driver-=") + id;
        m_middle.append(unit(Role::Remove, Kind::GuestAction, texts));
    }
}

void MigrationUnits::guardUnits(const PreviewOutcome& startOutcome)
{
    const DriverCatalogue& catalogue = m_engine.catalogue();
    const CataloguePackage* target = catalogue.find(m_target.package);
    // Blacklisting the builds that go keeps them from starting while the new ones are installed next to them,
    // where the device model enforces it (facts §1.3, §1.5) and it does not hit the target itself.
    QStringList entries;
    bool enforceable = !m_removed.isEmpty();
    for (const QString& id : std::as_const(m_removed)) {
        const CataloguePackage* p = catalogue.find(id);
        const bool covered =
            std::any_of(m_start.blacklist.cbegin(), m_start.blacklist.cend(), [&](const BlacklistItem& i) {
                return i.product == p->product && i.firstBuild <= p->build && p->build <= i.lastBuild;
            });
        if (covered)
            continue;
        if (p->product == 0 || !xp::device::Blacklist::enforced(m_start.flavour, p->product) ||
            (target && target->product == p->product && target->build == p->build))
            enforceable = false;
        else {
            entries << MetadataCodec::productName(p->product) + QLatin1Char(':') + QString::number(p->build);
            m_entries << BlacklistItem{p->product, p->build, p->build, {}};
        }
    }
    if (!enforceable)
        m_entries.clear();
    if (!m_entries.isEmpty() && !m_target.temporaryBlacklist)
        m_notes << tr("No temporary blacklist entry: the old drivers are uninstalled before the new ones are "
                      "installed, and the guest runs on its emulated disk and network in between.");
    if (!m_entries.isEmpty() && m_target.temporaryBlacklist) {
        QStringList add;
        QStringList remove;
        for (const QString& e : std::as_const(entries)) {
            add << QStringLiteral("blacklist+=") + e;
            remove << QStringLiteral("blacklist-=") + e;
        }
        m_blacklist = unit(Role::Blacklist, Kind::VmChange, add);
        m_lift = unit(Role::LiftBlacklist, Kind::VmChange, remove);
    }

    if (m_start.guest.windowsUpdate == WindowsUpdate::Off || m_start.guest.os != GuestOs::Windows)
        return;
    m_stopUpdates = unit(Role::StopWindowsUpdate, Kind::GuestAction, {QStringLiteral("windows-update=off")});
    // Windows Update installs drivers whenever the guest runs, not only at the boot the simulation looks at: with
    // the race already predicted, it is stopped before anything else.
    m_stopUpdatesRequired = startOutcome.hasFinding(QStringLiteral("XP-WU-BUGCHECK-RISK"));
    VmConfig end = m_start;
    for (const MigrationUnit& u : std::as_const(m_middle))
        BindingEngine::apply(end, u.changes, nullptr);
    const PreviewOutcome after = m_engine.preview(end);
    if (after.activeDriver == m_target.package && after.worst() != Finding::Severity::Error &&
        after.wuInstalls.isEmpty())
        m_restoreUpdates =
            unit(Role::RestoreWindowsUpdate, Kind::GuestAction, {QStringLiteral("windows-update=automatic")});
    else
        m_notes << tr("If the migration stops Windows Update from installing drivers, it stays stopped: with it on, "
                      "the next boot after the migration would be %1.")
                       .arg(after.wuInstalls.isEmpty()
                                ? tr("different from the plan's (%1 in charge)").arg(after.activeDriver)
                                : tr("one where Windows Update installs %1")
                                      .arg(after.wuInstalls.join(QStringLiteral(", "))));
}

QList<QList<MigrationUnit>> MigrationUnits::candidateOrders() const
{
    QList<QList<MigrationUnit>> orders;
    QList<int> index(m_middle.size());
    std::iota(index.begin(), index.end(), 0);
    for (const bool blacklist : {false, true}) {
        if (blacklist && !m_blacklist)
            continue;
        for (const bool stopUpdates : {false, true}) {
            if ((stopUpdates && !m_stopUpdates) || (!stopUpdates && m_stopUpdatesRequired))
                continue;
            std::sort(index.begin(), index.end());
            do {
                QList<MigrationUnit> order;
                if (stopUpdates)
                    order << *m_stopUpdates;
                if (blacklist)
                    order << *m_blacklist;
                for (int i : std::as_const(index))
                    order << m_middle.at(i);
                if (blacklist)
                    order << *m_lift;
                if (stopUpdates && m_restoreUpdates)
                    order << *m_restoreUpdates;
                orders << order;
            } while (std::next_permutation(index.begin(), index.end()));
        }
    }
    return orders;
}
