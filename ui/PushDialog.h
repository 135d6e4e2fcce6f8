// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/DomainPush.h"

#include <QDialog>
#include <functional>

class DiffView;
class LibvirtConnection;
class PushItemModel;
class PushJob;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

/// The diff dialog: every VM of a push with its eligibility and unified diff, then, after a confirmation that
/// names the consequence, the run through libvirt with progress, cancel and each VM's result. Nothing is
/// written before Apply; a VM whose definition changed meanwhile is reported and its change kept.
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asked before anything is written; returns whether to go on. Replaceable so tests need no modal box.
    using Confirmer = std::function<bool(QWidget* parent, const QString& question)>;

    PushDialog(const QString& title, LibvirtConnection* connection, QList<PushItem> items, QWidget* parent = nullptr);
    ~PushDialog() override;

    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    PushItemModel* model() const { return m_model; }
    /// The run, once Apply started it; null before.
    const PushJob* job() const { return m_job; }
    /// The question the confirmation asks (exposed for tests).
    QString confirmationQuestion() const;

public slots:
    /// Confirms and starts the run (what Apply does).
    void apply();
    void reject() override;

signals:
    /// One VM's result, as soon as it is known.
    void itemFinished(int row, const PushResult& result);
    /// The run ended (every VM has a result).
    void runFinished();

private:
    void showCurrent();
    void updateSummary();
    void onFinished();

    PushItemModel* m_model;
    LibvirtConnection* m_connection;
    PushJob* m_job = nullptr;
    QLabel* m_summary;
    QTableView* m_table;
    DiffView* m_diff;
    QPlainTextEdit* m_realization;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
    Confirmer m_confirmer;
};
