// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistDelegate.h"

#include "device/ProductRegistry.h"
#include "model/core/HexText.h"
#include "model/fleet/BlacklistModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStyle>
#include <algorithm>
#include <memory>

namespace {
const char* const kProblemAction = "xpProblemAction";

QLineEdit* lineEditOf(QWidget* editor)
{
    if (auto combo = qobject_cast<QComboBox*>(editor))
        return combo->lineEdit();
    return qobject_cast<QLineEdit*>(editor);
}

QString textOf(QWidget* editor)
{
    if (auto combo = qobject_cast<QComboBox*>(editor))
        return combo->currentText();
    if (auto line = qobject_cast<QLineEdit*>(editor))
        return line->text();
    return {};
}

QIcon warningIcon(const QWidget* widget)
{
    const QStyle* style = widget ? widget->style() : QApplication::style();
    return style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
}

/// A warning icon inside the line edit, its tooltip the problem: visible without colour, in any palette.
void markProblem(QLineEdit* line, const QString& problem)
{
    auto action = line->property(kProblemAction).value<QAction*>();
    if (!action) {
        action = line->addAction(warningIcon(line), QLineEdit::TrailingPosition);
        action->setObjectName(QStringLiteral("blacklistInputProblem"));
        line->setProperty(kProblemAction, QVariant::fromValue(action));
    }
    action->setVisible(!problem.isEmpty());
    action->setToolTip(problem);
    line->setToolTip(problem);
    line->setAccessibleDescription(problem);
}
} // namespace

BlacklistDelegate::BlacklistDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QWidget* BlacklistDelegate::newEditor(int column, QWidget* parent)
{
    switch (column) {
    case BlacklistModel::Product: {
        auto combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        // Its size hint then fits the longest name before it is ever shown (editorWidth() asks a hidden probe).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        for (const auto& product : xp::device::ProductRegistry::all()) {
            combo->addItem(QString::fromLatin1(product.name.data(), qsizetype(product.name.size())));
            combo->setItemData(combo->count() - 1,
                               tr("Product number 0x%1, %2")
                                   .arg(HexText::digits(product.number, 4))
                                   .arg(QString::fromLatin1(product.owner.data(), qsizetype(product.owner.size()))),
                               Qt::ToolTipRole);
        }
        combo->setObjectName(QStringLiteral("blacklistProductEditor"));
        combo->setAccessibleName(tr("Product: a registry name or number"));
        return combo;
    }
    case BlacklistModel::Builds:
    case BlacklistModel::Comment: {
        auto line = new QLineEdit(parent);
        const bool builds = column == BlacklistModel::Builds;
        line->setObjectName(builds ? QStringLiteral("blacklistBuildsEditor")
                                   : QStringLiteral("blacklistCommentEditor"));
        line->setAccessibleName(builds ? tr("Builds: N or FIRST-LAST, decimal or 0x hex") : tr("Comment"));
        line->setPlaceholderText(builds ? tr("N or FIRST-LAST") : QString());
        return line;
    }
    default: return nullptr;
    }
}

QWidget* BlacklistDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    QWidget* editor = newEditor(index.column(), parent);
    if (!editor)
        return QStyledItemDelegate::createEditor(parent, option, index);

    const auto* model = qobject_cast<const BlacklistModel*>(index.model());
    QLineEdit* line = lineEditOf(editor);
    if (model && line) {
        const QPersistentModelIndex cell(index);
        connect(line, &QLineEdit::textChanged, this, [this, model, line, cell](const QString& text) {
            const QString problem = cell.isValid() ? model->checkInput(cell, text) : QString();
            markProblem(line, problem);
            emit inputProblem(problem);
        });
    }
    m_openEditor = editor;
    return editor;
}

int BlacklistDelegate::editorWidth(int column, QWidget* view, const QString& text)
{
    // A probe built as createEditor() builds it, so that the font, the style and the translation are the view's;
    // it is never shown.
    const std::unique_ptr<QWidget> probe(newEditor(column, view));
    QLineEdit* line = lineEditOf(probe.get());
    if (!line || column == BlacklistModel::Comment)
        return 0;
    const int plain = line->sizeHint().width();
    markProblem(line, QStringLiteral("?"));
    const int problemIcon = line->sizeHint().width() - plain;
    // QLineEdit scrolls a text unless the cursor after its last character fits too, bearings included.
    const QFontMetrics metrics = line->fontMetrics();
    const int cursorRoom = 1 + std::max(0, -metrics.minLeftBearing()) + std::max(0, -metrics.minRightBearing());
    if (auto combo = qobject_cast<QComboBox*>(probe.get()))
        return combo->sizeHint().width() + problemIcon + cursorRoom; // the hint fits the longest item exactly
    // A line edit's hint is its frame and margins around 17 'x' (QLineEdit::sizeHint()).
    const int textWidth = std::max(metrics.horizontalAdvance(line->placeholderText()), metrics.horizontalAdvance(text));
    return line->sizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17 + textWidth + cursorRoom;
}

void BlacklistDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto combo = qobject_cast<QComboBox*>(editor))
        combo->setEditText(text);
    else if (auto line = qobject_cast<QLineEdit*>(editor))
        line->setText(text);
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void BlacklistDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (!lineEditOf(editor)) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    m_lastCommitAccepted = model->setData(index, textOf(editor), Qt::EditRole);
    const auto* blacklist = qobject_cast<const BlacklistModel*>(model);
    emit inputProblem(m_lastCommitAccepted || !blacklist ? QString() : blacklist->lastError());
}

void BlacklistDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex& index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    QRect rect = editor->geometry();
    // A row as tall as its wrapped Effect text would stretch a one-line editor.
    const int height = std::min(rect.height(), editor->sizeHint().height());
    rect.setTop(rect.top() + (rect.height() - height) / 2);
    rect.setHeight(height);
    // The columns fit what they show ("60"), not what is typed ("N or FIRST-LAST", every product name).
    rect.setWidth(std::max(rect.width(),
                           editorWidth(index.column(), editor->parentWidget(), index.data(Qt::EditRole).toString())));
    if (const QWidget* view = editor->parentWidget()) {
        if (rect.right() >= view->width())
            rect.moveRight(view->width() - 1);
        if (rect.left() < 0)
            rect.moveLeft(0);
    }
    editor->setGeometry(rect);
}

bool BlacklistDelegate::commitOpenEditor()
{
    QWidget* editor = m_openEditor;
    if (!editor || !editor->isVisible())
        return true;
    m_openEditor.clear();
    m_lastCommitAccepted = true;
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
    return m_lastCommitAccepted;
}

void BlacklistDelegate::cancelOpenEditor()
{
    QWidget* editor = m_openEditor;
    if (!editor || !editor->isVisible())
        return;
    m_openEditor.clear(); // closing reports back (closeEditor), which must not find the editor open again
    emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
}

void BlacklistDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == BlacklistModel::Product && !index.data(BlacklistModel::ProblemRole).toString().isEmpty()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = warningIcon(option->widget);
    }
}
