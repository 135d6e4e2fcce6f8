// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BindingEngine.h"

#include "BootView.h"
#include "GuestFacts.h"
#include "GuestMachine.h"
#include "PciIds.h"
#include "WindowsVersion.h"
#include "device/Blacklist.h"
#include "device/GuestHandshake.h"
#include "device/PlatformDevice.h"
#include "device/PvDevice.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"

#include <QRegularExpression>

using namespace xp::device;

namespace {

/// Port I/O with no platform device behind it: nothing decodes, every read is all ones (facts §2: the
/// ports belong to the platform PCI device; without it the protocol does not work).
class AbsentPorts final : public PortIo
{
public:
    std::uint32_t read(std::uint16_t, AccessWidth width) override { return widthMask(width); }
    void write(std::uint16_t, AccessWidth, std::uint32_t) override {}
};

const QStringList kLegacyStacks{QStringLiteral("citrix-legacy"), QStringLiteral("gplpv"),
                                QStringLiteral("citrix-standard")};

QString deviceLabel(const ExposedDevice& d)
{
    return QStringLiteral("%1:%2 rev %3")
        .arg(HexText::digits(d.vendorId, 4), HexText::digits(d.deviceId, 4))
        .arg(HexText::digits(d.revision, 2));
}

bool containsId(const QStringList& ids, const QString& id)
{
    return ids.contains(id, Qt::CaseInsensitive);
}

/// The DEV_ part of a PCI device ID such as PCI\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01.
std::optional<quint16> deviceIdOf(const QString& pciDeviceId)
{
    bool ok = false;
    const quint16 id = pciDeviceId.section(QLatin1Char('&'), 1, 1).mid(4).toUShort(&ok, 16);
    return ok ? std::optional<quint16>(id) : std::nullopt;
}

/// XENBUS child PDO IDs embed the active device's ID, so a change of it renames every PV child (facts §6.1).
Finding childIdsFinding(quint16 from, quint16 to)
{
    return Finding{QStringLiteral("XP-CHILD-IDS-CHANGE"),
                   Finding::Severity::Warning,
                   BindingEngine::tr("The active xenbus device changes from %1 to %2: every PV child device gets a new "
                                     "ID at the next boot and its drivers are reinstalled.")
                       .arg(HexText::digits(from, 4), HexText::digits(to, 4)),
                   {QStringLiteral("active device %1 -> %2").arg(HexText::digits(from, 4), HexText::digits(to, 4))}};
}

class Simulation
{
public:
    Simulation(const DriverCatalogue& catalogue, const VmConfig& config, const BootView& boot)
        : m_catalogue(catalogue)
        , m_config(config)
        , m_boot(boot)
        , m_guest(config)
    {}

    PreviewOutcome run()
    {
        buildDevices();
        switch (m_config.guest.os) {
        case GuestOs::Windows: bindWindows(); break;
        case GuestOs::Linux: bindLinux(); break;
        case GuestOs::FreeBsd:
        case GuestOs::NetBsd:
        case GuestOs::OpenBsd: bindBsd(); break;
        case GuestOs::Unknown: break;
        }
        applyUnplug();
        linuxFindings();
        generalFindings();
        return std::move(m_out);
    }

private:
    void uncertainFact(const QString& fact)
    {
        m_out.uncertain = true;
        if (!m_out.uncertainFacts.contains(fact))
            m_out.uncertainFacts.append(fact);
    }

    /// Every fact the catalogue marks uncertain for @p p, named with the package.
    void uncertainFacts(const CataloguePackage& p)
    {
        // A package not added to a catalogue (a test's) has none made.
        if (p.uncertainNamed.size() != p.uncertain.size()) {
            for (const QString& fact : p.uncertain)
                uncertainFact(QStringLiteral("%1: %2").arg(p.id, fact));
            return;
        }
        for (const QString& fact : p.uncertainNamed)
            uncertainFact(fact);
    }

    void finding(const char* id, Finding::Severity severity, const QString& message, const QStringList& evidence = {})
    {
        m_out.findings.append(Finding{QLatin1String(id), severity, message, evidence});
    }

    PortIo& ports() { return m_platform ? static_cast<PortIo&>(*m_platform) : m_absent; }

    ExposedDevice* platformDevice()
    {
        for (ExposedDevice& d : m_out.devices)
            if (d.role == ExposedDevice::Role::Platform)
                return &d;
        return nullptr;
    }
    ExposedDevice* vendorDevice()
    {
        for (ExposedDevice& d : m_out.devices)
            if (d.role == ExposedDevice::Role::Vendor)
                return &d;
        return nullptr;
    }

