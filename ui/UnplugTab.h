// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;
struct VmRecord;

/// The unplug handshake step by step, and which emulated disks and NICs disappear or stay, and why.
class UnplugTab : public QWidget
{
    Q_OBJECT

public:
    explicit UnplugTab(QWidget* parent = nullptr);
    void showRecord(const VmRecord* record);

private:
    QTreeWidget* m_trace;
    QTreeWidget* m_devices;
    QLabel* m_summary;
};
