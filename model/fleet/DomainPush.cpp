// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DomainPush.h"

#include "model/core/DeviceText.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/HexText.h"
#include "model/core/MetadataCodec.h"
#include "model/core/Realization.h"
#include "model/core/UnifiedDiff.h"
#include "model/libvirt/LibvirtSession.h"

namespace {

QString flavourText(const VmConfig& c)
{
    return DeviceText::flavourName(c.flavour);
}

QString platformText(const PlatformDeviceSettings& p)
{
    if (!p.enabled)
        return QStringLiteral("off");
    return QStringLiteral("%1:%2").arg(p.deviceId ? HexText::id(*p.deviceId) : QStringLiteral("default"),
                                       p.revision ? HexText::revision(*p.revision) : QStringLiteral("default"));
}

QString vendorText(const VendorDeviceSettings& v)
{
    if (!v.enabled)
        return QStringLiteral("off");
    return QStringLiteral("%1:%2:%3")
        .arg(HexText::id(v.vendorId), HexText::id(v.deviceId), HexText::revision(v.revision));
}

QString blacklistText(const QList<BlacklistItem>& list)
{
    QStringList entries;
    for (const BlacklistItem& item : list) {
        QString text = MetadataCodec::productName(item.product) + QLatin1Char(':') + QString::number(item.firstBuild);
        if (item.lastBuild != item.firstBuild)
            text += QLatin1Char('-') + QString::number(item.lastBuild);
        if (!item.comment.isEmpty())
            text += QStringLiteral(" (%1)").arg(item.comment);
        entries << text;
    }
    return entries.isEmpty() ? QStringLiteral("[]") : entries.join(QStringLiteral(", "));
}

QString guestText(const GuestSettings& g)
{
    return QStringLiteral("os=%1 release=%2 cmdline=%3 windows-update=%4 drivers=[%5] xenbus-active=%6")
        .arg(MetadataCodec::osName(g.os).isEmpty() ? QStringLiteral("unknown") : MetadataCodec::osName(g.os), g.release,
             g.cmdline,
             g.windowsUpdate == WindowsUpdate::Automatic ? QStringLiteral("automatic") : QStringLiteral("off"),
             g.drivers.join(QLatin1Char(',')),
             !g.xenbusActiveHardwareId.isEmpty() ? g.xenbusActiveHardwareId
             : g.xenbusActiveDeviceId            ? HexText::id(*g.xenbusActiveDeviceId)
                                                 : QStringLiteral("none"));
}

QString migrationText(const std::optional<MigrationProgress>& m)
{
    if (!m)
        return QStringLiteral("none");
    return QStringLiteral("%1 %2/%3 %4")
        .arg(m->target.package)
        .arg(m->completedSteps)
        .arg(m->stepCount)
        .arg(MigrationProgress::stateName(m->state));
}

} // namespace

DomainPush::DomainPush(LibvirtSession& session)
    : m_session(session)
{}

QString DomainPush::powerCycleNote()
{
    return tr("The VM is running: the change takes effect after the VM is powered off and started again.");
}

PushItem DomainPush::prepare(const QString& uuid, const QList<ConfigChange>& changes)
{
    DomainSnapshot snapshot;
    snapshot.uuid = uuid;
    const LibvirtResult read = m_session.refreshDomain(snapshot, true);
    if (!read.ok() && snapshot.error.isEmpty()) {
        PushItem item;
        item.uuid = uuid;
        item.changes = changes;
        item.refusal = read.message;
        return item;
    }
    return prepare(snapshot, changes);
}

PushItem DomainPush::prepare(const DomainSnapshot& snapshot, const QList<ConfigChange>& changes) const
{
    return prepareWith(m_session.uri(), snapshot, changes, nullptr);
}

PushItem DomainPush::prepareEdited(const DomainSnapshot& snapshot, const VmConfig& edited) const
{
    return prepareWith(m_session.uri(), snapshot, {}, &edited);
}

PushItem DomainPush::prepareOn(const QString& uri, const DomainSnapshot& snapshot, const QList<ConfigChange>& changes)
{
    return prepareWith(uri, snapshot, changes, nullptr);
}

PushItem DomainPush::prepareEditedOn(const QString& uri, const DomainSnapshot& snapshot, const VmConfig& edited)
{
    return prepareWith(uri, snapshot, {}, &edited);
}

QList<PushItem> DomainPush::prepareAll(const QList<DomainSnapshot>& domains, const QList<ConfigChange>& changes) const
{
    QList<PushItem> items;
    items.reserve(domains.size());
    for (const DomainSnapshot& snapshot : domains)
        items.append(prepare(snapshot, changes));
    return items;
}

