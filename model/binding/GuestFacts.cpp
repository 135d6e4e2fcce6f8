// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestFacts.h"

#include "WindowsVersion.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

QString osName(GuestOs os, bool server)
{
    return os == GuestOs::Unknown ? GuestFacts::tr("not recorded") : BootView::osName(os, server);
}

/// Whether two releases of @p os name different things the prediction distinguishes: the Windows build, the Linux
/// kernel series (a declared "6.1.0" and a reported "6.1.192" are the same series), the BSD release.
bool releasesDiffer(GuestOs os, const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QStringList x = a.split(QLatin1Char('.'));
    const QStringList y = b.split(QLatin1Char('.'));
    switch (os) {
    case GuestOs::Windows: return x.value(2) != y.value(2) || x.value(0) != y.value(0);
    case GuestOs::Linux: return x.value(0) != y.value(0) || x.value(1) != y.value(1);
    default: return a != b;
    }
}

QString packagesText(const QStringList& ids)
{
    return ids.isEmpty() ? GuestFacts::tr("none") : ids.join(QStringLiteral(", "));
}

} // namespace

std::optional<GuestFacts::AgentOs> GuestFacts::agentOs(const AgentReport& report)
{
    if (report.state != AgentReport::State::Reported)
        return std::nullopt;
    AgentOs out;
    const QString id = report.osId.toLower();
    // qemu-ga on Windows reports id "mswindows", kernel-version "MAJOR.MINOR", kernel-release the build and variant
    // "server" or "client" (qemu qga/commands-win32.c qmp_guest_get_osinfo).
    if (id == QLatin1String("mswindows")) {
        out.os = GuestOs::Windows;
        out.server = report.variant.compare(QLatin1String("server"), Qt::CaseInsensitive) == 0;
        const QString release = report.kernelVersion + QLatin1Char('.') + report.kernelRelease;
        if (WindowsVersion::parse(release))
            out.release = release;
        else
            out.uncertainty = tr("release: the guest agent reported Windows %1 build %2, which is not a Windows "
                                 "release xpconsole knows")
                                  .arg(report.kernelVersion, report.kernelRelease);
        return out;
    }
    static const QRegularExpression leading(QStringLiteral("^(\\d+\\.\\d+(?:\\.\\d+)?)"));
    if (id == QLatin1String("freebsd") || id == QLatin1String("netbsd") || id == QLatin1String("openbsd")) {
        out.os = id == QLatin1String("freebsd")  ? GuestOs::FreeBsd
                 : id == QLatin1String("netbsd") ? GuestOs::NetBsd
                                                 : GuestOs::OpenBsd;
        out.release = leading.match(report.kernelRelease).captured(1);
        return out;
    }
    if (report.kernelRelease.isEmpty())
        return std::nullopt;
    // Everything else qemu-ga runs on and reports a kernel for is Linux (its id is the distribution's os-release ID).
    out.os = GuestOs::Linux;
    // Debian's kernels name their upstream version in `uname -v` ("#1 SMP PREEMPT_DYNAMIC Debian 6.1.192-3
    // (2026-11-26)"), while the release names only the ABI ("6.1.0-57-amd64"); the backports that decide the 0002
    // support follow the upstream version.
    static const QRegularExpression debian(QStringLiteral("\\bDebian (\\d+\\.\\d+\\.\\d+)"));
    if (const auto m = debian.match(report.kernelVersion); m.hasMatch()) {
        out.release = m.captured(1);
        return out;
    }
    out.release = leading.match(report.kernelRelease).captured(1);
    if (report.kernelRelease.contains(QLatin1Char('-')))
        out.uncertainty = tr("release: %1 is a distribution kernel; which upstream point release (and so which "
                             "backports) it carries is not in the guest agent's report")
                              .arg(report.kernelRelease);
    return out;
}

GuestFacts GuestFacts::of(const VmConfig& config, const BootView& boot)
{
    GuestFacts facts;
    facts.readOs(config, boot);
    facts.readDrivers(config);
    facts.readBoundDrivers(config);
    Fact wu;
    wu.key = QStringLiteral("windows-update");
    wu.label = tr("Windows Update");
    wu.value = config.guest.windowsUpdate == WindowsUpdate::Automatic ? tr("installs drivers") : tr("off");
    wu.source = config.hasMetadata ? Source::Declared : Source::Default;
    if (config.guest.os == GuestOs::Windows || (facts.m_agentOs && facts.m_agentOs->os == GuestOs::Windows))
        facts.m_facts.append(wu);
    return facts;
}

GuestFacts::Age GuestFacts::ageOf(const QDateTime& at, const VmConfig& config) const
{
    if (!at.isValid())
        return Age::Current;
    const GuestObservations& o = config.observed;
    if (o.lastBoot)
        return at < *o.lastBoot ? Age::OlderThanBoot : Age::Current;
    // Running since before the console first saw it: a fact from after that is from this boot.
    if (config.running && o.runningSince && at >= *o.runningSince)
        return Age::Current;
    return Age::BootUnknown;
}

