// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Realization.h"

#include "DeviceArgumentParser.h"
#include "DeviceText.h"
#include "HexText.h"
#include "MetadataCodec.h"
#include "device/Blacklist.h"
#include "device/PlatformDevice.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

using xp::device::Blacklist;
using xp::device::Flavour;

namespace {

QString buildsText(const BlacklistItem& item)
{
    if (item.firstBuild == item.lastBuild)
        return QString::number(item.firstBuild);
    return QStringLiteral("%1-%2").arg(item.firstBuild).arg(item.lastBuild);
}

QString entryText(const BlacklistItem& item)
{
    return QStringLiteral("blacklist %1:%2").arg(MetadataCodec::productName(item.product), buildsText(item));
}

bool sameEntry(const BlacklistItem& a, const BlacklistItem& b)
{
    return a.product == b.product && a.firstBuild == b.firstBuild && a.lastBuild == b.lastBuild;
}

/// The entries whose xenstore keys the device model of @p config's flavour reads.
QList<BlacklistItem> enforcedEntries(const VmConfig& config)
{
    QList<BlacklistItem> entries;
    for (const BlacklistItem& item : config.blacklist)
        if (Blacklist::enforced(config.flavour, item.product))
            entries.append(item);
    return entries;
}

bool covered(const QList<BlacklistItem>& entries, quint16 product, quint32 build)
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const BlacklistItem& item) {
        return item.product == product && build >= item.firstBuild && build <= item.lastBuild;
    });
}

QList<ModelOnlySetting> modelOnlySettings(const VmConfig& c, CommandLineDialect dialect)
{
    QList<ModelOnlySetting> list;
    const PlatformDeviceSettings& p = c.platform;
    auto platformText = [&] {
        QString text = QStringLiteral("platform-device ");
        text += p.deviceId ? HexText::id(*p.deviceId) : QStringLiteral("default");
        if (p.revision)
            text += QLatin1Char(':') + HexText::revision(*p.revision);
        return text;
    };
    if (!p.enabled) {
        list.append({QStringLiteral("platform-device off"),
                     Realization::tr("libvirt has no element that removes the Xen platform device (libxl's "
                                     "xen_platform_pci, XAPI has no such parameter); remove it in the toolstack.")});
    } else if (!xp::device::managedByXapi(c.flavour)) {
        if ((p.deviceId && *p.deviceId != 0x0001) || (p.revision && *p.revision != 0x01))
            list.append({platformText(), Realization::tr("The %1 device model has a fixed platform device 5853:0001 "
                                                         "rev 01; the configured identity is kept in metadata only.")
                                             .arg(DeviceText::flavourName(c.flavour))});
    } else {
        const quint8 xapiRevision = Realization::defaultPlatformRevision(c);
        const bool uefi =
            c.flavour == Flavour::XenServer && c.xenServerProfile == xp::device::XenServerProfile::UpstreamUefi;
        if (p.revision && *p.revision != xapiRevision)
            list.append(
                {platformText(),
                 uefi ? Realization::tr("Under qemu-upstream-uefi XAPI passes no revision, so QEMU shows 1; revision "
                                        "%1 is kept in metadata only.")
                            .arg(HexText::revision(*p.revision))
                      : Realization::tr("XAPI sets the revision itself (2 once platform:device_id is set, else 1); "
                                        "revision %1 is kept in metadata only.")
                            .arg(HexText::revision(*p.revision))});
    }

    const VendorDeviceSettings& v = c.vendor;
    if (v.enabled) {
        const QString setting =
            QStringLiteral("vendor-device %1:%2 rev %3")
                .arg(HexText::id(v.vendorId), HexText::id(v.deviceId), HexText::revision(v.revision));
        switch (c.flavour) {
        case Flavour::QemuTraditional:
            list.append({setting, Realization::tr("qemu-traditional has no xen-pvdevice: the vendor device is kept "
                                                  "in metadata only and the guest does not see it.")});
            break;
        case Flavour::XenServer:
        case Flavour::XenServerTrad:
            if (v.vendorId != 0x5853 || v.deviceId != 0xc000 || v.revision != 0x01)
                list.append({setting, Realization::tr("XAPI's has-vendor-device can only add 5853:c000 rev 01; "
                                                      "this vendor device is kept in metadata only.")});
            break;
        case Flavour::QemuUpstream:
            if (dialect == CommandLineDialect::None)
                list.append({setting, Realization::tr("libvirt has no device-model command line for this domain "
                                                      "(libvirt's test driver keeps none; only the QEMU and libxl "
                                                      "drivers have one); the vendor device is kept in metadata "
                                                      "only.")});
            break;
        }
    }

    for (const BlacklistItem& item : c.blacklist) {
        if (c.flavour == Flavour::QemuUpstream)
            list.append({entryText(item), Realization::tr("Upstream QEMU never answers 0xd249: the entry is modeled, "
                                                          "not enforced.")});
        else if (c.flavour == Flavour::XenServer)
            list.append(
                {entryText(item), Realization::tr("XenServer 8 and later run upstream QEMU, which never answers "
                                                  "0xd249: the entry is modeled, not enforced.")});
        else if (!Blacklist::enforced(c.flavour, item.product))
            list.append({entryText(item), Realization::tr("The %1 device model reads the xenstore blacklist only for "
                                                          "products 1, 2 and 0xffff: the entry is modeled, not "
                                                          "enforced.")
                                              .arg(DeviceText::flavourName(c.flavour))});
    }
    return list;
}

