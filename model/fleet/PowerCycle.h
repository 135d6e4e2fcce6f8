// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

class LibvirtConnection;
struct LibvirtResult;

/// Shuts a running VM down and starts it again, so that its next-boot definition (pending changes: platform
/// device, vendor device, blacklist) takes effect; a reboot from inside the guest keeps the running device model.
/// Asynchronous through the VM's LibvirtConnection: the guest is asked to shut down, the domain's stop event
/// starts it again. A guest that does not stop in time is reported (shutdownTimedOut) and only forced off when
/// the admin says so (forceOff).
class PowerCycle : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Idle, ShuttingDown, ForcingOff, Starting, Done, Failed, Cancelled };
    Q_ENUM(Stage)

    PowerCycle(LibvirtConnection* connection, const QString& uuid, const QString& name, QObject* parent = nullptr);

    /// How long the guest may take to shut down before shutdownTimedOut() (default 2 minutes).
    void setShutdownTimeout(std::chrono::milliseconds timeout) { m_timeout.setInterval(timeout); }

    void start();
    /// For a VM that is shut off already: only starts it, so that its next boot takes effect.
    void startOnly();
    /// After shutdownTimedOut(): forced off (unsaved data in the guest is lost), then started.
    void forceOff();
    /// After shutdownTimedOut(): waits as long again.
    void keepWaiting();
    /// Stops following the VM; it stays in whatever state it reached (possibly shut off).
    void cancel();

    Stage stage() const { return m_stage; }
    /// Whether it failed at the start, i.e. libvirt refused to start the VM (message of finished() says why).
    bool failedWhileStarting() const { return m_stage == Stage::Failed && m_failedAt == Stage::Starting; }
    QString uuid() const { return m_uuid; }
    QString name() const { return m_name; }

signals:
    /// One translated line for the status bar.
    void progress(const QString& text);
    void shutdownTimedOut();
    void finished(bool ok, const QString& message);

private:
    void onPowerFinished(quint64 requestId, const LibvirtResult& result);
    void onStopped(const QString& uuid);
    void fail(const QString& message);

    QPointer<LibvirtConnection> m_connection;
    QString m_uuid;
    QString m_name;
    Stage m_stage = Stage::Idle;
    Stage m_failedAt = Stage::Idle;
    bool m_startOnly = false;
    quint64 m_request = 0;
    QTimer m_timeout;
};
