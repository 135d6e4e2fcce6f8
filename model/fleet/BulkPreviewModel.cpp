// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BulkPreviewModel.h"

#include "PushItemText.h"
#include "model/binding/FindingAdvice.h"
#include "model/libvirt/LibvirtSession.h"

#include <QSet>
#include <algorithm>

namespace {

QString driverText(const QString& package)
{
    return package.isEmpty() ? BulkPreviewModel::tr("none") : package;
}

QString findingsText(const BulkPreviewEntry& e)
{
    if (e.newFindings.isEmpty())
        return BulkPreviewModel::tr("none");
    QStringList parts;
    for (const Finding& f : e.newFindings)
        parts << QStringLiteral("%1 (%2)").arg(f.id, FindingAdvice::severityText(f.severity));
    return parts.join(QStringLiteral(", "));
}

QString findingsToolTip(const BulkPreviewEntry& e)
{
    QStringList lines;
    for (const Finding& f : e.newFindings)
        lines << QStringLiteral("%1: %2").arg(f.id, f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BulkPreviewModel::BulkPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int BulkPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BulkPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkPreviewEntry& e = m_entries.at(index.row());
    const std::optional<PushResult>& result = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Vm: return e.item.name.isEmpty() ? e.item.uuid : e.item.name;
        case State: return LibvirtSession::stateText(e.state);
        case DevicesAfter: return devicesText(e.flavourAfter, e.platformAfter, e.vendorAfter);
        case Eligibility: return PushItemText::eligibility(e.item);
        case DriverAfter:
            // The arrow only when the change moves the VM to another driver: that is what to look at.
            return e.driverBefore == e.after.activeDriver
                       ? driverText(e.after.activeDriver)
                       : QStringLiteral("%1 → %2").arg(driverText(e.driverBefore), driverText(e.after.activeDriver));
        case NewFindings: return findingsText(e);
        case Result: return result ? PushItemText::status(result->status) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Eligibility: return PushItemText::eligibility(e.item);
        case NewFindings: return e.newFindings.isEmpty() ? QVariant() : findingsToolTip(e);
        case Result:
            if (result) {
                QStringList lines{result->message};
                lines += result->problems;
                return lines.join(QLatin1Char('\n'));
            }
            return {};
        default: return {};
        }
    case KeyRole: return e.key;
    case SeverityRole: return e.worstNew ? QVariant(int(*e.worstNew)) : QVariant();
    case NewErrorRole: return e.hasNewError();
    case StatusRole: return result ? QVariant(int(result->status)) : QVariant();
    default: return {};
    }
}

QVariant BulkPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Vm: return tr("VM");
    case State: return tr("State");
    case DevicesAfter: return tr("Devices after");
    case Eligibility: return tr("Eligibility");
    case DriverAfter: return tr("Predicted driver after");
    case NewFindings: return tr("New findings");
    case Result: return tr("Result");
    default: return {};
    }
}

void BulkPreviewModel::setEntries(const QList<BulkPreviewEntry>& entries, Results results)
{
    QSet<QString> keep;
    for (const BulkPreviewEntry& e : entries)
        keep.insert(e.key);
    QStringList gone;
    for (const BulkPreviewEntry& e : std::as_const(m_entries))
        if (!keep.contains(e.key))
            gone << e.key;
    removeKeys(gone);
    QList<BulkPreviewEntry> fresh;
    for (const BulkPreviewEntry& e : entries) {
        const int row = m_rowByKey.value(e.key, -1);
        if (row < 0) {
            fresh.append(e);
            continue;
        }
        m_entries[row] = e;
        if (results == Results::Clear)
            m_results[row].reset();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    appendEntries(fresh);
}

void BulkPreviewModel::appendEntries(const QList<BulkPreviewEntry>& entries)
{
    QList<BulkPreviewEntry> fresh;
    QSet<QString> seen;
    for (const BulkPreviewEntry& e : entries) {
        if (m_rowByKey.contains(e.key) || seen.contains(e.key))
            continue;
        seen.insert(e.key);
        fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_entries.append(fresh);
    m_results.resize(m_entries.size());
    reindex();
    endInsertRows();
}

void BulkPreviewModel::removeKeys(const QStringList& keys)
{
    QList<int> rows;
    for (const QString& key : keys)
        if (const int row = m_rowByKey.value(key, -1); row >= 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom, one contiguous run at a time: every row above keeps its place, and three hundred VMs
    // leaving together are one signal, not three hundred.
    while (!rows.isEmpty()) {
        const int last = rows.takeLast();
        int first = last;
        while (!rows.isEmpty() && rows.constLast() == first - 1)
            first = rows.takeLast();
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        m_results.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
    }
}

QStringList BulkPreviewModel::keys() const
{
    QStringList keys;
    keys.reserve(m_entries.size());
    for (const BulkPreviewEntry& e : m_entries)
        keys << e.key;
    return keys;
}

QString BulkPreviewModel::devicesText(const QString& flavour, const QString& platform, const QString& vendor)
{
    return tr("%1; platform %2; vendor %3").arg(flavour, platform, vendor.isEmpty() ? tr("none") : vendor);
}

void BulkPreviewModel::setResult(const QString& uuid, const PushResult& result)
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const BulkPreviewEntry& e) { return e.item.uuid == uuid; });
    if (it == m_entries.cend())
        return;
    const int row = int(it - m_entries.cbegin());
    m_results[row] = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkPreviewModel::reindex()
{
    m_rowByKey.clear();
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowByKey.insert(m_entries.at(row).key, row);
}