QString xenstorePath(quint16 product, quint32 build)
{
    const auto path = Blacklist::xenstorePath(product, build);
    // Only registry products reach here: ProductRegistry parsed every BlacklistItem.
    return path ? QString::fromStdString(*path) : QString();
}

bool checkRangeSize(const BlacklistItem& item, Flavour flavour, QString* error)
{
    const quint64 builds = quint64(item.lastBuild) - item.firstBuild + 1;
    if (builds <= Realization::kMaxExpandedBuilds)
        return true;
    if (error)
        *error = Realization::tr("%1 covers %2 builds; the %3 device model reads one xenstore key per build and "
                                 "xpconsole plans at most %4 of them. Split the range, or write the keys by hand.")
                     .arg(entryText(item))
                     .arg(builds)
                     .arg(DeviceText::flavourName(flavour))
                     .arg(Realization::kMaxExpandedBuilds);
    return false;
}

} // namespace

QString Realization::namespaceUri(CommandLineDialect dialect)
{
    switch (dialect) {
    case CommandLineDialect::Qemu: return qemuNamespace();
    case CommandLineDialect::Xen: return xenNamespace();
    case CommandLineDialect::None: break;
    }
    return {};
}

QString Realization::prefix(CommandLineDialect dialect)
{
    switch (dialect) {
    case CommandLineDialect::Qemu: return QStringLiteral("qemu");
    case CommandLineDialect::Xen: return QStringLiteral("xen");
    case CommandLineDialect::None: break;
    }
    return {};
}

CommandLineDialect Realization::dialectFor(const QString& uri, const QString& domainType)
{
    // "test", "test+unix"...: the test driver parses neither namespace and drops both blocks on define.
    if (hostDriver(uri) == HostDriver::Test)
        return CommandLineDialect::None;
    if (domainType == QLatin1String("xen"))
        return CommandLineDialect::Xen;
    if (domainType == QLatin1String("kvm") || domainType == QLatin1String("qemu"))
        return CommandLineDialect::Qemu;
    return CommandLineDialect::None;
}

quint8 Realization::defaultPlatformRevision(const VmConfig& config)
{
    xp::device::PlatformDeviceConfig device;
    device.flavour = config.flavour;
    device.deviceId = config.platform.deviceId;
    device.profile = config.xenServerProfile.value_or(xp::device::XenServerProfile::UpstreamCompat);
    return xp::device::PlatformDevice::identity(device).revision;
}

QStringList Realization::arguments(const VmConfig& config, CommandLineDialect dialect)
{
    if (dialect == CommandLineDialect::None || config.flavour != Flavour::QemuUpstream || !config.vendor.enabled)
        return {};
    const VendorDeviceSettings& v = config.vendor;
    return {QStringLiteral("-device"),
            QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=%1,device-id=%2,revision=%3")
                .arg(HexText::id(v.vendorId), HexText::id(v.deviceId), HexText::revision(v.revision))};
}

bool Realization::isOwnDeviceValue(const QString& value)
{
    const auto device = DeviceArgumentParser::parse(value);
    return device && device->ours;
}

HostDriver Realization::hostDriver(const QString& uri)
{
    // The scheme by hand: this runs for every listed VM, and QUrl parses the whole URI.
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    const QStringView scheme = QStringView(uri).left(colon < 0 ? 0 : colon);
    const qsizetype plus = scheme.indexOf(QLatin1Char('+'));
    const QStringView driver = plus < 0 ? scheme : scheme.left(plus);
    if (driver.compare(u"test", Qt::CaseInsensitive) == 0)
        return HostDriver::Test;
    if (driver.compare(u"qemu", Qt::CaseInsensitive) == 0)
        return HostDriver::Qemu;
    if (driver.compare(u"xen", Qt::CaseInsensitive) == 0 || driver.compare(u"libxl", Qt::CaseInsensitive) == 0)
        return HostDriver::Libxl;
    return uri.isEmpty() ? HostDriver::Unknown : HostDriver::Other;
}

