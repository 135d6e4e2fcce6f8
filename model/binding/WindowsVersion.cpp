// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WindowsVersion.h"

#include <QList>

namespace {
// First Windows 10 build that parses the BuildNumber field of TargetOSVersion decorations
// (https://learn.microsoft.com/windows-hardware/drivers/install/inf-manufacturer-section).
constexpr int kFirstBuildWithTargetOsBuildNumber = 14310;
constexpr int kFirstWindows10Build = 10240;
constexpr int kFirstWindows11Build = 22000;

std::optional<int> parseComponent(QStringView text)
{
    // Builds are five digits today; nine keeps every value inside int without overflow checks.
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}
} // namespace

WindowsVersion::WindowsVersion(int major, int minor, int build, Architecture architecture, ProductType productType)
    : m_major(major)
    , m_minor(minor)
    , m_build(build)
    , m_architecture(architecture)
    , m_productType(productType)
{}

std::optional<WindowsVersion> WindowsVersion::parse(QStringView text, Architecture architecture,
                                                    ProductType productType)
{
    const QList<QStringView> parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 && parts.size() != 4)
        return std::nullopt;
    int numbers[4] = {};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<int> value = parseComponent(parts.at(i));
        if (!value)
            return std::nullopt;
        numbers[i] = *value;
    }
    return WindowsVersion(numbers[0], numbers[1], numbers[2], architecture, productType);
}

std::optional<WindowsVersion::Architecture> WindowsVersion::parseArchitecture(QStringView text)
{
    const QStringView name = text.trimmed();
    if (name.compare(QLatin1String("amd64"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("x64"), Qt::CaseInsensitive) == 0)
        return Architecture::Amd64;
    if (name.compare(QLatin1String("x86"), Qt::CaseInsensitive) == 0)
        return Architecture::X86;
    if (name.compare(QLatin1String("arm64"), Qt::CaseInsensitive) == 0)
        return Architecture::Arm64;
    return std::nullopt;
}

QString WindowsVersion::architectureName(Architecture architecture)
{
    switch (architecture) {
    case Architecture::X86: return QStringLiteral("x86");
    case Architecture::Amd64: return QStringLiteral("amd64");
    case Architecture::Arm64: return QStringLiteral("arm64");
    }
    return {};
}

QString WindowsVersion::versionString() const
{
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_build);
}

QString WindowsVersion::displayName() const
{
    // Only releases whose version numbers are documented are named; anything else shows its number,
    // which is never wrong.
    const bool server = isServer();
    if (m_major == 10 && m_minor == 0) {
        if (server) {
            switch (m_build) {
            case 14393: return tr("Windows Server 2016");
            case 17763: return tr("Windows Server 2019");
            case 20348: return tr("Windows Server 2022");
            default: return tr("Windows Server (build %1)").arg(m_build);
            }
        }
        if (m_build >= kFirstWindows11Build)
            return tr("Windows 11 (build %1)").arg(m_build);
        if (m_build >= kFirstWindows10Build)
            return tr("Windows 10 (build %1)").arg(m_build);
        return tr("Windows %1").arg(versionString());
    }
    if (m_major == 6) {
        switch (m_minor) {
        case 0: return server ? tr("Windows Server 2008") : tr("Windows Vista");
        case 1: return server ? tr("Windows Server 2008 R2") : tr("Windows 7");
        case 2: return server ? tr("Windows Server 2012") : tr("Windows 8");
        case 3: return server ? tr("Windows Server 2012 R2") : tr("Windows 8.1");
        default: break;
        }
    }
    return tr("Windows %1").arg(versionString());
}

bool WindowsVersion::understandsTargetOsBuildNumber() const
{
    return compareVersion(10, 0, kFirstBuildWithTargetOsBuildNumber) >= 0;
}

int WindowsVersion::compareVersion(int major, int minor, int build) const
{
    if (m_major != major)
        return m_major < major ? -1 : 1;
    if (m_minor != minor)
        return m_minor < minor ? -1 : 1;
    if (m_build != build)
        return m_build < build ? -1 : 1;
    return 0;
}
