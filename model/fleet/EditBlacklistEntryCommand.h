// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QUndoCommand>

class BlacklistModel;

/// Changes one cell (product, builds or comment) of a blacklist entry. Consecutive edits of the same
/// cell merge into one undo step; an edit that returns the cell to where it started drops out.
class EditBlacklistEntryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditBlacklistEntryCommand)

public:
    /// @p column is a BlacklistModel::Column; @p before and @p after are the whole entry around the edit.
    EditBlacklistEntryCommand(BlacklistModel* model, int row, int column, const BlacklistItem& before,
                              const BlacklistItem& after, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void updateText();

    BlacklistModel* m_model;
    int m_row;
    int m_column;
    BlacklistItem m_before;
    BlacklistItem m_after;
};