std::optional<RealizationPlan> Realization::plan(const VmConfig& baseline, const VmConfig& edited,
                                                 CommandLineDialect dialect, QString* error)
{
    RealizationPlan plan;
    plan.dialect = dialect;
    plan.arguments = arguments(edited, dialect);
    plan.argumentsChanged = plan.arguments != arguments(baseline, dialect);
    plan.modelOnly = modelOnlySettings(edited, dialect);

    // The xenstore blacklist: only the keys this change adds or removes, never ones another entry still needs.
    const QList<BlacklistItem> before = enforcedEntries(baseline);
    const QList<BlacklistItem> after = enforcedEntries(edited);
    QSet<QString> planned;
    for (const BlacklistItem& item : before) {
        if (std::any_of(after.cbegin(), after.cend(), [&](const BlacklistItem& e) { return sameEntry(e, item); }))
            continue;
        if (!checkRangeSize(item, baseline.flavour, error))
            return std::nullopt;
        for (quint64 build = item.firstBuild; build <= item.lastBuild; ++build) {
            const QString path = xenstorePath(item.product, quint32(build));
            if (path.isEmpty() || covered(after, item.product, quint32(build)) || planned.contains(path))
                continue;
            planned.insert(path);
            plan.hostCommands.append({{QStringLiteral("xenstore-rm"), path}});
        }
    }
    for (const BlacklistItem& item : after) {
        if (std::any_of(before.cbegin(), before.cend(), [&](const BlacklistItem& e) { return sameEntry(e, item); }))
            continue;
        if (!checkRangeSize(item, edited.flavour, error))
            return std::nullopt;
        for (quint64 build = item.firstBuild; build <= item.lastBuild; ++build) {
            const QString path = xenstorePath(item.product, quint32(build));
            if (path.isEmpty() || covered(before, item.product, quint32(build)) || planned.contains(path))
                continue;
            planned.insert(path);
            plan.hostCommands.append({{QStringLiteral("xenstore-write"), path, QString()}});
        }
    }
    if (!plan.hostCommands.isEmpty())
        plan.hostCommandNotes.append(tr("Run the xenstore commands in dom0 of the host that runs the VM. The keys "
                                        "are host-wide: every VM with this device model on that host reads them "
                                        "at its drivers' next unplug handshake."));

    // XenServer: XAPI, not libvirt, owns the VM, so its two settings become xe commands for the pool master.
    if (xp::device::managedByXapi(edited.flavour)) {
        const bool entering = !xp::device::managedByXapi(baseline.flavour);
        QList<HostCommand> xe;
        const QUuid uuid = QUuid::fromString(edited.uuid);
        const QString uuidArg = QStringLiteral("uuid=") + uuid.toString(QUuid::WithoutBraces);
        const auto& id = edited.platform.deviceId;
        if (entering ? id.has_value() : id != baseline.platform.deviceId) {
            if (id)
                xe.append({{QStringLiteral("xe"), QStringLiteral("vm-param-set"), uuidArg,
                            QStringLiteral("platform:device_id=%1").arg(HexText::digits(*id, 4))}});
            else
                xe.append({{QStringLiteral("xe"), QStringLiteral("vm-param-remove"), uuidArg,
                            QStringLiteral("param-name=platform"), QStringLiteral("param-key=device_id")}});
        }
        if (entering || edited.vendor.enabled != baseline.vendor.enabled)
            xe.append({{QStringLiteral("xe"), QStringLiteral("vm-param-set"), uuidArg,
                        QStringLiteral("has-vendor-device=%1")
                            .arg(edited.vendor.enabled ? QStringLiteral("true") : QStringLiteral("false"))}});
        if (!xe.isEmpty()) {
            // QUuid also accepts text with a tail after the UUID; only the exact form is one.
            const QString given = edited.uuid.trimmed().toLower();
            const QString exact = uuid.toString(QUuid::WithoutBraces);
            if (uuid.isNull() || (given != exact && given != uuid.toString(QUuid::WithBraces))) {
                if (error)
                    *error = tr("The VM's UUID '%1' is not a UUID, so no xe command can name it.").arg(edited.uuid);
                return std::nullopt;
            }
            plan.hostCommands.append(xe);
            plan.hostCommandNotes.append(tr("Run the xe commands on the pool master with the VM halted; XAPI applies "
                                            "them at the VM's next start (it warns that changing has-vendor-device "
                                            "on an installed Windows VM is likely to crash it)."));
        }
    }
    return plan;
}

QString Realization::shellText(const QStringList& argv)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    QStringList words;
    for (const QString& word : argv) {
        if (word.isEmpty())
            words.append(QStringLiteral("\"\""));
        else if (plain.match(word).hasMatch())
            words.append(word);
        else
            words.append(QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                         QLatin1Char('\''));
    }
    return words.join(QLatin1Char(' '));
}
