// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "AddBlacklistEntryCommand.h"

#include "BlacklistModel.h"
#include "model/core/BlacklistText.h"

AddBlacklistEntryCommand::AddBlacklistEntryCommand(BlacklistModel* model, int row, const BlacklistItem& item,
                                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_item(item)
{
    setText(tr("Add blacklist entry %1").arg(BlacklistText::entryLabel(item)));
}

void AddBlacklistEntryCommand::redo()
{
    m_model->insertEntry(m_row, m_item);
}

void AddBlacklistEntryCommand::undo()
{
    m_model->takeEntry(m_row);
}
