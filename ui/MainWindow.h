// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMainWindow>
#include <functional>

class BulkChangeDialog;
class ConnectionListModel;
class MigrationWizard;
class PowerCycle;
class ConnectionsPane;
class Fleet;
class FleetView;
class FleetWhatIfDialog;
class StrategiesDialog;
class QDockWidget;
class QSplitter;
class PushDialog;
class QLabel;
class VmActions;
class VmDetailsView;
class VmListModel;

/// The console's shell: menus, the fleet table and the status bar. Features live in their own widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p connections provide the details of the selected VM and the connections pane; without them the window
    /// shows the table only.
    explicit MainWindow(VmListModel* vms, ConnectionListModel* connections = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setConnectionStatus(const QString& text);
    /// Sizes the columns to what the first full listing needs (once; the user's widths win afterwards).
    void fitColumns();
    /// Selects the VM named @p name; returns false when there is none.
    bool selectVm(const QString& name);
    VmDetailsView* details() const { return m_details; }
    /// Replaces the Yes/No questions of risky actions (tests answer without a modal box).
    void setConfirmer(std::function<bool(const QString& title, const QString& question)> confirmer);
    /// Null without connections.
    ConnectionsPane* connectionsPane() const { return m_connectionsPane; }
    /// Writes the fleet report of every connection to @p path, CSV or JSON by its suffix (File ▸ Export Fleet
    /// Report… after the file dialog); off the GUI thread, reportExported() says when it is done.
    void exportReport(const QString& path);

signals:
    /// A diff dialog was opened (tests set its confirmer and drive it).
    void pushDialogOpened(PushDialog* dialog);
    /// The bulk change dialog was opened on the selected VMs.
    void bulkChangeOpened(BulkChangeDialog* dialog);
    /// The driver migration wizard was opened on the selected VM.
    void migrationWizardOpened(MigrationWizard* wizard);
    /// exportReport() finished: @p vms rows written to @p path, or @p error.
    void reportExported(const QString& path, int vms, const QString& error);
    /// The fleet what-if was opened (tests drive it).
    void fleetWhatIfOpened(FleetWhatIfDialog* dialog);
    void strategiesOpened(StrategiesDialog* dialog);
    /// A power cycle to apply pending changes started (after the confirmation).
    void powerCycleStarted(PowerCycle* cycle);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createConnectionsPane();
    void showAbout();
    void restoreWindowState();
    void showSelected();
    /// Follows @p fleet's refreshes in the details.
    void watchFleet(Fleet* fleet);
    /// The list shows the chosen connection's VMs.
    void followConnection(Fleet* fleet);
    /// Pushes the What if panel's changes (KEY=VALUE texts) to the shown VM through the diff dialog.
    void applyWhatIf(const QStringList& changes);
    void updateActions();
    void addWriteAction(QAction* action);
    void openBulkChange();
    void openMigrationWizard();
    void openFleetWhatIf();
    void openStrategies();
    /// Hands a what-if dialog's VMs to the bulk change, unless their connection is read-only.
    void applyFromWhatIf(Fleet* fleet, const QStringList& keys, const QStringList& changes);
    void powerCycleSelected();
    /// The fleet that holds the VM with @p key.
    Fleet* fleetFor(const QString& key) const;
    QString currentKey() const;

    VmListModel* m_vms;
    ConnectionListModel* m_connections;
    ConnectionsPane* m_connectionsPane = nullptr;
    FleetView* m_fleetView;
    VmDetailsView* m_details;
    QSplitter* m_splitter;
    QDockWidget* m_connectionsDock = nullptr;
    QLabel* m_connectionStatus;
    QAction* m_editBlacklist = nullptr;
    QAction* m_powerCycle = nullptr;
    VmActions* m_actions;
    /// Write actions: disabled without a selected VM or on a read-only connection.
    QList<QAction*> m_writeActions;
};
