// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QStringList>

class Fleet;
struct VmRecord;

/// Picks the VMs of one connection by what the VM table shows of them (issue 19 item 15b): the OS text, a finding
/// id, the device model, the run state, or all of them. The words are the table's (VmReport::toRow), so a query
/// picks what the admin sees there.
class VmQuery
{
public:
    enum class Kind { Os, Finding, Flavour, State, All };

    VmQuery() = default;
    /// @p value: for Os, text the OS must contain (ignoring case; empty matches no VM); for Finding, a finding id;
    /// for Flavour, a device model name; for State, a state text ("running", "shut off"); unused for All.
    explicit VmQuery(Kind kind, const QString& value = {});

    Kind kind() const { return m_kind; }
    QString value() const { return m_value; }
    bool matches(const VmRecord& record) const;
    /// The keys of @p fleet's VMs that match, ordered by VM name.
    QStringList keys(const Fleet& fleet) const;

    /// The values a query of @p kind can take on @p fleet, each present on at least one VM, sorted: finding ids,
    /// device models or state texts; empty for Os and All.
    static QStringList choices(const Fleet& fleet, Kind kind);
    /// The value of @p record a query of @p kind compares: each finding id for Finding; one text otherwise.
    static QStringList valuesOf(const VmRecord& record, Kind kind);

private:
    Kind m_kind = Kind::All;
    QString m_value;
};
