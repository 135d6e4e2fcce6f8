// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
struct VmRecord;

/// The Xen devices a VM exposes, decoded, with the 256-byte configuration space of the selected one.
class DevicesTab : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesTab(QWidget* parent = nullptr);
    void showRecord(const VmRecord* record);

private:
    void showHex();

    QTreeWidget* m_devices;
    QPlainTextEdit* m_hex;
    QLabel* m_sources;
    const VmRecord* m_record = nullptr;
};
