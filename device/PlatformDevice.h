// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "AccessWidth.h"
#include "Blacklist.h"
#include "Flavour.h"
#include "LogPort.h"
#include "PciConfigSpace.h"
#include "PortIo.h"
#include "Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xp::device {

class Clock;

/// What the VM asks of its platform device. Only the two XenServer flavours take an ID or revision.
struct PlatformDeviceConfig
{
    Flavour flavour = Flavour::QemuUpstream;
    std::optional<std::uint16_t> deviceId;
    std::optional<std::uint8_t> revision;
    /// xenserver only: which properties xenopsd passes besides the device ID.
    XenServerProfile profile = XenServerProfile::UpstreamCompat;
    /// Applied when a driver writes its 32-bit build number (Blacklist::blacklisted()).
    Blacklist blacklist;
    /// Time source for the trad/xenserver log rate limiter; not owned, may be null (see LogPort).
    const Clock* clock = nullptr;
};

/// A per-index unplug request of XenServer's unplug protocol version 2 (facts §1.5).
struct IndexedUnplug
{
    std::uint8_t type = 0; ///< PlatformDevice::kUnplugTypeIde or kUnplugTypeNic
    std::uint8_t index = 0;
    friend bool operator==(const IndexedUnplug&, const IndexedUnplug&) = default;
};

/// Something the device model itself notes in its log (qemu-dm.log / the QEMU trace), as opposed
/// to what the guest writes to the log port. model/ turns these into sentences.
enum class PlatformEventKind {
    ProductWritten,         ///< value: the product number
    BuildIgnored,           ///< qemu-upstream drops build numbers; value: the build
    BuildBeforeProduct,     ///< trad/xenserver complaint: no (non-zero) product yet; value: the build
    BuildAccepted,          ///< value: the build
    DriversBlacklisted,     ///< the next magic read answers 0xd249; value: the build, or the version
    IgnoredBeforeHandshake, ///< xenserver drops this until the protocol version is set; value: the port
    ProtocolVersionSet,     ///< xenserver; value: the version
    UnplugRefused,          ///< xenserver ignores unplugs from blacklisted drivers or other versions; value: port
    UnknownUnplugType,      ///< xenserver version 2 index with a type other than IDE/NIC; value: the type
};

struct PlatformEvent
{
    PlatformEventKind kind;
    std::uint32_t value = 0;
    friend bool operator==(const PlatformEvent&, const PlatformEvent&) = default;
};

/// The Xen platform PCI device (QEMU `xen-platform`, qemu-trad's and XenServer's variants): its
/// configuration space, its BAR0 I/O region, and the fixed I/O ports 0x10-0x1F with the emulated
/// device unplug protocol, the driver blacklist and the guest log port (facts §1, §2).
class PlatformDevice final : public PortIo
{
public:
    static constexpr std::uint16_t kVendorId = 0x5853;        ///< "XS", PCI_VENDOR_ID_XEN (facts §1.1)
    static constexpr std::uint16_t kDefaultDeviceId = 0x0001; ///< PCI_DEVICE_ID_XEN_PLATFORM (facts §1.1)
    static constexpr std::uint8_t kDefaultRevision = 0x01;    ///< facts §1.1
    /// xenserver-trad, and xenserver's compat profile: the revision when a device ID is configured and no revision
    /// is (facts §1.5, §8; xen-api ocaml/xenopsd/xc/xenops_server_xen.ml `xen_platform_of`: "The revision is
    /// always 2 if a device_id is specified").
    static constexpr std::uint8_t kXenServerIdRevision = 0x02;
    static constexpr std::uint32_t kClassOther = 0xff8000; ///< base 0xff, sub 0x80, prog-if 0 (facts §1.1)
    /// xenserver-trad, and xenserver's compat profile (class-id=0x0100): SCSI storage (facts §1.5, §10.1).
    static constexpr std::uint32_t kClassScsi = 0x010000;
    static constexpr std::uint8_t kPinIntA = 1;             ///< facts §1.1, §1.3
    static constexpr std::uint8_t kPinIntC = 3;             ///< xenserver (facts §1.5)
    static constexpr std::uint16_t kCommandPreset = 0x0003; ///< I/O + memory enable (facts §1.1, §1.3 code)
    /// Derived: QEMU's reset clears the writable command bits that realize preset (see the constructor).
    static constexpr std::uint16_t kCommandAfterResetUpstream = 0x0000;
    static constexpr std::size_t kIoBar = 0;
    static constexpr std::size_t kMmioBar = 1;
    static constexpr std::uint32_t kIoBarSize = 0x100;       ///< "xen-pci", 256 bytes (facts §1.1)
    static constexpr std::uint32_t kMmioBarSize = 0x1000000; ///< "xen-mmio", 16 MiB prefetchable (facts §1.1)

