// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmReport.h"

#include "ObservationJson.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/BootView.h"
#include "model/binding/PendingBoot.h"
#include "model/binding/UnfinishedMigration.h"
#include "model/binding/WindowsVersion.h"
#include "model/core/DeviceText.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/HexText.h"
#include "model/core/LibosinfoOs.h"
#include "model/core/NextBoot.h"
#include "model/libvirt/LibvirtSession.h"

#include <QJsonArray>
#include <QTextStream>
#include <algorithm>

namespace {

const ExposedDevice* device(const PreviewOutcome& outcome, ExposedDevice::Role role)
{
    for (const ExposedDevice& d : outcome.devices)
        if (d.role == role)
            return &d;
    return nullptr;
}

QJsonValue deviceJson(const ExposedDevice* d)
{
    if (!d)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("vendor_id"), HexText::id(d->vendorId)},
                       {QStringLiteral("device_id"), HexText::id(d->deviceId)},
                       {QStringLiteral("revision"), HexText::revision(d->revision)},
                       {QStringLiteral("bound_package"),
                        d->boundPackage.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d->boundPackage)},
                       {QStringLiteral("xenbus_active"), d->xenbusActive}};
}

QString deviceText(const ExposedDevice* d)
{
    if (!d)
        return VmReport::tr("none");
    return QStringLiteral("%1:%2 rev %3")
        .arg(HexText::digits(d->vendorId, 4))
        .arg(HexText::digits(d->deviceId, 4))
        .arg(HexText::digits(d->revision, 2));
}

} // namespace

VmRecord VmReport::record(const QString& uri, const DomainSnapshot& snapshot, const BindingEngine& engine)
{
    VmRecord r;
    r.snapshot = snapshot;
    r.config.key = uri + QLatin1Char('/') + snapshot.uuid;
    DomainXmlReader::read(snapshot, uri, r.config);
    r.outcome = engine.preview(r.config);
    r.pendingChanges = NextBoot::pending(snapshot, r.config);
    if (!r.pendingChanges.isEmpty())
        if (const std::optional<VmConfig> running = NextBoot::running(snapshot, r.config))
            PendingBoot::describe(engine, *running, r.pendingChanges, r.outcome);
    r.check = PredictionCheck::of(r.config, r.outcome, r.pendingChanges);
    if (const auto differs = r.check.finding())
        r.outcome.findings.append(*differs);
    if (const auto unfinished = UnfinishedMigration::finding(r.config))
        r.outcome.findings.append(*unfinished);
    return r;
}

QString VmReport::stateName(const DomainSnapshot& snapshot)
{
    switch (snapshot.state) {
    case DomainState::Running: return QStringLiteral("running");
    case DomainState::Blocked: return QStringLiteral("blocked");
    case DomainState::Paused: return QStringLiteral("paused");
    case DomainState::ShuttingDown: return QStringLiteral("shutting-down");
    case DomainState::ShutOff: return QStringLiteral("shut-off");
    case DomainState::Crashed: return QStringLiteral("crashed");
    case DomainState::PmSuspended: return QStringLiteral("pm-suspended");
    case DomainState::NoState: break;
    }
    return QStringLiteral("unknown");
}

QString VmReport::osText(const VmConfig& config, bool markSource)
{
    // Our metadata wins; without it, what virt-install or virt-manager recorded at install, marked as such.
    GuestSettings guest = config.guest;
    bool installed = false;
    bool reported = false;
    // What the guest agent reports outranks both (issue 18).
    if (const auto agent = GuestFacts::agentOs(config.observed.agent); agent && agent->os != GuestOs::Unknown) {
        guest.os = agent->os;
        guest.server = agent->server;
        if (!agent->release.isEmpty())
            guest.release = agent->release;
        reported = true;
    } else if (guest.os == GuestOs::Unknown) {
        if (const auto os = LibosinfoOs::parse(config.definition.libosinfoId)) {
            os->fill(guest);
            installed = true;
        }
    }
    QString text = tr("unknown");
    switch (guest.os) {
    case GuestOs::Windows: {
        const auto version = WindowsVersion::parse(guest.release, WindowsVersion::Architecture::Amd64,
                                                   guest.server ? WindowsVersion::ProductType::Server
                                                                : WindowsVersion::ProductType::Workstation);
        text = version ? version->displayName() : tr("Windows %1").arg(guest.release);
        break;
    }
    case GuestOs::Linux: text = tr("Linux %1").arg(guest.release); break;
    case GuestOs::FreeBsd: text = tr("FreeBSD %1").arg(guest.release); break;
    case GuestOs::NetBsd: text = tr("NetBSD %1").arg(guest.release); break;
    case GuestOs::OpenBsd: text = tr("OpenBSD %1").arg(guest.release); break;
    case GuestOs::Unknown: break;
    }
    if (reported && markSource)
        return tr("%1 (guest agent)").arg(text);
    return installed && markSource ? tr("%1 (libosinfo)").arg(text) : text;
}

