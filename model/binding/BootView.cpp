// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BootView.h"

#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/core/Realization.h"

#include <QFileInfo>

using xp::device::Flavour;

namespace {

QString vendorLabel(const VendorDeviceSettings& v)
{
    return QStringLiteral("%1:%2 rev %3")
        .arg(HexText::digits(v.vendorId, 4), HexText::digits(v.deviceId, 4), HexText::digits(v.revision, 2));
}

/// The device QEMU realizes from @p argument: its properties over xen-pvdevice's defaults (hw/i386/xen/
/// xen_pvdevice.c: vendor 5853, device ffff = unset, revision 01).
VendorDeviceSettings vendorOf(const DeviceArgument& argument)
{
    VendorDeviceSettings v;
    v.enabled = true;
    v.vendorId = argument.vendorId.value_or(0x5853);
    v.deviceId = argument.deviceId.value_or(0xffff);
    v.revision = argument.revision.value_or(0x01);
    return v;
}

} // namespace

BootView BootView::of(const VmConfig& config)
{
    BootView view;
    view.readInstalledOs(config);
    view.m_flavour = config.flavour;
    view.m_platformPresent = config.platform.enabled;

    if (xp::device::managedByXapi(config.flavour)) {
        view.m_basisReason = BasisReason::Xapi;
        return view;
    }
    switch (config.definition.driver) {
    case HostDriver::Unknown: view.m_basisReason = BasisReason::UnknownDriver; return view;
    case HostDriver::Test: view.m_basisReason = BasisReason::TestDriver; return view;
    case HostDriver::Other:
        view.m_basis = Basis::Definition;
        view.m_kind = GuestKind::NoDeviceModel;
        view.m_platformPresent = false;
        view.m_vendors.clear();
        view.m_basisReason = BasisReason::NoDeviceModel;
        view.m_platformSource = view.basisSource();
        return view;
    case HostDriver::Qemu:
    case HostDriver::Libxl: break;
    }
    view.m_basis = Basis::Definition;
    view.m_basisReason = BasisReason::Definition;
    if (config.definition.driver == HostDriver::Libxl)
        view.readLibxl(config);
    else
        view.readQemu(config);
    if (view.m_kind == GuestKind::Hvm) {
        view.readDeviceArguments(config);
        view.compareWithMetadata(config);
        view.checkHost(config);
    }
    return view;
}

void BootView::readLibxl(const VmConfig& config)
{
    const QString& osType = config.definition.osType;
    // libvirt's os types for Xen: "xen" (and its alias "linux") is PV, "xenpvh" PVH; only "hvm" gets QEMU's PCI bus.
    if (osType == QLatin1String("xen") || osType == QLatin1String("linux") || osType == QLatin1String("xenpvh")) {
        m_kind = osType == QLatin1String("xenpvh") ? GuestKind::XenPvh : GuestKind::XenPv;
        m_platformPresent = false;
        m_vendors.clear();
        m_platformSource = tr("<os><type>%1</type>: a Xen PV or PVH guest has no emulated PCI bus, so there is no "
                              "platform device to bind and nothing to unplug; its PV drivers reach xenstore directly.")
                               .arg(osType);
        finding("XP-XEN-PV-GUEST", Finding::Severity::Info, m_platformSource,
                {QStringLiteral("os type %1").arg(osType)});
        return;
    }
    // libvirt decides by running <emulator> -help and looking for qemu-dm's "Options specific to the Xen version:"
    // (src/libxl/libxl_capabilities.c libxlDomainGetEmulatorType); without an emulator libxl runs upstream QEMU.
    const QString& emulator = config.definition.emulator;
    if (emulator.isEmpty()) {
        m_flavour = Flavour::QemuUpstream;
        m_flavourSource = tr("No <emulator>: libxl runs its default device model, upstream QEMU (qemu-xen).");
    } else {
        const bool traditional = QFileInfo(emulator).fileName().contains(QLatin1String("qemu-dm"));
        m_flavour = traditional ? Flavour::QemuTraditional : Flavour::QemuUpstream;
        m_flavourSource =
            tr("<emulator>%1</emulator>: %2, judged by its name.").arg(emulator, DeviceText::flavourName(m_flavour));
        m_uncertainFacts.append(tr("device model: libvirt tells qemu-traditional from upstream QEMU by running "
                                   "%1 -help (libvirt src/libxl/libxl_capabilities.c); xpconsole judges by the "
                                   "file name")
                                    .arg(emulator));
    }
    m_platformPresent = true;
    m_platformSource = tr("libxl adds the Xen platform device to every HVM domain (xen_platform_pci defaults to 1, "
                          "xen tools/libs/light/libxl_create.c); libvirt has no element that turns it off.");
    if (config.flavourFromMetadata && config.flavour != m_flavour)
        finding("XP-DEVICE-MODEL-DIFFERS", Finding::Severity::Warning,
                tr("The metadata says the device model is %1, but the definition runs %2. The prediction follows the "
                   "definition.")
                    .arg(DeviceText::flavourName(config.flavour), DeviceText::flavourName(m_flavour)),
                {m_flavourSource});
    if (!config.platform.enabled)
        finding("XP-DEFINITION-DIFFERS", Finding::Severity::Warning,
                tr("The metadata asks for no platform device, but libxl adds one to every HVM domain: it is there "
                   "at the next boot (turn it off with xl.cfg xen_platform_pci=0)."),
                {QStringLiteral("platform-device off")});
}

