// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationResultView.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

MigrationResultView::MigrationResultView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("migrationStepResultView"));
    m_summary->setObjectName(QStringLiteral("migrationStepResult"));
    m_summary->setAccessibleName(tr("Result of the last write"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_hint->setObjectName(QStringLiteral("migrationStepResultHint"));
    m_hint->setWordWrap(true);
    m_toggle->setObjectName(QStringLiteral("migrationResultDetailsButton"));
    m_toggle->setAccessibleName(tr("Show the details"));
    m_toggle->setText(tr("Detai&ls"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_details->setObjectName(QStringLiteral("migrationStepResultDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(110);
    m_details->hide();
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_details->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_hint);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    clear();
}

QString MigrationResultView::summary() const
{
    return m_summary->text();
}

void MigrationResultView::clear()
{
    showMessage({});
}

void MigrationResultView::showMessage(const QString& summary, const QString& hint, const QString& details)
{
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
    m_details->setPlainText(details);
    m_toggle->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_toggle->setChecked(false);
}

void MigrationResultView::showResult(const PushResult& r, const QString& what, bool vmChange)
{
    using Status = PushResult::Status;
    const QString details =
        r.message + (r.problems.isEmpty() ? QString() : QLatin1Char('\n') + r.problems.join(QLatin1Char('\n')));
    switch (r.status) {
    case Status::Verified:
        showMessage(tr("Recorded %1: written and read back, every field as written.").arg(what),
                    r.needsPowerCycle && vmChange ? DomainPush::powerCycleNote() : QString());
        return;
    case Status::Unchanged:
        showMessage(tr("Nothing written for %1: the definition already holds it.").arg(what));
        return;
    case Status::NotKept:
        showMessage(tr("%1 was written, but libvirt did not keep everything.").arg(what),
                    tr("Compare the VM's XML with the diff; the wizard continues from what libvirt stored."), details);
        return;
    case Status::Conflict:
        showMessage(
            tr("Not written: the VM's definition changed since %1 was prepared (another console or tool).").arg(what),
            tr("Your step is kept. Press \"Prepare again\" to see its diff on the new definition, then apply "
               "it."),
            details);
        return;
    case Status::ReadOnly:
        showMessage(tr("Not written: the connection is read-only."),
                    tr("Connect without --readonly to record the migration."), details);
        return;
    case Status::Refused:
        showMessage(tr("Not written: the VM cannot take %1.").arg(what), tr("The details say why."), details);
        return;
    case Status::Cancelled:
    case Status::Failed: break;
    }
    showMessage(tr("Not written: libvirt failed to define the VM."),
                tr("Check the connection and try again; the step is kept."), details);
}
