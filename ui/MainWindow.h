// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMainWindow>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class VmListModel;

/// The console's shell: menus, the fleet table and the status bar. Features live in their own widgets.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(VmListModel* vms, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setConnectionStatus(const QString& text);
    /// Sizes the columns to what the first full listing needs (once; the user's widths win afterwards).
    void fitColumns();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void showAbout();
    void restoreWindowState();

    VmListModel* m_vms;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_connectionStatus;
};
