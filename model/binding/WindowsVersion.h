// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <optional>

/// A guest's Windows release as driver installation sees it: version, build, processor architecture
/// and product type. These are exactly the inputs of INF TargetOSVersion matching and of the PCI ID
/// lists, so nothing else (edition, update revision, language) is kept.
class WindowsVersion
{
    Q_DECLARE_TR_FUNCTIONS(WindowsVersion)

public:
    enum class Architecture { X86, Amd64, Arm64 };
    /// The VER_NT_* values of winnt.h, which INF ProductType decorations use.
    enum class ProductType { Workstation = 1, Server = 3 };

    /// Windows 10 x64 workstation, build 19045 (22H2).
    WindowsVersion() = default;
    WindowsVersion(int major, int minor, int build, Architecture architecture = Architecture::Amd64,
                   ProductType productType = ProductType::Workstation);

    /// Parses "10.0.17763" (or "10.0.17763.1234" as `ver` prints it; the update revision is dropped).
    /// Returns nothing for anything else, including negative or overlong numbers.
    static std::optional<WindowsVersion> parse(QStringView text, Architecture architecture = Architecture::Amd64,
                                               ProductType productType = ProductType::Workstation);
    /// "amd64", "x86" or "arm64" (case-insensitive; "x64" is accepted for amd64).
    static std::optional<Architecture> parseArchitecture(QStringView text);
    /// The spelling INF platform extensions use after "NT": "amd64", "x86", "arm64".
    static QString architectureName(Architecture architecture);

    int majorVersion() const { return m_major; }
    int minorVersion() const { return m_minor; }
    int build() const { return m_build; }
    Architecture architecture() const { return m_architecture; }
    ProductType productType() const { return m_productType; }
    bool isServer() const { return m_productType == ProductType::Server; }

    /// "10.0.17763".
    QString versionString() const;
    /// The marketing name, e.g. "Windows Server 2019" or "Windows 10 (build 19045)"; the product type
    /// decides between the client and the server release sharing a version number.
    QString displayName() const;
    /// Windows 10 and later report VEN&DEV&REV and VEN&DEV as compatible IDs rather than hardware
    /// IDs (facts §7.1), which changes identifier scores.
    bool usesWindows10IdRules() const { return m_major >= 10; }
    /// Whether this release understands the BuildNumber field of INF TargetOSVersion decorations:
    /// Windows 10 build 14310 (version 1607) and later.
    bool understandsTargetOsBuildNumber() const;
    /// Whether the AllSignersEqual policy is on by default: from Windows 7 / Server 2008 R2 (6.1). On Vista and
    /// Server 2008 a Microsoft signature outranks an Authenticode one even for a worse match (facts §10.7,
    /// MicrosoftDocs install/overview-of-the-driver-selection-process.md).
    bool allSignersEqualByDefault() const { return compareVersion(6, 1, 0) >= 0; }

    /// Orders by (major, minor, build) only.
    int compareVersion(int major, int minor, int build) const;

    bool operator==(const WindowsVersion&) const = default;

private:
    int m_major = 10;
    int m_minor = 0;
    int m_build = 19045;
    Architecture m_architecture = Architecture::Amd64;
    ProductType m_productType = ProductType::Workstation;
};
