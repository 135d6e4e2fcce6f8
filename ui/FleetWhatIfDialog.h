// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/FleetWhatIf.h"

#include <QDialog>
#include <QPointer>

class ChangeEditor;
class ConnectionListModel;
class Fleet;
class QBarSet;
class QLabel;
class QProgressBar;
class QPushButton;
class WhatIfProxyModel;
class QTableView;
class QValueAxis;
class WhatIfModel;
class WhatIfRun;
class WhereField;

/// VM ▸ Fleet What If…: one change previewed on every VM of every connection, nothing written (issue 20 item 1).
/// The counts per outcome class as a bar chart, the VMs under it; a click on a bar shows that class's VMs, whose
/// change can then go to the reviewed bulk push. The run is off the GUI thread, with progress and Stop.
class FleetWhatIfDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FleetWhatIfDialog(ConnectionListModel* connections, QWidget* parent = nullptr);
    ~FleetWhatIfDialog() override;

    ChangeEditor* editor() const { return m_editor; }
    /// The query that narrows the run to some VMs.
    WhereField* where() const { return m_where; }
    WhatIfModel* model() const { return m_model; }
    /// The rows the table shows (a class filter applies here).
    WhatIfProxyModel* shown() const { return m_proxy; }
    /// The counts of the last run, per class.
    FleetWhatIf::Counts counts() const { return m_counts; }
    /// The class the table is narrowed to, if any.
    std::optional<WhatIfOutcome::Class> classFilter() const { return m_filter; }

public slots:
    /// Previews the composed change on every VM (what Preview does).
    void run();
    void stop();
    /// Shows only the VMs of @p cls (what a click on its bar does); empty shows all.
    void showClass(std::optional<WhatIfOutcome::Class> cls);

signals:
    /// The run ended (also when stopped); counts() and model() hold its result.
    void finished();
    /// "Apply to the VMs in This Class…": the VMs of @p fleet to take @p changes through the bulk change.
    void applyRequested(Fleet* fleet, const QStringList& keys, const QStringList& changes);

private:
    void onFinished(const QList<WhatIfOutcome>& outcomes, const QStringList& uris, bool stopped);
    void showResult(bool stopped);
    void updateButtons();
    void requestApply();

    ConnectionListModel* m_connections;
    ChangeEditor* m_editor;
    WhereField* m_where;
    WhatIfModel* m_model;
    WhatIfProxyModel* m_proxy;
    QTableView* m_table;
    QBarSet* m_bars;
    QValueAxis* m_axisY = nullptr;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPushButton* m_run;
    QPushButton* m_stop;
    QPushButton* m_showAll;
    QPushButton* m_apply;
    QPointer<WhatIfRun> m_current;
    FleetWhatIf::Counts m_counts;
    std::optional<WhatIfOutcome::Class> m_filter;
    /// The change texts of the last run: what Apply hands on, whatever the editor shows meanwhile.
    QStringList m_ranChanges;
};