    void buildDevices()
    {
        const Flavour flavour = m_config.flavour;
        const PlatformDeviceSettings& ps = m_config.platform;
        if (ps.enabled) {
            PlatformDeviceConfig pc;
            pc.flavour = flavour;
            pc.deviceId = ps.deviceId;
            pc.revision = ps.revision;
            if (flavour == Flavour::XenServer)
                pc.profile = xenServerProfile();
            if (!xp::device::managedByXapi(flavour)) {
                // The fixed device is 5853:0001 rev 01: asking for exactly that is not a change.
                if (pc.deviceId == 0x0001)
                    pc.deviceId.reset();
                if (pc.revision == 0x01)
                    pc.revision.reset();
                if (pc.deviceId || pc.revision) {
                    modelOnly(BindingEngine::tr("The %1 device model has a fixed platform device 5853:0001 rev 01; "
                                                "the configured identity is kept in metadata only.")
                                  .arg(DeviceText::flavourName(m_config.flavour)),
                              {QStringLiteral("platform-device %1").arg(describeSetting(ps.deviceId, ps.revision))});
                    pc.deviceId.reset();
                    pc.revision.reset();
                }
            }
            for (const BlacklistItem& item : m_config.blacklist)
                pc.blacklist.add("0x" + HexText::digits(item.product, 4).toStdString(), item.firstBuild, item.lastBuild,
                                 item.comment.toStdString());
            auto created = PlatformDevice::create(pc);
            if (created) {
                m_platform.emplace(std::move(*created));
                ExposedDevice d;
                d.role = ExposedDevice::Role::Platform;
                d.vendorId = m_platform->vendorId();
                d.deviceId = m_platform->deviceId();
                d.subsystemVendorId = m_platform->subsystemVendorId();
                d.subsystemId = m_platform->subsystemId();
                d.revision = m_platform->revision();
                d.classCode = m_platform->classCode();
                d.interruptPin = m_platform->interruptPin();
                std::copy(m_platform->config().bytes().begin(), m_platform->config().bytes().end(), d.config.begin());
                m_out.devices.append(d);
            }
        } else if (m_boot.basis() == BootView::Basis::Metadata) {
            // On the definition's basis the device is absent for a reason BootView has already given.
            modelOnly(BindingEngine::tr("libvirt has no element that removes the Xen platform device; remove it "
                                        "in the toolstack (xl.cfg xen_platform_pci=0). Previewed as absent."),
                      {QStringLiteral("platform-device off")});
        }

        const VendorDeviceSettings& vs = m_config.vendor;
        if (!vs.enabled)
            return;
        if (flavour == Flavour::QemuTraditional) {
            modelOnly(BindingEngine::tr("qemu-traditional has no xen-pvdevice: the vendor device is kept in metadata "
                                        "only and the guest does not see it."),
                      {QStringLiteral("vendor-device %1:%2")
                           .arg(HexText::digits(vs.vendorId, 4), HexText::digits(vs.deviceId, 4))});
            return;
        }
        if (xp::device::managedByXapi(flavour) &&
            (vs.vendorId != 0x5853 || vs.deviceId != 0xc000 || vs.revision != 0x01))
            modelOnly(BindingEngine::tr("XenServer's has-vendor-device can only add 5853:c000 rev 01; this vendor "
                                        "device is previewed but cannot be realized through XAPI."),
                      {QStringLiteral("vendor-device %1:%2 rev %3")
                           .arg(HexText::digits(vs.vendorId, 4), HexText::digits(vs.deviceId, 4))
                           .arg(HexText::digits(vs.revision, 2))});
        PvDeviceConfig vc;
        vc.vendorId = vs.vendorId;
        vc.deviceId = vs.deviceId;
        vc.revision = vs.revision;
        auto created = PvDevice::create(vc);
        if (!created) {
            finding("XP-DEVICE-REFUSED", Finding::Severity::Error,
                    BindingEngine::tr("QEMU refuses this xen-pvdevice (device ID 0xffff means unset): the VM would "
                                      "not start."),
                    {QStringLiteral("vendor-device %1:%2")
                         .arg(HexText::digits(vs.vendorId, 4), HexText::digits(vs.deviceId, 4))});
            return;
        }
        ExposedDevice d;
        d.role = ExposedDevice::Role::Vendor;
        d.vendorId = created->vendorId();
        d.deviceId = created->deviceId();
        d.subsystemVendorId = created->subsystemVendorId();
        d.subsystemId = created->subsystemId();
        d.revision = created->revision();
        d.classCode = 0x088000;
        d.interruptPin = PvDevice::kInterruptPin;
        std::copy(created->config().bytes().begin(), created->config().bytes().end(), d.config.begin());
        m_out.devices.append(d);
    }

    /// xenserver's profile: the recorded one, else qemu-upstream-compat (what XAPI gives a BIOS VM), said so.
    xp::device::XenServerProfile xenServerProfile()
    {
        using xp::device::XenServerProfile;
        if (m_config.xenServerProfile)
            return *m_config.xenServerProfile;
        m_out.assumptions.append(
            BindingEngine::tr("The VM's device-model profile is not recorded; qemu-upstream-compat (XAPI's default for "
                              "BIOS VMs) is assumed. Under qemu-upstream-uefi the platform device would have class "
                              "ff80, subsystem 5853:0001 and revision 01 (xen-api ocaml/xenopsd/xc/device.ml)."));
        return XenServerProfile::UpstreamCompat;
    }

    static QString describeSetting(std::optional<quint16> id, std::optional<quint8> revision)
    {
        QString text = id ? HexText::id(*id) : QStringLiteral("default");
        if (revision)
            text += QLatin1Char(':') + HexText::revision(*revision);
        return text;
    }

    void modelOnly(const QString& message, const QStringList& evidence)
    {
        finding("XP-MODEL-ONLY", Finding::Severity::Info, message, evidence);
    }

    // ---- Windows ------------------------------------------------------------------------------

