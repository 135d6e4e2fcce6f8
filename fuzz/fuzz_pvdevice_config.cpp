// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// QEMU's xen-pvdevice as the model builds it from any property values, then a guest's sequence of
// configuration-space and BAR1 accesses: identity bytes stay, the BAR reads back its size, reset restores.
//
// Input layout (FuzzedDataProvider; integers come from the end): vendor ID, device ID, revision, size
// exponent (or any size), then operations until the input runs out.
#include "FuzzCheck.h"
#include "device/PvDevice.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

using namespace xp::device;

namespace {

enum class Op : std::uint8_t { Read, Write, SizeBar, MmioRead, MmioWrite, Reset, kMaxValue = Reset };

AccessWidth width(FuzzedDataProvider& input)
{
    constexpr AccessWidth widths[] = {AccessWidth::Byte, AccessWidth::Word, AccessWidth::Dword};
    return widths[input.ConsumeIntegralInRange<int>(0, 2)];
}

void checkIdentity(const PvDevice& device, const std::array<std::uint8_t, PciConfigSpace::kSize>& reset)
{
    const PciConfigSpace& space = device.config();
    constexpr std::uint8_t fixed[] = {0x00, 0x01, 0x02, 0x03, 0x08, 0x09, 0x0a, 0x0b,
                                      0x0e, 0x2c, 0x2d, 0x2e, 0x2f, 0x34, 0x3d};
    for (std::uint8_t offset : fixed)
        XP_FUZZ_CHECK(space.bytes()[offset] == reset[offset]);
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kVendorId, AccessWidth::Word) == device.vendorId());
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kDeviceId, AccessWidth::Word) == device.deviceId());
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kSubsystemVendorId, AccessWidth::Word) == device.subsystemVendorId());
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kSubsystemId, AccessWidth::Word) == device.subsystemId());
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kRevision, AccessWidth::Byte) == device.revision());
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kSubClass, AccessWidth::Word) == PvDevice::kClass);
    XP_FUZZ_CHECK(space.read(PciConfigSpace::kInterruptPin, AccessWidth::Byte) == PvDevice::kInterruptPin);
    XP_FUZZ_CHECK((space.read(PciConfigSpace::kCommand, AccessWidth::Word) & ~PciConfigSpace::kCommandWritable) == 0);
    // BAR1 keeps its prefetchable-memory type and the address bits below the size stay 0.
    const std::uint32_t bar1 = space.read(PciConfigSpace::barOffset(PvDevice::kMmioBar), AccessWidth::Dword);
    XP_FUZZ_CHECK((bar1 & (device.size() - 1)) == (barTypeBits(BarKind::Memory32Prefetchable) & (device.size() - 1)));
    XP_FUZZ_CHECK(space.barKind(PvDevice::kMmioBar) == BarKind::Memory32Prefetchable);
    XP_FUZZ_CHECK(space.barSize(PvDevice::kMmioBar) == device.size());
    for (std::size_t bar = 0; bar < PciConfigSpace::kBarCount; ++bar)
        if (bar != PvDevice::kMmioBar)
            XP_FUZZ_CHECK(space.read(PciConfigSpace::barOffset(bar), AccessWidth::Dword) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    PvDeviceConfig config;
    config.vendorId = input.ConsumeIntegral<std::uint16_t>();
    config.deviceId = input.ConsumeIntegral<std::uint16_t>();
    config.revision = input.ConsumeIntegral<std::uint8_t>();
    config.size = input.ConsumeBool() ? std::uint32_t{1} << input.ConsumeIntegralInRange<int>(0, 31)
                                      : input.ConsumeIntegral<std::uint32_t>();

    Result<PvDevice> created = PvDevice::create(config);
    const bool valid = config.deviceId != PvDevice::kDeviceIdUnset && std::has_single_bit(config.size);
    XP_FUZZ_CHECK(created.ok() == valid);
    if (!created.ok()) {
        XP_FUZZ_CHECK(
            created.error().code ==
            (config.deviceId == PvDevice::kDeviceIdUnset ? ErrorCode::DeviceIdRequired : ErrorCode::SizeNotPowerOfTwo));
        return 0;
    }
    PvDevice& device = created.value();
    const auto reset = device.config().bytes();
    checkIdentity(device, reset);

    for (int step = 0; step < 256 && input.remaining_bytes() > 0; ++step) {
        switch (input.ConsumeEnum<Op>()) {
        case Op::Read: {
            const auto offset = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x110);
            const AccessWidth w = width(input);
            const std::uint32_t value = device.config().read(offset, w);
            XP_FUZZ_CHECK(value <= widthMask(w));
            if (offset >= PciConfigSpace::kSize)
                XP_FUZZ_CHECK(value == widthMask(w));
            break;
        }
        case Op::Write: {
            const auto offset = input.ConsumeIntegralInRange<std::uint16_t>(0, 0x110);
            const AccessWidth w = width(input);
            const auto value = input.ConsumeIntegral<std::uint32_t>();
            const auto before = device.config().bytes();
            device.config().write(offset, w, value);
            for (std::size_t i = 0; i < PciConfigSpace::kSize; ++i)
                if (i < offset || i >= std::size_t{offset} + static_cast<std::size_t>(w))
                    XP_FUZZ_CHECK(device.config().bytes()[i] == before[i]);
            // Whatever lands in the device-specific area reads back as written.
            if (offset >= PciConfigSpace::kDeviceSpecific && offset + static_cast<unsigned>(w) <= PciConfigSpace::kSize)
                XP_FUZZ_CHECK(device.config().read(offset, w) == (value & widthMask(w)));
            break;
        }
        case Op::SizeBar: {
            // The guest's BAR sizing: write all ones, read back ~(size - 1) | type bits.
            const std::uint8_t bar = PciConfigSpace::barOffset(PvDevice::kMmioBar);
            const std::uint32_t saved = device.config().read(bar, AccessWidth::Dword);
            device.config().write(bar, AccessWidth::Dword, 0xffffffff);
            const std::uint32_t sized = device.config().read(bar, AccessWidth::Dword);
            XP_FUZZ_CHECK(sized == (~(device.size() - 1) | barTypeBits(BarKind::Memory32Prefetchable)));
            device.config().write(bar, AccessWidth::Dword, saved);
            XP_FUZZ_CHECK(device.config().read(bar, AccessWidth::Dword) == saved);
            break;
        }
        case Op::MmioRead: {
            const AccessWidth w = width(input);
            XP_FUZZ_CHECK(device.mmioRead(input.ConsumeIntegral<std::uint32_t>(), w) == widthMask(w));
            break;
        }
        case Op::MmioWrite: {
            const auto before = device.config().bytes();
            const AccessWidth w = width(input);
            device.mmioWrite(input.ConsumeIntegral<std::uint32_t>(), w, input.ConsumeIntegral<std::uint32_t>());
            XP_FUZZ_CHECK(device.config().bytes() == before);
            break;
        }
        case Op::Reset:
            device.config().reset();
            XP_FUZZ_CHECK(device.config().bytes() == reset);
            break;
        }
        checkIdentity(device, reset);
    }
    return 0;
}
