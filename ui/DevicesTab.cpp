// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DevicesTab.h"

#include "model/binding/BootView.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/fleet/VmRecord.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {} // namespace

DevicesTab::DevicesTab(QWidget* parent)
    : QWidget(parent)
    , m_devices(new QTreeWidget(this))
    , m_hex(new QPlainTextEdit(this))
    , m_sources(new QLabel(this))
{
    m_sources->setObjectName(QStringLiteral("devicesSources"));
    m_sources->setAccessibleName(tr("Where the devices come from"));
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_devices->setObjectName(QStringLiteral("devicesTree"));
    m_devices->setAccessibleName(tr("Exposed Xen devices"));
    m_devices->setHeaderLabels({tr("Device"), tr("Vendor:Device"), tr("Subsystem"), tr("Revision"), tr("Class"),
                                tr("Interrupt pin"), tr("Bound driver")});
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every column as wide as its title and cells, the tree scrolling sideways in a narrow pane: a stretched last
    // column was cut to what was left ("Gebundener Treiber" in 100 pixels).
    m_devices->header()->setStretchLastSection(false);
    m_hex->setObjectName(QStringLiteral("configSpaceHex"));
    m_hex->setAccessibleName(tr("Configuration space"));
    m_hex->setReadOnly(true);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_devices);
    splitter->addWidget(m_hex);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sources);
    layout->addWidget(splitter, 1);
    connect(m_devices, &QTreeWidget::currentItemChanged, this, &DevicesTab::showHex);
}

void DevicesTab::showRecord(const VmRecord* record)
{
    m_record = record;
    m_devices->clear();
    m_hex->clear();
    m_sources->clear();
    // Without a VM there is nothing to attribute, and an empty line would only push the tree down.
    m_sources->setVisible(record != nullptr);
    if (!record)
        return;
    // What boots, and where each part of it comes from (issue 17): the definition or the metadata.
    const BootView view = BootView::of(record->config);
    QStringList sources{view.basisSource()};
    if (view.basis() == BootView::Basis::Definition)
        sources << view.flavourSource() << view.platformSource();
    m_sources->setText(sources.join(QLatin1Char(' ')));
    qsizetype vendorIndex = 0;
    for (const ExposedDevice& d : record->outcome.devices) {
        const char* pins = "?ABCD";
        auto item = new QTreeWidgetItem(m_devices);
        QString role = tr("Xen platform device");
        if (d.role == ExposedDevice::Role::Vendor) {
            const BootView::Vendor* v = vendorIndex < view.vendors().size() ? &view.vendors().at(vendorIndex) : nullptr;
            ++vendorIndex;
            role =
                v && !v->ours ? tr("Vendor device (another tool's xen-pvdevice)") : tr("Vendor device (xen-pvdevice)");
            if (v && !v->argument.isEmpty())
                item->setToolTip(0, QStringLiteral("-device ") + v->argument);
        }
        item->setText(0, role);
        item->setText(1, HexText::digits(d.vendorId, 4) + QLatin1Char(':') + HexText::digits(d.deviceId, 4));
        item->setText(2,
                      HexText::digits(d.subsystemVendorId, 4) + QLatin1Char(':') + HexText::digits(d.subsystemId, 4));
        item->setText(3, HexText::digits(d.revision, 2));
        item->setText(4, DeviceText::classText(d.classCode));
        item->setText(5,
                      d.interruptPin <= 4 ? QStringLiteral("INT%1").arg(QLatin1Char(pins[d.interruptPin])) : QString());
        QString bound = d.boundPackage.isEmpty() ? tr("none") : d.boundPackage;
        if (d.fromWindowsUpdate)
            bound = tr("%1 (from Windows Update)").arg(bound);
        if (d.xenbusActive)
            bound = tr("%1, xenbus active").arg(bound);
        item->setText(6, bound);
    }
    if (m_devices->topLevelItemCount() > 0)
        m_devices->setCurrentItem(m_devices->topLevelItem(0));
}

void DevicesTab::showHex()
{
    const int row = m_devices->indexOfTopLevelItem(m_devices->currentItem());
    if (!m_record || row < 0 || row >= m_record->outcome.devices.size()) {
        m_hex->clear();
        return;
    }
    m_hex->setPlainText(DeviceText::hexDump(m_record->outcome.devices.at(row).config));
}
