// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhereField.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

WhereField::WhereField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("whereEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("every VM; or e.g. os~Windows; host=xen3; finding=XP-NO-PV"));
    m_edit->setToolTip(tr("Conditions on what the VM list shows, separated by \";\", all of them met: KEY=VALUE "
                          "(equal) or KEY~TEXT (contains), ignoring case. Keys: os, host, flavour, finding, driver, "
                          "state. The same as xpctl --where."));
    m_error->setObjectName(QStringLiteral("whereError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto label = new QLabel(tr("O&nly the VMs where:"), this);
    label->setBuddy(m_edit);
    auto row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(m_edit, &QLineEdit::textChanged, this, &WhereField::check);
}

std::optional<QList<WhereClause>> WhereField::clauses() const
{
    QString error;
    return WhereClause::parseList(m_edit->text(), &error);
}

void WhereField::check()
{
    QString error;
    const bool ok = WhereClause::parseList(m_edit->text(), &error).has_value();
    m_error->setText(ok ? QString() : error);
    m_error->setVisible(!ok);
    emit changed();
}
