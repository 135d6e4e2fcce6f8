// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationWizard.h"

#include "Logging.h"
#include "MigrationPlanPage.h"
#include "MigrationPreCheckPage.h"
#include "MigrationStepPage.h"
#include "MigrationSummaryPage.h"
#include "MigrationTargetPage.h"
#include "ScreenFit.h"
#include "model/migration/MigrationSession.h"

#include <QMessageBox>
#include <QSettings>

MigrationWizard::MigrationWizard(Fleet* fleet, const QString& vmKey, QWidget* parent)
    : QWizard(parent)
    , m_session(new MigrationSession(fleet, vmKey, this))
{
    setObjectName(QStringLiteral("migrationWizard"));
    setAccessibleName(tr("Driver migration wizard"));
    setWindowTitle(tr("Migrate drivers: %1").arg(m_session->hasVm() ? m_session->vmName() : tr("(no VM)")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setButtonText(QWizard::CommitButton, tr("&Start migration"));

    setPage(PreCheckPageId, new MigrationPreCheckPage(this));
    setPage(TargetPageId, new MigrationTargetPage(m_session, this));
    setPage(PlanPageId, new MigrationPlanPage(m_session, this));
    setPage(StepPageId, new MigrationStepPage(this));
    setPage(SummaryPageId, new MigrationSummaryPage(m_session, this));

    // A migration recorded in the VM continues where it stopped, whoever started it.
    if (m_session->hasVm() && m_session->config().migration &&
        m_session->config().migration->state == MigrationProgress::State::InProgress) {
        m_resumed = m_session->resumeStored(&m_resumeProblem);
        if (m_resumed)
            setStartId(StepPageId);
        else
            qCInfo(lcUi) << "migration of" << m_session->vmName() << "not resumed:" << m_resumeProblem;
    }

    const QByteArray geometry = QSettings().value(QStringLiteral("migrationWizard/geometry")).toByteArray();
    if (!restoreGeometry(geometry))
        resize(ScreenFit::bounded(this, QSize(980, 680)));
}

MigrationWizard::~MigrationWizard() = default;

bool MigrationWizard::confirm(const QString& title, const QString& text)
{
    if (m_confirmation)
        return m_confirmation(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

void MigrationWizard::done(int result)
{
    // A define in flight still answers; closing now would lose the result, not the write.
    if (m_session->isBusy()) {
        qCInfo(lcUi) << "migration wizard stays open while a step is being written";
        return;
    }
    QSettings().setValue(QStringLiteral("migrationWizard/geometry"), saveGeometry());
    QWizard::done(result);
}
