// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"
#include "WhereClause.h"
#include "model/core/VmConfig.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

class BindingEngine;
class ConnectionListModel;

/// A fleet what-if in the console (issue 20 items 1, 2 and 4): the change previewed on every VM given, on a thread
/// pool, never on the GUI thread, with progress and Stop. It works on a snapshot of the fleets' records (an implicitly
/// shared copy, taken in no time): a refresh meanwhile changes the fleet's copy, not the run's.
class WhatIfRun : public QObject
{
    Q_OBJECT

public:
    /// One VM: its configuration as the fleet read it from its definition, and its connection.
    struct Vm
    {
        QString uri;
        VmConfig config;
    };

    WhatIfRun(const BindingEngine& engine, QList<Vm> vms, QList<ConfigChange> changes, QObject* parent = nullptr);
    /// Several changes side by side (the strategies, issue 20 item 2): each VM is predicted once as it is and once
    /// per change set; setsFinished() gives the outcomes per set.
    WhatIfRun(const BindingEngine& engine, QList<Vm> vms, QList<QList<ConfigChange>> changeSets,
              QObject* parent = nullptr);
    /// Every VM of every connection of @p connections, as the fleets hold them now, that @p where selects (matched
    /// against what the fleet shows of it).
    WhatIfRun(const BindingEngine& engine, const ConnectionListModel& connections, const QList<WhereClause>& where,
              QList<QList<ConfigChange>> changeSets, QObject* parent = nullptr);
    ~WhatIfRun() override;

    void start();
    /// Ends the run early: the VMs done so far are reported, finished() says it was stopped.
    void stop();
    bool isRunning() const { return m_running; }
    int total() const;

signals:
    void progress(int done, int total);
    /// @p outcomes in the order of the VMs given (without those a stop left out); @p uris alongside.
    void finished(const QList<WhatIfOutcome>& outcomes, const QStringList& uris, bool stopped);
    /// Emitted before finished(): per change set, the outcomes in the order of the VMs (finished() has the first set).
    void setsFinished(const QList<QList<WhatIfOutcome>>& perSet, const QStringList& uris, bool stopped);

private:
    struct Input;
    struct Shared;

    void onChunkDone();

    const BindingEngine& m_engine;
    std::shared_ptr<Input> m_input;
    std::shared_ptr<Shared> m_shared;
    QTimer m_progressTimer;
    bool m_running = false;
};
