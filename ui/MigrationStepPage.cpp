// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationStepPage.h"

#include "DiffView.h"
#include "MigrationPlanPage.h"
#include "MigrationPowerCycle.h"
#include "MigrationResultView.h"
#include "MigrationWizard.h"
#include "model/core/ConfigDelta.h"
#include "model/core/Realization.h"
#include "model/migration/MigrationSession.h"
#include "model/migration/MigrationStepWriter.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel* wrappedLabel(const char* objectName, QWidget* parent)
{
    auto label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString outcomeHtml(const MigrationStep& step)
{
    QString html = MigrationStepPage::tr("<b>Next boot after this step:</b> %1")
                       .arg(MigrationStepWriter::bootSummary(step.outcome).toHtmlEscaped());
    for (const Finding& f : step.outcome.findings)
        if (f.severity == Finding::Severity::Error)
            html += QStringLiteral("<br><b>%1</b>")
                        .arg(MigrationStepPage::tr("Error %1: %2").arg(f.id, f.message).toHtmlEscaped());
    return html;
}

} // namespace

MigrationStepPage::MigrationStepPage(MigrationWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_steps(new QListWidget(this))
    , m_progress(wrappedLabel("migrationProgressLabel", this))
    , m_title(wrappedLabel("migrationStepTitle", this))
    , m_kind(wrappedLabel("migrationStepKind", this))
    , m_explanation(wrappedLabel("migrationStepExplanation", this))
    , m_outcome(wrappedLabel("migrationStepOutcome", this))
    , m_rollbackText(wrappedLabel("migrationStepRollback", this))
    , m_diffLabel(wrappedLabel("migrationStepDiffLabel", this))
    , m_diff(new DiffView(this))
    , m_apply(new QPushButton(this))
    , m_confirm(new QPushButton(this))
    , m_rollback(new QPushButton(this))
    , m_reprepare(new QPushButton(tr("&Prepare again"), this))
    , m_powerCycle(new QPushButton(this))
    , m_stopCycle(new QPushButton(tr("Stop &waiting"), this))
    , m_powerNote(wrappedLabel("migrationPowerNote", this))
    , m_cycle(new MigrationPowerCycle(wizard))
    , m_result(new MigrationResultView(this))
{
    setObjectName(QStringLiteral("migrationStepPage"));
    setTitle(tr("Steps"));
    setSubTitle(tr("One step at a time. Each write records the progress in the VM, so you can close the wizard "
                   "and continue later."));
    m_steps->setObjectName(QStringLiteral("migrationStepList"));
    m_steps->setAccessibleName(tr("Migration steps"));
    m_steps->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_diff->setObjectName(QStringLiteral("migrationStepDiff"));
    m_diff->setAccessibleName(tr("Diff of the domain XML"));
    m_apply->setObjectName(QStringLiteral("migrationApplyButton"));
    m_apply->setAccessibleName(tr("Apply the next step"));
    m_confirm->setObjectName(QStringLiteral("migrationConfirmButton"));
    m_confirm->setAccessibleName(tr("Record the next step as done"));
    m_rollback->setObjectName(QStringLiteral("migrationRollbackButton"));
    m_rollback->setAccessibleName(tr("Roll back the last step"));
    m_reprepare->setObjectName(QStringLiteral("migrationReprepareButton"));
    m_reprepare->setAccessibleName(tr("Prepare the step again on the current definition"));
    m_powerCycle->setObjectName(QStringLiteral("migrationPowerCycleButton"));
    m_powerCycle->setAccessibleName(tr("Shut the VM down and start it again, then record the step"));
    m_stopCycle->setObjectName(QStringLiteral("migrationStopCycleButton"));
    m_stopCycle->setAccessibleName(tr("Stop following the power cycle"));

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_powerCycle);
    buttons->addWidget(m_stopCycle);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_reprepare);
    buttons->addStretch(1);
    buttons->addWidget(m_rollback);
    auto details = new QWidget(this);
    auto right = new QVBoxLayout(details);
    right->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w :
         {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_explanation),
          static_cast<QWidget*>(m_outcome), static_cast<QWidget*>(m_rollbackText), static_cast<QWidget*>(m_diffLabel)})
        right->addWidget(w);
    right->addWidget(m_diff, 1);
    right->addWidget(m_powerNote);
    right->addLayout(buttons);
    right->addWidget(m_result);
    auto splitter = new QSplitter(this);
    splitter->addWidget(m_steps);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 3);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showStep(row);
    });
    connect(m_apply, &QPushButton::clicked, this, &MigrationStepPage::applyNext);
    connect(m_confirm, &QPushButton::clicked, this, &MigrationStepPage::applyNext);
    connect(m_rollback, &QPushButton::clicked, this, &MigrationStepPage::rollBack);
    connect(m_reprepare, &QPushButton::clicked, this, [this] {
        m_wizard->session()->rebase(m_conflictXml);
        m_conflictXml.clear();
        m_result->showMessage(tr("Prepared again on the VM's current definition: check the diff, then apply."));
        refresh();
    });
    connect(wizard->session(), &MigrationSession::pushFinished, this, &MigrationStepPage::onPushFinished);
    connect(wizard->session(), &MigrationSession::fleetRefreshed, this, &MigrationStepPage::onFleetRefreshed);
    connect(m_powerCycle, &QPushButton::clicked, this, [this] {
        m_wizard->session()->runState(nullptr, &m_idBeforeCycle);
        if (m_cycle->run(m_wizard->session()->completed() + 1))
            showStep(shownStep());
    });
    connect(m_stopCycle, &QPushButton::clicked, m_cycle, &MigrationPowerCycle::stopFollowing);
    connect(m_cycle, &MigrationPowerCycle::progress, this,
            [this](const QString& text) { m_result->showMessage(text); });
    connect(m_cycle, &MigrationPowerCycle::finished, this, [this](bool ok, const QString& message) {
        const MigrationSession* session = m_wizard->session();
        if (ok) {
            m_recordWhenCurrent = true;
            m_result->showMessage(tr("%1 Step %2 is recorded once libvirt lists %3 running its new definition…")
                                      .arg(message)
                                      .arg(session->completed() + 1)
                                      .arg(session->vmName()));
            onFleetRefreshed();
        } else {
            m_result->showMessage(tr("%1 was not shut down and started again.").arg(session->vmName()),
                                  tr("Check the VM's state: it may be shut off. Its next boot still holds the "
                                     "steps written so far; the step is not recorded."),
                                  message);
            showStep(shownStep());
        }
    });
}

