// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectionListModel.h"

#include "Fleet.h"
#include "model/core/DataPaths.h"
#include "model/core/Logging.h"

#include <QFileInfo>
#include <algorithm>

namespace {
const QList<int> kStateRoles{ConnectionListModel::StateRole,
                             ConnectionListModel::StatusTextRole,
                             ConnectionListModel::ErrorRole,
                             ConnectionListModel::CauseRole,
                             Qt::ToolTipRole,
                             Qt::AccessibleDescriptionRole};
const QList<int> kCountRoles{ConnectionListModel::VmCountRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole};

QString firstLine(const QString& text)
{
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

ConnectionListModel::ConnectionListModel(const BindingEngine& engine, VmListModel* vms, QObject* parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
    , m_vms(vms)
{
    // Fleet is only forward-declared where moc sees the signals.
    qRegisterMetaType<Fleet*>();
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionListModel::tickCountdown);
    m_summary = summary();
    connect(this, &QAbstractItemModel::rowsInserted, this, &ConnectionListModel::updateSummary);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ConnectionListModel::updateSummary);
    connect(this, &QAbstractItemModel::dataChanged, this, &ConnectionListModel::updateSummary);
}

ConnectionListModel::~ConnectionListModel()
{
    // Before the fleets (children) go: their connections wait for the workers, which must not be waiting for us.
    for (const Entry& entry : std::as_const(m_entries))
        if (entry.credentials)
            entry.credentials->cancel();
}

int ConnectionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConnectionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fleet* fleet = m_entries.at(index.row()).fleet;
    switch (role) {
    case Qt::DisplayRole: return displayName(fleet->uri());
    case Qt::ToolTipRole: return tooltip(index.row());
    case Qt::AccessibleDescriptionRole: {
        QString text = statusText(index.row());
        if (fleet->isReadOnly())
            text += QStringLiteral(", ") + tr("read-only");
        return text + QStringLiteral(", ") + tr("%n VM(s)", nullptr, fleet->vmCount());
    }
    case UriRole: return fleet->uri();
    case StateRole: return int(fleet->state());
    case ReadOnlyRole: return fleet->isReadOnly();
    case VmCountRole: return fleet->vmCount();
    case StatusTextRole: return statusText(index.row());
    case ErrorRole: return fleet->lastError();
    case CauseRole: return m_entries.at(index.row()).error.summary();
    default: return {};
    }
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UriRole, "uri");
    names.insert(StateRole, "state");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(VmCountRole, "vmCount");
    names.insert(StatusTextRole, "statusText");
    names.insert(ErrorRole, "error");
    names.insert(CauseRole, "cause");
    return names;
}

void ConnectionListModel::setCredentialAsker(QObject* context, PromptCredentialProvider::Asker asker)
{
    m_askContext = context;
    m_asker = std::move(asker);
}

int ConnectionListModel::add(const QString& uri, bool readOnly)
{
    return insert(int(m_entries.size()), uri, readOnly);
}

int ConnectionListModel::insert(int row, const QString& uri, bool readOnly)
{
    const QString trimmed = uri.trimmed();
    const int existing = rowOf(trimmed);
    if (existing >= 0) {
        if (fleetAt(existing)->state() == LibvirtConnection::State::Closed)
            reconnect(existing);
        return existing;
    }
    Entry entry;
    entry.fleet = new Fleet(m_engine, m_vms, this);
    if (m_askContext && m_asker) {
        entry.credentials = std::make_shared<PromptCredentialProvider>(m_askContext, m_asker);
        entry.fleet->setCredentialProvider(entry.credentials);
    }
    watch(entry.fleet);
    row = std::clamp(row, 0, int(m_entries.size()));
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    qCInfo(lcModel) << "connection added:" << trimmed << (readOnly ? "read-only" : "read-write");
    emit fleetAdded(entry.fleet);
    entry.fleet->open(trimmed, readOnly);
    // Fleet::open made the connection. Its answers carry libvirt's error code, which Fleet::openFailed drops.
    connect(entry.fleet->connection(), &LibvirtConnection::opened, this,
            [this, fleet = entry.fleet](const LibvirtResult& result) { onOpened(fleet, result); });
    return rowOf(entry.fleet);
}

