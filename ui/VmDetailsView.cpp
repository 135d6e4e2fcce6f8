// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmDetailsView.h"

#include "BindingTab.h"
#include "BlacklistEditor.h"
#include "DevicesTab.h"
#include "UnplugTab.h"
#include "WhatIfPanel.h"
#include "model/BindingEngine.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

VmDetailsView::VmDetailsView(QWidget* parent)
    : QTabWidget(parent)
    , m_binding(new BindingTab(this))
    , m_whatIf(new WhatIfPanel(this))
    , m_whatIfChanges(new QLabel(this))
    , m_whatIfResult(new BindingTab(this))
    , m_devices(new DevicesTab(this))
    , m_unplug(new UnplugTab(this))
    , m_blacklist(new BlacklistEditor(this))
    , m_xml(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("vmDetails"));
    m_binding->setObjectName(QStringLiteral("bindingTab"));
    m_devices->setObjectName(QStringLiteral("devicesTab"));
    m_unplug->setObjectName(QStringLiteral("unplugTab"));
    m_xml->setObjectName(QStringLiteral("xmlTab"));
    m_xml->setAccessibleName(tr("Inactive domain XML"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addTab(m_binding, tr("&Binding"));
    auto whatIfPage = new QWidget(this);
    whatIfPage->setObjectName(QStringLiteral("whatIfTab"));
    m_whatIfChanges->setObjectName(QStringLiteral("whatIfChanges"));
    m_whatIfChanges->setWordWrap(true);
    m_whatIfChanges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResult"));
    auto whatIfLayout = new QVBoxLayout(whatIfPage);
    whatIfLayout->addWidget(m_whatIf);
    whatIfLayout->addWidget(m_whatIfChanges);
    whatIfLayout->addWidget(m_whatIfResult, 1);
    addTab(whatIfPage, tr("&What if"));
    setTabEnabled(indexOf(whatIfPage), false);
    connect(m_whatIf, &WhatIfPanel::changed, this, &VmDetailsView::previewWhatIf);
    m_binding->showRecord(nullptr);
    auto blacklistPage = new QWidget(this);
    blacklistPage->setObjectName(QStringLiteral("blacklistTab"));
    auto blacklistLayout = new QVBoxLayout(blacklistPage);
    blacklistLayout->setContentsMargins(0, 0, 0, 0);
    blacklistLayout->addWidget(m_blacklist);
    addTab(blacklistPage, tr("B&lacklist"));
    // The tab says "changes pending" while the page itself may be hidden behind another tab.
    connect(m_blacklist, &BlacklistEditor::pendingChanged, this, [this, blacklistPage](bool pending) {
        setTabText(indexOf(blacklistPage), pending ? tr("B&lacklist (changes pending)") : tr("B&lacklist"));
    });
    addTab(m_devices, tr("&Devices"));
    addTab(m_unplug, tr("&Unplug"));
    addTab(m_xml, tr("&XML"));
}

void VmDetailsView::setEngine(const BindingEngine* engine)
{
    m_engine = engine;
    for (int i = 0; i < count(); ++i)
        if (widget(i)->objectName() == QLatin1String("whatIfTab"))
            setTabEnabled(i, engine != nullptr);
}

void VmDetailsView::showRecord(const VmRecord* record)
{
    // Keep a copy: the fleet may replace its record while the admin is still trying things out.
    if (record)
        m_current = *record;
    else
        m_current.reset();
    if (record)
        m_whatIf->load(record->config);
    previewWhatIf();
    m_binding->showRecord(record);
    m_devices->showRecord(record);
    m_unplug->showRecord(record);
    // The same VM re-read keeps its unapplied blacklist edits (BlacklistEditor::setVm).
    if (record)
        m_blacklist->setVm(record->config);
    else
        m_blacklist->clear();
    m_xml->setPlainText(record ? record->snapshot.inactiveXml : QString());
}

void VmDetailsView::previewWhatIf()
{
    if (!m_engine || !m_current) {
        m_whatIfResult->showRecord(nullptr);
        m_whatIfChanges->clear();
        return;
    }
    QList<ConfigChange> changes;
    QStringList errors;
    for (const QString& text : m_whatIf->changes()) {
        QString error;
        if (const auto change = ConfigChange::parse(text, &error))
            changes.append(*change);
        else
            errors.append(error);
    }
    m_preview = *m_current;
    QString error;
    m_preview.outcome = m_engine->preview(m_current->config, changes, &error);
    if (!error.isEmpty())
        errors.append(error);
    QStringList texts;
    for (const ConfigChange& c : std::as_const(changes))
        texts.append(c.text());
    m_whatIfChanges->setText(!errors.isEmpty() ? errors.join(QLatin1Char('\n'))
                             : texts.isEmpty() ? tr("No change: this is the next boot as configured.")
                                               : tr("Previewing: %1").arg(texts.join(QStringLiteral("  "))));
    m_whatIfResult->showRecord(&m_preview);
}

bool VmDetailsView::maybeDiscardEdits()
{
    return m_blacklist->maybeDiscard();
}

bool VmDetailsView::selectTab(const QString& objectName)
{
    for (int i = 0; i < count(); ++i)
        if (widget(i)->objectName() == objectName) {
            setCurrentIndex(i);
            return true;
        }
    return false;
}
