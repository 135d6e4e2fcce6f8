// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/VmRecord.h"

#include <QTabWidget>

class BindingEngine;
class BindingTab;
class BlacklistEditor;
class DevicesTab;
class GuestTab;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class UnplugTab;
class WhatIfPanel;
class XmlTab;

/// The selected VM in detail: Binding, What if, Blacklist, Devices, Guest, Unplug and XML tabs.
class VmDetailsView : public QTabWidget
{
    Q_OBJECT

public:
    explicit VmDetailsView(QWidget* parent = nullptr);
    /// Enables the What if tab, which re-previews with @p engine on every change of its controls.
    void setEngine(const BindingEngine* engine);
    void showRecord(const VmRecord* record);
    WhatIfPanel* whatIf() const { return m_whatIf; }
    /// Selects a tab by its object name ("bindingTab", "whatIfTab", "blacklistTab", "devicesTab", "unplugTab",
    /// "xmlTab").
    bool selectTab(const QString& objectName);
    /// The Blacklist tab's editor: wire its applyRequested() to the diff dialog and push, call markApplied()
    /// after a verified push, and setReadOnly() for read-only connections.
    BlacklistEditor* blacklistEditor() const { return m_blacklist; }
    /// The Guest tab: wire its importRequested() to the inventory import.
    GuestTab* guestTab() const { return m_guest; }
    /// Call before showing another VM (or none): asks about unapplied blacklist edits of the VM shown.
    /// Returns false when the user keeps them, i.e. the selection should stay.
    bool maybeDiscardEdits();
    /// The listing the pending edits started from: Apply pushes against it, so a definition changed by someone
    /// else meanwhile is refused as a conflict instead of being overwritten. Without edits, the VM's current one.
    DomainSnapshot editBase() const;
    /// After a conflict the admin has seen: bases the pending edits on @p currentXml, the definition libvirt
    /// holds now, so the next Apply shows and writes the difference to that.
    void rebaseEdits(const QString& currentXml);
    /// What Apply writes for the blacklist editor's @p edited configuration: the edit base's configuration with
    /// the admin's additions and removals merged into its blacklist (BlacklistMerge), so that after a rebase
    /// neither the other side's changes nor ours are lost.
    VmConfig blacklistEditToApply(const VmConfig& edited) const;

signals:
    /// The admin asked to migrate the shown VM's drivers (the Binding tab's button).
    void migrateRequested();

private:
    void previewWhatIf();
    void updatePendingDiff();

    BindingTab* m_binding;
    WhatIfPanel* m_whatIf;
    QLabel* m_whatIfChanges;
    BindingTab* m_whatIfResult;
    const BindingEngine* m_engine = nullptr;
    std::optional<VmRecord> m_current;
    std::optional<DomainSnapshot> m_editBase;
    /// The blacklist the pending edits started from.
    QList<BlacklistItem> m_editAncestor;
    VmRecord m_preview;
    DevicesTab* m_devices;
    GuestTab* m_guest;
    UnplugTab* m_unplug;
    BlacklistEditor* m_blacklist;
    XmlTab* m_xml;
    QPushButton* m_migrate;
};