bool ConnectionListModel::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const Entry entry = m_entries.at(row);
    emit fleetAboutToBeRemoved(entry.fleet);
    // A worker waiting for the user's answer is let go first, so the connection can stop at once.
    if (entry.credentials)
        entry.credentials->cancel();
    entry.fleet->close();
    entry.fleet->disconnect(this);
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    qCInfo(lcModel) << "connection removed:" << entry.fleet->uri();
    // Later, not now: remove() may run inside a slot called by this fleet.
    entry.fleet->deleteLater();
    return true;
}

void ConnectionListModel::reconnect(int row)
{
    if (Fleet* fleet = fleetAt(row))
        fleet->reconnect();
}

int ConnectionListModel::replace(int row, const QString& uri, bool readOnly)
{
    if (!remove(row))
        return -1;
    return insert(row, uri, readOnly);
}

ConnectError ConnectionListModel::connectError(int row) const
{
    return fleetAt(row) ? m_entries.at(row).error : ConnectError();
}

void ConnectionListModel::onOpened(const Fleet* fleet, const LibvirtResult& result)
{
    const int row = rowOf(fleet);
    if (row < 0)
        return;
    Entry& entry = m_entries[row];
    if (result.ok()) {
        entry.error = {};
        entry.everOpened = true;
        return;
    }
    entry.error = ConnectError::classify(fleet->uri(), {result.code, result.domain, result.int1, result.message});
    rowChanged(fleet, kStateRoles);
    if (!entry.everOpened)
        emit connectionFailed(fleet->uri(), entry.error);
}

int ConnectionListModel::rowOf(const QString& uri) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).fleet->uri() == uri)
            return row;
    return -1;
}

int ConnectionListModel::rowOf(const Fleet* fleet) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).fleet == fleet)
            return row;
    return -1;
}

Fleet* ConnectionListModel::fleetAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).fleet : nullptr;
}

Fleet* ConnectionListModel::fleetFor(const QString& vmKey) const
{
    // The key is URI + '/' + UUID; a UUID has no slash, a URI may have several.
    const qsizetype slash = vmKey.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? fleetAt(rowOf(vmKey.left(slash))) : nullptr;
}

const VmRecord* ConnectionListModel::record(const QString& vmKey) const
{
    const Fleet* fleet = fleetFor(vmKey);
    return fleet ? fleet->record(vmKey) : nullptr;
}

