// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmDetailsView.h"

#include "BindingTab.h"
#include "BlacklistEditor.h"
#include "DevicesTab.h"
#include "GuestTab.h"
#include "UnplugTab.h"
#include "WhatIfPanel.h"
#include "XmlTab.h"
#include "model/binding/BindingEngine.h"
#include "model/core/BlacklistMerge.h"
#include "model/core/DomainXmlReader.h"
#include "model/fleet/BlacklistModel.h"
#include "model/fleet/DomainPush.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

VmDetailsView::VmDetailsView(QWidget* parent)
    : QTabWidget(parent)
    , m_binding(new BindingTab(this))
    , m_whatIf(new WhatIfPanel(this))
    , m_whatIfChanges(new QLabel(this))
    , m_whatIfResult(new BindingTab(this))
    , m_devices(new DevicesTab(this))
    , m_guest(new GuestTab(this))
    , m_unplug(new UnplugTab(this))
    , m_blacklist(new BlacklistEditor(this))
    , m_xml(new XmlTab(this))
    , m_migrate(new QPushButton(tr("M&igrate Drivers…"), this))
{
    setObjectName(QStringLiteral("vmDetails"));
    m_binding->setObjectName(QStringLiteral("bindingTab"));
    m_migrate->setObjectName(QStringLiteral("bindingMigrate"));
    m_migrate->setToolTip(
        tr("Plan and apply a move to another driver stack, step by step, each step simulated first."));
    m_migrate->setVisible(false);
    connect(m_migrate, &QPushButton::clicked, this, &VmDetailsView::migrateRequested);
    m_devices->setObjectName(QStringLiteral("devicesTab"));
    m_guest->setObjectName(QStringLiteral("guestTab"));
    m_unplug->setObjectName(QStringLiteral("unplugTab"));
    // The Binding tab explains a risk; the way out starts right under it.
    auto bindingPage = new QWidget(this);
    bindingPage->setObjectName(QStringLiteral("bindingPage"));
    auto bindingLayout = new QVBoxLayout(bindingPage);
    bindingLayout->setContentsMargins(0, 0, 0, 0);
    bindingLayout->addWidget(m_binding, 1);
    auto migrateRow = new QHBoxLayout;
    migrateRow->addStretch();
    migrateRow->addWidget(m_migrate);
    bindingLayout->addLayout(migrateRow);
    addTab(bindingPage, tr("&Binding"));
    auto whatIfPage = new QWidget(this);
    whatIfPage->setObjectName(QStringLiteral("whatIfPage"));
    m_whatIfChanges->setObjectName(QStringLiteral("whatIfChanges"));
    m_whatIfChanges->setWordWrap(true);
    m_whatIfChanges->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIfResult->setObjectName(QStringLiteral("whatIfResult"));
    auto whatIfLayout = new QVBoxLayout(whatIfPage);
    whatIfLayout->addWidget(m_whatIf);
    whatIfLayout->addWidget(m_whatIfChanges);
    whatIfLayout->addWidget(m_whatIfResult, 1);
    // The controls and the preview need more height than the others: they scroll rather than take the fleet
    // list's room (issue 19 item 9).
    auto whatIfScroll = new QScrollArea(this);
    whatIfScroll->setObjectName(QStringLiteral("whatIfTab"));
    whatIfScroll->setAccessibleName(tr("What if"));
    whatIfScroll->setWidgetResizable(true);
    whatIfScroll->setFrameShape(QFrame::NoFrame);
    whatIfScroll->setWidget(whatIfPage);
    addTab(whatIfScroll, tr("&What if"));
    setTabEnabled(indexOf(whatIfScroll), false);
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
    addTab(m_guest, tr("&Guest"));
    addTab(m_unplug, tr("&Unplug"));
    addTab(m_xml, tr("&XML"));
    connect(m_blacklist->model()->undoStack(), &QUndoStack::indexChanged, this, &VmDetailsView::updatePendingDiff);
    connect(m_blacklist, &BlacklistEditor::pendingChanged, this, [this](bool pending) {
        if (!pending) {
            m_editBase.reset();
        } else if (!m_editBase && m_current) {
            m_editBase = m_current->snapshot;
            m_editAncestor = m_current->config.blacklist;
        }
        updatePendingDiff();
    });
}

void VmDetailsView::updatePendingDiff()
{
    if (!m_current || !m_blacklist->hasUnappliedEdits() || m_blacklist->vmKey() != m_current->config.key) {
        m_xml->setPendingDiff({});
        return;
    }
    VmConfig fromEditor = m_current->config;
    fromEditor.blacklist = m_blacklist->entries();
    const VmConfig edited = blacklistEditToApply(fromEditor);
    // The key is the connection's URI, a slash and the UUID; the URI decides the command-line dialect.
    const QString uri = edited.key.left(edited.key.size() - edited.uuid.size() - 1);
    const PushItem item = DomainPush::prepareEditedOn(uri, editBase(), edited);
    m_xml->setPendingDiff(item.diff, item.refusal);
}

DomainSnapshot VmDetailsView::editBase() const
{
    if (m_editBase)
        return *m_editBase;
    return m_current ? m_current->snapshot : DomainSnapshot{};
}

VmConfig VmDetailsView::blacklistEditToApply(const VmConfig& edited) const
{
    if (!m_editBase)
        return edited;
    VmConfig base;
    DomainXmlReader::read(m_editBase->inactiveXml, base);
    base.definition.driver = edited.definition.driver;
    base.definition.xenDevices = edited.definition.xenDevices;
    base.definition.xenDevicesDetail = edited.definition.xenDevicesDetail;
    base.key = edited.key;
    base.name = edited.name;
    base.uuid = edited.uuid;
    base.running = edited.running;
    base.blacklist = BlacklistMerge::merge(m_editAncestor, edited.blacklist, base.blacklist);
    return base;
}

void VmDetailsView::rebaseEdits(const QString& currentXml)
{
    if (!m_current || !m_blacklist->hasUnappliedEdits())
        return;
    m_editBase = editBase();
    m_editBase->inactiveXml = currentXml.toUtf8();
    updatePendingDiff();
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
    // Driver stacks are migrated on Windows guests; elsewhere the kernel decides and there is nothing to plan.
    m_migrate->setVisible(record && record->config.guest.os == GuestOs::Windows);
    m_devices->showRecord(record);
    m_guest->showRecord(record);
    m_unplug->showRecord(record);
    // The same VM re-read keeps its unapplied blacklist edits (BlacklistEditor::setVm).
    if (record)
        m_blacklist->setVm(record->config);
    else
        m_blacklist->clear();
    m_xml->setXml(record ? QString::fromUtf8(record->snapshot.inactiveXml) : QString());
    updatePendingDiff();
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
    // A page, or the widget a page wraps (the Binding tab sits in a page with its Migrate button).
    for (int i = 0; i < count(); ++i)
        if (widget(i)->objectName() == objectName ||
            widget(i)->findChild<QWidget*>(objectName, Qt::FindDirectChildrenOnly)) {
            setCurrentIndex(i);
            return true;
        }
    return false;
}