void GuestFacts::readOs(const VmConfig& config, const BootView& boot)
{
    m_agentOs = agentOs(config.observed.agent);
    if (m_agentOs && m_agentOs->os == GuestOs::Unknown)
        m_agentOs.reset();
    Fact os;
    os.key = QStringLiteral("os");
    os.label = tr("Guest OS");
    Fact release;
    release.key = QStringLiteral("release");
    release.label = tr("Release");

    const bool declared = config.guest.os != GuestOs::Unknown;
    const auto& installed = boot.installedOs();
    if (m_agentOs) {
        const AgentReport& r = config.observed.agent;
        m_osSource = Source::GuestAgent;
        os.source = release.source = Source::GuestAgent;
        os.at = release.at = r.at;
        os.age = release.age = ageOf(r.at, config);
        os.value = r.prettyName.isEmpty() ? osName(m_agentOs->os, m_agentOs->server) : r.prettyName;
        release.value = m_agentOs->release;
        if (!m_agentOs->uncertainty.isEmpty())
            m_uncertain.append(m_agentOs->uncertainty);
        const bool familyDiffers =
            declared && (config.guest.os != m_agentOs->os ||
                         (m_agentOs->os == GuestOs::Windows && config.guest.server != m_agentOs->server));
        if (familyDiffers)
            os.disagreements.append(
                tr("declared in xpconsole's metadata: %1").arg(osName(config.guest.os, config.guest.server)));
        const bool releaseDiffers =
            declared && !familyDiffers && releasesDiffer(m_agentOs->os, config.guest.release, m_agentOs->release);
        if (releaseDiffers)
            release.disagreements.append(tr("declared in xpconsole's metadata: %1").arg(config.guest.release));
        if (installed && installed->os != m_agentOs->os)
            os.disagreements.append(
                tr("libosinfo (intended at install): %1").arg(osName(installed->os, installed->server)));
        if (familyDiffers || releaseDiffers)
            m_findings.append(Finding{
                QStringLiteral("XP-SOURCES-DISAGREE"),
                Finding::Severity::Warning,
                tr("The guest agent reports %1 %2, but the metadata declares %3 %4. The prediction follows the guest "
                   "agent; correct the metadata.")
                    .arg(os.value, m_agentOs->release, osName(config.guest.os, config.guest.server),
                         config.guest.release),
                {tr("guest agent at %1").arg(r.at.toString(Qt::ISODate)), QStringLiteral("<xp:guest>")}});
        noteAge(os, tr("The guest agent's report"));
    } else {
        m_osSource = declared                                           ? Source::Declared
                     : boot.osSource() == BootView::OsSource::Libosinfo ? Source::Libosinfo
                                                                        : Source::Default;
        if (m_osSource == Source::Libosinfo) {
            os.value = osName(installed->os, installed->server);
            release.value = installed->release;
        } else {
            os.value = osName(config.guest.os, config.guest.server);
            release.value = config.guest.release;
        }
        os.source = release.source = m_osSource;
    }
    m_facts.append(os);
    if (!release.value.isEmpty() || !release.disagreements.isEmpty())
        m_facts.append(release);
}

void GuestFacts::readDrivers(const VmConfig& config)
{
    Fact drivers;
    drivers.key = QStringLiteral("drivers");
    drivers.label = tr("Installed drivers");
    const auto& inventory = config.observed.latestInventory();
    if (inventory && (inventory->hasPackages || inventory->hasDevices)) {
        QStringList ids;
        QStringList unknown;
        if (inventory->hasPackages) {
            for (const InventoryPackage& p : inventory->packages) {
                if (p.catalogueId.isEmpty())
                    unknown.append(QStringLiteral("%1 (%2 %3)").arg(p.publishedName, p.provider, p.version));
                else if (!ids.contains(p.catalogueId))
                    ids.append(p.catalogueId);
            }
        } else {
            for (const InventoryDevice& d : inventory->devices)
                if (!d.catalogueId.isEmpty() && !ids.contains(d.catalogueId))
                    ids.append(d.catalogueId);
            m_uncertain.append(tr("installed drivers: only pnputil /enum-devices was imported, so packages bound to "
                                  "no device are not known"));
        }
        if (!unknown.isEmpty())
            m_uncertain.append(tr("installed drivers: %1 match no catalogue package and take no part in the "
                                  "prediction")
                                   .arg(unknown.join(QStringLiteral(", "))));
        m_inventoryDrivers = ids;
        drivers.value = packagesText(ids);
        drivers.source = Source::Inventory;
        drivers.at = inventory->taken.isValid() ? inventory->taken : inventory->imported;
        drivers.age = ageOf(drivers.at, config);
        QStringList declared = config.guest.drivers;
        QStringList found = ids;
        declared.sort();
        found.sort();
        if (!config.guest.drivers.isEmpty() && declared != found) {
            drivers.disagreements.append(
                tr("declared in xpconsole's metadata: %1").arg(packagesText(config.guest.drivers)));
            m_findings.append(Finding{
                QStringLiteral("XP-SOURCES-DISAGREE"),
                Finding::Severity::Warning,
                tr("The imported driver inventory has %1 installed, but the metadata declares %2. The prediction "
                   "follows the inventory; correct the metadata.")
                    .arg(packagesText(ids), packagesText(config.guest.drivers)),
                {inventory->origin, QStringLiteral("<xp:driver>")}});
        }
        noteAge(drivers, tr("The driver inventory (%1)").arg(inventory->origin));
    } else {
        drivers.value = packagesText(config.guest.drivers);
        drivers.source = config.guest.drivers.isEmpty() && !config.hasMetadata ? Source::Default : Source::Declared;
    }
    m_facts.append(drivers);
}