    static constexpr std::uint16_t kPortBase = 0x10; ///< the fixed block is 0x10-0x1F (facts §1.1)
    static constexpr std::uint16_t kPortCount = 16;
    /// 8-bit flags, 16-bit magic (read) / unplug mask (write), 32-bit build number (write).
    static constexpr std::uint16_t kPortMagic = 0x10;
    /// xenserver version 2: 8-bit unplug type (facts §1.5).
    static constexpr std::uint16_t kPortUnplugType = 0x11;
    /// 8-bit protocol version (read) / log byte (write), 16-bit product number (write).
    static constexpr std::uint16_t kPortProtocol = 0x12;
    /// xenserver: the first byte sets the protocol version, later ones are version-2 unplug indices.
    static constexpr std::uint16_t kPortUnplugIndex = 0x13;

    static constexpr std::uint16_t kMagic = 0x49d2;            ///< facts §1.1, §2 step 1
    static constexpr std::uint16_t kBlacklistedMagic = 0xd249; ///< trad and xenserver only (facts §1.3)
    static constexpr std::uint8_t kProtocolVersion = 1;        ///< what 8-bit reads of 0x12 answer (facts §1.1)
    static constexpr std::uint8_t kFlagRomLock = 0x01;         ///< PFFLAG_ROM_LOCK, the only stored flag

    static constexpr std::uint16_t kUnplugDisks = 0x0001; ///< IDE + SCSI disks (facts §1.2)
    static constexpr std::uint16_t kUnplugNics = 0x0002;  ///< facts §1.2
    static constexpr std::uint8_t kUnplugTypeIde = 1;     ///< version 2 (facts §1.5)
    static constexpr std::uint8_t kUnplugTypeNic = 2;     ///< version 2 (facts §1.5)

    static constexpr std::uint8_t kIoBarFlagsOffset = 0; ///< BAR0: flags (facts §1.1)
    static constexpr std::uint8_t kIoBarSuseOffset = 4;  ///< BAR0: SUSE/VMDP unplug, upstream only (facts §1.1)
    static constexpr std::uint8_t kIoBarVmdpOffset = 8;  ///< BAR0: VMDP unplug (upstream) or log byte (facts §1.1)

    /// Facts §1.5: a version above 1 written to port 0x13 marks the drivers blacklisted in the code
    /// as read, but whether that is intended is UNCONFIRMED. The model does it; the UI marks it.
    static constexpr bool kVersion2BlacklistUncertain = true;

    /// ErrorCode::NotConfigurable (detail: the flavour name) for a device ID or revision on
    /// qemu-upstream or qemu-traditional, whose platform device is fixed.
    static Result<PlatformDevice> create(PlatformDeviceConfig config);

    /// What a device of @p config shows in its configuration space, before create() checks that the flavour can
    /// take the IDs: for a XenServer flavour without a revision, the one XAPI gives.
    struct Identity
    {
        std::uint16_t deviceId;
        std::uint8_t revision;
        std::uint16_t subsystemId;
        std::uint32_t classCode;
    };
    static Identity identity(const PlatformDeviceConfig& config);

    Flavour flavour() const { return m_flavour; }
    std::uint16_t vendorId() const { return kVendorId; }
    std::uint16_t deviceId() const { return m_deviceId; }
    std::uint8_t revision() const { return m_revision; }
    std::uint16_t subsystemVendorId() const { return kVendorId; }
    std::uint16_t subsystemId() const { return m_subsystemId; }
    /// The 24-bit class code: base class << 16 | sub-class << 8 | prog-if.
    std::uint32_t classCode() const { return m_classCode; }
    std::uint8_t interruptPin() const;
    const Blacklist& blacklist() const { return m_blacklist; }

    const PciConfigSpace& config() const { return m_space; }
    PciConfigSpace& config() { return m_space; }

