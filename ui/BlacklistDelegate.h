// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

/// Cell editors of the blacklist table: a combo box of the product registry's names (a number may be typed)
/// and line editors for builds and comment. Input is checked against BlacklistModel::checkInput() while the
/// user types; a problem shows as a warning icon in the editor and through inputProblem().
class BlacklistDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit BlacklistDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    /// One line high, and as wide as editorWidth() even where the column is narrower: the open editor then
    /// covers part of the next cell, always inside the view.
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;

    /// Commits and closes the open editor, if any (an Apply from a button that takes no focus must not lose
    /// what is being typed). Returns false when the model refused the input.
    bool commitOpenEditor();
    /// Closes the open editor, if any, without committing (the editor became read-only).
    void cancelOpenEditor();
    /// The width the editor of @p column needs in @p view (its font and style) to show its longest text unelided,
    /// with room for the problem icon: Product, every registry name (in the line and in the popup); Builds, the
    /// placeholder or @p text, whichever is wider. 0 for the other columns, whose editors fit their cells.
    static int editorWidth(int column, QWidget* view, const QString& text = {});

signals:
    /// What is wrong with the input being typed or just refused; empty when it is fine.
    void inputProblem(const QString& message) const;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    /// The editor of @p column, filled and named, without the input checking (createEditor() adds that).
    static QWidget* newEditor(int column, QWidget* parent);

    mutable QPointer<QWidget> m_openEditor;
    mutable bool m_lastCommitAccepted = true;
};
