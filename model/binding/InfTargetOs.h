// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "WindowsVersion.h"

#include <QString>
#include <QStringView>
#include <optional>

/// One TargetOSVersion decoration of an INF [Manufacturer] entry, such as "NTamd64.10.0...16299":
/// NT[Architecture][.[OSMajorVersion][.[OSMinorVersion][.[ProductType][.[SuiteMask][.[BuildNumber]]]]]]
/// Rules: https://learn.microsoft.com/windows-hardware/drivers/install/inf-manufacturer-section and
/// the page "Combining platform extensions with operating system versions" next to it.
class InfTargetOs
{
public:
    /// The models section name without any decoration (an entry listing no TargetOSVersion).
    InfTargetOs() = default;

    /// Nothing when Windows would not understand @p decoration (no "NT" prefix, an unknown
    /// architecture, a field that is not a number, too many fields, or a BuildNumber on a version
    /// below 10.0.14310, which the docs say makes the decoration invalid everywhere).
    static std::optional<InfTargetOs> parse(QStringView decoration);

    /// The decoration as written ("" when undecorated); the models section is "<name>.<text>".
    const QString& text() const { return m_text; }
    bool isUndecorated() const { return m_text.isEmpty(); }
    /// Lower-case architecture ("amd64", "x86", "arm64", "arm", "ia64"), empty when not given.
    const QString& architecture() const { return m_architecture; }
    std::optional<int> majorVersion() const { return m_major; }
    std::optional<int> minorVersion() const { return m_minor; }
    std::optional<int> productType() const { return m_productType; }
    std::optional<quint32> suiteMask() const { return m_suiteMask; }
    std::optional<int> buildNumber() const { return m_build; }

    /// Whether Windows @p windows may use the models section this decoration names.
    bool appliesTo(const WindowsVersion& windows) const;
    /// Whether this decoration is a closer match than @p other; both must apply to the same Windows.
    bool isMoreSpecificThan(const InfTargetOs& other) const;

private:
    QString m_text;
    QString m_architecture;
    std::optional<int> m_major;
    std::optional<int> m_minor;
    std::optional<int> m_productType;
    std::optional<quint32> m_suiteMask;
    std::optional<int> m_build;
};
