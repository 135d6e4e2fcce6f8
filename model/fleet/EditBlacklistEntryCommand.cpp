// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "EditBlacklistEntryCommand.h"

#include "BlacklistModel.h"
#include "model/core/BlacklistText.h"

namespace {
// Any value unique among the project's mergeable commands.
constexpr int kEditBlacklistEntryId = 0x626c;
} // namespace

EditBlacklistEntryCommand::EditBlacklistEntryCommand(BlacklistModel* model, int row, int column,
                                                     const BlacklistItem& before, const BlacklistItem& after,
                                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_column(column)
    , m_before(before)
    , m_after(after)
{
    updateText();
}

void EditBlacklistEntryCommand::redo()
{
    m_model->replaceEntry(m_row, m_after);
}

void EditBlacklistEntryCommand::undo()
{
    m_model->replaceEntry(m_row, m_before);
}

int EditBlacklistEntryCommand::id() const
{
    return kEditBlacklistEntryId;
}

bool EditBlacklistEntryCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const EditBlacklistEntryCommand*>(other);
    if (edit->m_model != m_model || edit->m_row != m_row || edit->m_column != m_column)
        return false;
    m_after = edit->m_after;
    setObsolete(m_after == m_before);
    updateText();
    return true;
}

void EditBlacklistEntryCommand::updateText()
{
    const QString entry = BlacklistText::entryLabel(m_before);
    switch (m_column) {
    case BlacklistModel::Product:
        setText(tr("Change product of blacklist entry %1 to %2")
                    .arg(entry, BlacklistText::productEditText(m_after.product)));
        break;
    case BlacklistModel::Builds:
        setText(tr("Change builds of blacklist entry %1 to %2")
                    .arg(entry, BlacklistText::buildsText(m_after.firstBuild, m_after.lastBuild)));
        break;
    default: setText(tr("Change comment of blacklist entry %1").arg(entry)); break;
    }
}
