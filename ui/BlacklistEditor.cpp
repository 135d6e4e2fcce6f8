// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistEditor.h"

#include "ActionButton.h"
#include "BlacklistTable.h"
#include "Logging.h"
#include "model/core/BlacklistText.h"
#include "model/core/DeviceText.h"
#include "model/fleet/BlacklistModel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

BlacklistEditor::BlacklistEditor(QWidget* parent)
    : QWidget(parent)
    , m_model(new BlacklistModel(this))
    , m_table(new BlacklistTable(m_model, this))
    , m_context(new QLabel(this))
    , m_pending(new QLabel(this))
{
    setObjectName(QStringLiteral("blacklistEditor"));
    m_context->setObjectName(QStringLiteral("blacklistContext"));
    m_context->setWordWrap(true);
    m_context->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending->setObjectName(QStringLiteral("blacklistPending"));
    m_pending->setAccessibleName(tr("Blacklist changes pending"));
    m_revert = ActionButton::makeAction(this, QStringLiteral("blacklistRevert"), tr("Re&vert"),
                                        tr("Revert to the applied blacklist"));
    m_apply = ActionButton::makeAction(this, QStringLiteral("blacklistApply"), tr("A&pply…"),
                                       tr("Apply the blacklist: review the diff"));
    // Undo and Redo also work while the focus is on Apply or Revert.
    addActions(m_table->actions());

    // One row of buttons: at 1024x700 the details pane has little height, and each row is one table row less.
    m_table->addToButtonRow(ActionButton::makeButton(m_revert, this));
    m_table->addToButtonRow(ActionButton::makeButton(m_apply, this));
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pending);

    connect(m_revert, &QAction::triggered, this, &BlacklistEditor::revert);
    connect(m_apply, &QAction::triggered, this, &BlacklistEditor::apply);
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &BlacklistEditor::updateState);
    connect(m_model->undoStack(), &QUndoStack::cleanChanged, this, &BlacklistEditor::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BlacklistEditor::updateState);
    clear();
}

BlacklistEditor::~BlacklistEditor()
{
    // The model outlives this part of the object while QWidget deletes the children.
    m_model->disconnect(this);
    m_model->undoStack()->disconnect(this);
}

void BlacklistEditor::setVm(const VmConfig& config)
{
    if (m_mode == Mode::Vm && !config.key.isEmpty() && config.key == m_config.key) {
        const bool storedChanged = config.blacklist != m_applied;
        m_config = config;
        m_model->setFlavour(config.flavour);
        if (storedChanged) {
            m_applied = config.blacklist;
            if (hasUnappliedEdits())
                m_model->undoStack()->resetClean(); // the new stored list is in no undo step
            else
                m_model->setEntries(config.blacklist);
        }
        updateContext();
        updateState();
        return;
    }
    load(Mode::Vm, config, config.blacklist);
}

void BlacklistEditor::setTemplate(const QList<BlacklistItem>& entries)
{
    load(Mode::Template, VmConfig{}, entries);
}

void BlacklistEditor::clear()
{
    load(Mode::None, VmConfig{}, {});
}

void BlacklistEditor::load(Mode mode, const VmConfig& config, const QList<BlacklistItem>& entries)
{
    if (hasUnappliedEdits())
        qCWarning(lcUi) << "dropping" << unappliedEditCount() << "unapplied blacklist edits of"
                        << (m_mode == Mode::Vm ? m_config.name : QStringLiteral("the template"))
                        << "without maybeDiscard()";
    m_table->discardOpenEditor();
    m_mode = mode;
    m_config = config;
    m_applied = entries;
    m_model->setFlavour(mode == Mode::Vm ? std::optional(config.flavour) : std::nullopt);
    m_model->setEntries(entries);
    updateContext();
    updateState();
}

void BlacklistEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateState();
}

QList<BlacklistItem> BlacklistEditor::entries() const
{
    return m_model->entries();
}

bool BlacklistEditor::hasUnappliedEdits() const
{
    return m_mode != Mode::None && !m_model->undoStack()->isClean();
}

int BlacklistEditor::unappliedEditCount() const
{
    if (!hasUnappliedEdits())
        return 0;
    const QUndoStack* stack = m_model->undoStack();
    if (stack->cleanIndex() < 0)
        return std::max(1, stack->index());
    return std::abs(stack->index() - stack->cleanIndex());
}