VmReport::BootSummary VmReport::bootSummary(const VmConfig& config, bool withGuestFacts)
{
    const BootView view = BootView::of(config);
    BootSummary s;
    const bool definition = view.basis() == BootView::Basis::Definition;
    s.basis = definition ? QStringLiteral("definition") : QStringLiteral("metadata");
    s.basisSource = view.basisSource();
    s.flavour = DeviceText::flavourName(view.flavour());
    if (definition) {
        s.deviceModelSource = view.flavourSource();
        s.platformSource = view.platformSource();
    }
    switch (config.definition.xenDevices) {
    case HostSupport::Yes: s.hostXenDevices = QStringLiteral("yes"); break;
    case HostSupport::No: s.hostXenDevices = QStringLiteral("no"); break;
    case HostSupport::Unknown: s.hostXenDevices = QStringLiteral("unknown"); break;
    case HostSupport::NotAsked: s.hostXenDevices = QStringLiteral("not-asked"); break;
    }
    for (const BootView::Vendor& v : view.vendors())
        if (!v.argument.isEmpty())
            s.vendorArguments.append({v.argument, v.ours});
    // The same order as GuestFacts, without its cost on every VM of a listing.
    if (GuestFacts::agentOs(config.observed.agent))
        s.osSource = GuestFacts::sourceName(GuestFacts::Source::GuestAgent);
    else if (view.osSource() == BootView::OsSource::Metadata)
        s.osSource = GuestFacts::sourceName(GuestFacts::Source::Declared);
    else if (view.osSource() == BootView::OsSource::Libosinfo)
        s.osSource = GuestFacts::sourceName(GuestFacts::Source::Libosinfo);
    if (withGuestFacts)
        s.facts = GuestFacts::of(config, view);
    return s;
}

QJsonObject VmReport::toJson(const VmRecord& r, bool withGuestFacts)
{
    const BootSummary boot = bootSummary(r.config, withGuestFacts);
    QJsonArray vendorArguments;
    for (const auto& [argument, ours] : boot.vendorArguments)
        vendorArguments.append(QJsonObject{{QStringLiteral("argument"), argument}, {QStringLiteral("ours"), ours}});
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
    QJsonArray findings;
    for (const Finding& f : r.outcome.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("severity"), Finding::severityName(f.severity)},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)}});
    QJsonObject object{
        {QStringLiteral("name"), r.config.name},
        {QStringLiteral("uuid"), r.config.uuid},
        {QStringLiteral("state"), stateName(r.snapshot)},
        {QStringLiteral("os"), osText(r.config)},
        {QStringLiteral("os_source"), orNull(boot.osSource)},
        {QStringLiteral("libosinfo_id"), orNull(r.config.definition.libosinfoId)},
        {QStringLiteral("boot"), QJsonObject{{QStringLiteral("basis"), boot.basis},
                                             {QStringLiteral("basis_source"), boot.basisSource},
                                             {QStringLiteral("device_model_source"), orNull(boot.deviceModelSource)},
                                             {QStringLiteral("platform_source"), orNull(boot.platformSource)},
                                             {QStringLiteral("host_xen_devices"), boot.hostXenDevices},
                                             {QStringLiteral("vendor_arguments"), vendorArguments}}},
        {QStringLiteral("flavour"), boot.flavour},
        {QStringLiteral("guest_agent"), ObservationJson::agent(r.config.observed.agent)},
        {QStringLiteral("inventory"), ObservationJson::inventory(r.config.observed.latestInventory())},
        {QStringLiteral("prediction_check"), ObservationJson::check(r.check)},
        {QStringLiteral("platform_device"), deviceJson(device(r.outcome, ExposedDevice::Role::Platform))},
        {QStringLiteral("vendor_device"), deviceJson(device(r.outcome, ExposedDevice::Role::Vendor))},
        {QStringLiteral("active_driver"),
         r.outcome.activeDriver.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.outcome.activeDriver)},
        {QStringLiteral("windows_update_installs"), QJsonArray::fromStringList(r.outcome.wuInstalls)},
        {QStringLiteral("unplugged"), QJsonArray::fromStringList(r.outcome.unplugged)},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("metadata_errors"), QJsonArray::fromStringList(r.config.metadataErrors)},
        {QStringLiteral("uncertain"), r.outcome.uncertain},
        {QStringLiteral("uncertain_facts"), QJsonArray::fromStringList(r.outcome.uncertainFacts)},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(r.outcome.assumptions)},
    };
    if (boot.facts)
        object.insert(QStringLiteral("guest_facts"), ObservationJson::facts(*boot.facts));
    return object;
}