void GuestFacts::readBoundDrivers(const VmConfig& config)
{
    const auto& inventory = config.observed.latestInventory();
    if (!inventory)
        return;
    for (const InventoryDevice& d : inventory->devices) {
        if (!d.instanceId.startsWith(QLatin1String("PCI\\VEN_5853"), Qt::CaseInsensitive))
            continue;
        Fact bound;
        bound.key = QStringLiteral("bound-driver");
        bound.label = tr("Driver on %1").arg(d.instanceId.section(QLatin1Char('\\'), 0, 1));
        bound.value = boundDriverText(d);
        bound.source = Source::Inventory;
        bound.at = inventory->taken.isValid() ? inventory->taken : inventory->imported;
        bound.age = ageOf(bound.at, config);
        m_facts.append(bound);
    }
}

void GuestFacts::noteAge(const Fact& fact, const QString& what)
{
    if (fact.age != Age::OlderThanBoot)
        return;
    m_findings.append(Finding{QStringLiteral("XP-FACT-OLDER-THAN-BOOT"),
                              Finding::Severity::Info,
                              tr("%1 is from %2, before the VM's last boot: the guest may have changed since.")
                                  .arg(what, fact.at.toString(Qt::ISODate)),
                              {fact.label}});
}

void GuestFacts::apply(VmConfig& effective) const
{
    if (m_agentOs) {
        effective.guest.os = m_agentOs->os;
        effective.guest.server = m_agentOs->server;
        if (!m_agentOs->release.isEmpty())
            effective.guest.release = m_agentOs->release;
    }
    if (m_inventoryDrivers)
        effective.guest.drivers = *m_inventoryDrivers;
}

QString GuestFacts::boundDriverText(const InventoryDevice& d)
{
    if (d.driver.isEmpty())
        return d.problem.isEmpty() ? tr("no driver") : tr("no driver (problem %1)").arg(d.problem);
    const QString name = d.originalName.isEmpty() ? d.driver : d.originalName;
    const QString text = d.version.isEmpty() ? name : name + QLatin1Char(' ') + d.version;
    return d.catalogueId.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, d.catalogueId);
}

QString GuestFacts::sourceName(Source source)
{
    switch (source) {
    case Source::GuestAgent: return QStringLiteral("guest-agent");
    case Source::Inventory: return QStringLiteral("inventory");
    case Source::Declared: return QStringLiteral("metadata");
    case Source::Libosinfo: return QStringLiteral("libosinfo");
    case Source::Default: break;
    }
    return QStringLiteral("default");
}

QString GuestFacts::sourceText(Source source, const VmConfig& config)
{
    switch (source) {
    case Source::GuestAgent: return tr("reported by the guest agent");
    case Source::Inventory:
        if (const auto& inventory = config.observed.latestInventory())
            return inventory->source == DriverInventory::Source::GuestAgent
                       ? tr("read through the guest agent (%1)").arg(inventory->origin)
                       : tr("imported (%1)").arg(inventory->origin);
        return tr("imported");
    case Source::Declared: return tr("declared in xpconsole's metadata");
    case Source::Libosinfo: return tr("libosinfo: intended at install");
    case Source::Default: break;
    }
    return tr("not recorded (default)");
}

QString GuestFacts::ageName(Age age)
{
    switch (age) {
    case Age::Current: return QStringLiteral("current");
    case Age::OlderThanBoot: return QStringLiteral("older-than-boot");
    case Age::BootUnknown: return QStringLiteral("boot-unknown");
    }
    return {};
}

QString GuestFacts::ageText(const QDateTime& at, const QDateTime& now)
{
    if (!at.isValid())
        return {};
    const qint64 seconds = at.secsTo(now);
    if (seconds < 90)
        return tr("just now");
    if (seconds < 90 * 60)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 36 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("%n d ago", nullptr, int(seconds / 86400));
}