    /// The fixed ports, decoded by port and access width (facts §1.1 table). Ports outside
    /// 0x10-0x1F read all ones and ignore writes; an access is decoded by its first port.
    std::uint32_t read(std::uint16_t port, AccessWidth width) override;
    void write(std::uint16_t port, AccessWidth width, std::uint32_t value) override;

    /// BAR0 I/O region, byte access only: offset 0 reads the flags, every other offset 0xff.
    std::uint8_t ioBarRead(std::uint8_t offset) const;
    /// BAR0 byte write: offset 0 flags; offsets 4 and 8 per flavour (facts §1.1, §1.3).
    void ioBarWrite(std::uint8_t offset, std::uint8_t value);
    /// A wider BAR0 access, split into byte accesses as QEMU does for a region that implements only
    /// byte access (so SUSE's outl(1, base + 4) is bytes 1, 0, 0, 0 at offsets 4-7).
    std::uint32_t ioBarRead(std::uint8_t offset, AccessWidth width) const;
    void ioBarWrite(std::uint8_t offset, AccessWidth width, std::uint32_t value);
    /// BAR1 reads 0 and ignores writes (facts §1.1).
    std::uint32_t mmioRead(std::uint32_t offset, AccessWidth width) const;

    /// Unplug bits the device model acted on: 16-bit masks written to port 0x10 plus BAR0 requests
    /// as kUnplugDisks/kUnplugNics, OR-ed over time.
    std::uint16_t unplugMask() const { return m_unplugMask; }
    /// Every unplug bit a guest asked for, including what xenserver refused.
    std::uint16_t requestedUnplugMask() const { return m_requestedUnplugMask; }
    /// Version-2 per-index unplugs the device model acted on (xenserver only).
    const std::vector<IndexedUnplug>& indexedUnplugs() const { return m_indexedUnplugs; }
    /// Whether the next 16-bit read of port 0x10 answers kBlacklistedMagic.
    bool blacklisted() const { return m_blacklisted; }
    /// The last product number written, if any.
    std::optional<std::uint16_t> product() const { return m_product; }
    /// The last build number the device model accepted (never on qemu-upstream, which ignores it).
    std::optional<std::uint32_t> build() const { return m_build; }
    std::uint8_t flags() const { return m_flags; }
    bool romLocked() const { return (m_flags & kFlagRomLock) != 0; }
    /// The unplug protocol version: always kProtocolVersion, except on xenserver where it is 0
    /// until the guest reads port 0x12 (then at least 1) or writes port 0x13 first.
    std::uint8_t protocolVersion() const;

    const LogPort& log() const { return m_log; }
    /// The guest's completed log lines (log().lines()).
    const std::vector<std::string>& logLines() const { return m_log.lines(); }
    LogPort& log() { return m_log; }
    const std::vector<PlatformEvent>& events() const { return m_events; }

private:
    PlatformDevice(const PlatformDeviceConfig& config, const Identity& identity);

    std::uint8_t readByte(std::uint16_t port);
    std::uint16_t readWord(std::uint16_t port) const;
    void writeByte(std::uint16_t port, std::uint8_t value);
    void writeWord(std::uint16_t port, std::uint16_t value);
    void writeDword(std::uint16_t port, std::uint32_t value);
    void setFlags(std::uint8_t value);
    void unplug(std::uint16_t mask);
    void setBuild(std::uint32_t build);
    bool setXenServerVersion(std::uint8_t version);
    void xenServerIndexedUnplug(std::uint8_t index);
    void note(PlatformEventKind kind, std::uint32_t value) { m_events.push_back({kind, value}); }

    Flavour m_flavour;
    std::uint16_t m_deviceId;
    std::uint8_t m_revision;
    std::uint16_t m_subsystemId;
    std::uint32_t m_classCode;
    Blacklist m_blacklist;
    PciConfigSpace m_space;
    LogPort m_log;

    std::uint8_t m_flags = 0;
    std::uint16_t m_unplugMask = 0;
    std::uint16_t m_requestedUnplugMask = 0;
    bool m_blacklisted = false;
    std::optional<std::uint16_t> m_product;
    std::optional<std::uint32_t> m_build;
    // xenserver's unplug protocol state (cywzl/xen-device-model-1.9.0 hw/xen_platform.c).
    std::optional<std::uint8_t> m_xenServerVersion;
    std::uint8_t m_unplugType = 0;
    std::vector<IndexedUnplug> m_indexedUnplugs;
    std::vector<PlatformEvent> m_events;
};

} // namespace xp::device
