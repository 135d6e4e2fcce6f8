// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/// The libvirt driver that holds a definition, from the connection URI's scheme. Only the QEMU and libxl
/// drivers run what the definition says; libvirt's test driver keeps no device-model command line, so there
/// (and where the connection is not known) our metadata stands for what boots (issue 17).
enum class HostDriver { Unknown, Test, Qemu, Libxl, Other };

/// Whether a domain's QEMU is built with Xen's devices (xen-pvdevice, xen-platform), as libvirt can tell.
enum class HostSupport { NotAsked, Yes, No, Unknown };

/// One `-device xen-pvdevice,...` or `-device xen-platform,...` of the definition's device-model command line,
/// ours (id=xpc-...) or put there by another tool, with the properties QEMU would read from it.
struct DeviceArgument
{
    enum class Model { XenPvdevice, XenPlatform };

    Model model = Model::XenPvdevice;
    /// The word after -device, exactly as the definition has it.
    QString value;
    QString id;
    /// Written by xpconsole (its id=xpc-... property); everything else is foreign and never changed silently.
    bool ours = false;
    /// As QEMU parses them (the last of a repeated property wins); unset: not given, QEMU's default applies.
    std::optional<quint16> vendorId;
    std::optional<quint16> deviceId;
    std::optional<quint8> revision;
    /// Why QEMU would refuse the argument (a value out of range, a property xen-pvdevice does not have), one
    /// translated sentence each; empty when it would realize the device.
    QStringList refusals;
    /// What this build could not read (QEMU's JSON form, a property it does not model): the device is shown,
    /// marked uncertain.
    QStringList unread;

    bool operator==(const DeviceArgument&) const = default;
};

/// Set by a change, not read from the definition: how the push is to be made and its result predicted. Two VMs
/// that differ only here have the same definition, so equality ignores them.
struct PushOptions
{
    /// The prediction is of a push's result: xpconsole's own arguments are then what the metadata asks for.
    bool ownArgumentsFollowMetadata = false;
    /// take-over=vendor-device: the push replaces another tool's vendor device argument with xpconsole's instead
    /// of refusing to add a second device.
    bool takeOverForeignVendor = false;
    /// override=host-check: write a Xen device even where the host's QEMU has none.
    bool overrideHostCheck = false;

    bool operator==(const PushOptions&) const { return true; }
};

/// What the domain definition itself says about the devices that boot, as DomainXmlReader finds it.
struct DefinitionFacts
{
    HostDriver driver = HostDriver::Unknown;
    /// <os><type>: hvm, xen or linux (Xen PV), xenpvh, exe...
    QString osType;
    /// <devices><emulator>: on libxl it decides between qemu-traditional and upstream QEMU.
    QString emulator;
    /// Every xen-pvdevice and xen-platform argument of the dialect's <commandline>, in order.
    QList<DeviceArgument> devices;
    /// The argument that asks KVM for Xen HVM emulation (-accel kvm,xen-version=...), if any.
    QString xenEmulationArgument;
    /// libosinfo's <libosinfo:os id=...>: the OS virt-install and virt-manager recorded at install time.
    QString libosinfoId;
    /// On the QEMU driver: whether the domain's emulator has xen-pvdevice (XenDeviceProbe), and the sentence
    /// that says how that was established or why it could not be.
    HostSupport xenDevices = HostSupport::NotAsked;
    QString xenDevicesDetail;
    /// How a change is to be pushed and predicted: not part of the definition (see PushOptions).
    PushOptions push;

    bool operator==(const DefinitionFacts&) const = default;
};
