// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "GuestTab.h"

#include "model/binding/BootView.h"
#include "model/binding/GuestFacts.h"
#include "model/fleet/VmRecord.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString agentText(const AgentReport& r)
{
    const QString when = r.at.isValid() ? QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat) : QString();
    switch (r.state) {
    case AgentReport::State::NotAsked: return GuestTab::tr("Guest agent: not asked.");
    case AgentReport::State::Reported: return GuestTab::tr("Guest agent: answered at %1.").arg(when);
    case AgentReport::State::NotRunning: return GuestTab::tr("Guest agent: the VM is not running.");
    case AgentReport::State::NoAgent: return GuestTab::tr("Guest agent: the VM has no agent channel.");
    case AgentReport::State::NotResponding:
        return GuestTab::tr("Guest agent: did not answer at %1 (not installed, not started yet, or hung).").arg(when);
    case AgentReport::State::NotSupported: return GuestTab::tr("Guest agent: this libvirt driver cannot ask it.");
    case AgentReport::State::NotAllowed: return GuestTab::tr("Guest agent: not allowed on this connection.");
    case AgentReport::State::Failed: return GuestTab::tr("Guest agent: asking failed at %1.").arg(when);
    }
    return {};
}

QString checkText(const PredictionCheck& c)
{
    switch (c.state) {
    case PredictionCheck::State::Confirmed: return GuestTab::tr("<b>Prediction confirmed.</b> %1").arg(c.text());
    case PredictionCheck::State::Differs: return GuestTab::tr("<b>Prediction differs.</b> %1").arg(c.text());
    case PredictionCheck::State::Unchecked: break;
    }
    return GuestTab::tr("<b>Prediction not checked.</b> %1").arg(c.text());
}

} // namespace

GuestTab::GuestTab(QWidget* parent)
    : QWidget(parent)
    , m_agent(new QLabel(this))
    , m_facts(new QTreeWidget(this))
    , m_check(new QLabel(this))
    , m_checkDevices(new QTreeWidget(this))
    , m_import(new QPushButton(tr("&Import pnputil Output…"), this))
{
    m_agent->setObjectName(QStringLiteral("guestAgentState"));
    m_agent->setWordWrap(true);
    m_agent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setObjectName(QStringLiteral("guestFacts"));
    m_facts->setAccessibleName(tr("Guest facts and their sources"));
    // The source names files and can be long: last, where it can run on without hiding the age.
    m_facts->setHeaderLabels({tr("Fact"), tr("Value"), tr("When"), tr("Source")});
    m_facts->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_facts->header()->setStretchLastSection(true);
    m_facts->setTextElideMode(Qt::ElideMiddle);
    m_check->setObjectName(QStringLiteral("predictionCheck"));
    m_check->setWordWrap(true);
    m_check->setTextFormat(Qt::RichText);
    m_check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkDevices->setObjectName(QStringLiteral("predictionCheckDevices"));
    m_checkDevices->setAccessibleName(tr("Predicted and bound driver per Xen device"));
    m_checkDevices->setHeaderLabels({tr("Device"), tr("Predicted"), tr("Bound in the guest")});
    m_checkDevices->setRootIsDecorated(false);
    m_checkDevices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_import->setObjectName(QStringLiteral("guestImport"));
    m_import->setToolTip(tr("Import the output of pnputil /enum-drivers and pnputil /enum-devices /drivers saved in "
                            "the guest: it replaces the VM's inventory, through a reviewed push."));
    connect(m_import, &QPushButton::clicked, this, &GuestTab::importRequested);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_agent);
    layout->addWidget(m_facts, 2);
    layout->addWidget(m_check);
    layout->addWidget(m_checkDevices, 1);
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    showRecord(nullptr);
}

void GuestTab::setImportEnabled(bool enabled)
{
    m_import->setEnabled(enabled);
}

void GuestTab::showRecord(const VmRecord* record)
{
    m_facts->clear();
    m_checkDevices->clear();
    m_agent->setVisible(record != nullptr);
    m_check->setVisible(record != nullptr);
    m_import->setVisible(record != nullptr);
    if (!record)
        return;
    const AgentReport& agent = record->config.observed.agent;
    m_agent->setText(agentText(agent));
    m_agent->setToolTip(agent.detail);
    const GuestFacts facts = GuestFacts::of(record->config, BootView::of(record->config));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const GuestFacts::Fact& f : facts.facts()) {
        QString when = GuestFacts::ageText(f.at, now);
        if (f.age == GuestFacts::Age::OlderThanBoot)
            when = tr("%1, before the last boot").arg(when);
        else if (f.age == GuestFacts::Age::BootUnknown)
            when = tr("%1, last boot not seen").arg(when);
        const QString source = GuestFacts::sourceText(f.source, record->config);
        auto item = new QTreeWidgetItem(m_facts, {f.label, f.value, when, source});
        if (f.at.isValid())
            item->setToolTip(
                2, QStringLiteral("%1\n%2").arg(when, QLocale().toString(f.at.toLocalTime(), QLocale::LongFormat)));
        item->setToolTip(3, source);
        item->setToolTip(0, f.label);
        item->setToolTip(1, f.value);
        for (const QString& other : f.disagreements) {
            auto child = new QTreeWidgetItem(item, {tr("differs"), other});
            child->setForeground(1, palette().brush(QPalette::Active, QPalette::LinkVisited));
            child->setToolTip(1, other);
        }
        item->setExpanded(true);
    }
    fitColumns();
    m_check->setText(checkText(record->check));
    m_checkDevices->setVisible(!record->check.devices.isEmpty());
    for (const PredictionCheck::Device& d : record->check.devices) {
        const QString predicted = !d.predictedExposed     ? tr("(not exposed)")
                                  : d.predicted.isEmpty() ? tr("none")
                                                          : d.predicted;
        auto item = new QTreeWidgetItem(m_checkDevices, {d.hardwareId, predicted, d.observedDriver});
        item->setToolTip(0, d.hardwareId);
        if (!d.matches)
            item->setIcon(2, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void GuestTab::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void GuestTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void GuestTab::fitColumns()
{
    // A hidden tab has no width of its own yet: it is fitted when it is shown.
    if (!m_facts->isVisible())
        return;
    const int quarter = m_facts->viewport()->width() / 4;
    for (int column = 0; column < 3; ++column) {
        m_facts->resizeColumnToContents(column);
        if (m_facts->columnWidth(column) > quarter)
            m_facts->setColumnWidth(column, quarter);
    }
}