QString ConnectionListModel::displayName(const QString& uri)
{
    if (uri == DataPaths::demoNodeUri())
        return tr("demo node");
    // Extra parameters (?keyfile=…&no_verify=1) make the name long and say nothing about which host it is.
    const QString name = uri.section(QLatin1Char('?'), 0, 0);
    // A test:/// file is known by its name; its directory is in the tooltip.
    if (name.startsWith(QLatin1String("test:///")) && name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return tr("%1 (test driver)").arg(QFileInfo(name.mid(7)).fileName());
    return name;
}

QString ConnectionListModel::statusText(int row) const
{
    const Fleet* fleet = fleetAt(row);
    if (!fleet)
        return {};
    switch (fleet->state()) {
    case LibvirtConnection::State::Open: return tr("Connected");
    case LibvirtConnection::State::Opening: return tr("Connecting…");
    case LibvirtConnection::State::Reconnecting: {
        const QDeadlineTimer& at = m_entries.at(row).reconnectAt;
        const qint64 left = at.remainingTime();
        if (at.isForever() || left <= 0)
            return tr("Reconnecting…");
        return tr("Reconnecting in %n s", nullptr, int((left + 999) / 1000));
    }
    case LibvirtConnection::State::Closed: {
        if (fleet->lastError().isEmpty())
            return tr("Closed");
        // The cause in a few words; libvirt's message is in the tooltip and the error box.
        const ConnectError& error = m_entries.at(row).error;
        return tr("Failed: %1").arg(error.isNull() ? firstLine(fleet->lastError()) : error.summary());
    }
    }
    return {};
}

QString ConnectionListModel::summary() const
{
    if (m_entries.isEmpty())
        return tr("No connections");
    if (m_entries.size() == 1)
        return tr("%1: %2").arg(displayName(m_entries.constFirst().fleet->uri()), statusText(0));
    int open = 0;
    int opening = 0;
    int failed = 0;
    int closed = 0;
    for (const Entry& entry : m_entries) {
        switch (entry.fleet->state()) {
        case LibvirtConnection::State::Open: ++open; break;
        case LibvirtConnection::State::Opening:
        case LibvirtConnection::State::Reconnecting: ++opening; break;
        case LibvirtConnection::State::Closed: ++(entry.fleet->lastError().isEmpty() ? closed : failed); break;
        }
    }
    QStringList parts;
    if (open > 0)
        parts << tr("%n connected", nullptr, open);
    if (opening > 0)
        parts << tr("%n connecting", nullptr, opening);
    if (failed > 0)
        parts << tr("%n failed", nullptr, failed);
    if (closed > 0)
        parts << tr("%n closed", nullptr, closed);
    return tr("%n connection(s): %1", nullptr, int(m_entries.size())).arg(parts.join(QStringLiteral(", ")));
}

QString ConnectionListModel::predictionSummary() const
{
    int confirmed = 0;
    int differs = 0;
    for (const Entry& entry : m_entries) {
        confirmed += entry.fleet->confirmedPredictions();
        differs += entry.fleet->differingPredictions();
    }
    if (confirmed + differs == 0)
        return {};
    return tr("Predictions checked against the guests: %1 confirmed, %2 differ").arg(confirmed).arg(differs);
}

void ConnectionListModel::updateSummary()
{
    const QString text = summary();
    if (text == m_summary)
        return;
    m_summary = text;
    emit summaryChanged(text);
}

QString ConnectionListModel::tooltip(int row) const
{
    const Fleet* fleet = fleetAt(row);
    QStringList lines{fleet->uri(), statusText(row), tr("%n VM(s)", nullptr, fleet->vmCount())};
    if (fleet->isReadOnly())
        lines << tr("Read-only: changes to VMs are refused before they reach the host.");
    if (!fleet->lastError().isEmpty() && fleet->state() != LibvirtConnection::State::Closed)
        lines << tr("Last error: %1").arg(fleet->lastError());
    const ConnectError& error = m_entries.at(row).error;
    if (!error.isNull() && fleet->state() == LibvirtConnection::State::Closed)
        lines << error.advice() << tr("libvirt: %1").arg(error.raw().message);
    return lines.join(QLatin1Char('\n'));
}

void ConnectionListModel::watch(Fleet* fleet)
{
    connect(fleet, &Fleet::stateChanged, this, [this, fleet](LibvirtConnection::State state) {
        const int row = rowOf(fleet);
        if (row < 0)
            return;
        if (state != LibvirtConnection::State::Reconnecting)
            m_entries[row].reconnectAt = QDeadlineTimer(QDeadlineTimer::Forever);
        rowChanged(fleet, kStateRoles);
        if (state == LibvirtConnection::State::Open)
            emit connectionOpened(fleet->uri(), fleet->isReadOnly());
    });
    connect(fleet, &Fleet::reconnectScheduled, this, [this, fleet](int, int delayMs) {
        const int row = rowOf(fleet);
        if (row < 0)
            return;
        m_entries[row].reconnectAt = QDeadlineTimer(delayMs);
        rowChanged(fleet, kStateRoles);
        if (!m_countdown.isActive())
            m_countdown.start();
    });
    connect(fleet, &Fleet::vmCountChanged, this, [this, fleet] { rowChanged(fleet, kCountRoles); });
    connect(fleet, &Fleet::predictionChecksChanged, this,
            [this] { emit predictionSummaryChanged(predictionSummary()); });
    connect(fleet, &Fleet::statusChanged, this, &ConnectionListModel::statusMessage);
    connect(fleet, &Fleet::loaded, this, [this, fleet](int count) { emit fleetLoaded(fleet, count); });
}

void ConnectionListModel::rowChanged(const Fleet* fleet, const QList<int>& roles)
{
    const int row = rowOf(fleet);
    if (row >= 0)
        emit dataChanged(index(row), index(row), roles);
}

void ConnectionListModel::tickCountdown()
{
    bool waiting = false;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.fleet->state() != LibvirtConnection::State::Reconnecting || entry.reconnectAt.isForever())
            continue;
        waiting = waiting || !entry.reconnectAt.hasExpired();
        rowChanged(entry.fleet, {StatusTextRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
    }
    if (!waiting)
        m_countdown.stop();
}
