// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "UnplugTab.h"

#include "model/core/DeviceText.h"
#include "model/core/HexText.h"
#include "model/fleet/VmRecord.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

UnplugTab::UnplugTab(QWidget* parent)
    : QWidget(parent)
    , m_trace(new QTreeWidget(this))
    , m_devices(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_trace->setObjectName(QStringLiteral("unplugTrace"));
    m_trace->setAccessibleName(tr("Unplug handshake"));
    m_trace->setHeaderLabels({tr("Driver / step"), tr("Access"), tr("Port"), tr("Value")});
    m_trace->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_devices->setObjectName(QStringLiteral("unplugDevices"));
    m_devices->setAccessibleName(tr("Emulated devices after the unplug"));
    m_devices->setHeaderLabels({tr("Emulated device"), tr("At next boot")});
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("unplugSummary"));
    m_summary->setWordWrap(true);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_trace);
    splitter->addWidget(m_devices);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter);
}

void UnplugTab::showRecord(const VmRecord* record)
{
    m_trace->clear();
    m_devices->clear();
    m_summary->clear();
    if (!record)
        return;
    for (const HandshakeRun& run : record->outcome.handshakes) {
        auto top = new QTreeWidgetItem(m_trace);
        top->setText(0, run.packageId);
        const auto& o = run.outcome;
        top->setText(1, o.blacklisted ? tr("blacklisted") : o.proceeds ? tr("proceeds") : tr("stops"));
        if (o.trace.empty())
            top->setText(3, tr("no port access"));
        for (const auto& access : o.trace) {
            auto item = new QTreeWidgetItem(top);
            const int bits = 8 * int(access.width);
            const bool read = access.direction == xp::device::PortDirection::Read;
            item->setText(0, DeviceText::stepText(access.step));
            item->setText(1, read ? tr("read %1-bit").arg(bits) : tr("write %1-bit").arg(bits));
            item->setText(2, QStringLiteral("0x%1").arg(HexText::digits(access.port, 2)));
            item->setText(3, QStringLiteral("0x%1").arg(HexText::digits(access.value, 2 * int(access.width))));
        }
        top->setExpanded(true);
    }
    for (const QString& name : record->outcome.unplugged) {
        auto item = new QTreeWidgetItem(m_devices);
        item->setText(0, name);
        item->setText(1, tr("unplugged: replaced by its PV device"));
    }
    for (const QString& kept : record->outcome.kept) {
        auto item = new QTreeWidgetItem(m_devices);
        item->setText(0, kept.section(QStringLiteral(": "), 0, 0));
        item->setText(1, tr("stays (%1)").arg(kept.section(QStringLiteral(": "), 1)));
    }
    m_summary->setText(
        record->outcome.unplugged.isEmpty()
            ? tr("No emulated device is unplugged at the next boot.")
            : tr("Unplugged at the next boot: %1").arg(record->outcome.unplugged.join(QStringLiteral(", "))));
}
