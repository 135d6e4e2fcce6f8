// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestHandshake.h"

#include "PortTrace.h"
#include "Unplug.h"

#include <utility>

namespace xp::device {

namespace {

/// Step 1 of every handshake: the 16-bit magic read.
bool readMagic(PortTrace& trace, HandshakeOutcome& outcome)
{
    const auto magic =
        static_cast<std::uint16_t>(trace.read(HandshakeStep::ReadMagic, GuestHandshake::kPortMagic, AccessWidth::Word));
    outcome.magic = magic;
    outcome.magicRecognised = magic == GuestHandshake::kMagic;
    return outcome.magicRecognised;
}

std::uint8_t readProtocolVersion(PortTrace& trace, HandshakeOutcome& outcome)
{
    const auto version = static_cast<std::uint8_t>(
        trace.read(HandshakeStep::ReadProtocolVersion, GuestHandshake::kPortProtocol, AccessWidth::Byte));
    outcome.protocolVersion = version;
    return version;
}

/// Steps 3-5: product, build, and the magic read again. Returns the re-read magic.
std::uint16_t identify(PortTrace& trace, HandshakeOutcome& outcome, std::uint16_t product, std::uint32_t build)
{
    trace.write(HandshakeStep::WriteProductNumber, GuestHandshake::kPortProtocol, AccessWidth::Word, product);
    outcome.productWritten = product;
    trace.write(HandshakeStep::WriteBuildNumber, GuestHandshake::kPortMagic, AccessWidth::Dword, build);
    outcome.buildWritten = build;
    return static_cast<std::uint16_t>(
        trace.read(HandshakeStep::ReReadMagic, GuestHandshake::kPortMagic, AccessWidth::Word));
}

void writeMask(PortTrace& trace, HandshakeOutcome& outcome, HandshakeStep step, std::uint16_t mask)
{
    trace.write(step, GuestHandshake::kPortMagic, AccessWidth::Word, mask);
    outcome.masksWritten.push_back(mask);
}

HandshakeOutcome finish(PortTrace& trace, HandshakeOutcome outcome)
{
    outcome.trace = trace.take();
    return outcome;
}

/// FreeBSD and NetBSD: no protocol version, product or build, just the magic and one mask.
HandshakeOutcome runMagicOnly(PortIo& io, std::uint16_t mask)
{
    PortTrace trace(io);
    HandshakeOutcome outcome;
    if (!readMagic(trace, outcome)) {
        outcome.error = HandshakeError::Magic;
        return finish(trace, std::move(outcome));
    }
    if (mask != 0)
        writeMask(trace, outcome, HandshakeStep::WriteUnplugMask, mask);
    outcome.proceeds = true;
    return finish(trace, std::move(outcome));
}

} // namespace

HandshakeOutcome GuestHandshake::runXenDoc(PortIo& io, const XenDocHandshakeInput& input)
{
    PortTrace trace(io);
    HandshakeOutcome outcome;
    if (!readMagic(trace, outcome)) {
        outcome.error = HandshakeError::Magic;
        return finish(trace, std::move(outcome));
    }
    if (readProtocolVersion(trace, outcome) != 0) {
        // Step 5 names only 0xd249; any other change is not a blacklist in the document's words.
        if (identify(trace, outcome, input.product, input.build) == kMagicBlacklisted) {
            outcome.blacklisted = true;
            outcome.error = HandshakeError::Blacklist;
            return finish(trace, std::move(outcome));
        }
    }
    writeMask(trace, outcome, HandshakeStep::WriteUnplugMask, input.mask);
    outcome.proceeds = true;
    return finish(trace, std::move(outcome));
}

HandshakeOutcome GuestHandshake::runLegacyCitrix(PortIo& io, std::uint32_t build, std::uint16_t mask)
{
    return runXenDoc(io, {kProductLegacyCitrix, build, mask});
}

HandshakeOutcome GuestHandshake::runLinux(PortIo& io, const LinuxUnplugOptions& options,
                                          const LinuxKernelConfig& kernel)
{
    PortTrace trace(io);
    HandshakeOutcome outcome;
    outcome.linuxPv = LinuxUnplugOptions::predicates(0);
    if (options.never())
        return outcome;

    if (!readMagic(trace, outcome)) {
        outcome.error = HandshakeError::Magic;
    } else if (readProtocolVersion(trace, outcome) == 1) {
        if (identify(trace, outcome, kProductLinux, kBuildLinux) != kMagic) {
            outcome.blacklisted = true;
            outcome.error = HandshakeError::Blacklist;
        }
    } else {
        outcome.error = HandshakeError::Protocol;
    }
    // The platform driver is still enabled without the protocol if the user said unplug is unnecessary.
    const bool tolerated = outcome.error == HandshakeError::Magic && options.unnecessary();
    if (outcome.error != HandshakeError::None && !tolerated)
        return finish(trace, std::move(outcome));

    const unsigned flags = options.effectiveFlags(kernel);
    if (!options.unnecessary())
        writeMask(trace, outcome, HandshakeStep::WriteUnplugMask, LinuxUnplugOptions::wireMask(flags));
    outcome.proceeds = true;
    outcome.linuxPv = LinuxUnplugOptions::predicates(flags);
    return finish(trace, std::move(outcome));
}

HandshakeOutcome GuestHandshake::runWindowsXenbus(PortIo& io, const WindowsXenbusInput& input)
{
    PortTrace trace(io);
    HandshakeOutcome outcome;
    readMagic(trace, outcome);
    if (*outcome.magic == kMagicBlacklisted) {
        outcome.blacklisted = true;
    } else if (!outcome.magicRecognised) {
        outcome.error = HandshakeError::Magic;
        return finish(trace, std::move(outcome));
    } else if (readProtocolVersion(trace, outcome) != 0) {
        outcome.blacklisted = identify(trace, outcome, kProductXenbus, input.build()) == kMagicBlacklisted;
    }
    // Blacklisting is only logged ("DRIVERS BLACKLISTED"): the requested unplugs still happen.
    if (input.unplugDisks) {
        std::uint16_t disks = Unplug::kIdeScsiDisks;
        if (input.nvmeInDiskMask)
            disks |= Unplug::kNvmeDisks;
        if (input.bootEmulated)
            disks = Unplug::kAuxIdeDisks;
        writeMask(trace, outcome, HandshakeStep::WriteDiskUnplugMask, disks);
    }
    if (input.unplugNics)
        writeMask(trace, outcome, HandshakeStep::WriteNicUnplugMask, Unplug::kNics);
    outcome.proceeds = true;
    return finish(trace, std::move(outcome));
}

HandshakeOutcome GuestHandshake::runXenbus70(PortIo& io, const Xenbus70Input& input)
{
    PortTrace trace(io);
    HandshakeOutcome outcome;
    if (!readMagic(trace, outcome)) {
        outcome.error = HandshakeError::Magic;
        return finish(trace, std::move(outcome));
    }
    // "if the device is already in version-2 mode the next write will actually perform an unplug".
    trace.write(HandshakeStep::WriteUnplugType, kPortUnplugType, AccessWidth::Byte, kUnplugTypeInvalid);
    trace.write(HandshakeStep::WriteProtocolVersion, kPortUnplugIndex, AccessWidth::Byte, 2);
    if (readProtocolVersion(trace, outcome) < 2) {
        outcome.error = HandshakeError::Protocol; // STATUS_NOT_SUPPORTED: no fallback to version 1
        return finish(trace, std::move(outcome));
    }
    if (identify(trace, outcome, kProductXenbus70, input.build) != kMagic) {
        outcome.blacklisted = true;
        outcome.error = HandshakeError::Blacklist; // STATUS_INVALID_PARAMETER: nothing is unplugged
        return finish(trace, std::move(outcome));
    }
    auto unplug = [&](std::uint8_t type, std::uint8_t index) {
        trace.write(HandshakeStep::WriteUnplugType, kPortUnplugType, AccessWidth::Byte, type);
        trace.write(HandshakeStep::WriteUnplugIndex, kPortUnplugIndex, AccessWidth::Byte, index);
    };
    for (const std::uint8_t index : input.ideIndices)
        unplug(kUnplugTypeIde, index);
    for (const std::uint8_t index : input.nicIndices)
        unplug(kUnplugTypeNic, index);
    outcome.proceeds = true;
    return finish(trace, std::move(outcome));
}

HandshakeOutcome GuestHandshake::runFreeBsd(PortIo& io, const FreeBsdTunables& tunables)
{
    std::uint16_t mask = 0;
    if (!tunables.disablePvDisks)
        mask |= Unplug::kIdeScsiDisks;
    if (!tunables.disablePvNics)
        mask |= Unplug::kNics;
    return runMagicOnly(io, mask);
}

HandshakeOutcome GuestHandshake::runNetBsd(PortIo& io)
{
    return runMagicOnly(io, Unplug::kIdeScsiDisks | Unplug::kNics);
}

} // namespace xp::device