    void bindWindows()
    {
        if (const auto version = WindowsVersion::parse(
                m_config.guest.release, WindowsVersion::Architecture::Amd64,
                m_config.guest.server ? WindowsVersion::ProductType::Server : WindowsVersion::ProductType::Workstation))
            m_windows = *version;
        else
            m_notes.append(BindingEngine::tr("Windows release '%1' not understood; Windows %2 assumed.")
                               .arg(m_config.guest.release, m_windows.versionString()));
        QList<const CataloguePackage*> installed;
        for (const QString& id : m_config.guest.drivers) {
            const CataloguePackage* p = m_catalogue.find(id);
            if (p && p->isWindows())
                installed.append(p);
            else
                m_notes.append(
                    BindingEngine::tr("Installed package '%1' is not a Windows package of the catalogue.").arg(id));
        }
        const bool updates = m_config.guest.windowsUpdate != WindowsUpdate::Off;

        for (ExposedDevice& d : m_out.devices) {
            PciIds::Function f;
            f.vendorId = d.vendorId;
            f.deviceId = d.deviceId;
            f.subsystemVendorId = d.subsystemVendorId;
            f.subsystemId = d.subsystemId;
            f.revision = d.revision;
            f.baseClass = quint8(d.classCode >> 16);
            f.subClass = quint8(d.classCode >> 8);
            f.progIf = quint8(d.classCode);
            const PciIds ids = PciIds::forFunction(f, m_windows);
            d.hardwareIds = ids.hardwareIds();
            d.compatibleIds = ids.compatibleIds();

            QList<const CataloguePackage*> candidates = installed;
            if (updates) {
                for (const CataloguePackage& p : m_catalogue.packages()) {
                    if (!p.isWindows() || candidates.contains(&p))
                        continue;
                    bool offered = false;
                    if (p.published)
                        for (const QString& target : p.wuTargets)
                            offered =
                                offered || containsId(d.hardwareIds, target) || containsId(d.compatibleIds, target);
                    for (const WuPublication& pub : m_config.wuPublications)
                        if (pub.package == p.id)
                            offered = offered || containsId(d.hardwareIds, pub.hardwareId) ||
                                      containsId(d.compatibleIds, pub.hardwareId);
                    if (offered && !refusesToInstall(p, installed))
                        candidates.append(&p);
                }
            }
            QList<DriverSelection::Package> packages;
            for (const CataloguePackage* p : std::as_const(candidates))
                packages.append(DriverSelection::Package{p->id, p->inf, p->signer});
            d.selection = DriverSelection::select(d.hardwareIds, d.compatibleIds, packages, m_windows,
                                                  m_windows.allSignersEqualByDefault());
            alternativeInfs(d, candidates, packages);
            if (d.selection.dependsOnUnconfirmedFacts)
                uncertainFact(BindingEngine::tr("the numbering of INF compatible IDs in the identifier score (facts "
                                                "§7.2)"));
            if (!d.selection.hasSelection())
                continue;
            d.boundPackage = d.selection.selected().packageId;
            const CataloguePackage* bound = m_catalogue.find(d.boundPackage);
            if (bound)
                uncertainFacts(*bound);
            if (!installed.contains(bound)) {
                d.fromWindowsUpdate = true;
                if (!m_out.wuInstalls.contains(d.boundPackage))
                    m_out.wuInstalls.append(d.boundPackage);
            }
        }
        vendorRevisionMismatch(installed);
        activateWindowsStacks(installed);
    }

    /// Whether @p offered's installer refuses to install next to a stack the guest has installed (catalogue
    /// refusesOverStacks): Windows Update then leaves the device as it is, and XP-WU-REFUSED says why.
    bool refusesToInstall(const CataloguePackage& offered, const QList<const CataloguePackage*>& installed)
    {
        for (const CataloguePackage* p : installed) {
            if (!offered.refusesOverStacks.contains(p->stack))
                continue;
            const bool known = std::any_of(m_out.findings.cbegin(), m_out.findings.cend(), [&](const Finding& f) {
                return f.id == QLatin1String("XP-WU-REFUSED") && f.evidence.contains(offered.id);
            });
            if (!known)
                finding("XP-WU-REFUSED", Finding::Severity::Info,
                        BindingEngine::tr("Windows Update offers %1, and its installer refuses: %2 (stack %3) is "
                                          "installed. The device keeps its driver.")
                            .arg(offered.id, p->id, p->stack),
                        {offered.id, QStringLiteral("installed %1").arg(p->id)});
            return true;
        }
        return false;
    }

    /// The vendor device's entry pins SUBSYS and REV_01: another revision matches no Models line.
    void vendorRevisionMismatch(const QList<const CataloguePackage*>& installed)
    {
        ExposedDevice* vendor = vendorDevice();
        if (!vendor || !vendor->boundPackage.isEmpty())
            return;
        static const QRegularExpression revPin(QStringLiteral("^PCI\\\\VEN_([0-9A-F]{4})&DEV_([0-9A-F]{4})&SUBSYS_"
                                                              "[0-9A-F]{8}&REV_([0-9A-F]{2})$"),
                                               QRegularExpression::CaseInsensitiveOption);
        for (const CataloguePackage& p : m_catalogue.packages()) {
            if (!p.isWindows() || (!installed.contains(&p) && !p.published))
                continue;
            for (const QString& id : pinnedIds(p)) {
                const auto m = revPin.match(id);
                if (m.hasMatch() && m.captured(1).toUShort(nullptr, 16) == vendor->vendorId &&
                    m.captured(2).toUShort(nullptr, 16) == vendor->deviceId &&
                    m.captured(3).toUShort(nullptr, 16) != vendor->revision) {
                    finding("XP-VENDOR-REV-MISMATCH", Finding::Severity::Warning,
                            BindingEngine::tr("The vendor device has revision %1, but %2 pins %3: nothing binds it.")
                                .arg(HexText::digits(vendor->revision, 2))
                                .arg(p.id, id),
                            {deviceLabel(*vendor), p.id + QStringLiteral(": ") + id});
                    return;
                }
            }
        }
    }

    QStringList pinnedIds(const CataloguePackage& p) const
    {
        QStringList ids;
        for (const InfFile::ModelEntry& entry : p.inf.modelsFor(m_windows))
            ids.append(entry.hardwareId);
        return ids;
    }

