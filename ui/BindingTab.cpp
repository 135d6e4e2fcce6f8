// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BindingTab.h"

#include "WrappingDelegate.h"
#include "model/binding/FindingAdvice.h"
#include "model/core/HexText.h"
#include "model/fleet/VmRecord.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

BindingTab::BindingTab(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_candidates(new QTreeWidget(this))
    , m_findings(new QTreeWidget(this))
{
    m_summary->setObjectName(QStringLiteral("bindingSummary"));
    m_summary->setWordWrap(true);
    m_candidates->setObjectName(QStringLiteral("bindingCandidates"));
    m_candidates->setAccessibleName(tr("Candidate drivers"));
    m_candidates->setHeaderLabels({tr("Device / package"), tr("Rank"), tr("Matched ID"), tr("Outcome")});
    m_candidates->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_findings->setObjectName(QStringLiteral("bindingFindings"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setHeaderLabels({tr("Finding"), tr("What happens")});
    m_findings->setItemDelegate(new WrappingDelegate(m_findings));
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_findings);
    splitter->addWidget(m_candidates);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter);
}

void BindingTab::showRecord(const VmRecord* record)
{
    m_candidates->clear();
    m_findings->clear();
    m_summary->clear();
    if (!record) {
        m_summary->setText(tr("Select a VM to see which driver binds at its next boot, and why."));
        return;
    }
    const PreviewOutcome& o = record->outcome;
    QString summary = o.activeDriver.isEmpty() ? tr("At the next boot no PV driver is in charge.")
                                               : tr("At the next boot %1 is in charge.").arg(o.activeDriver);
    if (!o.wuInstalls.isEmpty())
        summary += QLatin1Char(' ') + tr("Windows Update installs %1.").arg(o.wuInstalls.join(QStringLiteral(", ")));
    // What the prediction assumed comes first: it can change the outcome. The uncertain catalogue facts follow on
    // their own line, for an admin who wants to judge them.
    for (const QString& assumption : o.assumptions)
        summary += QLatin1Char('\n') + tr("Assumed: %1").arg(assumption);
    m_summary->setText(summary);

    for (const ExposedDevice& d : o.devices) {
        auto top = new QTreeWidgetItem(m_candidates);
        top->setText(0, QStringLiteral("%1:%2 rev %3")
                            .arg(HexText::digits(d.vendorId, 4))
                            .arg(HexText::digits(d.deviceId, 4))
                            .arg(HexText::digits(d.revision, 2)));
        top->setText(3, d.boundPackage.isEmpty() ? tr("nothing binds") : tr("%1 binds").arg(d.boundPackage));
        for (const DriverSelection::Candidate& c : d.selection.candidates) {
            auto item = new QTreeWidgetItem(top);
            item->setText(0, c.packageId);
            item->setText(1, c.rank.toString());
            item->setText(2, c.match.deviceId);
            item->setText(3, DriverSelection::outcomeName(c.outcome));
            item->setToolTip(3, c.reason);
        }
        top->setExpanded(true);
    }

    const QStyle* s = style();
    for (const Finding& f : o.findings) {
        auto item = new QTreeWidgetItem(m_findings);
        item->setText(0, f.id);
        item->setText(1, f.message);
        item->setToolTip(1, f.message);
        item->setIcon(0,
                      s->standardIcon(f.severity == Finding::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                      : f.severity == Finding::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                 : QStyle::SP_MessageBoxInformation));
        for (const QString& e : f.evidence) {
            auto child = new QTreeWidgetItem(item);
            child->setText(1, e);
        }
        if (const QString advice = FindingAdvice::forId(f.id); !advice.isEmpty()) {
            auto child = new QTreeWidgetItem(item);
            child->setText(0, tr("What to do"));
            child->setText(1, advice);
            child->setToolTip(1, advice);
            QFont bold = child->font(0);
            bold.setBold(true);
            child->setFont(0, bold);
        }
        item->setExpanded(true);
    }
    if (o.findings.isEmpty()) {
        auto item = new QTreeWidgetItem(m_findings);
        item->setText(1, tr("Nothing to report: the next boot looks healthy."));
    }
    // The uncertain catalogue facts last and folded, for an admin who wants to judge them: as a paragraph above
    // the findings they took the room the findings need.
    if (!o.uncertainFacts.isEmpty()) {
        auto item = new QTreeWidgetItem(m_findings);
        item->setText(0, tr("Uncertain"));
        item->setText(1, tr("The prediction rests on %n uncertain fact(s).", nullptr, int(o.uncertainFacts.size())));
        item->setIcon(0, s->standardIcon(QStyle::SP_MessageBoxQuestion));
        for (const QString& fact : o.uncertainFacts)
            (new QTreeWidgetItem(item))->setText(1, fact);
    }
    m_findings->resizeColumnToContents(0);
}
