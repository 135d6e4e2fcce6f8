// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PlatformDevice.h"

#include <string>

namespace xp::device {

// Sources, beyond the facts file's tables: qemu-trad as solooboroten/xen-device-model
// hw/xen_platform.c, XenServer's trad as cywzl/xen-device-model-1.9.0 hw/xen_platform.c (the
// trees facts §1.3 and §1.5 cite). Where those trees add detail the facts do not state, the
// comment at that spot says so.

Result<PlatformDevice> PlatformDevice::create(PlatformDeviceConfig config)
{
    // Upstream QEMU has no qdev properties for the IDs, and trad hard-codes them (facts §1.1, §1.3).
    if (!managedByXapi(config.flavour) && (config.deviceId || config.revision))
        return Error{ErrorCode::NotConfigurable, std::string(flavourName(config.flavour))};
    return PlatformDevice(config, identity(config));
}

PlatformDevice::Identity PlatformDevice::identity(const PlatformDeviceConfig& config)
{
    Identity id{config.deviceId.value_or(kDefaultDeviceId), kDefaultRevision, 0, kClassOther};
    // WHQL wants non-zero subsystem IDs; trad and XenServer copy the device ID (facts §1.3, §1.5).
    id.subsystemId = id.deviceId;
    // An explicit revision wins; otherwise configuring a device ID implies revision 2 (facts §1.5, §8). A
    // revision alone is taken as given: both XenServer device models have the property.
    const std::uint8_t xapiRevision =
        config.revision.value_or(config.deviceId ? kXenServerIdRevision : kDefaultRevision);
    switch (config.flavour) {
    case Flavour::QemuUpstream:
    case Flavour::QemuTraditional: break;
    case Flavour::XenServerTrad:
        id.revision = xapiRevision;
        id.classCode = kClassScsi;
        break;
    case Flavour::XenServer:
        if (config.profile == XenServerProfile::UpstreamCompat) {
            // xen-api device.ml Dm_Common.xen_platform, trad_compat: device-id, revision, class-id=0x0100,
            // subvendor_id=0x5853, subsystem_id=<device-id>.
            id.revision = xapiRevision;
            id.classCode = kClassScsi;
        } else {
            // qemu-upstream-uefi passes device-id only. The rest are QEMU's defaults: the revision property's 1
            // (xen-platform-add-revision-property.patch) and the class's ff80 and subsystem 5853:0001
            // (hw/i386/xen/xen_platform.c class_init); derived from the sources, not observed on a running VM.
            id.revision = config.revision.value_or(kDefaultRevision);
            id.subsystemId = kDefaultDeviceId;
        }
        break;
    }
    return id;
}

PlatformDevice::PlatformDevice(const PlatformDeviceConfig& config, const Identity& identity)
    : m_flavour(config.flavour)
    , m_deviceId(identity.deviceId)
    , m_revision(identity.revision)
    , m_subsystemId(identity.subsystemId)
    , m_classCode(identity.classCode)
    , m_blacklist(config.blacklist)
    , m_log(config.flavour, config.clock)
{
    using S = PciConfigSpace;
    const std::uint32_t classCode = m_classCode;
    m_space.preset(S::kVendorId, AccessWidth::Word, kVendorId);
    m_space.preset(S::kDeviceId, AccessWidth::Word, m_deviceId);
    // Upstream QEMU presets I/O + memory at realize (facts §1.1), but its PCI device reset clears every
    // writable command bit before the guest runs: xen-pvdevice presets memory and yet reads 0x0000
    // after reset on QEMU 7.2 (facts §3, observed; tst_QemuReference). xen-platform cannot be realized
    // without Xen, so 0x0000 is derived for it. qemu-dm (trad) keeps its preset: its reset does not
    // touch the command register.
    m_space.preset(S::kCommand, AccessWidth::Word,
                   runsUpstreamQemu(config.flavour) ? kCommandAfterResetUpstream : kCommandPreset);
    m_space.preset(S::kRevision, AccessWidth::Byte, m_revision);
    m_space.preset(S::kProgIf, AccessWidth::Byte, classCode & 0xff);
    m_space.preset(S::kSubClass, AccessWidth::Word, classCode >> 8);
    m_space.preset(S::kSubsystemVendorId, AccessWidth::Word, kVendorId);
    m_space.preset(S::kSubsystemId, AccessWidth::Word, m_subsystemId);
    m_space.preset(S::kInterruptPin, AccessWidth::Byte, interruptPin());
    m_space.defineBar(kIoBar, BarKind::Io, kIoBarSize);
    m_space.defineBar(kMmioBar, BarKind::Memory32Prefetchable, kMmioBarSize);
}

std::uint8_t PlatformDevice::interruptPin() const
{
    // INTC avoids interrupt sharing on non-APIC systems, which broke the Geneva PV drivers (facts §1.5). XenServer 8's
    // QEMU keeps upstream's INTA: no patch of xcp-ng-rpms/qemu touches PCI_INTERRUPT_PIN.
    return m_flavour == Flavour::XenServerTrad ? kPinIntC : kPinIntA;
}

std::uint8_t PlatformDevice::protocolVersion() const
{
    if (m_flavour == Flavour::XenServerTrad)
        return m_xenServerVersion.value_or(0);
    return kProtocolVersion;
}

std::uint32_t PlatformDevice::read(std::uint16_t port, AccessWidth width)
{
    if (port < kPortBase || port >= kPortBase + kPortCount)
        return widthMask(width);
    switch (width) {
    case AccessWidth::Byte: return readByte(port);
    case AccessWidth::Word: return readWord(port);
    case AccessWidth::Dword: return widthMask(width);
    }
    return widthMask(width);
}

void PlatformDevice::write(std::uint16_t port, AccessWidth width, std::uint32_t value)
{
    if (port < kPortBase || port >= kPortBase + kPortCount)
        return;
    switch (width) {
    case AccessWidth::Byte: writeByte(port, static_cast<std::uint8_t>(value)); break;
    case AccessWidth::Word: writeWord(port, static_cast<std::uint16_t>(value)); break;
    case AccessWidth::Dword: writeDword(port, value); break;
    }
}

std::uint8_t PlatformDevice::readByte(std::uint16_t port)
{
    switch (port) {
    case kPortMagic: return m_flags;
    case kPortProtocol:
        if (m_flavour == Flavour::XenServerTrad) {
            // Reading the version implies at least version 1 unless 0x13 already set one (facts §1.5).
            setXenServerVersion(1);
            return protocolVersion();
        }
        return kProtocolVersion;
    default: return 0xff;
    }
}

std::uint16_t PlatformDevice::readWord(std::uint16_t port) const
{
    if (port != kPortMagic)
        return 0xffff;
    // m_blacklisted never becomes true on upstream, which always answers 0x49d2 (facts pitfall 2).
    return m_blacklisted ? kBlacklistedMagic : kMagic;
}

void PlatformDevice::writeByte(std::uint16_t port, std::uint8_t value)
{
    switch (port) {
    case kPortMagic: setFlags(value); break;
    case kPortUnplugType:
        if (m_flavour == Flavour::XenServerTrad && protocolVersion() == 2)
            m_unplugType = value;
        break;
    case kPortProtocol: m_log.write(value); break;
    case kPortUnplugIndex:
        // The first byte is the version, never an index (facts §1.5).
        if (m_flavour == Flavour::XenServerTrad && !setXenServerVersion(value) && protocolVersion() == 2)
            xenServerIndexedUnplug(value);
        break;
    default: break;
    }
}

void PlatformDevice::writeWord(std::uint16_t port, std::uint16_t value)
{
    switch (port) {
    case kPortMagic:
        if (m_flavour != Flavour::XenServerTrad) {
            unplug(value);
            break;
        }
        // XenServer's tree only honours the mask in protocol versions 0 and 1 and not for blacklisted
        // drivers (version_0_1_unplug); the facts do not mention this gate.
        m_requestedUnplugMask |= value;
        if (protocolVersion() <= 1 && !m_blacklisted)
            m_unplugMask |= value;
        else
            note(PlatformEventKind::UnplugRefused, port);
        break;
    case kPortProtocol:
        // XenServer's tree drops the product until the version is set (unplug_version != 0).
        if (m_flavour == Flavour::XenServerTrad && protocolVersion() == 0) {
            note(PlatformEventKind::IgnoredBeforeHandshake, port);
            break;
        }
        m_product = value;
        note(PlatformEventKind::ProductWritten, value);
        break;
    default: break;
    }
}

void PlatformDevice::writeDword(std::uint16_t port, std::uint32_t value)
{
    switch (m_flavour) {
    case Flavour::QemuUpstream:
        if (port == kPortMagic)
            note(PlatformEventKind::BuildIgnored, value);
        break;
    case Flavour::XenServer:
        // XenServer 8 keeps the build to report it over QMP (xcp-ng-rpms/qemu
        // 0001-xen-platform-Handle-write-of-four-byte-build-number-.patch), and never blacklists it.
        if (port == kPortMagic) {
            m_build = value;
            note(PlatformEventKind::BuildAccepted, value);
        }
        break;
    case Flavour::QemuTraditional:
        if (port == kPortMagic)
            setBuild(value);
        break;
    case Flavour::XenServerTrad:
        // XenServer's write4 handler does not look at the port, and needs the version set first.
        if (protocolVersion() == 0)
            note(PlatformEventKind::IgnoredBeforeHandshake, port);
        else
            setBuild(value);
        break;
    }
}

void PlatformDevice::setFlags(std::uint8_t value)
{
    // Only PFFLAG_ROM_LOCK is stored; the other bits read back as 0 (trad and upstream alike).
    m_flags = value & kFlagRomLock;
}

void PlatformDevice::unplug(std::uint16_t mask)
{
    m_requestedUnplugMask |= mask;
    m_unplugMask |= mask;
}

void PlatformDevice::setBuild(std::uint32_t build)
{
    // Product 0 is "not set" to both trad trees (driver_product_version / product_id start at 0).
    if (!m_product || *m_product == 0) {
        note(PlatformEventKind::BuildBeforeProduct, build);
        return;
    }
    m_build = build;
    note(PlatformEventKind::BuildAccepted, build);
    const bool listed = m_blacklist.blacklisted(m_flavour, *m_product, build, {m_deviceId, m_revision});
    if (m_flavour == Flavour::XenServerTrad)
        m_blacklisted = listed; // assigned: a later good build clears it, even a version-2 mark
    else if (listed)
        m_blacklisted = true; // trad only ever sets it
    if (listed)
        note(PlatformEventKind::DriversBlacklisted, build);
}

bool PlatformDevice::setXenServerVersion(std::uint8_t version)
{
    if (m_xenServerVersion)
        return false;
    m_xenServerVersion = version;
    note(PlatformEventKind::ProtocolVersionSet, version);
    // As read; intent UNCONFIRMED (facts §1.5), hence kVersion2BlacklistUncertain.
    if (version > 1) {
        m_blacklisted = true;
        note(PlatformEventKind::DriversBlacklisted, version);
    }
    return true;
}

void PlatformDevice::xenServerIndexedUnplug(std::uint8_t index)
{
    if (m_blacklisted) {
        note(PlatformEventKind::UnplugRefused, kPortUnplugIndex);
        return;
    }
    if (m_unplugType != kUnplugTypeIde && m_unplugType != kUnplugTypeNic) {
        note(PlatformEventKind::UnknownUnplugType, m_unplugType);
        return;
    }
    m_indexedUnplugs.push_back({m_unplugType, index});
}

std::uint8_t PlatformDevice::ioBarRead(std::uint8_t offset) const
{
    return offset == kIoBarFlagsOffset ? m_flags : std::uint8_t{0xff};
}

void PlatformDevice::ioBarWrite(std::uint8_t offset, std::uint8_t value)
{
    switch (offset) {
    case kIoBarFlagsOffset: setFlags(value); break;
    case kIoBarSuseOffset:
        // SUSE xenlinux / pre-1.7 VMDP: upstream only, since 2016 (facts §1.1, §1.3).
        if (runsUpstreamQemu(m_flavour) && value == 1)
            unplug(kUnplugDisks | kUnplugNics);
        break;
    case kIoBarVmdpOffset:
        // Trad (and XenServer, derived from it) only ever had a log port here (facts §1.3).
        if (runsUpstreamQemu(m_flavour) && value == 1)
            unplug(kUnplugDisks);
        else if (runsUpstreamQemu(m_flavour) && value == 2)
            unplug(kUnplugNics);
        else
            m_log.write(value);
        break;
    default: break;
    }
}

std::uint32_t PlatformDevice::ioBarRead(std::uint8_t offset, AccessWidth width) const
{
    std::uint32_t value = 0;
    for (unsigned i = 0; i < static_cast<unsigned>(width); ++i) {
        const unsigned at = offset + i;
        const std::uint8_t byte = at < kIoBarSize ? ioBarRead(static_cast<std::uint8_t>(at)) : std::uint8_t{0xff};
        value |= std::uint32_t{byte} << (8 * i);
    }
    return value;
}

void PlatformDevice::ioBarWrite(std::uint8_t offset, AccessWidth width, std::uint32_t value)
{
    for (unsigned i = 0; i < static_cast<unsigned>(width); ++i) {
        const unsigned at = offset + i;
        if (at < kIoBarSize)
            ioBarWrite(static_cast<std::uint8_t>(at), static_cast<std::uint8_t>(value >> (8 * i)));
    }
}

std::uint32_t PlatformDevice::mmioRead(std::uint32_t /*offset*/, AccessWidth /*width*/) const
{
    return 0;
}

} // namespace xp::device
