// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistTable.h"

#include "ActionButton.h"
#include "BlacklistDelegate.h"
#include "model/fleet/BlacklistModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

BlacklistTable::BlacklistTable(BlacklistModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_delegate(new BlacklistDelegate(this))
    , m_view(new QTableView(this))
    , m_error(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_view->setObjectName(QStringLiteral("blacklistTable"));
    m_view->setAccessibleName(tr("Blacklist entries"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted by fitColumns(): ResizeToContents misses a row added a moment ago, whose editor is open. The editors
    // take the width they need themselves (BlacklistDelegate), so the Effect column keeps the rest.
    m_view->horizontalHeader()->setSectionResizeMode(BlacklistModel::Product, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(BlacklistModel::Builds, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(BlacklistModel::Effect, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(BlacklistModel::Comment,
                                              m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 28);
    m_error->setObjectName(QStringLiteral("blacklistError"));
    m_error->setAccessibleName(tr("Blacklist problem"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_add = ActionButton::makeAction(this, QStringLiteral("blacklistAdd"), tr("&Add"), tr("Add a blacklist entry"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove = ActionButton::makeAction(this, QStringLiteral("blacklistRemove"), tr("&Remove"),
                                        tr("Remove the selected blacklist entries"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setShortcut(QKeySequence::Delete);
    m_undo = ActionButton::makeAction(this, QStringLiteral("blacklistUndo"), tr("&Undo"),
                                      tr("Undo the last blacklist edit"));
    m_undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo =
        ActionButton::makeAction(this, QStringLiteral("blacklistRedo"), tr("Re&do"), tr("Redo the blacklist edit"));
    m_redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redo->setShortcut(QKeySequence::Redo);

    for (QAction* action : {m_add, m_remove, m_undo, m_redo})
        m_buttons->addWidget(ActionButton::makeButton(action, this));
    m_buttons->addStretch(1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(m_buttons);

    QUndoStack* stack = m_model->undoStack();
    connect(m_add, &QAction::triggered, this, &BlacklistTable::add);
    connect(m_remove, &QAction::triggered, this, &BlacklistTable::removeSelected);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    // A refused input stays on show until the blacklist changes.
    connect(stack, &QUndoStack::indexChanged, this, [this] { showInputProblem({}); });
    connect(stack, &QUndoStack::cleanChanged, this, &BlacklistTable::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BlacklistTable::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BlacklistTable::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BlacklistTable::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BlacklistTable::fitColumns);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BlacklistTable::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BlacklistTable::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BlacklistTable::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BlacklistTable::updateState);
    connect(m_delegate, &BlacklistDelegate::inputProblem, this, &BlacklistTable::showInputProblem);
    connect(m_delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    showInputProblem({});
            });
    updateState();
    fitColumns();
}

BlacklistTable::~BlacklistTable()
{
    // The view and the delegate still signal (selection, open editor) while QWidget deletes them, when nothing
    // of BlacklistTable may run any more.
    m_delegate->disconnect(this);
    m_view->selectionModel()->disconnect(this);
    if (m_model) {
        m_model->disconnect(this);
        m_model->undoStack()->disconnect(this);
    }
}

void BlacklistTable::addToButtonRow(QWidget* widget)
{
    m_buttons->addWidget(widget);
}

void BlacklistTable::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange)
        fitColumns();
}

void BlacklistTable::fitColumns()
{
    if (!m_model)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    for (const int column : {int(BlacklistModel::Product), int(BlacklistModel::Builds)}) {
        // sizeHintForIndex() rather than sizeHintForColumn(): the latter only looks at rows already laid out.
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width, m_view->sizeHintForIndex(m_model->index(row, column)).width());
        if (m_view->showGrid())
            width += 1; // as QTableView::sizeHintForColumn()
        header->resizeSection(column, width);
    }
}

void BlacklistTable::setWritable(bool writable)
{
    m_writable = writable;
    updateState();
}

bool BlacklistTable::commitOpenEditor()
{
    return m_delegate->commitOpenEditor();
}

void BlacklistTable::discardOpenEditor()
{
    m_delegate->cancelOpenEditor();
    showInputProblem({});
}

void BlacklistTable::add()
{
    if (!m_writable)
        return;
    const QModelIndex current = m_view->currentIndex();
    BlacklistItem item;
    // The row's product is the likeliest next one; a fresh list starts with the legacy Citrix drivers.
    item.product = current.isValid() ? m_model->entry(current.row()).product : quint16(0x0001);
    const int row = m_model->addEntry(item, current.isValid() ? current.row() + 1 : -1);
    const QModelIndex cell = m_model->index(row, BlacklistModel::Product);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    if (m_view->isVisible())
        m_view->edit(cell);
}

void BlacklistTable::removeSelected()
{
    if (!m_writable)
        return;
    std::set<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex& index : selected)
        rows.insert(index.row());
    m_model->removeEntries(QList<int>(rows.cbegin(), rows.cend()));
}

void BlacklistTable::updateState()
{
    if (!m_writable)
        m_delegate->cancelOpenEditor();
    m_view->setEditTriggers(m_writable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                       : QAbstractItemView::NoEditTriggers);
    const QUndoStack* stack = m_model->undoStack();
    m_add->setEnabled(m_writable);
    m_remove->setEnabled(m_writable && m_view->selectionModel()->hasSelection());
    m_undo->setEnabled(m_writable && stack->canUndo());
    m_undo->setToolTip(stack->canUndo() ? tr("Undo %1").arg(stack->undoText()) : tr("Undo the last blacklist edit"));
    m_redo->setEnabled(m_writable && stack->canRedo());
    m_redo->setToolTip(stack->canRedo() ? tr("Redo %1").arg(stack->redoText()) : tr("Redo the blacklist edit"));
    const QString problem = !m_inputProblem.isEmpty() ? m_inputProblem : m_model->firstProblem();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
}

void BlacklistTable::showInputProblem(const QString& message)
{
    m_inputProblem = message;
    updateState();
}
