// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/StrategySet.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class BindingEngine;
class ConnectionListModel;
class Fleet;
class QLabel;
class QProgressBar;
class QPushButton;
class WhatIfProxyModel;
class QTableView;
class StrategyTableModel;
class WhatIfModel;
class WhatIfRun;
class WhereField;

/// VM ▸ Fleet Strategies…: the options of the 2013 debate and what shipped, each previewed on every VM of every
/// connection, nothing written (issue 20 item 2). One column per strategy, one row per outcome class; a click on a
/// cell lists its VMs under the table, and a strategy whose changes can be written goes to the reviewed bulk push.
/// The run starts when the dialog opens, off the GUI thread, with progress and Stop.
class StrategiesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StrategiesDialog(ConnectionListModel* connections, QWidget* parent = nullptr);
    ~StrategiesDialog() override;

    StrategyTableModel* table() const { return m_tableModel; }
    /// The query that narrows the run to some VMs.
    WhereField* where() const { return m_where; }
    /// The VMs of the chosen cell (a proxy over a WhatIfModel).
    WhatIfProxyModel* shown() const { return m_proxy; }
    bool isRunning() const;
    /// The strategies could not be read: the dialog says why and offers nothing to run.
    QString loadError() const { return m_set.errorString(); }

public slots:
    void run();
    void stop();
    /// Lists the VMs @p strategy (a column) puts in @p cls (what a click on the cell does).
    void showCell(int strategy, WhatIfOutcome::Class cls);

signals:
    /// The run ended (also when stopped).
    void finished();
    /// "Apply to These VMs…": the strategy's writable changes for these VMs of @p fleet, through the bulk change.
    void applyRequested(Fleet* fleet, const QStringList& keys, const QStringList& changes);

private:
    void onFinished(const QList<QList<WhatIfOutcome>>& perStrategy, const QStringList& uris, bool stopped);
    void updateButtons();
    void requestApply();

    ConnectionListModel* m_connections;
    StrategySet m_set;
    std::unique_ptr<BindingEngine> m_engine;
    StrategyTableModel* m_tableModel;
    QTableView* m_table;
    WhereField* m_where;
    QLabel* m_summary;
    QLabel* m_details;
    WhatIfModel* m_vms;
    WhatIfProxyModel* m_proxy;
    QTableView* m_vmTable;
    QProgressBar* m_progress;
    QPushButton* m_run;
    QPushButton* m_stop;
    QPushButton* m_apply;
    QPointer<WhatIfRun> m_current;
    QList<QList<WhatIfOutcome>> m_result;
    QStringList m_uris;
    int m_strategy = -1;
    std::optional<WhatIfOutcome::Class> m_class;
};
