// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InfTargetOs.h"

#include <QList>
#include <bit>
#include <tuple>

namespace {
constexpr int kFirstBuildNumberBuild = 14310;

std::optional<quint32> parseNumber(QStringView text)
{
    // Suite masks are written in hex ("NTx86....0x80"), versions and builds in decimal.
    bool ok = false;
    const bool hex = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    const uint value = hex ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || value > 0x7fffffffu)
        return std::nullopt;
    return value;
}

bool isKnownArchitecture(const QString& name)
{
    return name.isEmpty() || name == QLatin1String("x86") || name == QLatin1String("amd64") ||
           name == QLatin1String("arm64") || name == QLatin1String("arm") || name == QLatin1String("ia64");
}
} // namespace

std::optional<InfTargetOs> InfTargetOs::parse(QStringView decoration)
{
    const QStringView text = decoration.trimmed();
    if (!text.startsWith(QLatin1String("nt"), Qt::CaseInsensitive))
        return std::nullopt;
    const QList<QStringView> fields = text.split(QLatin1Char('.'));
    // NT<arch> plus at most major, minor, product type, suite mask and build number.
    if (fields.size() > 6)
        return std::nullopt;
    InfTargetOs result;
    result.m_text = text.toString();
    result.m_architecture = fields.at(0).mid(2).toString().toLower();
    if (!isKnownArchitecture(result.m_architecture))
        return std::nullopt;
    std::optional<quint32> values[5];
    for (qsizetype i = 1; i < fields.size(); ++i) {
        if (fields.at(i).isEmpty())
            continue;
        values[i - 1] = parseNumber(fields.at(i));
        if (!values[i - 1])
            return std::nullopt;
    }
    if (values[0])
        result.m_major = int(*values[0]);
    if (values[1])
        result.m_minor = int(*values[1]);
    if (values[2])
        result.m_productType = int(*values[2]);
    if (values[3])
        result.m_suiteMask = *values[3];
    if (values[4]) {
        result.m_build = int(*values[4]);
        // "If build number is supplied, the OS version and BuildNumber of the TargetOSVersion
        // decoration must both be greater than" those of build 14310 (inf-manufacturer-section).
        const int major = result.m_major.value_or(0);
        const int minor = result.m_minor.value_or(0);
        if (std::tie(major, minor) < std::tuple(10, 0) || *result.m_build < kFirstBuildNumberBuild)
            return std::nullopt;
    }
    return result;
}

bool InfTargetOs::appliesTo(const WindowsVersion& windows) const
{
    // Since Windows Server 2003 SP1 a models section for a non-x86 system must name its
    // architecture; "NT" alone and the undecorated name are x86-only (inf-manufacturer-section).
    // The "combining platform extensions" page calls NT.6.0 "any platform", but that predates the
    // rule and x64 Windows refuses INFs without an NTamd64 entry, so the stricter reading wins.
    const QString osArchitecture = WindowsVersion::architectureName(windows.architecture());
    if (m_architecture.isEmpty() ? windows.architecture() != WindowsVersion::Architecture::X86
                                 : m_architecture != osArchitecture)
        return false;
    // Releases before 14310 do not parse the BuildNumber field and ignore the whole decoration.
    if (m_build && !windows.understandsTargetOsBuildNumber())
        return false;
    if (m_major) {
        const int order = windows.compareVersion(*m_major, m_minor.value_or(0), 0);
        const bool sameRelease = windows.majorVersion() == *m_major && windows.minorVersion() == m_minor.value_or(0);
        if (order < 0)
            return false;
        // The build number counts only when major.minor match the running Windows exactly.
        if (sameRelease && m_build && windows.build() < *m_build)
            return false;
    }
    if (m_productType && *m_productType != int(windows.productType()))
        return false;
    // Product suites are not modelled (the guest's suite mask counts as 0), so a decoration that
    // requires suite bits never applies.
    if (m_suiteMask && *m_suiteMask != 0)
        return false;
    return true;
}

bool InfTargetOs::isMoreSpecificThan(const InfTargetOs& other) const
{
    // "Windows uses the section with the highest version numbers that are not higher than the
    // operating system version"; among those the closest product type and suite match wins, and a
    // version number takes precedence over product type and suite mask (inf-manufacturer-section).
    // The architecture only separates "NTx86" from "NT" on x86, which the docs do not order; the
    // more specific one is preferred.
    const auto key = [](const InfTargetOs& t) {
        return std::tuple(t.m_major.value_or(-1), t.m_major ? t.m_minor.value_or(0) : -1, t.m_build.value_or(-1),
                          t.m_productType.has_value(), std::popcount(t.m_suiteMask.value_or(0)),
                          !t.m_architecture.isEmpty(), !t.isUndecorated());
    };
    return key(*this) > key(other);
}
