// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmQueryBar.h"

#include "model/fleet/Fleet.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <algorithm>

VmQueryBar::VmQueryBar(const Fleet* fleet, QWidget* parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_kind(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_replace(new QPushButton(tr("Repla&ce list"), this))
    , m_extend(new QPushButton(tr("E&xtend list"), this))
{
    setObjectName(QStringLiteral("vmQueryBar"));
    m_kind->setObjectName(QStringLiteral("vmQueryKind"));
    m_kind->setAccessibleName(tr("Pick VMs by"));
    m_kind->addItem(tr("OS containing"), int(VmQuery::Kind::Os));
    m_kind->addItem(tr("Finding"), int(VmQuery::Kind::Finding));
    m_kind->addItem(tr("Device model"), int(VmQuery::Kind::Flavour));
    m_kind->addItem(tr("State"), int(VmQuery::Kind::State));
    m_kind->addItem(tr("All VMs of this connection"), int(VmQuery::Kind::All));
    m_text->setObjectName(QStringLiteral("vmQueryText"));
    m_text->setAccessibleName(tr("Text the OS contains"));
    m_text->setPlaceholderText(tr("e.g. Windows Server 2019"));
    m_text->setClearButtonEnabled(true);
    m_choice->setObjectName(QStringLiteral("vmQueryChoice"));
    m_choice->setAccessibleName(tr("Value to pick VMs by"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setObjectName(QStringLiteral("vmQueryCount"));
    m_replace->setObjectName(QStringLiteral("vmQueryReplace"));
    m_replace->setAccessibleName(tr("Replace the list with the matching VMs"));
    m_replace->setAutoDefault(false);
    m_extend->setObjectName(QStringLiteral("vmQueryExtend"));
    m_extend->setAccessibleName(tr("Add the matching VMs to the list"));
    m_extend->setAutoDefault(false);

    auto label = new QLabel(tr("Pick VMs by &query:"), this);
    label->setBuddy(m_kind);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choice, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_replace);
    layout->addWidget(m_extend);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &VmQueryBar::onKindChanged);
    connect(m_text, &QLineEdit::textChanged, this, &VmQueryBar::recount);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &VmQueryBar::recount);
    connect(m_replace, &QPushButton::clicked, this, [this] { emit picked(m_matches, true); });
    connect(m_extend, &QPushButton::clicked, this, [this] { emit picked(m_matches, false); });
    onKindChanged();
}

VmQuery VmQueryBar::query() const
{
    const auto kind = VmQuery::Kind(m_kind->currentData().toInt());
    switch (kind) {
    case VmQuery::Kind::Os: return VmQuery(kind, m_text->text());
    case VmQuery::Kind::All: return VmQuery(kind);
    default: return VmQuery(kind, m_choice->currentText());
    }
}

void VmQueryBar::refresh()
{
    fillChoices();
    recount();
}

void VmQueryBar::onKindChanged()
{
    const auto kind = VmQuery::Kind(m_kind->currentData().toInt());
    m_text->setVisible(kind == VmQuery::Kind::Os);
    m_choice->setVisible(kind != VmQuery::Kind::Os && kind != VmQuery::Kind::All);
    refresh();
}

void VmQueryBar::fillChoices()
{
    const auto kind = VmQuery::Kind(m_kind->currentData().toInt());
    // The values present now, keeping the one chosen while the fleet still has it: a refresh must not move the
    // admin's choice under the mouse.
    const QString current = m_choice->currentText();
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    m_choice->addItems(m_fleet ? VmQuery::choices(*m_fleet, kind) : QStringList());
    m_choice->setCurrentIndex(std::max(0, m_choice->findText(current)));
    m_choice->setEnabled(m_choice->count() > 0);
    m_choice->setPlaceholderText(tr("no VM has one"));
}

void VmQueryBar::recount()
{
    m_matches = m_fleet ? query().keys(*m_fleet) : QStringList();
    const int count = int(m_matches.size());
    m_count->setText(tr("%n match(es)", nullptr, count));
    m_replace->setEnabled(count > 0);
    m_extend->setEnabled(count > 0);
}