void MigrationStepPage::initializePage()
{
    m_wizard->setButtonText(QWizard::CancelButton, tr("&Close"));
    m_wizard->session()->syncWithFleet();
    m_result->clear();
    refresh();
}

bool MigrationStepPage::isComplete() const
{
    return m_wizard->session()->isFinished() && !m_wizard->session()->isBusy();
}

int MigrationStepPage::shownStep() const
{
    return m_steps->currentRow();
}

void MigrationStepPage::refresh()
{
    const MigrationSession* session = m_wizard->session();
    const MigrationPlan& plan = session->plan();
    const int completed = session->completed();
    const QStyle* s = style();
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    for (int i = 0; i < plan.size(); ++i) {
        const MigrationStep& step = plan.steps.at(i);
        auto item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(step.title), m_steps);
        item->setToolTip(step.explanation);
        if (i < completed)
            item->setIcon(s->standardIcon(QStyle::SP_DialogApplyButton));
        else if (i == completed)
            item->setIcon(s->standardIcon(QStyle::SP_ArrowRight));
        else if (step.hasError())
            item->setIcon(s->standardIcon(QStyle::SP_MessageBoxCritical));
    }
    QString progress = tr("%1 of %2 steps done.").arg(completed).arg(plan.size());
    if (const auto recorded = session->recorded(); recorded && recorded->at.isValid())
        progress += QLatin1Char(' ') +
                    tr("Last recorded by %1 at %2.")
                        .arg(recorded->by, QLocale().toString(recorded->at.toLocalTime(), QLocale::ShortFormat));
    if (completed <= plan.size() && !ConfigDelta::sameSettings(plan.configAfter(completed), session->config())) {
        const auto drift = ConfigDelta::between(plan.configAfter(completed), session->config(), nullptr);
        progress += QLatin1Char(' ') + tr("The VM's definition differs from the plan after step %1 (%2): it was "
                                          "changed outside the wizard; the steps still apply on top of it.")
                                           .arg(completed)
                                           .arg(drift ? ConfigDelta::texts(*drift).join(QStringLiteral(", "))
                                                      : tr("a change --set cannot name"));
    }
    if (const QString block = session->writeBlock(); !block.isEmpty())
        progress += QLatin1Char(' ') + tr("Nothing can be written: %1").arg(block);
    m_progress->setText(progress);
    const int shown = qBound(0, completed, plan.size() - 1);
    m_steps->setCurrentRow(shown);
    showStep(shown);
    emit completeChanged();
}

