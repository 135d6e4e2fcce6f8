// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/libvirt/ConnectError.h"
#include "model/libvirt/LibvirtResult.h"
#include "model/libvirt/PromptCredentialProvider.h"

#include <QAbstractListModel>
#include <QDeadlineTimer>
#include <QList>
#include <QTimer>
#include <memory>

class BindingEngine;
class Fleet;
class VmListModel;
struct VmRecord;

/// The open libvirt connections, one row per URI. Each row owns a Fleet; all of them feed the same VM table
/// (whose keys are "URI/UUID", so rows never collide) and share one BindingEngine. Rows change in place as
/// connections open, drop, reconnect and load (dataChanged, never a reset).
class ConnectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        /// LibvirtConnection::State as int.
        StateRole,
        ReadOnlyRole,
        VmCountRole,
        /// One translated line: "Connected", "Connecting…", "Reconnecting in 4 s", "Failed: reason".
        StatusTextRole,
        /// Why the last open failed or the connection dropped; empty while all is well.
        ErrorRole,
        /// The cause of the last failed open in a few words (ConnectError::summary()); empty unless it failed.
        CauseRole,
    };

    /// @p engine and @p vms must outlive this model.
    ConnectionListModel(const BindingEngine& engine, VmListModel* vms, QObject* parent = nullptr);

    const BindingEngine& engine() const { return m_engine; }
    /// Refuses every credential question still waiting, so no worker holds up the shutdown.
    ~ConnectionListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Connections added from now on ask for credentials through @p asker, called on @p context's thread (see
    /// PromptCredentialProvider). Without it, libvirt methods that need credentials fail.
    void setCredentialAsker(QObject* context, PromptCredentialProvider::Asker asker);

    /// Opens @p uri in a new row and returns the row. A URI that is already listed is not opened twice: its row
    /// is returned (and re-opened if it had failed), whatever @p readOnly says.
    int add(const QString& uri, bool readOnly);
    /// Closes the connection and takes its VMs out of the table; nothing on the host changes.
    bool remove(int row);
    /// Opens the row's URI again.
    void reconnect(int row);
    /// Closes the row's connection and opens @p uri in its place (in the same row, unless @p uri is listed in
    /// another row: then that row is kept and returned, as add() does). Returns the row of @p uri.
    int replace(int row, const QString& uri, bool readOnly);
    /// Why the row's last open failed (null when it did not).
    ConnectError connectError(int row) const;

    /// -1 when @p uri is not listed.
    int rowOf(const QString& uri) const;
    int rowOf(const Fleet* fleet) const;
    Fleet* fleetAt(int row) const;
    /// The fleet that owns the VM with this table key ("URI/UUID"), or null.
    Fleet* fleetFor(const QString& vmKey) const;
    /// The record of any VM in the table, whichever connection it came from; null when unknown.
    const VmRecord* record(const QString& vmKey) const;

    /// A short name for lists: "demo node", "xen:///system", "qemu+ssh://root@host/system" (query dropped),
    /// "fleet.xml (test driver)" for a test:/// file.
    static QString displayName(const QString& uri);
    /// StatusTextRole for @p row.
    QString statusText(int row) const;
    /// One line for the status bar: "No connections", "demo node: Connected" for one connection, and for
    /// several "3 connections: 2 connected, 1 failed".
    QString summary() const;
    /// Over every connection: how many VMs' guest inventories confirm the prediction and how many contradict it
    /// (issue 18 item 4); empty while none was checked.
    QString predictionSummary() const;

signals:
    /// predictionSummary() changed.
    void predictionSummaryChanged(const QString& text);
    void fleetAdded(Fleet* fleet);
    /// Emitted while the fleet still exists, just before its row goes.
    void fleetAboutToBeRemoved(Fleet* fleet);
    /// A row's connection opened (the first time, or again after a drop or reconnect).
    void connectionOpened(const QString& uri, bool readOnly);
    /// A fleet's one-line status (Fleet::statusChanged), for the status bar.
    void statusMessage(const QString& text);
    /// A fleet's first complete listing arrived (Fleet::loaded).
    void fleetLoaded(Fleet* fleet, int vmCount);
    /// Opening @p uri failed the first time (failed reconnects only update the row), and why.
    void connectionFailed(const QString& uri, const ConnectError& error);
    /// summary() changed.
    void summaryChanged(const QString& summary);

private:
    struct Entry
    {
        Fleet* fleet = nullptr;
        std::shared_ptr<PromptCredentialProvider> credentials;
        /// When the next reconnect attempt starts; only meaningful while reconnecting.
        QDeadlineTimer reconnectAt{QDeadlineTimer::Forever};
        /// The last open's failure; null once an open succeeded.
        ConnectError error;
        /// Whether an open ever succeeded: later failures are reconnect attempts, not worth an error box.
        bool everOpened = false;
    };

    /// Inserts a row for @p uri at @p row and opens it (add() at the end).
    int insert(int row, const QString& uri, bool readOnly);
    void onOpened(const Fleet* fleet, const LibvirtResult& result);

    void watch(Fleet* fleet);
    void rowChanged(const Fleet* fleet, const QList<int>& roles);
    void tickCountdown();
    void updateSummary();
    QString tooltip(int row) const;

    const BindingEngine& m_engine;
    VmListModel* m_vms;
    QList<Entry> m_entries;
    QObject* m_askContext = nullptr;
    PromptCredentialProvider::Asker m_asker;
    /// Repaints "reconnecting in N s" once a second while some row is waiting to reconnect.
    QTimer m_countdown;
    QString m_summary;
};
