// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"
#include "model/core/VmConfig.h"

#include <QObject>
#include <atomic>
#include <memory>

class BindingEngine;

/// A fleet what-if in the console (issue 20 items 1 and 4): the change previewed on every VM given, on a thread
/// pool, never on the GUI thread, with progress and Stop. The VMs' configurations are copied in: the fleet may
/// refresh meanwhile.
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
    ~WhatIfRun() override;

    void start();
    /// Ends the run early: the VMs done so far are reported, finished() says it was stopped.
    void stop();
    bool isRunning() const { return m_running; }
    int total() const { return int(m_vms.size()); }

signals:
    void progress(int done, int total);
    /// @p outcomes in the order of the VMs given (without those a stop left out); @p uris alongside.
    void finished(const QList<WhatIfOutcome>& outcomes, const QStringList& uris, bool stopped);

private:
    struct Shared;

    void onChunkDone();

    const BindingEngine& m_engine;
    QList<Vm> m_vms;
    QList<ConfigChange> m_changes;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};