    void activateWindowsStacks(const QList<const CataloguePackage*>& installed)
    {
        ExposedDevice* platform = platformDevice();
        // Without the platform device there is no unplug protocol: the PV stacks do not take over (facts §2, §3).
        if (!platform)
            return;
        auto stackOf = [&](const ExposedDevice* d) -> QString {
            if (!d || d->boundPackage.isEmpty())
                return {};
            const CataloguePackage* p = m_catalogue.find(d->boundPackage);
            return p ? p->stack : QString();
        };

        // Legacy stacks start from their root-enumerated device (ROOT\XENEVTCHN) even when another
        // driver took their PCI device, as long as the platform device's ports are there.
        QList<const CataloguePackage*> starters;
        for (const CataloguePackage* p : installed)
            if (kLegacyStacks.contains(p->stack) && (!p->rootEnumerated.isEmpty() || stackOf(platform) == p->stack))
                starters.append(p);
        for (const ExposedDevice& d : std::as_const(m_out.devices)) {
            const CataloguePackage* p = m_catalogue.find(d.boundPackage);
            if (p && kLegacyStacks.contains(p->stack) && !starters.contains(p))
                starters.append(p);
        }

        // xenbus: one instance becomes active (win-xenbus INSTALL.md; facts §6.1).
        QList<ExposedDevice*> xenbus;
        for (ExposedDevice& d : m_out.devices)
            if (stackOf(&d) == QLatin1String("xenbus"))
                xenbus.append(&d);
        // The vendor device is the one whose ID the xenbus build was made for (DEV_<VENDOR_DEVICE_ID>),
        // whatever QEMU device carries it; a xen-pvdevice with ID 0002 is a legacy device to xenbus.
        auto isVendorFor = [&](const ExposedDevice* d) {
            return vendorBuildFor(m_catalogue.find(d->boundPackage), d->deviceId);
        };
        ExposedDevice* preferred = nullptr;
        for (ExposedDevice* d : std::as_const(xenbus))
            if (isVendorFor(d))
                preferred = d;
        ExposedDevice* active = nullptr;
        const GuestSettings& guest = m_config.guest;
        const bool recorded = !guest.xenbusActiveHardwareId.isEmpty() || guest.xenbusActiveDeviceId;
        const QString record =
            !guest.xenbusActiveHardwareId.isEmpty()
                ? guest.xenbusActiveHardwareId
                : (guest.xenbusActiveDeviceId ? HexText::digits(*guest.xenbusActiveDeviceId, 4) : QString());
        for (ExposedDevice* d : std::as_const(xenbus))
            if (matchesActiveRecord(*d))
                active = d;
        if (active && preferred && active != preferred)
            finding("XP-BUS-LOCKED", Finding::Severity::Info,
                    BindingEngine::tr("xenbus stays on %1 because its active-device record says so, although the "
                                      "vendor device %2 is exposed.")
                        .arg(deviceLabel(*active), deviceLabel(*preferred)),
                    {QStringLiteral("XENFILT ActiveDeviceID = %1").arg(record)});
        bool keptInactive = false;
        if (recorded && !active && !xenbus.isEmpty()) {
            active = forcedWhenRecordGone(xenbus, record);
            keptInactive = !active;
        }
        if (!active && !keptInactive)
            active = preferred;
        if (!active && !keptInactive) {
            // First claim wins, in enumeration order; a vendor build refuses a legacy device once the vendor
            // device's Enum key (REV_01) exists (b173c59, facts §6.1).
            for (ExposedDevice* d : std::as_const(xenbus)) {
                const CataloguePackage* p = m_catalogue.find(d->boundPackage);
                const bool vendorKey =
                    std::any_of(m_out.devices.cbegin(), m_out.devices.cend(),
                                [&](const ExposedDevice& e) {
                                    return e.vendorId == 0x5853 && e.revision == 0x01 && vendorBuildFor(p, e.deviceId);
                                }) ||
                    std::any_of(m_config.guest.enumKeys.cbegin(), m_config.guest.enumKeys.cend(),
                                [&](const QString& key) { return isVendorEnumKey(p, key); });
                if (vendorKey) {
                    m_notes.append(
                        BindingEngine::tr("xenbus refuses %1 as active: the vendor device's Enum key exists.")
                            .arg(deviceLabel(*d)));
                    continue;
                }
                active = d;
                break;
            }
        }

        // Handshakes: legacy stacks first (they load from the root bus), then the active xenbus.
        for (const CataloguePackage* p : std::as_const(starters)) {
            if (!m_platform && p->rootEnumerated.isEmpty())
                continue;
            const HandshakeOutcome o = handshake(*p);
            if (o.proceeds)
                activate(p->stack, p->id);
        }
        if (active) {
            active->xenbusActive = true;
            m_out.activeXenbusDeviceId = active->deviceId;
            const CataloguePackage* p = m_catalogue.find(active->boundPackage);
            const HandshakeOutcome o = handshake(*p);
            if (o.proceeds || !m_platform) {
                activate(p->stack, p->id);
                m_out.activeDriver = p->id;
            }
        }
        // An imported INF binds, but nothing says how its driver behaves: count it as running, without an
        // unplug, and mark the prediction uncertain.
        for (const ExposedDevice& d : std::as_const(m_out.devices)) {
            const CataloguePackage* p = m_catalogue.find(d.boundPackage);
            if (p && p->imported) {
                activate(p->stack, p->id);
                uncertainFacts(*p);
            }
        }
        if (m_out.activeDriver.isEmpty() && !m_activePackages.isEmpty())
            m_out.activeDriver = m_activePackages.constFirst();

        if (const auto recordedId = recordedDeviceId();
            recordedId && m_out.activeXenbusDeviceId && *recordedId != *m_out.activeXenbusDeviceId)
            childIdsChange(*recordedId, *m_out.activeXenbusDeviceId);

        // The canonical risk: a legacy stack runs and Windows Update brings xenbus next to it.
        const bool legacyActive = std::any_of(m_out.activeStacks.cbegin(), m_out.activeStacks.cend(),
                                              [](const QString& s) { return kLegacyStacks.contains(s); });
        // Only a package that starts PV connections competes with the legacy stack (a stub that binds and starts
        // nothing does not).
        QStringList pvFromUpdate;
        for (const QString& id : std::as_const(m_out.wuInstalls))
            if (const CataloguePackage* p = m_catalogue.find(id);
                p && (p->handshake != CataloguePackage::Handshake::None || p->imported))
                pvFromUpdate.append(id);
        if (legacyActive && !pvFromUpdate.isEmpty()) {
            QStringList evidence;
            for (const ExposedDevice& d : std::as_const(m_out.devices))
                if (d.fromWindowsUpdate && pvFromUpdate.contains(d.boundPackage))
                    evidence.append(BindingEngine::tr("%1 from Windows Update binds %2 (rank %3)")
                                        .arg(d.boundPackage, deviceLabel(d), d.selection.selected().rank.toString()));
            finding("XP-WU-BUGCHECK-RISK", Finding::Severity::Error,
                    BindingEngine::tr("A legacy driver stack is running and Windows Update would install %1 at the "
                                      "next boot: two stacks would drive the same PV connections (bugcheck risk).")
                        .arg(pvFromUpdate.join(QStringLiteral(", "))),
                    evidence);
        }
    }