void MigrationStepPage::showStep(int index, const PushItem* prepared)
{
    const MigrationSession* session = m_wizard->session();
    const MigrationPlan& plan = session->plan();
    if (index < 0 || index >= plan.size())
        return;
    const MigrationStep& step = plan.steps.at(index);
    const int completed = session->completed();
    m_title->setText(tr("Step %1 of %2: %3").arg(index + 1).arg(plan.size()).arg(step.title));
    m_kind->setText(index < completed ? tr("%1; done.").arg(MigrationPlanPage::kindText(int(step.kind)))
                                      : MigrationPlanPage::kindText(int(step.kind)));
    m_explanation->setText(step.explanation);
    m_outcome->setText(outcomeHtml(step));
    const QStringList rollback = ConfigDelta::texts(step.rollback);
    m_rollbackText->setText(
        tr("Rollback: %1%2")
            .arg(step.rollbackText,
                 rollback.isEmpty() ? QString() : tr(" (records %1)").arg(rollback.join(QStringLiteral(", ")))));

    PushItem item;
    if (index == completed) {
        item = prepared ? *prepared : session->prepareNext();
        m_diffLabel->setText(
            tr("What step %1 writes to %2's definition (with the progress):").arg(index + 1).arg(session->vmName()));
    } else if (index == completed - 1) {
        item = prepared ? *prepared : session->prepareRollback();
        m_diffLabel->setText(tr("Rolling back step %1 would write:").arg(index + 1));
    } else {
        m_diffLabel->setText(index < completed ? tr("Done. Only the last step done can be rolled back.")
                                               : tr("Its diff is prepared when it is the next step."));
    }
    showDiff(item);

    // The buttons act on the next step and the last one done, whichever step is shown.
    const bool writable = session->writeBlock().isEmpty() && !session->isBusy() && m_conflictXml.isEmpty();
    const MigrationStep* next = completed < plan.size() ? &plan.steps.at(completed) : nullptr;
    m_apply->setVisible(next && next->kind == MigrationStep::Kind::VmChange);
    m_confirm->setVisible(next && next->kind != MigrationStep::Kind::VmChange);
    m_apply->setText(tr("&Apply step %1").arg(completed + 1));
    m_confirm->setText(next && next->kind == MigrationStep::Kind::GuestAction
                           ? tr("&Done in the guest: record step %1").arg(completed + 1)
                           : tr("&Done: record step %1").arg(completed + 1));
    m_apply->setEnabled(writable && next);
    m_confirm->setEnabled(writable && next);
    showRunState(writable);
    m_rollback->setText(completed > 0 ? tr("&Roll back step %1").arg(completed) : tr("&Roll back"));
    m_rollback->setEnabled(writable && completed > 0);
    m_reprepare->setVisible(!m_conflictXml.isEmpty());
}

void MigrationStepPage::showDiff(const PushItem& item)
{
    QString text = item.canWrite() ? item.diff : tr("Cannot be written: %1").arg(item.refusal);
    if (item.uuid.isEmpty())
        text.clear();
    QStringList commands;
    for (const HostCommand& c : item.plan.hostCommands)
        commands << Realization::shellText(c.argv);
    if (!commands.isEmpty()) {
        // Shell comments, wrapped, so the notes read like the commands' preamble in a terminal.
        QString comment = QStringLiteral("#");
        for (const QString& word :
             tr("Run by hand: %1").arg(item.plan.hostCommandNotes.join(QLatin1Char(' '))).split(QLatin1Char(' '))) {
            if (comment.size() - comment.lastIndexOf(QLatin1Char('\n')) + word.size() > 100)
                comment += QStringLiteral("\n#");
            comment += QLatin1Char(' ') + word;
        }
        text += QLatin1Char('\n') + comment + QLatin1Char('\n') + commands.join(QLatin1Char('\n'));
    }
    m_diff->setPlainText(text);
}