void BootView::readQemu(const VmConfig& config)
{
    m_flavour = Flavour::QemuUpstream;
    m_flavourSource = tr("libvirt's QEMU driver runs upstream QEMU.");
    if (config.flavourFromMetadata && config.flavour != m_flavour)
        finding("XP-DEVICE-MODEL-DIFFERS", Finding::Severity::Warning,
                tr("The metadata says the device model is %1, but a %2 domain runs upstream QEMU. The prediction "
                   "follows the definition.")
                    .arg(DeviceText::flavourName(config.flavour), config.domainType),
                {QStringLiteral("domain type %1").arg(config.domainType)});
    const QString& emulation = config.definition.xenEmulationArgument;
    if (!emulation.isEmpty()) {
        m_platformPresent = true;
        m_platformSource = tr("'%1' asks KVM for Xen HVM emulation; QEMU then adds the Xen platform device by itself "
                              "(QEMU docs/system/i386/xen.rst).")
                               .arg(emulation);
        m_uncertainFacts.append(tr("Xen HVM emulation: needs QEMU 8.0 or later with CONFIG_XEN_EMU on the host "
                                   "(QEMU docs/system/i386/xen.rst); whether this host has it is not known"));
        return;
    }
    m_platformPresent = false;
    m_platformSource = tr("A %1 domain: QEMU realizes the Xen platform device only for a Xen guest "
                          "(hw/i386/xen/xen_platform.c), so this VM has none and no Xen PV driver binds to it.")
                           .arg(config.domainType);
    if (m_osSource != OsSource::None)
        finding("XP-NO-XEN-PLATFORM", Finding::Severity::Info, m_platformSource,
                {QStringLiteral("domain type %1").arg(config.domainType)});
}