    /// Whether @p d is the device the guest's xenbus active-device record names: the full device ID, compared as
    /// win-xenbus does (_stricmp in src/xenbus/fdo.c FdoSetActive), or a device ID alone for "as exposed now".
    bool matchesActiveRecord(const ExposedDevice& d) const
    {
        const GuestSettings& guest = m_config.guest;
        if (!guest.xenbusActiveHardwareId.isEmpty())
            return !d.hardwareIds.isEmpty() &&
                   d.hardwareIds.constFirst().compare(guest.xenbusActiveHardwareId, Qt::CaseInsensitive) == 0;
        return guest.xenbusActiveDeviceId && d.deviceId == *guest.xenbusActiveDeviceId;
    }

    /// The device ID of the recorded active device: the DEV_ part of the full record, or the device ID alone.
    std::optional<quint16> recordedDeviceId() const
    {
        const GuestSettings& guest = m_config.guest;
        if (guest.xenbusActiveHardwareId.isEmpty())
            return guest.xenbusActiveDeviceId;
        return deviceIdOf(guest.xenbusActiveHardwareId);
    }

    /// win-xenbus's Parameters\Precedence (xcp-ng/win-xenbus e6951ae, src/xenbus.inf): 0001 -> 1, 0002 -> 2, the
    /// build's vendor device -> its device ID; 0 for a device it does not list.
    quint32 precedence(const ExposedDevice& d) const
    {
        if (d.vendorId != 0x5853)
            return 0;
        if (vendorBuildFor(m_catalogue.find(d.boundPackage), d.deviceId))
            return d.deviceId;
        return d.deviceId == 0x0001 || d.deviceId == 0x0002 ? d.deviceId : 0;
    }

    /// The recorded active device is not exposed (its revision or subsystem changed, or it is gone): xenbus keeps
    /// every instance inactive unless its build force-activates the highest-precedence device (facts §10.2, §10.3).
    /// Returns the device it forces active, or nullptr; where the build's choice is unknown the prediction keeps
    /// them inactive and says what forcing would do.
    ExposedDevice* forcedWhenRecordGone(const QList<ExposedDevice*>& xenbus, const QString& record)
    {
        ExposedDevice* forced = nullptr;
        for (ExposedDevice* d : xenbus)
            if (precedence(*d) > 0 && (!forced || precedence(*d) > precedence(*forced)))
                forced = d;
        const CataloguePackage* p = m_catalogue.find(xenbus.constFirst()->boundPackage);
        const auto force = p ? p->forceActivate : CataloguePackage::ForceActivate::Unknown;
        const QString package = p ? p->id : QStringLiteral("xenbus");
        if (force == CataloguePackage::ForceActivate::Yes && forced) {
            m_notes.append(BindingEngine::tr("The recorded active xenbus device %1 is not exposed; %2 forces the "
                                             "highest-precedence device %3 active.")
                               .arg(record, package, deviceLabel(*forced)));
            return forced;
        }
        finding("XP-BUS-LOCKED", Finding::Severity::Warning,
                (force == CataloguePackage::ForceActivate::No
                     ? BindingEngine::tr("xenbus stays inactive: its active-device record names %1, which is not "
                                         "exposed (another device, revision or subsystem), and %2 does not force "
                                         "another device active. No PV driver starts and nothing is unplugged.")
                     : BindingEngine::tr("xenbus stays inactive: its active-device record names %1, which is not "
                                         "exposed (another device, revision or subsystem), and %2 is not known to "
                                         "force another device active. No PV driver starts and nothing is unplugged."))
                    .arg(record, package),
                {QStringLiteral("XENFILT ActiveDeviceID = %1").arg(record),
                 QStringLiteral("%1 FORCE_ACTIVATE: %2")
                     .arg(package, force == CataloguePackage::ForceActivate::No ? QStringLiteral("no")
                                                                                : QStringLiteral("unknown"))});
        if (force == CataloguePackage::ForceActivate::Unknown && forced)
            m_out.assumptions.append(
                BindingEngine::tr("Whether %1 was built with FORCE_ACTIVATE is not public; if it was, xenbus activates "
                                  "%2 instead and its PV drivers start (xcp-ng/win-xenbus e6951ae).")
                    .arg(package, deviceLabel(*forced)));
        return nullptr;
    }

    /// Whether @p key is the Enum key a vendor build of @p package looks for: PCI\VEN_5853&DEV_<its vendor device>
    /// &SUBSYS_...&REV_01 (win-xenbus src/xen/config.c __ConfigIsVendorDevicePresent). It outlives the device.
    bool isVendorEnumKey(const CataloguePackage* package, const QString& key) const
    {
        const QStringList parts = key.split(QLatin1Char('&'));
        if (parts.size() != 4 || parts.at(0).compare(QLatin1String("PCI\\VEN_5853"), Qt::CaseInsensitive) != 0 ||
            parts.at(3).compare(QLatin1String("REV_01"), Qt::CaseInsensitive) != 0)
            return false;
        const auto deviceId = deviceIdOf(key);
        return deviceId && vendorBuildFor(package, *deviceId);
    }

    /// Whether @p package is a vendor build for vendor device @p deviceId (its INF pins DEV_<id>&SUBSYS_).
    bool vendorBuildFor(const CataloguePackage* package, quint16 deviceId) const
    {
        if (!package)
            return false;
        const QString needle = QStringLiteral("DEV_%1&SUBSYS_").arg(HexText::upperDigits(deviceId, 4));
        for (const QString& id : pinnedIds(*package))
            if (id.contains(needle, Qt::CaseInsensitive))
                return true;
        return false;
    }