void MigrationStepPage::applyNext()
{
    MigrationSession* session = m_wizard->session();
    const int n = session->completed() + 1;
    const PushItem item = session->prepareNext();
    if (!item.canWrite()) {
        m_result->showMessage(tr("Step %1 cannot be written.").arg(n), {}, item.refusal);
        return;
    }
    const MigrationStep& step = session->plan().steps.at(n - 1);
    const QString vm = session->vmName();
    QString title;
    QString text;
    switch (step.kind) {
    case MigrationStep::Kind::VmChange:
        title = tr("Apply step %1").arg(n);
        text = tr("Apply step %1 to %2: %3; %4.")
                   .arg(n)
                   .arg(vm, step.action,
                        item.running ? tr("takes effect after power-off and start")
                                     : tr("takes effect at the next start"));
        break;
    case MigrationStep::Kind::GuestAction:
        title = tr("Record step %1").arg(n);
        text = tr("Record step %1 for %2: %3. Confirm only once it is done inside the guest; %2's metadata then "
                  "records %4.")
                   .arg(n)
                   .arg(vm, step.action, ConfigDelta::texts(step.changes).join(QStringLiteral(", ")));
        break;
    case MigrationStep::Kind::PowerCycle:
        if (session->runState() != MigrationSession::RunState::RunningCurrent) {
            m_result->showMessage(tr("Step %1 cannot be recorded yet.").arg(n), m_powerNote->text());
            return;
        }
        title = tr("Record step %1").arg(n);
        text = tr("Record step %1 for %2: %3.").arg(n).arg(vm, step.action);
        break;
    }
    if (!item.plan.hostCommands.isEmpty())
        text += QLatin1Char(' ') + tr("Then run the %n command(s) shown under the diff on the host.", nullptr,
                                      int(item.plan.hostCommands.size()));
    if (!m_wizard->confirm(title, text))
        return;
    record(item, n, step.kind == MigrationStep::Kind::VmChange);
}

void MigrationStepPage::record(const PushItem& item, int step, bool vmChange)
{
    m_pending = tr("step %1").arg(step);
    m_pendingVmChange = vmChange;
    m_result->showMessage(tr("Writing step %1…").arg(step));
    m_wizard->session()->commit(item);
    refresh();
}

bool MigrationStepPage::nextIsPowerCycle() const
{
    const MigrationSession* session = m_wizard->session();
    const int next = session->completed();
    return next < session->plan().size() && session->plan().steps.at(next).kind == MigrationStep::Kind::PowerCycle;
}

void MigrationStepPage::showRunState(bool writable)
{
    const MigrationSession* session = m_wizard->session();
    const bool cycleStep = nextIsPowerCycle();
    QStringList pending;
    const MigrationSession::RunState state =
        cycleStep ? session->runState(&pending) : MigrationSession::RunState::RunningCurrent;
    const QString vm = session->vmName();
    QString note;
    switch (state) {
    case MigrationSession::RunState::Unknown:
        note = tr("Waiting for libvirt's listing of %1 after the last write…").arg(vm);
        break;
    case MigrationSession::RunState::ShutOff:
        note = tr("%1 is shut off. Start it, here or yourself: the step can be recorded once libvirt lists it "
                  "running.")
                   .arg(vm);
        break;
    case MigrationSession::RunState::RunningPending:
        note = tr("%1 still runs the definition it was started with; its next boot changes %2. Shut it down and "
                  "start it again, here or yourself: a reboot inside the guest is not enough. The step can be "
                  "recorded once libvirt lists it running with nothing pending.")
                   .arg(vm, pending.join(QStringLiteral(", ")));
        break;
    case MigrationSession::RunState::RunningCurrent: break;
    }
    m_powerNote->setText(note);
    m_powerNote->setVisible(!note.isEmpty());
    const bool canCycle =
        state == MigrationSession::RunState::ShutOff || state == MigrationSession::RunState::RunningPending;
    m_powerCycle->setVisible(cycleStep && canCycle);
    m_powerCycle->setText(state == MigrationSession::RunState::ShutOff ? tr("&Start %1 now").arg(vm)
                                                                       : tr("&Shut down and start %1 now").arg(vm));
    m_powerCycle->setEnabled(writable && !m_cycle->isRunning() && !m_recordWhenCurrent);
    m_stopCycle->setVisible(m_cycle->isRunning());
    if (cycleStep && state != MigrationSession::RunState::RunningCurrent)
        m_confirm->setEnabled(false);
}

