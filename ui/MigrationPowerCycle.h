// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/PowerCycle.h"

#include <QObject>
#include <QPointer>

class MigrationWizard;

/// The migration wizard's power-cycle step done from the wizard: shuts the VM down and starts it again (or only
/// starts it when it is off), asking before it does and before it forces a guest off that does not shut down.
/// The step page records the step once the fleet lists the VM running its new definition. The cycle itself belongs
/// to the fleet and goes on if the wizard is closed.
class MigrationPowerCycle : public QObject
{
    Q_OBJECT

public:
    explicit MigrationPowerCycle(MigrationWizard* wizard);

    /// Asks, then starts; false when the admin said no or nothing could be started.
    bool run(int step);
    bool isRunning() const { return m_cycle != nullptr; }
    /// Asks, then stops following the cycle (answered by finished(false)); the VM stays in whatever state it
    /// reached.
    void stopFollowing();

signals:
    /// One translated line for the page's result area.
    void progress(const QString& text);
    void finished(bool ok, const QString& message);

private:
    MigrationWizard* m_wizard;
    QPointer<PowerCycle> m_cycle;
};