    /// Where a package's INF is not settled (catalogue alternativeInf), selects again with the other INF and, if
    /// another package would then bind @p d, says so next to the prediction (facts §10.6).
    void alternativeInfs(const ExposedDevice& d, const QList<const CataloguePackage*>& candidates,
                         const QList<DriverSelection::Package>& packages)
    {
        const QString selected = d.selection.hasSelection() ? d.selection.selected().packageId : QString();
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const CataloguePackage* p = candidates.at(i);
            if (!p->alternativeInf)
                continue;
            QList<DriverSelection::Package> other = packages;
            other[i].inf = *p->alternativeInf;
            const DriverSelection::Result again = DriverSelection::select(
                d.hardwareIds, d.compatibleIds, other, m_windows, m_windows.allSignersEqualByDefault());
            const QString instead = again.hasSelection() ? again.selected().packageId : QString();
            if (instead == selected)
                continue;
            m_out.assumptions.append(
                BindingEngine::tr("%1 is predicted with the INF the catalogue holds. %2 With the other form, %3 "
                                  "binds %4 instead of %5.")
                    .arg(p->id, p->alternativeFact, instead.isEmpty() ? BindingEngine::tr("nothing") : instead,
                         deviceLabel(d), selected.isEmpty() ? BindingEngine::tr("nothing") : selected));
        }
    }

    /// xenbus 7.0.0 unplugs what its registry lists; in the steady state that is every emulated IDE disk (by its
    /// drive index, bus * 2 + unit) and every emulated NIC (facts §10.5).
    Xenbus70Input xenbus70Input(const CataloguePackage& p) const
    {
        Xenbus70Input in;
        in.build = p.build;
        for (const EmulatedDisk& d : m_config.disks)
            if (d.bus == EmulatedDisk::Bus::Ide && !d.cdrom)
                in.ideIndices.push_back(std::uint8_t(d.busIndex * 2 + d.unit));
        for (qsizetype i = 0; i < m_config.nics.size(); ++i)
            in.nicIndices.push_back(std::uint8_t(i));
        return in;
    }

    HandshakeOutcome handshake(const CataloguePackage& p)
    {
        HandshakeOutcome o;
        switch (p.handshake) {
        case CataloguePackage::Handshake::LegacyCitrix: o = GuestHandshake::runLegacyCitrix(ports(), p.build); break;
        case CataloguePackage::Handshake::Xenbus: {
            const QVersionNumber v = p.xenbusVersion.isNull() ? QVersionNumber(9, 1, 0) : p.xenbusVersion;
            if (v.majorVersion() == 7 && v.minorVersion() == 0) {
                o = GuestHandshake::runXenbus70(ports(), xenbus70Input(p));
                break;
            }
            WindowsXenbusInput in;
            in.major = quint8(v.majorVersion());
            in.minor = quint8(v.minorVersion());
            in.micro = quint8(v.microVersion());
            // Steady state: the PV storage and network drivers are installed and have asked for the unplug.
            in.unplugDisks = true;
            in.unplugNics = true;
            o = GuestHandshake::runWindowsXenbus(ports(), in);
            break;
        }
        case CataloguePackage::Handshake::XenDoc: {
            XenDocHandshakeInput in;
            in.product = p.product;
            in.build = p.build;
            in.mask = Unplug::kIdeScsiDisks | Unplug::kNics;
            o = GuestHandshake::runXenDoc(ports(), in);
            break;
        }
        case CataloguePackage::Handshake::Linux:
            o = GuestHandshake::runLinux(ports(),
                                         LinuxUnplugOptions::fromCommandLine(m_config.guest.cmdline.toStdString()));
            break;
        case CataloguePackage::Handshake::FreeBsd: o = GuestHandshake::runFreeBsd(ports()); break;
        case CataloguePackage::Handshake::NetBsd: o = GuestHandshake::runNetBsd(ports()); break;
        case CataloguePackage::Handshake::None: o.proceeds = true; break;
        }
        m_out.handshakes.append(HandshakeRun{p.id, o});
        if (o.blacklisted) {
            const bool stops = !o.proceeds;
            // XenServer 7.x's trad ignores the unplug writes of a blacklisted driver (facts §10.10): then the driver
            // asks in vain, and the sentence must not claim the unplug.
            const bool refused =
                m_platform && o.accumulatedMask() != 0 && (m_platform->unplugMask() & o.accumulatedMask()) == 0;
            finding("XP-DRIVER-BLACKLISTED", Finding::Severity::Warning,
                    stops ? BindingEngine::tr("The device model blacklists %1 (build %2): its drivers do not load "
                                              "and the emulated devices stay.")
                                .arg(p.id)
                                .arg(o.buildWritten.value_or(0))
                    : refused ? BindingEngine::tr("The device model blacklists %1 (build %2); this driver only logs it "
                                                  "and asks for the unplug, but the device model ignores unplug "
                                                  "requests from blacklisted drivers: the emulated devices stay.")
                                    .arg(p.id)
                                    .arg(o.buildWritten.value_or(0))
                              : BindingEngine::tr("The device model blacklists %1 (build %2), but this driver only "
                                                  "logs it and unplugs the emulated devices anyway.")
                                    .arg(p.id)
                                    .arg(o.buildWritten.value_or(0)),
                    {QStringLiteral("product 0x%1, build %2")
                         .arg(HexText::digits(o.productWritten.value_or(0), 4))
                         .arg(o.buildWritten.value_or(0)),
                     QStringLiteral("flavour %1").arg(DeviceText::flavourName(m_config.flavour))});
        }
        return o;
    }

    void activate(const QString& stack, const QString& packageId)
    {
        if (!m_out.activeStacks.contains(stack))
            m_out.activeStacks.append(stack);
        if (!m_activePackages.contains(packageId))
            m_activePackages.append(packageId);
    }

    void childIdsChange(quint16 from, quint16 to) { m_out.findings.append(childIdsFinding(from, to)); }

    // ---- Linux and BSD ------------------------------------------------------------------------

    const CataloguePackage* packageForOs(const QString& id)
    {
        const CataloguePackage* p = m_catalogue.find(id);
        if (p)
            uncertainFacts(*p);
        return p;
    }

