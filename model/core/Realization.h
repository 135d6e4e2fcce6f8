// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "RealizationPlan.h"
#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

/// Decides how each setting of a VmConfig reaches the host (PRODUCT §3):
/// - qemu-upstream: the vendor device as `-device xen-pvdevice,id=xpc-vendor,...` on the device-model command
///   line (QEMU or libxl dialect); the platform device is fixed; blacklist entries are modeled, not enforced.
/// - qemu-traditional: no vendor device; blacklist entries of products 1, 2 and 0xffff become the
///   `xenstore-write /mh/driver-blacklist/<name>/<build> ""` commands to run in dom0 (removals `xenstore-rm`).
/// - xenserver: `xe vm-param-set uuid=... platform:device_id=...` and `has-vendor-device=...` for the pool
///   master, plus the same xenstore keys (XenServer's device model reads them too).
///
/// Every value in an argument or a command is printed from a typed number (or a product registry name, or a
/// UUID parsed by QUuid), never copied from text, so nothing a user types can add a property or an argument.
class Realization
{
    Q_DECLARE_TR_FUNCTIONS(Realization)

public:
    /// A range on a flavour that reads the xenstore blacklist is expanded into one key per build; longer ranges
    /// are refused, because thousands of xenstore-write lines are no plan an admin can review.
    static constexpr quint32 kMaxExpandedBuilds = 256;

    static QString qemuNamespace() { return QStringLiteral("http://libvirt.org/schemas/domain/qemu/1.0"); }
    static QString xenNamespace() { return QStringLiteral("http://libvirt.org/schemas/domain/xen/1.0"); }
    /// The namespace URI and the conventional prefix of @p dialect's <commandline>; empty for None.
    static QString namespaceUri(CommandLineDialect dialect);
    static QString prefix(CommandLineDialect dialect);

    /// The dialect for a domain of @p domainType on the connection @p uri: none on libvirt's test driver
    /// (test:// URIs; it drops both namespaces, checked with libvirt 9.0), Xen for type xen (libxl), Qemu for
    /// kvm and qemu, none for anything else.
    static CommandLineDialect dialectFor(const QString& uri, const QString& domainType);
    /// The libvirt driver behind @p uri, from its scheme ("qemu+ssh" is the QEMU driver).
    static HostDriver hostDriver(const QString& uri);

    /// The platform device's revision when @p config sets none: 01, or on the XenServer flavours what XAPI passes
    /// for its device ID and profile (compat assumed when not recorded; PlatformDevice::identity).
    static quint8 defaultPlatformRevision(const VmConfig& config);

    /// xpconsole's device-model arguments for @p config: the -device pair of the vendor device on
    /// qemu-upstream, or nothing.
    static QStringList arguments(const VmConfig& config, CommandLineDialect dialect);
    /// Whether @p value (the word after -device) is one of ours: a xen-pvdevice whose id (the first one given, as
    /// QEMU reads it) starts with xpc-. Any other device, whatever its id, is never rewritten or removed.
    static bool isOwnDeviceValue(const QString& value);

    /// The plan for changing @p baseline into @p edited. Fails (nullopt, @p error set) when a blacklist
    /// range to be written as xenstore keys covers more than kMaxExpandedBuilds builds, or an xe command needs
    /// a UUID that is not one.
    static std::optional<RealizationPlan> plan(const VmConfig& baseline, const VmConfig& edited,
                                               CommandLineDialect dialect, QString* error);

    /// @p argv as one shell line: words with nothing special bare, the rest in single quotes.
    static QString shellText(const QStringList& argv);
};
