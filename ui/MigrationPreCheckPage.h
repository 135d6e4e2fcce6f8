// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QWizardPage>

class MigrationWizard;
class QLabel;
class QTreeWidget;

/// The migration wizard's first page: the VM as it is (power state, device model, installed drivers, who is in
/// charge at the next boot, the findings) and whether anything can be written at all.
class MigrationPreCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MigrationPreCheckPage(MigrationWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

private:
    MigrationWizard* m_wizard;
    QLabel* m_summary;
    QTreeWidget* m_findings;
    QLabel* m_recorded;
    QLabel* m_block;
};
