// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationPreCheckPage.h"

#include "MigrationWizard.h"
#include "model/core/DeviceText.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"
#include "model/migration/MigrationSession.h"

#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

MigrationPreCheckPage::MigrationPreCheckPage(MigrationWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_findings(new QTreeWidget(this))
    , m_recorded(new QLabel(this))
    , m_block(new QLabel(this))
{
    setObjectName(QStringLiteral("migrationPreCheckPage"));
    setTitle(tr("Pre-checks"));
    setSubTitle(tr("The VM as it is now and what its next boot would bring."));
    m_summary->setObjectName(QStringLiteral("migrationPreCheckSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setObjectName(QStringLiteral("migrationPreCheckFindings"));
    m_findings->setAccessibleName(tr("Findings at the next boot"));
    m_findings->setHeaderLabels({tr("Finding"), tr("What happens")});
    m_findings->setWordWrap(true);
    m_findings->setRootIsDecorated(false);
    m_recorded->setObjectName(QStringLiteral("migrationRecordedProgress"));
    m_recorded->setWordWrap(true);
    m_block->setObjectName(QStringLiteral("migrationBlockReason"));
    m_block->setAccessibleName(tr("Why the migration cannot start"));
    m_block->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_recorded);
    layout->addWidget(m_block);
}

void MigrationPreCheckPage::initializePage()
{
    const MigrationSession* session = m_wizard->session();
    m_findings->clear();
    if (!session->hasVm()) {
        m_summary->setText(tr("The VM is not listed on this connection."));
        m_block->setText(session->writeBlock());
        return;
    }
    const VmConfig& c = session->config();
    const PreviewOutcome o = session->outcome();
    const QString flavour = DeviceText::flavourName(c.flavour);
    QString summary = tr("<b>%1</b> is %2; device model %3; guest: %4.")
                          .arg(session->vmName().toHtmlEscaped(), LibvirtSession::stateText(session->snapshot().state),
                               flavour, VmReport::osText(c).toHtmlEscaped());
    summary += QStringLiteral("<br>") +
               tr("Installed in the guest: %1.")
                   .arg(c.guest.drivers.isEmpty() ? tr("no PV drivers") : c.guest.drivers.join(QStringLiteral(", ")));
    summary += QStringLiteral("<br>") + (o.activeDriver.isEmpty()
                                             ? tr("At the next boot no PV driver is in charge.")
                                             : tr("At the next boot %1 is in charge.").arg(o.activeDriver));
    if (!o.wuInstalls.isEmpty())
        summary += QLatin1Char(' ') + tr("Windows Update installs %1.").arg(o.wuInstalls.join(QStringLiteral(", ")));
    m_summary->setText(summary);

    const QStyle* s = style();
    for (const Finding& f : o.findings) {
        auto item = new QTreeWidgetItem(m_findings, {f.id, f.message});
        item->setToolTip(1, f.message + QLatin1Char('\n') + f.evidence.join(QLatin1Char('\n')));
        item->setIcon(0,
                      s->standardIcon(f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                      : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                 : QStyle::SP_MessageBoxInformation));
    }
    if (o.findings.isEmpty())
        new QTreeWidgetItem(m_findings, {QString(), tr("Nothing to report: the next boot looks healthy.")});
    m_findings->resizeColumnToContents(0);

    QString recorded;
    if (const auto& m = c.migration) {
        const QString who = tr("%1 at %2")
                                .arg(m->by.isEmpty() ? tr("someone") : m->by,
                                     QLocale().toString(m->at.toLocalTime(), QLocale::ShortFormat));
        if (m->state == MigrationProgress::State::InProgress)
            recorded = tr("A migration to %1 is recorded at step %2 of %3 (%4), but it cannot be continued: %5 "
                          "Planning again starts a new migration from the VM as it is now.")
                           .arg(m->target.package)
                           .arg(m->completedSteps)
                           .arg(m->stepCount)
                           .arg(who, m_wizard->resumeProblem());
        else
            recorded = tr("The last migration, to %1, is %2 (%3).")
                           .arg(m->target.package,
                                m->state == MigrationProgress::State::Done ? tr("done") : tr("rolled back"), who);
    }
    m_recorded->setText(recorded);
    m_recorded->setVisible(!recorded.isEmpty());
    QString block = session->writeBlock();
    if (block.isEmpty() && c.guest.os == GuestOs::Unknown)
        block = tr("The guest OS is not recorded in the metadata (<guest os=...>): record it first, then plan.");
    m_block->setText(block.isEmpty() ? QString() : tr("Cannot migrate: %1").arg(block));
    m_block->setVisible(!block.isEmpty());
    emit completeChanged();
}

bool MigrationPreCheckPage::isComplete() const
{
    return m_block->text().isEmpty() && m_wizard->session()->hasVm();
}