PushItem DomainPush::prepareWith(const QString& uri, const DomainSnapshot& snapshot, const QList<ConfigChange>& changes,
                                 const VmConfig* edited)
{
    PushItem item;
    item.uuid = snapshot.uuid;
    item.name = snapshot.name;
    item.running = snapshot.isActive();
    item.originalXml = QString::fromUtf8(snapshot.inactiveXml);
    item.changes = changes;
    auto refuse = [&](const QString& why) {
        item.refusal = why;
        return item;
    };
    if (!snapshot.error.isEmpty())
        return refuse(tr("Its XML could not be read: %1").arg(snapshot.error));
    if (snapshot.inactiveXml.isEmpty())
        return refuse(tr("libvirt gave no inactive XML for it."));
    if (!snapshot.persistent)
        return refuse(tr("It is a transient domain: there is no persistent definition to change."));

    VmConfig baseline;
    if (!DomainXmlReader::read(item.originalXml, baseline))
        return refuse(baseline.metadataErrors.join(QLatin1Char(' ')));
    // As VmReport does: libvirt's listing names the VM and says what its host can run, whatever the XML says.
    DomainXmlReader::adoptListing(snapshot, uri, baseline);
    baseline.running = item.running;
    item.baseline = baseline;
    item.edited = baseline;
    if (baseline.metadataReadOnly)
        return refuse(tr("Its xpconsole metadata is read-only, so nothing is written to it: %1")
                          .arg(baseline.metadataErrors.join(QStringLiteral("; "))));
    if (edited) {
        item.edited = *edited;
    } else {
        for (const ConfigChange& change : changes) {
            if (change.isWhatIfOnly())
                return refuse(
                    tr("--set %1 is what-if only: use preview; it is never written to a VM.").arg(change.text()));
            QString error;
            if (!change.applyTo(item.edited, &error))
                return refuse(error);
        }
    }

    const CommandLineDialect dialect = Realization::dialectFor(uri, baseline.domainType);
    const DomainPatcher::Result patched = DomainPatcher::patch(item.originalXml, baseline, item.edited, dialect);
    if (!patched.ok)
        return refuse(patched.error);
    // Issue 17 item 2: a device the host's QEMU cannot realize stops the VM from starting at all.
    const bool writesXenDevice =
        dialect == CommandLineDialect::Qemu && patched.plan.argumentsChanged && !patched.plan.arguments.isEmpty();
    if (writesXenDevice && baseline.definition.xenDevices == HostSupport::No &&
        !item.edited.definition.push.overrideHostCheck)
        return refuse(tr("The VM would not start: its QEMU has no xen-pvdevice. %1 Add override=host-check to write "
                         "it anyway.")
                          .arg(baseline.definition.xenDevicesDetail));
    item.newXml = patched.xml;
    item.plan = patched.plan;
    if (writesXenDevice && baseline.definition.xenDevices == HostSupport::Unknown)
        item.plan.notes.append(baseline.definition.xenDevicesDetail);
    const QString file = (snapshot.name.isEmpty() ? snapshot.uuid : snapshot.name) + QStringLiteral(".xml");
    item.diff =
        UnifiedDiff::diff(item.originalXml, item.newXml, QStringLiteral("a/") + file, QStringLiteral("b/") + file);
    return item;
}

PushResult DomainPush::commit(const PushItem& item)
{
    if (std::optional<PushResult> early = judgeBeforeDefine(item))
        return *early;
    return judgeDefine(item, m_session.defineIfUnchanged(item.uuid, item.originalXml, item.newXml));
}

std::optional<PushResult> DomainPush::judgeBeforeDefine(const PushItem& item)
{
    PushResult result;
    result.item = item;
    if (!item.canWrite()) {
        result.status = PushResult::Status::Refused;
        result.message = item.refusal;
        return result;
    }
    if (item.newXml == item.originalXml) {
        result.status = PushResult::Status::Unchanged;
        result.message = tr("Nothing to change: the domain XML already holds this.");
        return result;
    }
    return std::nullopt;
}

