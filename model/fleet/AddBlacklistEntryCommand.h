// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

class BlacklistModel;

/// Inserts one blacklist entry at a row of a BlacklistModel; undo removes it again.
class AddBlacklistEntryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddBlacklistEntryCommand)

public:
    AddBlacklistEntryCommand(BlacklistModel* model, int row, const BlacklistItem& item, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    BlacklistModel* m_model;
    int m_row;
    BlacklistItem m_item;
};
