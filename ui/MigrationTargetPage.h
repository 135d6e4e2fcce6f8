// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/MigrationTarget.h"

#include <QWizardPage>

class MigrationSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

/// The migration's target: a driver package for the guest's OS and the device identity the VM exposes for it.
/// Every change plans again; the page says what the plan would reach or why there is none.
class MigrationTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    MigrationTargetPage(MigrationSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    /// The target the controls describe.
    MigrationTarget target() const;

private:
    void load(const MigrationTarget& target);
    void replan();
    /// Offers the temporary blacklist where the device model can stop the old drivers, unticked by default when
    /// the host-wide entry would also hit other VMs.
    void updateBlacklistChoice(bool chooseDefault);

    MigrationSession* m_session;
    QComboBox* m_package;
    QComboBox* m_platformId;
    QSpinBox* m_platformRevision;
    QCheckBox* m_vendor;
    QSpinBox* m_vendorId;
    QSpinBox* m_vendorRevision;
    QCheckBox* m_blacklist;
    QLabel* m_blacklistNote;
    QLabel* m_preview;
    bool m_loading = false;
};
