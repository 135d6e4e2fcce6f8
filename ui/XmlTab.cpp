// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XmlTab.h"

#include "DiffView.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

XmlTab::XmlTab(QWidget* parent)
    : QWidget(parent)
    , m_xml(new QPlainTextEdit(this))
    , m_pendingLabel(new QLabel(this))
    , m_pending(new DiffView(this))
{
    setObjectName(QStringLiteral("xmlTab"));
    m_xml->setObjectName(QStringLiteral("xmlText"));
    m_xml->setAccessibleName(tr("Inactive domain XML"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pendingLabel->setObjectName(QStringLiteral("pendingDiffLabel"));
    m_pending->setObjectName(QStringLiteral("pendingDiff"));
    m_pending->setAccessibleName(tr("Diff of the pending edits"));

    auto pendingPane = new QWidget(this);
    auto pendingLayout = new QVBoxLayout(pendingPane);
    pendingLayout->setContentsMargins(0, 0, 0, 0);
    pendingLayout->addWidget(m_pendingLabel);
    pendingLayout->addWidget(m_pending);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_xml);
    splitter->addWidget(pendingPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    setPendingDiff({});
}

void XmlTab::setXml(const QString& inactiveXml)
{
    m_xml->setPlainText(inactiveXml);
}

void XmlTab::setPendingDiff(const QString& diff, const QString& problem)
{
    if (!problem.isEmpty())
        m_pendingLabel->setText(tr("The pending edits cannot be written: %1").arg(problem));
    else if (diff.isEmpty())
        m_pendingLabel->setText(tr("No edits pending: this is the definition the next boot uses."));
    else
        m_pendingLabel->setText(tr("Pending edits, not yet applied (Apply shows this diff again before writing):"));
    m_pending->setDiff(diff);
    m_pending->setVisible(!diff.isEmpty());
}