QString VmReport::toText(const VmRecord& r)
{
    const BootView view = BootView::of(r.config);
    QString flavour = DeviceText::flavourName(view.flavour());
    if (view.flavour() == xp::device::Flavour::XenServer && r.config.xenServerProfile) {
        const auto profile = xp::device::profileName(*r.config.xenServerProfile);
        flavour += QStringLiteral(" (%1)").arg(QString::fromLatin1(profile.data(), qsizetype(profile.size())));
    }
    QString text;
    QTextStream out(&text);
    out << tr("VM:              %1 (%2)").arg(r.config.name, stateName(r.snapshot)) << '\n';
    out << tr("OS:              %1").arg(osText(r.config)) << '\n';
    out << tr("Device model:    %1").arg(flavour) << '\n';
    // What boots, and where each part of it comes from (issue 17).
    out << tr("What boots:      %1").arg(view.basisSource()) << '\n';
    if (view.basis() == BootView::Basis::Definition) {
        out << "                 " << view.flavourSource() << '\n';
        out << "                 " << view.platformSource() << '\n';
        for (const BootView::Vendor& v : view.vendors())
            out << "                 "
                << (v.ours ? tr("-device %1 (xpconsole's)") : tr("-device %1 (another tool's)")).arg(v.argument)
                << '\n';
    }
    out << tr("Platform device: %1").arg(deviceText(device(r.outcome, ExposedDevice::Role::Platform))) << '\n';
    out << tr("Vendor device:   %1").arg(deviceText(device(r.outcome, ExposedDevice::Role::Vendor))) << '\n';
    for (const ExposedDevice& d : r.outcome.devices) {
        if (d.selection.candidates.isEmpty())
            continue;
        out << tr("Candidates for %1:").arg(deviceText(&d)) << '\n';
        for (const DriverSelection::Candidate& c : d.selection.candidates)
            out << QStringLiteral("  %1  %2  %3  %4\n").arg(c.rank.toString(), c.packageId, c.match.deviceId, c.reason);
    }
    out << tr("Active driver:   %1").arg(r.outcome.activeDriver.isEmpty() ? tr("none") : r.outcome.activeDriver)
        << '\n';
    if (!r.outcome.wuInstalls.isEmpty())
        out << tr("Windows Update:  installs %1").arg(r.outcome.wuInstalls.join(QStringLiteral(", "))) << '\n';
    out << tr("Unplugged:       %1")
               .arg(r.outcome.unplugged.isEmpty() ? tr("nothing") : r.outcome.unplugged.join(QStringLiteral(", ")))
        << '\n';
    for (const QString& error : r.config.metadataErrors)
        out << tr("Metadata error:  %1").arg(error) << '\n';
    if (r.outcome.findings.isEmpty())
        out << tr("Findings:        none") << '\n';
    for (const Finding& f : r.outcome.findings) {
        out << QStringLiteral("%1 [%2] %3\n").arg(f.id, Finding::severityName(f.severity), f.message);
        for (const QString& e : f.evidence)
            out << QStringLiteral("    %1\n").arg(e);
    }
    // What the prediction knows of the guest, and from where (issue 18).
    const GuestFacts facts = GuestFacts::of(r.config, view);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << tr("Guest facts:") << '\n';
    for (const GuestFacts::Fact& f : facts.facts()) {
        QString source = GuestFacts::sourceText(f.source, r.config);
        if (f.at.isValid())
            source = tr("%1, %2 (%3)").arg(source, f.at.toString(Qt::ISODate), GuestFacts::ageText(f.at, now));
        if (f.age == GuestFacts::Age::OlderThanBoot)
            source = tr("%1, older than the last boot").arg(source);
        else if (f.age == GuestFacts::Age::BootUnknown)
            source = tr("%1, last boot not seen").arg(source);
        out << QStringLiteral("    %1: %2  [%3]\n").arg(f.label, f.value, source);
        for (const QString& other : f.disagreements)
            out << QStringLiteral("        %1\n").arg(tr("differs: %1").arg(other));
    }
    const AgentReport& agent = r.config.observed.agent;
    if (agent.state != AgentReport::State::NotAsked && agent.state != AgentReport::State::Reported)
        out << tr("Guest agent:     %1 (%2)").arg(ObservationJson::stateName(agent.state), agent.detail) << '\n';
    out << tr("Prediction check: %1").arg(r.check.text()) << '\n';
    for (const PredictionCheck::Device& d : r.check.devices)
        out << QStringLiteral("    %1: %2\n")
                   .arg(d.hardwareId, tr("predicted %1, the guest has %2")
                                          .arg(d.predictedExposed ? (d.predicted.isEmpty() ? tr("none") : d.predicted)
                                                                  : tr("(not exposed)"),
                                               d.observedDriver));
    if (!r.outcome.uncertainFacts.isEmpty())
        out << tr("Uncertain facts this prediction rests on:") << '\n';
    for (const QString& fact : r.outcome.uncertainFacts)
        out << QStringLiteral("    %1\n").arg(fact);
    for (const QString& assumption : r.outcome.assumptions)
        out << tr("Assumed:         %1").arg(assumption) << '\n';
    return text;
}