PushResult DomainPush::judgeDefine(const PushItem& item, const LibvirtResult& defined)
{
    PushResult result;
    result.item = item;
    switch (defined.status) {
    case LibvirtResult::Status::Ok:
        result.storedXml = defined.xml;
        result.problems = verify(item, defined.xml);
        result.status = result.problems.isEmpty() ? PushResult::Status::Verified : PushResult::Status::NotKept;
        result.message = result.problems.isEmpty() ? tr("Written; read back, every field is as written.")
                                                   : tr("Written, but libvirt did not keep everything: %1")
                                                         .arg(result.problems.join(QStringLiteral("; ")));
        result.needsPowerCycle = item.running;
        return result;
    case LibvirtResult::Status::Conflict:
        result.status = PushResult::Status::Conflict;
        result.storedXml = defined.xml;
        result.message = tr("%1 The change is kept: prepare it again on the new definition.").arg(defined.message);
        return result;
    case LibvirtResult::Status::ReadOnly:
        result.status = PushResult::Status::ReadOnly;
        result.message = defined.message;
        return result;
    case LibvirtResult::Status::Error:
    case LibvirtResult::Status::NotConnected:
    case LibvirtResult::Status::NotFound:
    case LibvirtResult::Status::InvalidArgument: break;
    }
    result.status = PushResult::Status::Failed;
    result.message = defined.message;
    return result;
}

QStringList DomainPush::verify(const PushItem& item, const QString& storedXml)
{
    QStringList problems;
    VmConfig stored;
    if (storedXml.isEmpty() || !DomainXmlReader::read(storedXml, stored)) {
        problems << tr("The stored XML could not be read back: %1").arg(stored.metadataErrors.join(QLatin1Char(' ')));
        return problems;
    }
    auto check = [&](bool same, const QString& field, const QString& wrote, const QString& kept) {
        if (!same)
            problems << tr("%1: written as %2, libvirt keeps %3").arg(field, wrote, kept);
    };
    const VmConfig& e = item.edited;
    if (stored.metadataReadOnly)
        problems << tr("The metadata read back is not usable: %1").arg(stored.metadataErrors.join(QLatin1Char(' ')));
    if (e.flavourFromMetadata)
        check(stored.flavourFromMetadata && stored.flavour == e.flavour, QStringLiteral("device-model"), flavourText(e),
              stored.flavourFromMetadata ? flavourText(stored) : tr("none"));
    check(stored.platform == e.platform, QStringLiteral("platform-device"), platformText(e.platform),
          platformText(stored.platform));
    check(stored.vendor == e.vendor, QStringLiteral("vendor-device"), vendorText(e.vendor), vendorText(stored.vendor));
    check(stored.blacklist == e.blacklist, QStringLiteral("blacklist"), blacklistText(e.blacklist),
          blacklistText(stored.blacklist));
    check(stored.guest == e.guest, QStringLiteral("guest"), guestText(e.guest), guestText(stored.guest));
    check(stored.migration == e.migration, QStringLiteral("migration"), migrationText(e.migration),
          migrationText(stored.migration));
    auto inventoryText = [](const std::optional<DriverInventory>& i) {
        return i ? tr("%1 (%2 packages, %3 devices)").arg(i->origin).arg(i->packages.size()).arg(i->devices.size())
                 : tr("none");
    };
    check(stored.observed.inventory == e.observed.inventory, QStringLiteral("inventory"),
          inventoryText(e.observed.inventory), inventoryText(stored.observed.inventory));

    const CommandLineDialect dialect = item.plan.dialect;
    const QStringList wanted =
        item.plan.argumentsChanged ? item.plan.arguments : DomainPatcher::ownArguments(item.originalXml, dialect);
    const QStringList kept = DomainPatcher::ownArguments(storedXml, dialect);
    check(kept == wanted, tr("xpconsole's device-model arguments"),
          QLatin1Char('\'') + wanted.join(QLatin1Char(' ')) + QLatin1Char('\''),
          QLatin1Char('\'') + kept.join(QLatin1Char(' ')) + QLatin1Char('\''));
    const QStringList foreignBefore = DomainPatcher::foreignArguments(item.originalXml, dialect);
    const QStringList foreignAfter = DomainPatcher::foreignArguments(storedXml, dialect);
    check(foreignAfter == foreignBefore, tr("other device-model arguments"),
          QLatin1Char('\'') + foreignBefore.join(QLatin1Char(' ')) + QLatin1Char('\''),
          QLatin1Char('\'') + foreignAfter.join(QLatin1Char(' ')) + QLatin1Char('\''));
    QStringList metadataBefore = DomainPatcher::foreignMetadata(item.originalXml);
    QStringList metadataAfter = DomainPatcher::foreignMetadata(storedXml);
    metadataBefore.sort();
    metadataAfter.sort();
    if (metadataAfter != metadataBefore)
        problems << tr("Other applications' metadata changed: %1 element(s) before, %2 after.")
                        .arg(metadataBefore.size())
                        .arg(metadataAfter.size());
    return problems;
}
