// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmQuery.h"

#include "Fleet.h"
#include "VmRecord.h"
#include "VmReport.h"
#include "model/core/DeviceText.h"
#include "model/libvirt/LibvirtSession.h"

#include <QSet>
#include <algorithm>

VmQuery::VmQuery(Kind kind, const QString& value)
    : m_kind(kind)
    , m_value(value)
{}

QStringList VmQuery::valuesOf(const VmRecord& record, Kind kind)
{
    switch (kind) {
    case Kind::Os: return {VmReport::osText(record.config)};
    case Kind::Finding: return record.outcome.findingIds();
    case Kind::Flavour: return {DeviceText::flavourName(record.outcome.flavour)};
    case Kind::State: return {LibvirtSession::stateText(record.snapshot.state)};
    case Kind::All: break;
    }
    return {};
}

bool VmQuery::matches(const VmRecord& record) const
{
    switch (m_kind) {
    case Kind::All: return true;
    case Kind::Os: {
        const QString needle = m_value.trimmed();
        return !needle.isEmpty() && VmReport::osText(record.config).contains(needle, Qt::CaseInsensitive);
    }
    case Kind::Finding:
    case Kind::Flavour:
    case Kind::State: return valuesOf(record, m_kind).contains(m_value);
    }
    return false;
}

QStringList VmQuery::keys(const Fleet& fleet) const
{
    QList<const VmRecord*> hits;
    const QStringList all = fleet.keys();
    for (const QString& key : all)
        if (const VmRecord* record = fleet.record(key); record && matches(*record))
            hits.append(record);
    // The fleet's hash has no order; by name the picked list reads like the VM table sorted by name.
    std::sort(hits.begin(), hits.end(), [](const VmRecord* a, const VmRecord* b) {
        const int byName = QString::compare(a->config.name, b->config.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->config.key < b->config.key;
    });
    QStringList keys;
    keys.reserve(hits.size());
    for (const VmRecord* record : std::as_const(hits))
        keys << record->config.key;
    return keys;
}

QStringList VmQuery::choices(const Fleet& fleet, Kind kind)
{
    if (kind == Kind::Os || kind == Kind::All)
        return {};
    QSet<QString> values;
    const QStringList all = fleet.keys();
    for (const QString& key : all)
        if (const VmRecord* record = fleet.record(key))
            for (const QString& value : valuesOf(*record, kind))
                values.insert(value);
    QStringList sorted(values.cbegin(), values.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}
