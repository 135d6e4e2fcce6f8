// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWizardPage>

class MigrationSession;
class QLabel;

/// The end of a migration: where the VM stands, its next boot, and what the metadata records.
class MigrationSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    MigrationSummaryPage(MigrationSession* session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    MigrationSession* m_session;
    QLabel* m_text;
};