VmRow VmReport::toRow(const VmRecord& r)
{
    VmRow row;
    row.key = r.config.key;
    row.name = r.config.name;
    row.state = LibvirtSession::stateText(r.snapshot.state);
    row.os = osText(r.config);
    row.flavour = DeviceText::flavourName(r.outcome.flavour);
    const ExposedDevice* platform = device(r.outcome, ExposedDevice::Role::Platform);
    const ExposedDevice* vendor = device(r.outcome, ExposedDevice::Role::Vendor);
    row.platformDevice = platform ? deviceText(platform) : tr("none");
    row.vendorDevice = vendor ? deviceText(vendor) : QString();
    row.driver = r.outcome.activeDriver;
    // Worst first: a cell cut off at its end must not hide an error behind a warning (issue 19 item 10).
    QList<Finding> bySeverity = r.outcome.findings;
    std::stable_sort(bySeverity.begin(), bySeverity.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    QStringList ids;
    for (const Finding& f : std::as_const(bySeverity)) {
        if (!ids.contains(f.id))
            ids.append(f.id);
        if (f.severity == r.outcome.worst())
            ++row.worstCount;
    }
    if (!r.config.metadataErrors.isEmpty())
        ids.prepend(tr("metadata errors: %n", nullptr, int(r.config.metadataErrors.size())));
    row.findings = ids.join(QStringLiteral(", "));
    row.pending = r.pendingChanges.join(QStringLiteral(", "));
    row.startError = r.startError;
    row.migration = UnfinishedMigration::badge(r.config);
    row.worst = r.outcome.findings.isEmpty() && r.config.metadataErrors.isEmpty() ? VmRow::Severity::None
                : r.outcome.worst() == Finding::Severity::Error                   ? VmRow::Severity::Error
                : r.outcome.worst() == Finding::Severity::Warning || !r.config.metadataErrors.isEmpty()
                    ? VmRow::Severity::Warning
                    : VmRow::Severity::Info;
    return row;
}
