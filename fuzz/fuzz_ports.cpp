// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// A guest's view of the Xen platform device: a sequence of fixed-port, configuration-space and BAR0
// accesses on one PlatformDevice, then every guest handshake against copies of the device and the
// emulated-device unplug of the masks they wrote, checking the model's invariants after each step.
//
// Input layout (FuzzedDataProvider; integers come from the end of the input):
//   flavour, xenserver ID/revision, up to 4 blacklist entries, throttling, a small machine, a Linux
//   command line, then operations until the input runs out (see Op).
#include "FuzzCheck.h"
#include "device/EmulatedMachine.h"
#include "device/GuestHandshake.h"
#include "device/LinuxUnplugOptions.h"
#include "device/ManualClock.h"
#include "device/PlatformDevice.h"
#include "device/ProductRegistry.h"
#include "device/Unplug.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <set>
#include <vector>

using namespace xp::device;

namespace {

enum class Op : std::uint8_t {
    PortRead,
    PortWrite,
    ConfigRead,
    ConfigWrite,
    IoBarRead,
    IoBarWrite,
    MmioRead,
    ConfigReset,
    AdvanceClock,
    Handshake, ///< a handshake in the middle of the sequence, on the device itself
    kMaxValue = Handshake,
};

/// Configuration offsets whose bytes a guest can never change: IDs, revision, class, header type,
/// subsystem IDs, interrupt pin (and the capability pointer, as there are no capabilities).
constexpr std::array<std::uint8_t, 13> kIdentityOffsets{0x00, 0x01, 0x02, 0x03, 0x08, 0x09, 0x0a,
                                                        0x0b, 0x0e, 0x2c, 0x2d, 0x2e, 0x2f};
constexpr std::uint8_t kFixedTail[] = {PciConfigSpace::kCapabilityPointer, PciConfigSpace::kInterruptPin};

AccessWidth width(FuzzedDataProvider& input)
{
    constexpr AccessWidth widths[] = {AccessWidth::Byte, AccessWidth::Word, AccessWidth::Dword};
    return widths[input.ConsumeIntegralInRange<int>(0, 2)];
}

/// The invariants of the device state, whatever the guest did.
void checkDevice(const PlatformDevice& device, const std::array<std::uint8_t, PciConfigSpace::kSize>& reset)
{
    const auto& bytes = device.config().bytes();
    for (std::uint8_t offset : kIdentityOffsets)
        XP_FUZZ_CHECK(bytes[offset] == reset[offset]);
    for (std::uint8_t offset : kFixedTail)
        XP_FUZZ_CHECK(bytes[offset] == reset[offset]);
    XP_FUZZ_CHECK(device.config().read(PciConfigSpace::kVendorId, AccessWidth::Word) == device.vendorId());
    XP_FUZZ_CHECK(device.config().read(PciConfigSpace::kDeviceId, AccessWidth::Word) == device.deviceId());
    XP_FUZZ_CHECK(device.config().read(PciConfigSpace::kRevision, AccessWidth::Byte) == device.revision());
    XP_FUZZ_CHECK((device.config().read(PciConfigSpace::kRevision, AccessWidth::Dword) >> 8) == device.classCode());
    // Only the writable command bits move; BAR type bits are read-only; BAR0 is 256 bytes of I/O.
    XP_FUZZ_CHECK((device.config().read(PciConfigSpace::kCommand, AccessWidth::Word) &
                   ~std::uint32_t{PciConfigSpace::kCommandWritable | PlatformDevice::kCommandPreset}) == 0);
    const std::uint32_t bar0 = device.config().read(PciConfigSpace::barOffset(0), AccessWidth::Dword);
    XP_FUZZ_CHECK((bar0 & 0xffu) == 0x01u);
    const std::uint32_t bar1 = device.config().read(PciConfigSpace::barOffset(1), AccessWidth::Dword);
    XP_FUZZ_CHECK((bar1 & 0xffffffu) == 0x08u);
    for (std::size_t bar = 2; bar < PciConfigSpace::kBarCount; ++bar)
        XP_FUZZ_CHECK(device.config().read(PciConfigSpace::barOffset(bar), AccessWidth::Dword) == 0);

    XP_FUZZ_CHECK((device.flags() & ~PlatformDevice::kFlagRomLock) == 0);
    XP_FUZZ_CHECK((device.unplugMask() & ~device.requestedUnplugMask()) == 0);
    if (device.flavour() != Flavour::XenServerTrad) {
        XP_FUZZ_CHECK(device.protocolVersion() == PlatformDevice::kProtocolVersion);
        XP_FUZZ_CHECK(device.indexedUnplugs().empty());
    }
    if (device.flavour() == Flavour::QemuUpstream) {
        XP_FUZZ_CHECK(!device.blacklisted());
        XP_FUZZ_CHECK(!device.build().has_value());
    }
    for (const IndexedUnplug& unplug : device.indexedUnplugs())
        XP_FUZZ_CHECK(unplug.type == PlatformDevice::kUnplugTypeIde || unplug.type == PlatformDevice::kUnplugTypeNic);
    for (const std::string& line : device.logLines())
        XP_FUZZ_CHECK(line.size() <= LogPort::kMaxLineLength && line.find('\n') == std::string::npos);
    XP_FUZZ_CHECK(device.log().pending().size() <= LogPort::kMaxLineLength);
    XP_FUZZ_CHECK(device.log().tokens() <= LogPort::kBucketCapacity);
}

/// A port read as a guest sees it.
void checkPortRead(const PlatformDevice& device, std::uint16_t port, AccessWidth w, std::uint32_t value,
                   bool blacklistedBefore)
{
    XP_FUZZ_CHECK(value <= widthMask(w));
    if (port < PlatformDevice::kPortBase || port >= PlatformDevice::kPortBase + PlatformDevice::kPortCount)
        XP_FUZZ_CHECK(value == widthMask(w));
    if (port == PlatformDevice::kPortMagic && w == AccessWidth::Word) {
        if (device.flavour() == Flavour::QemuUpstream)
            XP_FUZZ_CHECK(value == PlatformDevice::kMagic);
        else
            XP_FUZZ_CHECK(value == (blacklistedBefore ? PlatformDevice::kBlacklistedMagic : PlatformDevice::kMagic));
    }
    if (port == PlatformDevice::kPortMagic && w == AccessWidth::Byte)
        XP_FUZZ_CHECK(value == device.flags());
    if (port == PlatformDevice::kPortProtocol && w == AccessWidth::Byte)
        XP_FUZZ_CHECK(value == device.protocolVersion());
}

void checkUnplug(const EmulatedMachine& machine, std::span<const std::uint16_t> masks)
{
    const UnplugOutcome outcome = Unplug::applyWrites(machine, masks);
    const auto& devices = machine.devices();
    // Every device without drives exactly once, every drive exactly once, nothing else.
    std::vector<int> seen(devices.size(), 0);
    std::set<std::pair<std::size_t, std::pair<std::string, int>>> drives;
    auto seeDrive = [&](const DriveLocation& location) {
        XP_FUZZ_CHECK(location.controller < devices.size());
        XP_FUZZ_CHECK(EmulatedMachine::hasDrives(devices[location.controller].classWord));
        XP_FUZZ_CHECK(drives.insert({location.controller, {location.bus, location.unit}}).second);
    };
    for (std::size_t index : outcome.removedControllers) {
        XP_FUZZ_CHECK(index < devices.size() && !EmulatedMachine::hasDrives(devices[index].classWord));
        XP_FUZZ_CHECK(devices[index].classWord != EmulatedMachine::kClassNetworkEthernet);
        ++seen[index];
    }
    for (std::size_t index : outcome.removedNics) {
        XP_FUZZ_CHECK(index < devices.size() && devices[index].classWord == EmulatedMachine::kClassNetworkEthernet);
        ++seen[index];
    }
    for (std::size_t index : outcome.removedControllers)
        XP_FUZZ_CHECK(!devices[index].passthrough && devices[index].bus == 0);
    for (std::size_t index : outcome.removedNics)
        XP_FUZZ_CHECK(!devices[index].passthrough && devices[index].bus == 0);
    for (const DriveLocation& location : outcome.removedDrives) {
        seeDrive(location);
        const EmulatedPciDevice& controller = devices[location.controller];
        XP_FUZZ_CHECK(!controller.passthrough && controller.bus == 0);
        const auto drive = std::ranges::find_if(controller.drives, [&](const EmulatedDrive& d) {
            return d.bus == location.bus && d.unit == location.unit;
        });
        XP_FUZZ_CHECK(drive != controller.drives.end() && drive->kind == DriveKind::HardDisk);
    }
    for (const KeptItem& kept : outcome.kept) {
        if (kept.drive) {
            XP_FUZZ_CHECK(kept.drive->controller == kept.device);
            seeDrive(*kept.drive);
        } else {
            XP_FUZZ_CHECK(kept.device < devices.size() && !EmulatedMachine::hasDrives(devices[kept.device].classWord));
            ++seen[kept.device];
        }
    }
    std::size_t driveCount = 0;
    for (std::size_t index = 0; index < devices.size(); ++index) {
        if (EmulatedMachine::hasDrives(devices[index].classWord))
            driveCount += devices[index].drives.size();
        else
            XP_FUZZ_CHECK(seen[index] == 1);
    }
    XP_FUZZ_CHECK(drives.size() == driveCount);
    for (std::size_t index : outcome.resetControllers)
        XP_FUZZ_CHECK(
            std::ranges::any_of(outcome.removedDrives, [&](const DriveLocation& l) { return l.controller == index; }));
    if (masks.empty() || std::ranges::all_of(masks, [](std::uint16_t m) { return m == 0; }))
        XP_FUZZ_CHECK(outcome.removedDrives.empty() && outcome.removedControllers.empty() &&
                      outcome.removedNics.empty());

    // Several writes remove the union of what each write removes on its own.
    std::vector<DriveLocation> unionDrives;
    std::set<std::size_t> unionDevices;
    for (std::uint16_t mask : masks) {
        const UnplugOutcome one = Unplug::apply(machine, mask);
        for (const DriveLocation& l : one.removedDrives)
            if (std::ranges::find(unionDrives, l) == unionDrives.end())
                unionDrives.push_back(l);
        unionDevices.insert(one.removedControllers.begin(), one.removedControllers.end());
        unionDevices.insert(one.removedNics.begin(), one.removedNics.end());
    }
    XP_FUZZ_CHECK(unionDrives.size() == outcome.removedDrives.size());
    std::set<std::size_t> removedDevices(outcome.removedControllers.begin(), outcome.removedControllers.end());
    removedDevices.insert(outcome.removedNics.begin(), outcome.removedNics.end());
    XP_FUZZ_CHECK(unionDevices == removedDevices);
}

EmulatedMachine makeMachine(FuzzedDataProvider& input, Flavour flavour)
{
    std::optional<QemuVersion> version;
    if (flavour == Flavour::QemuUpstream && input.ConsumeBool())
        version = QemuVersion{input.ConsumeIntegralInRange<int>(1, 9), input.ConsumeIntegralInRange<int>(0, 12)};
    EmulatedMachine machine(flavour, version);
    struct Template
    {
        const char* model;
        std::uint16_t classWord;
    };
    constexpr Template templates[] = {
        {"piix3-ide-xen", EmulatedMachine::kClassStorageIde},
        {"ich9-ahci", EmulatedMachine::kClassStorageSata},
        {"lsi53c895a", EmulatedMachine::kClassStorageScsi},
        {"nvme", EmulatedMachine::kClassStorageNvme},
        {"e1000", EmulatedMachine::kClassNetworkEthernet},
        {"rtl8139", EmulatedMachine::kClassNetworkEthernet},
        {"vfio-pci", EmulatedMachine::kClassNetworkEthernet},
        {"xen-pci-passthrough", EmulatedMachine::kClassStorageIde},
        {"iwl", EmulatedMachine::kClassNetworkOther},
        {"vga", 0x0300},
    };
    const int count = input.ConsumeIntegralInRange<int>(0, 6);
    for (int i = 0; i < count; ++i) {
        const Template& t = templates[input.ConsumeIntegralInRange<std::size_t>(0, std::size(templates) - 1)];
        EmulatedPciDevice device;
        device.id = "dev" + std::to_string(input.ConsumeIntegralInRange<int>(0, 7)); // duplicates are refused
        device.model = t.model;
        device.classWord = t.classWord;
        device.bus = input.ConsumeIntegralInRange<std::uint8_t>(0, 1);
        device.passthrough = input.ConsumeIntegralInRange<int>(0, 7) == 0;
        const int drives = input.ConsumeIntegralInRange<int>(0, 4);
        for (int d = 0; d < drives; ++d) {
            EmulatedDrive drive;
            static const char* const buses[] = {"ide.0", "ide.1", "ide.2", "", "ide.0 "};
            drive.bus = buses[input.ConsumeIntegralInRange<int>(0, 4)];
            drive.unit = input.ConsumeIntegralInRange<std::uint8_t>(0, 2);
            drive.kind = input.ConsumeBool() ? DriveKind::CdRom : DriveKind::HardDisk;
            device.drives.push_back(drive);
        }
        const std::size_t before = machine.devices().size();
        const Result<std::size_t> added = machine.addDevice(device);
        XP_FUZZ_CHECK(machine.devices().size() == before + (added.ok() ? 1 : 0));
        if (added.ok()) {
            XP_FUZZ_CHECK(added.value() == before);
            for (const EmulatedDrive& drive : machine.devices().back().drives)
                XP_FUZZ_CHECK(!drive.bus.empty() && drive.unit <= 1);
        }
    }
    return machine;
}

/// Runs every guest handshake against its own copy of @p device and unplugs what each wrote.
void runHandshakes(const PlatformDevice& device, const std::array<std::uint8_t, PciConfigSpace::kSize>& reset,
                   const EmulatedMachine& machine, const LinuxUnplugOptions& linuxOptions,
                   const WindowsXenbusInput& windows, std::uint32_t build)
{
    auto check = [&](PlatformDevice& copy, const HandshakeOutcome& outcome) {
        checkDevice(copy, reset);
        for (const PortAccess& access : outcome.trace)
            XP_FUZZ_CHECK(access.value <= widthMask(access.width));
        if (outcome.magic) {
            XP_FUZZ_CHECK(outcome.magicRecognised == (*outcome.magic == PlatformDevice::kMagic));
            if (device.flavour() == Flavour::QemuUpstream)
                XP_FUZZ_CHECK(outcome.magicRecognised);
            else
                XP_FUZZ_CHECK(*outcome.magic == PlatformDevice::kMagic ||
                              *outcome.magic == PlatformDevice::kBlacklistedMagic);
        }
        if (device.flavour() == Flavour::QemuUpstream)
            XP_FUZZ_CHECK(!outcome.blacklisted);
        if (outcome.error == HandshakeError::Blacklist)
            XP_FUZZ_CHECK(outcome.blacklisted && outcome.masksWritten.empty());
        // The device model saw every mask the driver wrote.
        XP_FUZZ_CHECK((outcome.accumulatedMask() & ~copy.requestedUnplugMask()) == 0);
        checkUnplug(machine, outcome.masksWritten);
    };
    {
        PlatformDevice copy = device;
        check(copy, GuestHandshake::runXenDoc(copy, {static_cast<std::uint16_t>(build >> 16), build,
                                                     static_cast<std::uint16_t>(build & 0xf)}));
    }
    {
        PlatformDevice copy = device;
        check(copy, GuestHandshake::runLegacyCitrix(copy, build));
    }
    {
        PlatformDevice copy = device;
        const LinuxKernelConfig kernel{(build & 1) != 0, (build & 2) != 0, (build & 4) != 0};
        const HandshakeOutcome outcome = GuestHandshake::runLinux(copy, linuxOptions, kernel);
        check(copy, outcome);
        XP_FUZZ_CHECK(outcome.linuxPv.has_value());
        if (linuxOptions.never())
            XP_FUZZ_CHECK(outcome.trace.empty() && !outcome.proceeds);
        for (std::uint16_t mask : outcome.masksWritten)
            XP_FUZZ_CHECK((mask & ~std::uint16_t{0x7}) == 0); // UNNECESSARY and NEVER never reach the port
    }
    {
        PlatformDevice copy = device;
        check(copy, GuestHandshake::runWindowsXenbus(copy, windows));
    }
    {
        PlatformDevice copy = device;
        check(copy, GuestHandshake::runFreeBsd(copy, {(build & 8) != 0, (build & 16) != 0}));
    }
    {
        PlatformDevice copy = device;
        check(copy, GuestHandshake::runNetBsd(copy));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    ManualClock clock;
    PlatformDeviceConfig config;
    config.flavour = static_cast<Flavour>(input.ConsumeIntegralInRange<int>(0, 2));
    config.clock = &clock;
    if (config.flavour == Flavour::XenServerTrad) {
        if (input.ConsumeBool())
            config.deviceId = input.ConsumeIntegral<std::uint16_t>();
        if (input.ConsumeBool())
            config.revision = input.ConsumeIntegral<std::uint8_t>();
    }
    const int entries = input.ConsumeIntegralInRange<int>(0, 4);
    for (int i = 0; i < entries; ++i) {
        // Mostly registry products (the only ones add() accepts), sometimes any number.
        const auto products = ProductRegistry::all();
        const std::size_t pick = input.ConsumeIntegralInRange<std::size_t>(0, products.size());
        const std::uint16_t product =
            pick < products.size() ? products[pick].number : input.ConsumeIntegral<std::uint16_t>();
        const auto first = input.ConsumeIntegral<std::uint32_t>();
        const auto last = input.ConsumeIntegral<std::uint32_t>();
        const std::size_t before = config.blacklist.entries().size();
        const Result<BlacklistEntry> added = config.blacklist.add(std::to_string(product), first, last);
        XP_FUZZ_CHECK(config.blacklist.entries().size() == before + (added.ok() ? 1 : 0));
        if (added.ok())
            XP_FUZZ_CHECK(added->firstBuild <= added->lastBuild && added->contains(product, first));
    }
    const bool throttling = input.ConsumeBool();
    const EmulatedMachine machine = makeMachine(input, config.flavour);
    const std::string commandLine = input.ConsumeRandomLengthString(128);
    const LinuxUnplugOptions linuxOptions = LinuxUnplugOptions::fromCommandLine(commandLine);
    XP_FUZZ_CHECK((LinuxUnplugOptions::wireMask(linuxOptions.effectiveFlags({})) & ~std::uint16_t{0x7}) == 0);
    WindowsXenbusInput windows;
    windows.major = input.ConsumeIntegral<std::uint8_t>();
    windows.unplugDisks = input.ConsumeBool();
    windows.unplugNics = input.ConsumeBool();
    windows.bootEmulated = input.ConsumeBool();
    windows.nvmeInDiskMask = input.ConsumeBool();

    Result<PlatformDevice> created = PlatformDevice::create(config);
    XP_FUZZ_CHECK(created.ok());
    PlatformDevice& device = created.value();
    device.log().setThrottlingEnabled(throttling);
    const auto reset = device.config().bytes();
    checkDevice(device, reset);

    std::vector<std::uint16_t> masks; // every 16-bit write to port 0x10, for the unplug
    std::uint32_t lastBuild = 0x00010001;
    for (int step = 0; step < 256 && input.remaining_bytes() > 0; ++step) {
        const Op op = input.ConsumeEnum<Op>();
        switch (op) {
        case Op::PortRead: {
            const auto port = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x30);
            const AccessWidth w = width(input);
            const bool blacklisted = device.blacklisted();
            checkPortRead(device, port, w, device.read(port, w), blacklisted);
            break;
        }
        case Op::PortWrite: {
            const auto port = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x30);
            const AccessWidth w = width(input);
            const auto value = input.ConsumeIntegral<std::uint32_t>();
            const std::uint16_t requested = device.requestedUnplugMask();
            device.write(port, w, value);
            if (port == PlatformDevice::kPortMagic && w == AccessWidth::Word) {
                masks.push_back(static_cast<std::uint16_t>(value));
                XP_FUZZ_CHECK(device.requestedUnplugMask() == (requested | static_cast<std::uint16_t>(value)));
            }
            if (w == AccessWidth::Dword)
                lastBuild = value;
            break;
        }
        case Op::ConfigRead: {
            const auto offset = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x110);
            const AccessWidth w = width(input);
            const std::uint32_t value = device.config().read(offset, w);
            XP_FUZZ_CHECK(value <= widthMask(w));
            if (offset >= PciConfigSpace::kSize)
                XP_FUZZ_CHECK(value == widthMask(w));
            break;
        }
        case Op::ConfigWrite: {
            const auto offset = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x110);
            const AccessWidth w = width(input);
            const auto value = input.ConsumeIntegral<std::uint32_t>();
            const auto before = device.config().bytes();
            device.config().write(offset, w, value);
            // Nothing outside the access changes.
            const auto& after = device.config().bytes();
            for (std::size_t i = 0; i < PciConfigSpace::kSize; ++i)
                if (i < offset || i >= std::size_t{offset} + static_cast<std::size_t>(w))
                    XP_FUZZ_CHECK(after[i] == before[i]);
            break;
        }
        case Op::IoBarRead: {
            const auto offset = input.ConsumeIntegral<std::uint8_t>();
            const AccessWidth w = width(input);
            const std::uint32_t value = device.ioBarRead(offset, w);
            XP_FUZZ_CHECK(value <= widthMask(w));
            XP_FUZZ_CHECK(device.ioBarRead(offset) == (offset == 0 ? device.flags() : 0xff));
            break;
        }
        case Op::IoBarWrite: {
            const auto offset = input.ConsumeIntegral<std::uint8_t>();
            const AccessWidth w = width(input);
            const auto value = input.ConsumeIntegral<std::uint32_t>();
            const std::uint16_t mask = device.unplugMask();
            device.ioBarWrite(offset, w, value);
            if (device.flavour() != Flavour::QemuUpstream)
                XP_FUZZ_CHECK(device.unplugMask() == mask); // trad has no BAR0 unplug
            break;
        }
        case Op::MmioRead:
            XP_FUZZ_CHECK(device.mmioRead(input.ConsumeIntegral<std::uint32_t>(), width(input)) == 0);
            break;
        case Op::ConfigReset:
            device.config().reset();
            XP_FUZZ_CHECK(device.config().bytes() == reset);
            break;
        case Op::AdvanceClock: clock.advance(std::chrono::milliseconds(input.ConsumeIntegral<std::uint16_t>())); break;
        case Op::Handshake: {
            const std::size_t before = device.events().size();
            const HandshakeOutcome outcome = GuestHandshake::runXenDoc(
                device, {input.ConsumeIntegral<std::uint16_t>(), input.ConsumeIntegral<std::uint32_t>(),
                         input.ConsumeIntegral<std::uint16_t>()});
            XP_FUZZ_CHECK(device.events().size() >= before);
            masks.insert(masks.end(), outcome.masksWritten.begin(), outcome.masksWritten.end());
            break;
        }
        }
        checkDevice(device, reset);
    }

    checkUnplug(machine, masks);
    runHandshakes(device, reset, machine, linuxOptions, windows, lastBuild);
    return 0;
}
