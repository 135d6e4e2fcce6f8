// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <string>

namespace xp::device {

/// Why a device-layer operation was refused. xp_device has no user-facing strings: model/ maps
/// the code to a translated sentence and may show @ref detail (the offending value) verbatim.
enum class ErrorCode {
    InvalidNumber,     ///< not decimal or 0x-prefixed hex, or out of range for its field
    DeviceIdRequired,  ///< xen-pvdevice without device-id (QEMU: "Device ID invalid, it must always be supplied")
    SizeNotPowerOfTwo, ///< xen-pvdevice BAR size (QEMU: "PCI region size must be pow2")
    NotConfigurable,   ///< the flavour has no such property (e.g. upstream QEMU's fixed platform device ID)
    UnknownFlavour,
    UnknownProduct,
    InvalidRange,  ///< a build range whose first build is above its last
    InvalidOption, ///< e.g. an unknown xen_emul_unplug token, or an operation the model does not have
};

struct Error
{
    ErrorCode code;
    std::string detail;
};

} // namespace xp::device
