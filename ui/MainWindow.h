// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMainWindow>

class Fleet;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class VmDetailsView;
class VmListModel;

/// The console's shell: menus, the fleet table and the status bar. Features live in their own widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p fleet provides the details of the selected VM; without it the window shows the table only.
    explicit MainWindow(VmListModel* vms, Fleet* fleet = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setConnectionStatus(const QString& text);
    /// Sizes the columns to what the first full listing needs (once; the user's widths win afterwards).
    void fitColumns();
    /// Selects the VM named @p name; returns false when there is none.
    bool selectVm(const QString& name);
    VmDetailsView* details() const { return m_details; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showAbout();
    void restoreWindowState();
    void showSelected();

    VmListModel* m_vms;
    Fleet* m_fleet;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    VmDetailsView* m_details;
    QTableView* m_table;
    QLabel* m_connectionStatus;
};