void BootView::readDeviceArguments(const VmConfig& config)
{
    const DefinitionFacts& facts = config.definition;
    const bool pushed = facts.push.ownArgumentsFollowMetadata;
    const bool takeOver = pushed && facts.push.takeOverForeignVendor;
    const bool foreignVendor = std::any_of(facts.devices.cbegin(), facts.devices.cend(), [](const DeviceArgument& a) {
        return !a.ours && a.model == DeviceArgument::Model::XenPvdevice;
    });
    m_vendors.clear();
    if (pushed && config.vendor.enabled && m_flavour == Flavour::QemuUpstream) {
        // DomainPatcher refuses to add a second vendor device unless asked to take the other one over.
        if (foreignVendor && !takeOver)
            finding("XP-PUSH-REFUSED", Finding::Severity::Error,
                    tr("A push of this change is refused: another tool's vendor device is on the command line and "
                       "xpconsole never adds a second one. Take it over (take-over=vendor-device) or remove it."),
                    {QStringLiteral("vendor-device %1").arg(vendorLabel(config.vendor))});
        else
            m_vendors.append({config.vendor, true, Realization::arguments(config, CommandLineDialect::Qemu).value(1)});
    }
    for (const DeviceArgument& argument : facts.devices) {
        if (pushed && argument.ours)
            continue;
        if (takeOver && argument.model == DeviceArgument::Model::XenPvdevice)
            continue;
        for (const QString& refusal : argument.refusals)
            finding("XP-DEVICE-REFUSED", Finding::Severity::Error,
                    tr("QEMU would refuse '-device %1', so the VM would not start: %2").arg(argument.value, refusal),
                    {argument.value});
        for (const QString& unread : argument.unread)
            m_uncertainFacts.append(QStringLiteral("-device %1: %2").arg(argument.value, unread));
        if (argument.model == DeviceArgument::Model::XenPlatform) {
            if (!m_platformPresent)
                finding("XP-DEVICE-REFUSED", Finding::Severity::Error,
                        tr("QEMU would refuse '-device %1' (\"xen-platform device requires a Xen guest\"), so the VM "
                           "would not start.")
                            .arg(argument.value),
                        {argument.value});
            else
                m_uncertainFacts.append(tr("-device %1: a second platform device next to the one the toolstack "
                                           "adds; xpconsole models only one")
                                            .arg(argument.value));
            continue;
        }
        if (!argument.refusals.isEmpty())
            continue;
        const VendorDeviceSettings v = vendorOf(argument);
        if (v.deviceId == 0xffff) {
            finding("XP-DEVICE-REFUSED", Finding::Severity::Error,
                    tr("QEMU would refuse '-device %1': xen-pvdevice needs a device ID other than 0xffff, so the VM "
                       "would not start.")
                        .arg(argument.value),
                    {argument.value});
            continue;
        }
        m_vendors.append({v, argument.ours, argument.value});
    }
    if (m_vendors.size() > 1) {
        QStringList labels;
        for (const Vendor& v : std::as_const(m_vendors))
            labels << vendorLabel(v.settings);
        finding("XP-TWO-VENDOR-DEVICES", Finding::Severity::Warning,
                tr("The definition exposes %1 vendor devices (%2); the prediction models only the first.")
                    .arg(m_vendors.size())
                    .arg(labels.join(QStringLiteral(", "))),
                labels);
        m_uncertainFacts.append(tr("vendor devices: only the first of %1 is modelled").arg(m_vendors.size()));
    }
}

void BootView::compareWithMetadata(const VmConfig& config)
{
    const DefinitionFacts& facts = config.definition;
    for (const Vendor& v : std::as_const(m_vendors))
        if (!v.ours)
            finding("XP-FOREIGN-VENDOR-DEVICE", Finding::Severity::Warning,
                    tr("Another tool put vendor device %1 on the command line ('-device %2'). xpconsole leaves it as "
                       "it is and never adds a second one; a push takes it over only when asked.")
                        .arg(vendorLabel(v.settings), v.argument),
                    {v.argument});
    if (facts.push.ownArgumentsFollowMetadata)
        return;
    const CommandLineDialect dialect =
        facts.driver == HostDriver::Libxl ? CommandLineDialect::Xen : CommandLineDialect::Qemu;
    const QStringList asked = Realization::arguments(config, dialect);
    QStringList own;
    for (const DeviceArgument& argument : facts.devices)
        if (argument.ours)
            own << argument.value;
    const QString wanted = asked.value(1);
    if (own == (wanted.isEmpty() ? QStringList() : QStringList{wanted}))
        return;
    QString message;
    if (own.isEmpty())
        message = tr("The metadata asks for vendor device %1, but the definition has no argument for it: this boot "
                     "has none. A push adds it.")
                      .arg(vendorLabel(config.vendor));
    else if (wanted.isEmpty())
        message = tr("The definition still has xpconsole's vendor-device argument '%1', which the metadata no longer "
                     "asks for: this boot has the device. A push removes it.")
                      .arg(own.join(QStringLiteral("', '")));
    else
        message = tr("xpconsole's vendor-device argument was changed outside xpconsole: the definition has '%1', the "
                     "metadata asks for '%2'. This boot follows the definition; a push writes the metadata's.")
                      .arg(own.join(QStringLiteral("', '")), wanted);
    finding("XP-DEFINITION-DIFFERS", Finding::Severity::Warning, message, own.isEmpty() ? asked : own);
}

