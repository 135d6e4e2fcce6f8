// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationSummaryPage.h"

#include "model/migration/MigrationSession.h"
#include "model/migration/MigrationStepWriter.h"

#include <QLabel>
#include <QVBoxLayout>

MigrationSummaryPage::MigrationSummaryPage(MigrationSession* session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationSummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Where the VM stands now."));
    m_text->setObjectName(QStringLiteral("migrationSummaryText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1, Qt::AlignTop);
}

void MigrationSummaryPage::initializePage()
{
    const MigrationPlan& plan = m_session->plan();
    QStringList lines;
    lines << tr("%1 is migrated to %2: all %n step(s) are done.", nullptr, plan.size())
                 .arg(m_session->vmName(), plan.target.package);
    lines << tr("Its next boot as predicted now: %1.").arg(MigrationStepWriter::bootSummary(m_session->outcome()));
    if (const auto recorded = m_session->recorded()) {
        lines << tr("The VM's metadata records the migration as %1 (by %2).")
                     .arg(MigrationProgress::stateName(recorded->state), recorded->by);
        if (!recorded->rollback.isEmpty())
            lines << tr("The way back to where it started is recorded there too: %1 (the driver changes are undone "
                        "inside the guest).")
                         .arg(recorded->rollback.join(QStringLiteral(", ")));
    }
    m_text->setText(lines.join(QStringLiteral("\n\n")));
}
