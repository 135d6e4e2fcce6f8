// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QTabWidget>

class BindingTab;
class DevicesTab;
class QPlainTextEdit;
class UnplugTab;
struct VmRecord;

/// The selected VM in detail: Binding, Devices, Unplug and XML tabs.
class VmDetailsView : public QTabWidget
{
    Q_OBJECT

public:
    explicit VmDetailsView(QWidget* parent = nullptr);
    void showRecord(const VmRecord* record);
    /// Selects a tab by its object name ("bindingTab", "devicesTab", "unplugTab", "xmlTab").
    bool selectTab(const QString& objectName);

private:
    BindingTab* m_binding;
    DevicesTab* m_devices;
    UnplugTab* m_unplug;
    QPlainTextEdit* m_xml;
};
