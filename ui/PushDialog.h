// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/DomainPush.h"
#include "model/fleet/PlanScript.h"

#include <QDialog>
#include <functional>

class DiffView;
class LibvirtConnection;
class PushItemModel;
class PushJob;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

/// The diff dialog: every VM of a push with its eligibility and unified diff, then, after a confirmation that
/// names the consequence, the run through libvirt with progress, cancel and each VM's result. Nothing is
/// written before Apply; a VM whose definition changed meanwhile is reported and its change kept.
///
/// A push whose xenstore keys reach other VMs of the host says so first, above everything, naming them. The
/// commands to run by hand name their host and can be copied or exported as shell scripts (PlanScript).
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asked before anything is written; returns whether to go on. Replaceable so tests need no modal box.
    using Confirmer = std::function<bool(QWidget* parent, const QString& question)>;
    /// Asked for the file to export a script to (@p suggested: a directory and a file name); empty to skip it.
    using FileChooser = std::function<QString(QWidget* parent, const QString& caption, const QString& suggested)>;

    PushDialog(const QString& title, LibvirtConnection* connection, QList<PushItem> items, QWidget* parent = nullptr);
    ~PushDialog() override;

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }
    /// The VMs of the connection's host, for the host-wide warning. Without it the fleet that owns the connection
    /// lists them; with neither, the warning says the other VMs are not known.
    void setHostVms(const QList<PlanScript::HostVm>& vms);
    /// The other VMs of the host that read the keys this push writes (PlanScript::hostWideReaders).
    QStringList hostWideReaders() const { return m_readers; }
    /// The scripts Copy Plan and Export Plan write, dated @p at.
    QList<PlanScript::Script> planScripts(const QDateTime& at) const;
    PushItemModel* model() const { return m_model; }
    /// The run, once Apply started it; null before.
    const PushJob* job() const { return m_job; }
    /// The question the confirmation asks (exposed for tests).
    QString confirmationQuestion() const;

public slots:
    /// Confirms and starts the run (what Apply does).
    void apply();
    void reject() override;
    /// Puts every script of the plan on the clipboard (what Copy Plan does).
    void copyPlan();
    /// Asks for a file per script and writes it (what Export Plan does).
    void exportPlan();

signals:
    /// One VM's result, as soon as it is known.
    void itemFinished(int row, const PushResult& result);
    /// The run ended (every VM has a result).
    void runFinished();

private:
    void showCurrent();
    void updateSummary();
    void onFinished();
    void updateHostWide();
    QString uri() const;

    PushItemModel* m_model;
    LibvirtConnection* m_connection;
    PushJob* m_job = nullptr;
    QFrame* m_hostWideFrame;
    QLabel* m_hostWide;
    QLabel* m_summary;
    QTableView* m_table;
    DiffView* m_diff;
    QPlainTextEdit* m_realization;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QLabel* m_planStatus;
    QPushButton* m_apply;
    QPushButton* m_copyPlan;
    QPushButton* m_exportPlan;
    Confirmer m_confirmer;
    FileChooser m_fileChooser;
    std::optional<QList<PlanScript::HostVm>> m_hostVms;
    QStringList m_readers;
};