    void bindLinux()
    {
        const CataloguePackage* linux = packageForOs(QStringLiteral("linux"));
        if (!linux)
            return;
        const QVersionNumber release = QVersionNumber::fromString(m_config.guest.release);
        ExposedDevice* platform = platformDevice();
        if (platform) {
            bool known = false;
            for (const CataloguePackage::Binding& b : linux->binds) {
                if (b.deviceId != platform->deviceId)
                    continue;
                known = true;
                const auto match = CataloguePackage::kernelMatch(b, release);
                if (match == CataloguePackage::KernelMatch::Yes) {
                    platform->boundPackage = linux->id;
                } else if (platform->deviceId == 0x0002) {
                    m_linux0002Since = b.minKernel;
                    // facts §10.9: AUTOSEL queued the change for this series, but no release is confirmed to have
                    // it; the prediction goes without it and says what the backport would change.
                    if (match == CataloguePackage::KernelMatch::Unconfirmed)
                        m_out.assumptions.append(
                            BindingEngine::tr("Linux %1 is predicted without 0002 support: the change was queued for "
                                              "its stable series by AUTOSEL, but no release of that series is "
                                              "confirmed to carry it. With it, the kernel binds 0002 and runs PV.")
                                .arg(m_config.guest.release));
                }
            }
            Q_UNUSED(known)
        }
        // The unplug runs from early boot whether or not xen-platform-pci binds (facts §4.2).
        const HandshakeOutcome o = handshake(*linux);
        if (platform && !platform->boundPackage.isEmpty() && o.error == HandshakeError::None) {
            activate(linux->stack, linux->id);
            m_out.activeDriver = linux->id;
        }
    }

    void bindBsd()
    {
        const QString id = m_config.guest.os == GuestOs::FreeBsd  ? QStringLiteral("freebsd")
                           : m_config.guest.os == GuestOs::NetBsd ? QStringLiteral("netbsd")
                                                                  : QStringLiteral("openbsd");
        const CataloguePackage* p = packageForOs(id);
        if (!p)
            return;
        ExposedDevice* platform = platformDevice();
        // NetBSD needs the ports, not a PCI driver; FreeBSD's PV runs without its PCI driver too (facts §10.4).
        bool bound = (p->binds.isEmpty() || p->pvWithoutPciDriver) && platform;
        if (platform)
            for (const CataloguePackage::Binding& b : p->binds)
                if (b.deviceId == platform->deviceId) {
                    platform->boundPackage = p->id;
                    bound = true;
                }
        const HandshakeOutcome o = handshake(*p);
        if (bound && o.magicRecognised) {
            activate(p->stack, p->id);
            m_out.activeDriver = p->id;
        }
    }

    // ---- unplug and the remaining findings -----------------------------------------------------

    void applyUnplug()
    {
        std::vector<std::uint16_t> writes;
        for (const HandshakeRun& run : std::as_const(m_out.handshakes))
            writes.insert(writes.end(), run.outcome.masksWritten.begin(), run.outcome.masksWritten.end());
        if (!m_platform)
            writes.clear();
        else if (m_platform->unplugMask() != m_platform->requestedUnplugMask())
            writes = {m_platform->unplugMask()}; // the device model refused some writes: use what it accepted
        // Version-2 unplugs by index (xenbus 7.0.0 on XenServer 7.x's trad): it names every emulated IDE disk and
        // NIC, which removes what the disk and NIC mask bits would (derived; both end in ide_unplug_harddisk).
        if (m_platform)
            for (const xp::device::IndexedUnplug& u : m_platform->indexedUnplugs())
                writes.push_back(u.type == PlatformDevice::kUnplugTypeIde ? Unplug::kIdeScsiDisks : Unplug::kNics);
        m_out.unplug = Unplug::applyWrites(m_guest.machine(), writes);
        m_out.unplugged = m_guest.removedNames(m_out.unplug);
        m_out.kept = m_guest.keptNames(m_out.unplug);
    }

    /// Linux without 0002 support, judged after the unplug: what happens depends on whether the device model let it
    /// unplug (facts §10.1: Linux 2356f15caefc; §10.10: XenServer's trad ignores the writes of a blacklisted driver).
    void linuxFindings()
    {
        if (!m_linux0002Since)
            return;
        const QString release =
            m_config.guest.release.isEmpty() ? BindingEngine::tr("(unknown release)") : m_config.guest.release;
        const QStringList evidence{deviceLabel(*platformDevice()), QStringLiteral("xen-platform-pci id table"),
                                   QStringLiteral("flavour %1").arg(DeviceText::flavourName(m_config.flavour))};
        if (!m_out.unplugged.isEmpty())
            finding("XP-LINUX-0002-UNSUPPORTED", Finding::Severity::Error,
                    BindingEngine::tr("Linux %1 does not bind the 0002 platform device (added in %2 and stable "
                                      "backports), yet it unplugs %3 from early boot: the VM will not boot (no PV "
                                      "driver takes over its disks and network).")
                        .arg(release, m_linux0002Since->toString(), m_out.unplugged.join(QStringLiteral(", "))),
                    evidence);
        else
            finding("XP-LINUX-0002-UNSUPPORTED", Finding::Severity::Error,
                    BindingEngine::tr("Linux %1 does not bind the 0002 platform device (added in %2 and stable "
                                      "backports): no grant tables, the kernel crashes in gnttab_expand once PV "
                                      "devices appear.")
                        .arg(release, m_linux0002Since->toString()),
                    evidence);
    }

