// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistModel.h"

#include "AddBlacklistEntryCommand.h"
#include "EditBlacklistEntryCommand.h"
#include "RemoveBlacklistEntryCommand.h"
#include "device/Blacklist.h"
#include "device/ProductRegistry.h"
#include "model/core/BlacklistText.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/core/Realization.h"

#include <QUndoStack>
#include <algorithm>

BlacklistModel::BlacklistModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_undoStack(new QUndoStack(this))
{}

BlacklistModel::~BlacklistModel()
{
    // The stack clears itself when its parent deletes it, and would then signal about a model that is gone.
    m_undoStack->blockSignals(true);
}

int BlacklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BlacklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlacklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BlacklistItem& item = m_entries.at(index.row());
    const Problem& problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const bool edit = role == Qt::EditRole;
        switch (Column(index.column())) {
        case Product:
            return edit ? BlacklistText::productEditText(item.product) : BlacklistText::productLabel(item.product);
        case Builds:
            return edit ? BlacklistText::buildsEditText(item.firstBuild, item.lastBuild)
                        : BlacklistText::buildsText(item.firstBuild, item.lastBuild);
        case Comment: return item.comment;
        case Effect: return BlacklistText::effect(item, m_flavour);
        case ColumnCount: break;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == Effect)
            return BlacklistText::effect(item, m_flavour);
        if (!problem.text.isEmpty())
            return problem.text;
        if (index.column() == Product)
            if (const auto known = xp::device::ProductRegistry::byNumber(item.product))
                return QString::fromLatin1(known->owner.data(), qsizetype(known->owner.size()));
        return {};
    case ProblemRole: return problem.text;
    case BlocksApplyRole: return problem.blocksApply;
    case EnforcedRole:
        if (const auto enforced = BlacklistText::enforced(item, m_flavour))
            return *enforced;
        return {};
    case ProductNumberRole: return QVariant::fromValue(item.product);
    default: return {};
    }
}

QVariant BlacklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product: return tr("Product");
    case Builds: return tr("Builds");
    case Comment: return tr("Comment");
    case Effect: return tr("Effect");
    default: return {};
    }
}

Qt::ItemFlags BlacklistModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != Effect)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BlacklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        m_lastError = tr("This cell cannot be edited.");
        return false;
    }
    const auto after = edited(index, value, &m_lastError);
    if (!after)
        return false;
    m_lastError.clear();
    const BlacklistItem& before = m_entries.at(index.row());
    if (*after != before)
        m_undoStack->push(new EditBlacklistEntryCommand(this, index.row(), index.column(), before, *after));
    return true;
}

std::optional<BlacklistItem> BlacklistModel::edited(const QModelIndex& index, const QVariant& value,
                                                    QString* error) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        *error = tr("There is no such blacklist entry.");
        return std::nullopt;
    }
    BlacklistItem item = m_entries.at(index.row());
    const QString text = value.toString();
    switch (Column(index.column())) {
    case Product: {
        const auto product = BlacklistText::parseProduct(text, error);
        if (!product)
            return std::nullopt;
        item.product = *product;
        return item;
    }
    case Builds: {
        const auto builds = BlacklistText::parseBuilds(text, error);
        if (!builds)
            return std::nullopt;
        item.firstBuild = builds->first;
        item.lastBuild = builds->second;
        return item;
    }
    case Comment:
        // The comment is an XML attribute, whose line breaks and tabs a read-back would turn into spaces.
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
            *error = tr("A comment must be a single line of text.");
            return std::nullopt;
        }
        item.comment = text;
        return item;
    case Effect:
    case ColumnCount: break;
    }
    *error = tr("The effect follows from the entry and the device model; it cannot be edited.");
    return std::nullopt;
}

QString BlacklistModel::checkInput(const QModelIndex& index, const QVariant& value) const
{
    QString error;
    if (!edited(index, value, &error))
        return error;
    return {};
}

void BlacklistModel::setEntries(const QList<BlacklistItem>& entries)
{
    // A load replaces the rows with two structural changes rather than a reset, so views keep their state.
    if (!m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size()) - 1);
        m_entries.clear();
        m_problems.clear();
        endRemoveRows();
    }
    if (!entries.isEmpty()) {
        beginInsertRows({}, 0, int(entries.size()) - 1);
        m_entries = entries;
        m_problems.resize(entries.size());
        endInsertRows();
    }
    refreshProblems();
    m_undoStack->clear();
    m_lastError.clear();
}

