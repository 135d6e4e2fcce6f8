// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/BlacklistModel.h"

#include <QPointer>
#include <QWidget>

class BlacklistDelegate;
class QAction;
class QHBoxLayout;
class QLabel;
class QTableView;

/// The entries of a BlacklistModel as an editable table with Add, Remove, Undo and Redo, and a line under it
/// that says what is wrong with the input being typed, the input just refused, or a row. Knows nothing of
/// VMs or applying (BlacklistEditor does).
///
/// Object names: table "blacklistTable"; actions "blacklistAdd", "blacklistRemove" (Delete), "blacklistUndo"
/// (QKeySequence::Undo), "blacklistRedo" (QKeySequence::Redo), each with a tool button "<name>Button"; label
/// "blacklistError"; cell editors "blacklistProductEditor", "blacklistBuildsEditor", "blacklistCommentEditor".
class BlacklistTable : public QWidget
{
    Q_OBJECT

public:
    explicit BlacklistTable(BlacklistModel* model, QWidget* parent = nullptr);
    ~BlacklistTable() override;

    /// Enables cell editing and the four actions; disabling closes an open cell editor without committing.
    void setWritable(bool writable);
    /// Commits the cell editor being typed in, if any; false when the model refused the input (the reason is
    /// then on show).
    bool commitOpenEditor();
    /// Closes the cell editor being typed in, if any, and forgets what it said about its input.
    void discardOpenEditor();
    /// Puts @p widget at the right end of the row of Add, Remove, Undo and Redo, so that the owner's buttons
    /// take no row of their own.
    void addToButtonRow(QWidget* widget);

protected:
    void changeEvent(QEvent* event) override;

private:
    void add();
    void removeSelected();
    void updateState();
    void showInputProblem(const QString& message);
    /// Product and Builds as wide as their widest cell and their title, rows added a moment ago included.
    void fitColumns();

    QPointer<BlacklistModel> m_model; // the owner may delete it first
    BlacklistDelegate* m_delegate;
    QTableView* m_view;
    QLabel* m_error;
    QHBoxLayout* m_buttons;
    QAction* m_add;
    QAction* m_remove;
    QAction* m_undo;
    QAction* m_redo;
    QString m_inputProblem;
    bool m_writable = false;
};