void MigrationStepPage::onFleetRefreshed()
{
    MigrationSession* session = m_wizard->session();
    const int completed = session->completed();
    const bool cycleStep = nextIsPowerCycle();
    QStringList pending;
    int domainId = -1;
    const MigrationSession::RunState state = session->runState(&pending, &domainId);
    if (m_recordWhenCurrent && cycleStep && !session->isBusy() && state == MigrationSession::RunState::RunningCurrent) {
        m_recordWhenCurrent = false;
        const PushItem item = session->prepareNext();
        if (item.canWrite()) {
            record(item, completed + 1, false);
            return;
        }
        m_result->showMessage(tr("Step %1 cannot be written.").arg(completed + 1), {}, item.refusal);
    } else if (m_recordWhenCurrent && state == MigrationSession::RunState::RunningPending &&
               domainId != m_idBeforeCycle) {
        // Started again, yet its next boot still differs: the definition changed meanwhile. Say so, and let the
        // admin decide; the step is not recorded.
        m_recordWhenCurrent = false;
        m_result->showMessage(tr("%1 was started again, but its next boot still changes %2.")
                                  .arg(session->vmName(), pending.join(QStringLiteral(", "))),
                              tr("Its definition was changed while it restarted. Check the diff, then shut it down "
                                 "and start it again; step %1 is not recorded.")
                                  .arg(completed + 1));
    }
    if (!cycleStep)
        m_recordWhenCurrent = false;
    showStep(shownStep());
}

void MigrationStepPage::rollBack()
{
    MigrationSession* session = m_wizard->session();
    const int n = session->completed();
    const PushItem item = session->prepareRollback();
    if (!item.canWrite()) {
        m_result->showMessage(tr("Step %1 cannot be rolled back.").arg(n), {}, item.refusal);
        return;
    }
    const MigrationStep& step = session->plan().steps.at(n - 1);
    QString text = tr("Roll back step %1 on %2: %3").arg(n).arg(session->vmName(), step.rollbackText);
    if (step.kind == MigrationStep::Kind::VmChange)
        text += QLatin1Char(' ') + tr("This writes %1; it takes effect after power-off and start.")
                                       .arg(ConfigDelta::texts(step.rollback).join(QStringLiteral(", ")));
    if (!item.plan.hostCommands.isEmpty())
        text += QLatin1Char(' ') + tr("Then run the %n command(s) shown under the diff on the host.", nullptr,
                                      int(item.plan.hostCommands.size()));
    // The question comes with what it writes on screen, the very push it commits, not the next step's diff.
    const int shown = shownStep();
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(n - 1);
    }
    showStep(n - 1, &item);
    m_title->setText(tr("Roll back step %1 of %2: %3").arg(n).arg(session->plan().size()).arg(step.title));
    m_diffLabel->setText(
        tr("What rolling back step %1 writes to %2's definition (with the progress):").arg(n).arg(session->vmName()));
    if (!m_wizard->confirm(tr("Roll back step %1").arg(n), text)) {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(shown);
        showStep(shown);
        return;
    }
    m_pending = tr("the rollback of step %1").arg(n);
    m_pendingVmChange = step.kind == MigrationStep::Kind::VmChange;
    m_result->showMessage(tr("Rolling back step %1…").arg(n));
    session->commit(item);
    refresh();
}

void MigrationStepPage::onPushFinished(const PushResult& result)
{
    m_conflictXml = result.status == PushResult::Status::Conflict ? result.storedXml : QString();
    refresh();
    m_result->showResult(result, m_pending, m_pendingVmChange);
}