void BlacklistModel::setFlavour(std::optional<xp::device::Flavour> flavour)
{
    if (flavour == m_flavour)
        return;
    m_flavour = flavour;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, Effect), index(int(m_entries.size()) - 1, Effect),
                         {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, EnforcedRole});
    // Whether a long range is too many xenstore keys depends on the flavour.
    refreshProblems();
}

int BlacklistModel::addEntry(const BlacklistItem& item, int row)
{
    if (row < 0 || row > m_entries.size())
        row = int(m_entries.size());
    m_undoStack->push(new AddBlacklistEntryCommand(this, row, item));
    return row;
}

void BlacklistModel::removeEntries(QList<int> rows)
{
    rows.removeIf([this](int row) { return row < 0 || row >= m_entries.size(); });
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    if (rows.size() == 1) {
        m_undoStack->push(new RemoveBlacklistEntryCommand(this, rows.constFirst()));
        return;
    }
    // Highest row first, so the rows still to remove keep their numbers.
    m_undoStack->beginMacro(tr("Remove %n blacklist entries", nullptr, int(rows.size())));
    for (int row : std::as_const(rows))
        m_undoStack->push(new RemoveBlacklistEntryCommand(this, row));
    m_undoStack->endMacro();
}

int BlacklistModel::blockingProblemCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem& p) { return p.blocksApply; }));
}

QString BlacklistModel::firstProblem() const
{
    // Blocking problems first: they are the ones that keep Apply disabled.
    for (bool blocking : {true, false})
        for (int row = 0; row < m_problems.size(); ++row)
            if (!m_problems.at(row).text.isEmpty() && m_problems.at(row).blocksApply == blocking)
                return tr("Row %1: %2").arg(row + 1).arg(m_problems.at(row).text);
    return {};
}

void BlacklistModel::insertEntry(int row, const BlacklistItem& item)
{
    beginInsertRows({}, row, row);
    m_entries.insert(row, item);
    m_problems.insert(row, Problem{});
    endInsertRows();
    refreshProblems();
}

BlacklistItem BlacklistModel::takeEntry(int row)
{
    beginRemoveRows({}, row, row);
    BlacklistItem item = m_entries.takeAt(row);
    m_problems.removeAt(row);
    endRemoveRows();
    refreshProblems();
    return item;
}

void BlacklistModel::replaceEntry(int row, const BlacklistItem& item)
{
    m_entries[row] = item;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    refreshProblems();
}

BlacklistModel::Problem BlacklistModel::problemOf(int row) const
{
    const BlacklistItem& item = m_entries.at(row);
    if (!xp::device::ProductRegistry::byNumber(item.product))
        return {tr("Product %1 is not in Xen's product registry: no device model can look it up.")
                    .arg(HexText::id(item.product)),
                true};
    std::optional<int> overlap;
    for (int other = 0; other < m_entries.size(); ++other) {
        const BlacklistItem& o = m_entries.at(other);
        if (other == row || o.product != item.product)
            continue;
        if (o.firstBuild == item.firstBuild && o.lastBuild == item.lastBuild)
            return {tr("The same product and builds as row %1.").arg(other + 1), true};
        if (!overlap && o.firstBuild <= item.lastBuild && item.firstBuild <= o.lastBuild)
            overlap = other;
    }
    if (overlap)
        return {
            tr("Builds %1 overlap row %2 (builds %3).")
                .arg(BlacklistText::buildsText(item.firstBuild, item.lastBuild))
                .arg(*overlap + 1)
                .arg(BlacklistText::buildsText(m_entries.at(*overlap).firstBuild, m_entries.at(*overlap).lastBuild)),
            false};
    const quint64 builds = quint64(item.lastBuild) - item.firstBuild + 1;
    if (m_flavour && xp::device::Blacklist::enforced(*m_flavour, item.product) &&
        builds > Realization::kMaxExpandedBuilds) {
        const QString flavour = DeviceText::flavourName(*m_flavour);
        // Realization::plan() refuses to expand such a range into xenstore keys when it is added or removed.
        return {tr("On %1 this range is %2 xenstore keys, one per build; xpconsole plans at most %3 per entry, so "
                   "adding or removing it needs a split range or keys written by hand.")
                    .arg(flavour)
                    .arg(builds)
                    .arg(Realization::kMaxExpandedBuilds),
                false};
    }
    return {};
}

void BlacklistModel::refreshProblems()
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Problem now = problemOf(row);
        if (now == m_problems.at(row))
            continue;
        m_problems[row] = std::move(now);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ToolTipRole, ProblemRole, BlocksApplyRole});
    }
}
