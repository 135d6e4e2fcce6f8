// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmDetailsView.h"

#include "BindingTab.h"
#include "DevicesTab.h"
#include "UnplugTab.h"
#include "model/VmRecord.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

VmDetailsView::VmDetailsView(QWidget* parent)
    : QTabWidget(parent)
    , m_binding(new BindingTab(this))
    , m_devices(new DevicesTab(this))
    , m_unplug(new UnplugTab(this))
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
    addTab(m_devices, tr("&Devices"));
    addTab(m_unplug, tr("&Unplug"));
    addTab(m_xml, tr("&XML"));
}

void VmDetailsView::showRecord(const VmRecord* record)
{
    m_binding->showRecord(record);
    m_devices->showRecord(record);
    m_unplug->showRecord(record);
    m_xml->setPlainText(record ? record->snapshot.inactiveXml : QString());
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
