// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "RemoveBlacklistEntryCommand.h"

#include "BlacklistModel.h"
#include "model/core/BlacklistText.h"

RemoveBlacklistEntryCommand::RemoveBlacklistEntryCommand(BlacklistModel* model, int row, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_row(row)
    , m_item(model->entry(row))
{
    setText(tr("Remove blacklist entry %1").arg(BlacklistText::entryLabel(m_item)));
}

void RemoveBlacklistEntryCommand::redo()
{
    m_model->takeEntry(m_row);
}

void RemoveBlacklistEntryCommand::undo()
{
    m_model->insertEntry(m_row, m_item);
}
