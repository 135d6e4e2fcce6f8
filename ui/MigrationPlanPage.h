// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWizardPage>

class MigrationSession;
class QLabel;
class QTableWidget;

/// The plan before anything is written: the ordered steps, the simulated next boot after each (error findings
/// stand out) and how each is rolled back. Next starts the migration.
class MigrationPlanPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { StepColumn, KindColumn, ChangesColumn, OutcomeColumn, RollbackColumn, ColumnCount };

    MigrationPlanPage(MigrationSession* session, QWidget* parent = nullptr);

    void initializePage() override;

    /// "VM change", "In the guest", "Power cycle".
    static QString kindText(int kind);

private:
    MigrationSession* m_session;
    QTableWidget* m_table;
    QLabel* m_notes;
};
