// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Finding.h"
#include "model/core/LibosinfoOs.h"
#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// What boots: the device model and the Xen devices of a VM's next start as its definition and its libvirt driver
/// say, each with where it came from (issue 17). Our metadata is what the admin asked for; where the definition
/// can say otherwise (the QEMU and libxl drivers), the definition wins and every difference is a finding.
///
/// On libvirt's test driver, on an unknown connection and under XAPI (which builds the command line itself) the
/// metadata stands for what boots, as it did before the definition was read.
class BootView
{
    Q_DECLARE_TR_FUNCTIONS(BootView)

public:
    enum class Basis { Metadata, Definition };
    enum class GuestKind { Hvm, XenPv, XenPvh, NoDeviceModel };
    /// Where the guest OS the prediction uses comes from.
    enum class OsSource { None, Metadata, Libosinfo };

    /// One xen-pvdevice that boots, read from the definition (on the metadata basis the list is empty and
    /// config.vendor is what boots).
    struct Vendor
    {
        VendorDeviceSettings settings;
        /// Written by xpconsole (id=xpc-...), or for the metadata basis, asked for in the metadata.
        bool ours = true;
        /// The -device word as the definition has it; empty on the metadata basis.
        QString argument;
    };

    static BootView of(const VmConfig& config);

    /// @p config with the device model, platform device and vendor device as they boot: what the simulation runs.
    VmConfig effective(const VmConfig& config) const;
    /// Whether effective() is @p config itself (the metadata stands and names the OS): no copy is needed.
    bool keepsConfig() const { return m_basis == Basis::Metadata && m_osSource != OsSource::Libosinfo; }

    Basis basis() const { return m_basis; }
    GuestKind guestKind() const { return m_kind; }
    xp::device::Flavour flavour() const { return m_flavour; }
    bool platformPresent() const { return m_platformPresent; }
    const QList<Vendor>& vendors() const { return m_vendors; }
    /// One translated sentence each: why the metadata or the definition decides, which device model runs, why
    /// there is (or is not) a platform device.
    QString basisSource() const;
    QString flavourSource() const { return m_flavourSource; }
    QString platformSource() const { return m_platformSource; }
    OsSource osSource() const { return m_osSource; }
    /// The OS libosinfo recorded at install, when its id is one LibosinfoOs knows.
    const std::optional<LibosinfoOs::Installed>& installedOs() const { return m_installed; }
    /// One translated phrase: "xpconsole's metadata", "libosinfo: intended at install (http://...)", "not recorded".
    QString osSourceText() const;
    /// "Windows Server", "Windows (client)", "Linux", ..., translated; "unknown" for GuestOs::Unknown.
    static QString osName(GuestOs os, bool server);
    /// Differences between what was asked and what boots, and devices QEMU would refuse.
    const QList<Finding>& findings() const { return m_findings; }
    /// Facts the view could not establish, one sentence each.
    const QStringList& uncertainFacts() const { return m_uncertainFacts; }

private:
    void readLibxl(const VmConfig& config);
    void readQemu(const VmConfig& config);
    void readDeviceArguments(const VmConfig& config);
    void compareWithMetadata(const VmConfig& config);
    void checkHost(const VmConfig& config);
    void readInstalledOs(const VmConfig& config);
    void finding(const char* id, Finding::Severity severity, const QString& message, const QStringList& evidence);

    Basis m_basis = Basis::Metadata;
    GuestKind m_kind = GuestKind::Hvm;
    xp::device::Flavour m_flavour = xp::device::Flavour::QemuUpstream;
    bool m_platformPresent = true;
    QList<Vendor> m_vendors;
    OsSource m_osSource = OsSource::None;
    std::optional<LibosinfoOs::Installed> m_installed;
    enum class BasisReason { Xapi, UnknownDriver, TestDriver, NoDeviceModel, Definition };
    BasisReason m_basisReason = BasisReason::UnknownDriver;
    QString m_flavourSource;
    QString m_platformSource;
    QList<Finding> m_findings;
    QStringList m_uncertainFacts;
};
