// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationPlanPage.h"

#include "model/core/ConfigDelta.h"
#include "model/migration/MigrationSession.h"
#include "model/migration/MigrationStepWriter.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

MigrationPlanPage::MigrationPlanPage(MigrationSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_notes(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationPlanPage"));
    setTitle(tr("Plan"));
    setSubTitle(tr("The steps in order, each with the next boot it leads to and its way back. Nothing has been "
                   "written yet; each step is shown as a diff before it is applied."));
    // Starting is the point of no silent return: from here on every step is recorded in the VM.
    setCommitPage(true);
    m_table->setObjectName(QStringLiteral("migrationPlanTable"));
    m_table->setAccessibleName(tr("Migration steps"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Step"), tr("Done by"), tr("Changes recorded"), tr("Next boot after it"), tr("Rollback")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_notes->setObjectName(QStringLiteral("migrationPlanNotes"));
    m_notes->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
}

QString MigrationPlanPage::kindText(int kind)
{
    switch (MigrationStep::Kind(kind)) {
    case MigrationStep::Kind::VmChange: return tr("VM change (libvirt)");
    case MigrationStep::Kind::GuestAction: return tr("You, in the guest");
    case MigrationStep::Kind::PowerCycle: return tr("Power cycle");
    }
    return {};
}

void MigrationPlanPage::initializePage()
{
    const MigrationPlan& plan = m_session->plan();
    m_table->setRowCount(plan.size());
    const QStyle* s = style();
    for (int row = 0; row < plan.size(); ++row) {
        const MigrationStep& step = plan.steps.at(row);
        QString outcome = MigrationStepWriter::bootSummary(step.outcome);
        if (step.uncertain)
            outcome += QLatin1Char(' ') + tr("(uncertain)");
        const QStringList changes = ConfigDelta::texts(step.changes);
        const QStringList rollback = ConfigDelta::texts(step.rollback);
        const QStringList cells{tr("%1. %2").arg(row + 1).arg(step.title), kindText(int(step.kind)),
                                changes.isEmpty() ? tr("(none)") : changes.join(QLatin1Char('\n')), outcome,
                                rollback.isEmpty()
                                    ? step.rollbackText
                                    : step.rollbackText + QLatin1Char('\n') + rollback.join(QLatin1Char('\n'))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == StepColumn ? step.explanation : cells.at(column));
            if (step.hasError()) {
                // Icon and weight mark it in any palette; the text says it too for screen readers.
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
        if (step.hasError()) {
            m_table->item(row, StepColumn)->setIcon(s->standardIcon(QStyle::SP_MessageBoxCritical));
            m_table->item(row, OutcomeColumn)->setText(tr("Error at this boot: %1").arg(outcome));
        } else if (step.outcome.worst() == Finding::Severity::Warning) {
            m_table->item(row, StepColumn)->setIcon(s->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    m_table->resizeRowsToContents();
    QStringList notes = plan.notes;
    if (plan.errorSteps() > 0)
        notes.prepend(tr("%n step(s) lead to a boot with an error finding that no order of the steps avoids: read "
                         "their explanation before you apply them.",
                         nullptr, plan.errorSteps()));
    notes << tr("Hover over a step for its full explanation. Your progress is recorded in %1's metadata with every "
                "step: you can close the wizard and continue later, here or on another console.")
                 .arg(m_session->vmName());
    m_notes->setText(notes.join(QLatin1Char('\n')));
}
