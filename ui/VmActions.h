// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class BulkChangeDialog;
class Fleet;
class MigrationWizard;
class PowerCycle;
class PushDialog;
class QMainWindow;
class VmDetailsView;
struct VmConfig;

/// What the console does to VMs: pushes, bulk changes, migrations and power cycles. The window decides which VMs
/// (its selection); this carries out the action, asks before the risky ones and reports in the window.
class VmActions : public QObject
{
    Q_OBJECT

public:
    using Confirmer = std::function<bool(const QString& title, const QString& question)>;

    /// Dialogs and messages open over @p window; @p details holds the edit that pushEdited() applies.
    explicit VmActions(QMainWindow* window, VmDetailsView* details);

    /// Replaces the Yes/No questions of risky actions (tests answer without a modal box).
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    /// Opens the diff dialog for @p edited (an editor's configuration of one VM in @p fleet) and pushes on Apply.
    /// A null @p fleet means the VM is gone: the edit stays in the editor.
    void pushEdited(Fleet* fleet, const VmConfig& edited, const QString& title);
    /// Opens the bulk change dialog on those of @p selectedKeys that @p fleet holds.
    /// @p changes (KEY=VALUE texts) are composed in the dialog already (a fleet what-if's change).
    void openBulkChange(Fleet* fleet, const QStringList& selectedKeys, const QStringList& changes = {});
    void openMigrationWizard(Fleet* fleet, const QString& key);
    /// Reads @p files (saved pnputil outputs of the VM @p key of @p fleet) off the GUI thread and opens the reviewed
    /// push of the inventory they make, which replaces the VM's old one; a file that cannot be used is reported by
    /// name and nothing is pushed.
    void importInventory(Fleet* fleet, const QString& key, const QStringList& files);
    /// Shuts the VM down and starts it again so that its pending changes take effect, after asking.
    void powerCycle(Fleet* fleet, const QString& key);

signals:
    void pushDialogOpened(PushDialog* dialog);
    void bulkChangeOpened(BulkChangeDialog* dialog);
    void migrationWizardOpened(MigrationWizard* wizard);
    void powerCycleStarted(PowerCycle* cycle);
    /// An inventory import failed on @p message (shown in a message box as well).
    void inventoryImportFailed(const QString& message);

private:
    bool confirm(const QString& title, const QString& question);

    QMainWindow* m_window;
    VmDetailsView* m_details;
    Confirmer m_confirmer;
};