bool BlacklistEditor::maybeDiscard()
{
    if (!hasUnappliedEdits())
        return true;
    const int n = unappliedEditCount();
    QString question;
    QString consequence;
    if (m_mode == Mode::Vm) {
        question = n == 1 ? tr("Discard the unapplied blacklist edit for VM %1?").arg(m_config.name)
                          : tr("Discard %n unapplied blacklist edits for VM %1?", nullptr, n).arg(m_config.name);
        consequence = tr("The blacklist of %1 stays as it was last applied, and the discarded edits cannot be redone.")
                          .arg(m_config.name);
    } else {
        question = n == 1 ? tr("Discard the unapplied edit of the blacklist template?")
                          : tr("Discard %n unapplied edits of the blacklist template?", nullptr, n);
        consequence = tr("The template returns to how it was loaded or last applied, and the discarded edits cannot "
                         "be redone.");
    }
    bool discard = false;
    if (m_discardPrompt) {
        discard = m_discardPrompt(question, consequence);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unapplied Blacklist Edits"), question,
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("blacklistDiscardQuestion"));
        box.setInformativeText(consequence);
        box.setDefaultButton(QMessageBox::Cancel);
        discard = box.exec() == QMessageBox::Discard;
    }
    if (!discard)
        return false;
    m_table->discardOpenEditor();
    m_model->setEntries(m_applied);
    updateState();
    return true;
}

void BlacklistEditor::markApplied()
{
    m_model->undoStack()->setClean();
    m_applied = m_model->entries();
    if (m_mode == Mode::Vm)
        m_config.blacklist = m_applied;
    updateState();
}

void BlacklistEditor::revert()
{
    if (!writable() || !hasUnappliedEdits())
        return;
    m_table->discardOpenEditor();
    QUndoStack* stack = m_model->undoStack();
    if (stack->cleanIndex() >= 0)
        stack->setIndex(stack->cleanIndex());
    else
        m_model->setEntries(m_applied);
    updateState();
}

void BlacklistEditor::apply()
{
    if (!writable() || !m_table->commitOpenEditor() || m_model->blockingProblemCount() > 0) {
        updateState();
        return;
    }
    if (m_mode == Mode::Template) {
        emit templateApplyRequested(m_model->entries());
        return;
    }
    if (!hasUnappliedEdits())
        return;
    VmConfig edited = m_config;
    edited.blacklist = m_model->entries();
    emit applyRequested(edited);
}

bool BlacklistEditor::writable() const
{
    return m_mode != Mode::None && !m_readOnly && !(m_mode == Mode::Vm && m_config.metadataReadOnly);
}

void BlacklistEditor::updateState()
{
    const bool canWrite = writable();
    const bool pending = hasUnappliedEdits();
    m_table->setWritable(canWrite);
    m_revert->setEnabled(canWrite && pending);
    m_apply->setEnabled(canWrite && m_model->blockingProblemCount() == 0 && (pending || m_mode == Mode::Template));
    const int n = unappliedEditCount();
    m_pending->setText(n == 1 ? tr("Changes pending: 1 unapplied edit")
                              : tr("Changes pending: %n unapplied edits", nullptr, n));
    m_pending->setVisible(pending);
    if (pending != m_pendingShown) {
        m_pendingShown = pending;
        emit pendingChanged(pending);
    }
}

void BlacklistEditor::updateContext()
{
    switch (m_mode) {
    case Mode::None: m_context->setText(tr("Select a VM to see and edit its driver blacklist.")); return;
    case Mode::Template:
        m_context->setText(tr("Fleet template. %1").arg(BlacklistText::flavourSummary(std::nullopt)));
        return;
    case Mode::Vm: break;
    }
    QString text = tr("Blacklist of %1, device model %2. %3")
                       .arg(m_config.name, DeviceText::flavourName(m_config.flavour),
                            BlacklistText::flavourSummary(m_config.flavour));
    if (m_config.metadataReadOnly)
        text += QLatin1Char(' ') + tr("Its metadata uses a newer schema than this console understands, so the "
                                      "blacklist is shown read-only.");
    m_context->setText(text);
}
