// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

class BlacklistModel;

/// Removes one blacklist entry from a BlacklistModel; undo puts it back at the same row.
class RemoveBlacklistEntryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveBlacklistEntryCommand)

public:
    /// @p row must be a row of @p model; the entry there is remembered for undo.
    RemoveBlacklistEntryCommand(BlacklistModel* model, int row, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    BlacklistModel* m_model;
    int m_row;
    BlacklistItem m_item;
};