    void generalFindings()
    {
        const ExposedDevice* platform = platformDevice();
        const ExposedDevice* vendor = vendorDevice();
        bool has0001 = false;
        bool has0002 = false;
        for (const ExposedDevice& d : std::as_const(m_out.devices)) {
            has0001 = has0001 || (d.vendorId == 0x5853 && d.deviceId == 0x0001);
            has0002 = has0002 || (d.vendorId == 0x5853 && d.deviceId == 0x0002);
        }
        if (has0001 && has0002)
            finding("XP-PLATFORM-IDS-CLASH", Finding::Severity::Error,
                    BindingEngine::tr("Devices 5853:0001 and 5853:0002 are exposed together; they must be mutually "
                                      "exclusive (xen-pci-device-reservations)."));
        if (vendor && !platform)
            finding("XP-VENDOR-WITHOUT-PLATFORM", Finding::Severity::Error,
                    BindingEngine::tr("The vendor device %1 is exposed without a platform device: there is no unplug "
                                      "protocol and PV drivers cannot start.")
                        .arg(deviceLabel(*vendor)));
        if (m_out.activeStacks.size() > 1)
            finding("XP-TWO-STACKS", Finding::Severity::Error,
                    BindingEngine::tr("Two driver stacks would start PV connections: %1.")
                        .arg(m_out.activeStacks.join(QStringLiteral(", "))),
                    m_activePackages);
        QStringList unenforced;
        for (const BlacklistItem& item : m_config.blacklist)
            if (!Blacklist::enforced(m_config.flavour, item.product))
                unenforced.append(QStringLiteral("0x%1:%2-%3")
                                      .arg(HexText::digits(item.product, 4))
                                      .arg(item.firstBuild)
                                      .arg(item.lastBuild));
        if (!unenforced.isEmpty())
            finding("XP-BLACKLIST-NOT-ENFORCED", Finding::Severity::Warning,
                    BindingEngine::tr("The %1 device model does not enforce %n blacklist entries: they are modeled, "
                                      "not enforced.",
                                      nullptr, int(unenforced.size()))
                        .arg(DeviceText::flavourName(m_config.flavour)),
                    unenforced);
        if (m_out.activeStacks.isEmpty() && m_config.guest.os == GuestOs::Unknown) {
            finding("XP-NO-PV", Finding::Severity::Info,
                    BindingEngine::tr("The guest OS is not recorded in the metadata (<guest os=...>): no PV driver "
                                      "can be predicted."));
        } else if (m_out.activeStacks.isEmpty()) {
            const bool lost = !m_out.unplugged.isEmpty();
            finding("XP-NO-PV", lost ? Finding::Severity::Error : Finding::Severity::Warning,
                    lost
                        ? BindingEngine::tr("No PV driver starts, yet the emulated devices %1 are unplugged: the guest "
                                            "loses them.")
                              .arg(m_out.unplugged.join(QStringLiteral(", ")))
                        : BindingEngine::tr("No PV driver binds: the guest runs on emulated devices."),
                    m_notes);
        }
    }

    const DriverCatalogue& m_catalogue;
    const VmConfig& m_config;
    const BootView& m_boot;
    GuestMachine m_guest;
    WindowsVersion m_windows = *WindowsVersion::parse(u"10.0.17763");
    std::optional<PlatformDevice> m_platform;
    AbsentPorts m_absent;
    PreviewOutcome m_out;
    QStringList m_activePackages;
    QStringList m_notes;
    /// Set by bindLinux when the kernel predates 0002 support: the release that added it.
    std::optional<QVersionNumber> m_linux0002Since;
};

} // namespace

BindingEngine::BindingEngine(const DriverCatalogue& catalogue)
    : m_catalogue(catalogue)
{}

PreviewOutcome BindingEngine::preview(const VmConfig& config) const
{
    const BootView boot = BootView::of(config);
    // What the guest reported outranks what it was declared or installed as (issue 18); most VMs of a fleet have
    // no report and no inventory, and skip the comparison.
    std::optional<GuestFacts> facts;
    if (config.observed.agent.state == AgentReport::State::Reported || config.observed.latestInventory())
        facts = GuestFacts::of(config, boot);
    // A guest without QEMU's PCI bus has no Xen device to bind or unplug: nothing to simulate.
    PreviewOutcome out;
    if (boot.guestKind() == BootView::GuestKind::Hvm) {
        // Most VMs of a fleet boot what their metadata says: simulated without a copy of their config.
        if (boot.keepsConfig() && !(facts && facts->changesConfig())) {
            out = Simulation(m_catalogue, config, boot).run();
        } else {
            VmConfig effective = boot.effective(config);
            if (facts)
                facts->apply(effective);
            out = Simulation(m_catalogue, effective, boot).run();
        }
    }
    out.flavour = boot.flavour();
    // What boots and what the guest is come first: the rest of the prediction rests on them.
    QList<Finding> first = boot.findings();
    QStringList uncertain = boot.uncertainFacts();
    if (facts && facts->osSource() == GuestFacts::Source::GuestAgent) {
        // BootView weighs the metadata against libosinfo and says the metadata wins; once the guest agent has
        // spoken, neither does, and GuestFacts names every source that differs from it.
        first.removeIf([](const Finding& f) { return f.id == QLatin1String("XP-OS-DIFFERS"); });
    }
    if (facts) {
        first += facts->findings();
        uncertain += facts->uncertainFacts();
    }
    if (!first.isEmpty())
        out.findings = first + out.findings;
    for (const QString& fact : std::as_const(uncertain)) {
        out.uncertain = true;
        if (!out.uncertainFacts.contains(fact))
            out.uncertainFacts.append(fact);
    }
    return out;
}

bool BindingEngine::apply(VmConfig& config, const QList<ConfigChange>& changes, QString* error)
{
    for (const ConfigChange& change : changes)
        if (!change.applyTo(config, error))
            return false;
    // The changed VM is the one a push leaves behind, and a push writes the metadata's own arguments.
    if (!changes.isEmpty())
        config.definition.push.ownArgumentsFollowMetadata = true;
    return true;
}

PreviewOutcome BindingEngine::preview(const VmConfig& config, const QList<ConfigChange>& changes, QString* error) const
{
    PreviewOutcome current = preview(config);
    if (changes.isEmpty())
        return current;
    VmConfig edited = config;
    if (!apply(edited, changes, error))
        return current;
    PreviewOutcome next = preview(edited);
    addChangeFindings(current, next);
    return next;
}

void BindingEngine::addChangeFindings(const PreviewOutcome& from, PreviewOutcome& to)
{
    if (from.activeXenbusDeviceId && to.activeXenbusDeviceId &&
        *from.activeXenbusDeviceId != *to.activeXenbusDeviceId && !to.hasFinding(QStringLiteral("XP-CHILD-IDS-CHANGE")))
        to.findings.append(childIdsFinding(*from.activeXenbusDeviceId, *to.activeXenbusDeviceId));
}