void BootView::readInstalledOs(const VmConfig& config)
{
    m_osSource = config.guest.os == GuestOs::Unknown ? OsSource::None : OsSource::Metadata;
    const QString& id = config.definition.libosinfoId;
    if (id.isEmpty())
        return;
    m_installed = LibosinfoOs::parse(id);
    if (!m_installed) {
        m_uncertainFacts.append(tr("OS: libosinfo's id %1 is not one xpconsole knows").arg(id));
        return;
    }
    if (m_osSource == OsSource::None) {
        // Our metadata, when present, wins; libosinfo says what the VM was installed as.
        m_osSource = OsSource::Libosinfo;
        if (!m_installed->releaseUncertainty.isEmpty())
            m_uncertainFacts.append(m_installed->releaseUncertainty);
        return;
    }
    const bool sameFamily = m_installed->os == config.guest.os &&
                            (m_installed->os != GuestOs::Windows || m_installed->server == config.guest.server);
    if (!sameFamily)
        finding(
            "XP-OS-DIFFERS", Finding::Severity::Warning,
            tr("The metadata says the guest is %1, but it was installed as %2 (libosinfo: %3). The prediction "
               "follows the metadata; correct whichever is wrong.")
                .arg(osName(config.guest.os, config.guest.server), osName(m_installed->os, m_installed->server), id),
            {id});
}

QString BootView::osName(GuestOs os, bool server)
{
    switch (os) {
    case GuestOs::Windows: return server ? tr("Windows Server") : tr("Windows (client)");
    case GuestOs::Linux: return QStringLiteral("Linux");
    case GuestOs::FreeBsd: return QStringLiteral("FreeBSD");
    case GuestOs::NetBsd: return QStringLiteral("NetBSD");
    case GuestOs::OpenBsd: return QStringLiteral("OpenBSD");
    case GuestOs::Unknown: break;
    }
    return tr("unknown");
}

QString BootView::basisSource() const
{
    // Made when asked: every VM of a fleet gets a BootView, few have this sentence shown.
    switch (m_basisReason) {
    case BasisReason::Xapi:
        return tr("XAPI, not libvirt, builds this VM's device-model command line: the metadata's record of the pool's "
                  "settings stands for what boots.");
    case BasisReason::UnknownDriver:
        return tr("The connection's libvirt driver is not known: the metadata stands for what boots.");
    case BasisReason::TestDriver:
        return tr("libvirt's test driver keeps no device-model command line: the metadata stands for what boots.");
    case BasisReason::NoDeviceModel:
        return tr("This libvirt driver runs no QEMU device model: the VM has no Xen devices.");
    case BasisReason::Definition: break;
    }
    return tr("Read from the domain definition, which is what libvirt boots.");
}

QString BootView::osSourceText() const
{
    switch (m_osSource) {
    case OsSource::Metadata: return tr("xpconsole's metadata");
    case OsSource::Libosinfo: return tr("libosinfo: intended at install (%1)").arg(m_installed->id);
    case OsSource::None: break;
    }
    return tr("not recorded");
}

void BootView::checkHost(const VmConfig& config)
{
    if (config.definition.driver != HostDriver::Qemu || m_vendors.isEmpty())
        return;
    const DefinitionFacts& facts = config.definition;
    switch (facts.xenDevices) {
    case HostSupport::Yes: return;
    case HostSupport::No:
        finding("XP-DEVICE-REFUSED", Finding::Severity::Error,
                tr("The VM would not start: its QEMU has no xen-pvdevice. %1").arg(facts.xenDevicesDetail),
                {m_vendors.first().argument.isEmpty() ? vendorLabel(m_vendors.first().settings)
                                                      : m_vendors.first().argument});
        return;
    case HostSupport::Unknown: m_uncertainFacts.append(facts.xenDevicesDetail); return;
    case HostSupport::NotAsked:
        m_uncertainFacts.append(tr("host: whether this VM's QEMU has xen-pvdevice was not asked (only QEMU built "
                                   "with Xen support has it, hw/i386/xen/meson.build)"));
        return;
    }
}

VmConfig BootView::effective(const VmConfig& config) const
{
    VmConfig e = config;
    if (m_basis == Basis::Metadata && m_osSource != OsSource::Libosinfo)
        return e;
    if (m_osSource == OsSource::Libosinfo)
        m_installed->fill(e.guest);
    if (m_basis == Basis::Metadata)
        return e;
    e.flavour = m_flavour;
    e.platform.enabled = m_platformPresent;
    e.vendor = m_vendors.isEmpty() ? VendorDeviceSettings{} : m_vendors.first().settings;
    e.vendor.enabled = !m_vendors.isEmpty();
    return e;
}

void BootView::finding(const char* id, Finding::Severity severity, const QString& message, const QStringList& evidence)
{
    m_findings.append(Finding{QLatin1String(id), severity, message, evidence});
}
