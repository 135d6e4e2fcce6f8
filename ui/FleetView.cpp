// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetView.h"

#include "ColumnFit.h"
#include "VmTableDelegate.h"
#include "model/fleet/VmFilterProxyModel.h"
#include "model/fleet/VmListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/// Rows of one change looked at for a longer State text; a larger change is a load, which fitColumns() covers.
constexpr int kStateRowsMeasured = 2000;

} // namespace

FleetView::FleetView(VmListModel* vms, QWidget* parent)
    : QWidget(parent)
    , m_vms(vms)
    , m_proxy(new VmFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_info(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show &All Connections"), this))
    , m_table(new QTableView(this))
    , m_delegate(new VmTableDelegate(m_table))
{
    setObjectName(QStringLiteral("fleetView"));
    m_proxy->setSourceModel(m_vms);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setAccessibleName(tr("Filter virtual machines"));
    m_filter->setPlaceholderText(tr("Filter by name, host, OS, device, driver or finding (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_info->setObjectName(QStringLiteral("filterInfo"));
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showAll->setObjectName(QStringLiteral("showAllConnections"));
    m_showAll->setVisible(false);
    connect(m_showAll, &QPushButton::clicked, this, &FleetView::allConnectionsRequested);

    // Before setModel(): the selection model, made there, moves the current index off a removed row in its own
    // handler, and this one must know first that the move is not the user's.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, &FleetView::onRowsAboutToBeRemoved);
    m_table->setObjectName(QStringLiteral("vmTable"));
    m_table->setAccessibleName(tr("Virtual machines"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    // The worst VMs first (issue 19 item 10); a saved header state replaces this.
    m_table->sortByColumn(VmListModel::Findings, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // One line of text or a small icon and a little air: the style's default (30 pixels in Fusion) showed 5 VMs at
    // 1024x700 (issue 19 item 9).
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    m_table->verticalHeader()->setMinimumSectionSize(1);
    m_table->verticalHeader()->setDefaultSectionSize(std::max(m_table->fontMetrics().height(), icon) + 6);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // What decides about a VM on the left, where a 1024-pixel screen shows it: name, host, state, findings and
    // the driver in charge, then the devices that explain them.
    const int order[] = {VmListModel::Name,     VmListModel::Host,           VmListModel::State,
                         VmListModel::Findings, VmListModel::Driver,         VmListModel::Os,
                         VmListModel::Flavour,  VmListModel::PlatformDevice, VmListModel::VendorDevice};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_resizing && logical == VmListModel::State)
            m_stateSizedByUser = true;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetView::onCurrentRowChanged);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        afterRowsChanged();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FleetView::afterRowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FleetView::afterRowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FleetView::afterRowsChanged);
    connect(m_vms, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) { growStateColumn(first.row(), last.row()); });
    setTabOrder(m_filter, m_table);

    auto filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_info);
    filterRow->addWidget(m_showAll);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
    updateInfo();
}

QStringList FleetView::selectedKeys() const
{
    QStringList keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(VmListModel::Name);
    for (const QModelIndex& row : rows)
        keys.append(row.data(VmListModel::KeyRole).toString());
    if (keys.isEmpty() && !m_currentKey.isEmpty())
        keys.append(m_currentKey);
    return keys;
}

bool FleetView::selectKey(const QString& key)
{
    const int sourceRow = m_vms->rowOf(key);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_vms->index(sourceRow, VmListModel::Name));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    return true;
}

bool FleetView::selectVm(const QString& name)
{
    for (int row = 0; row < m_vms->rowCount(); ++row)
        if (m_vms->row(row).name == name)
            return selectKey(m_vms->row(row).key);
    return false;
}

void FleetView::setConnection(const QString& uri, const QString& name)
{
    m_connectionName = uri.isEmpty() ? QString() : name;
    m_showAll->setVisible(!uri.isEmpty());
    m_proxy->setConnection(uri);
    afterRowsChanged();
}

void FleetView::clearCurrent()
{
    if (m_currentKey.isEmpty())
        return;
    m_currentKey.clear();
    m_reverting = true;
    m_table->selectionModel()->clear();
    m_reverting = false;
    emit currentChanged(QString());
    updateInfo();
}

void FleetView::fitColumns()
{
    m_resizing = true;
    ColumnFit::toContents(m_table);
    m_resizing = false;
    m_stateSizedByUser = false;
}

bool FleetView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_proxy->rowCount() > 0) {
            // Down from the filter enters the list, as in a file dialog (issue 19 item 12).
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_proxy->index(0, VmListModel::Name));
            return true;
        }
        if (key == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FleetView::onCurrentRowChanged(const QModelIndex& current, const QModelIndex& previous)
{
    if (m_reverting || m_holding)
        return;
    if (!current.isValid())
        return; // The details keep their VM; only its leaving the fleet clears them (afterRowsChanged).
    const QString key = current.data(VmListModel::KeyRole).toString();
    if (key == m_currentKey)
        return;
    // Moving to another VM must not silently drop unapplied edits of the one shown.
    if (m_guard && !m_guard(key)) {
        m_reverting = true;
        m_table->setCurrentIndex(previous);
        m_reverting = false;
        return;
    }
    m_currentKey = key;
    emit currentChanged(key);
    updateInfo();
}

void FleetView::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    const QModelIndex current = m_table->currentIndex();
    if (!parent.isValid() && current.isValid() && current.row() >= first && current.row() <= last)
        m_holding = true;
}

void FleetView::afterRowsChanged()
{
    if (m_holding) {
        // The filter or a refresh hid the VM being worked on: no neighbour takes its place (issue 19 item 12).
        m_holding = false;
        m_reverting = true;
        m_table->selectionModel()->clear();
        m_reverting = false;
    }
    if (!m_currentKey.isEmpty()) {
        const int sourceRow = m_vms->rowOf(m_currentKey);
        if (sourceRow < 0) {
            m_currentKey.clear();
            emit currentChanged(QString());
        } else if (!m_table->currentIndex().isValid()) {
            // Shown again: selected again.
            const QModelIndex index = m_proxy->mapFromSource(m_vms->index(sourceRow, VmListModel::Name));
            if (index.isValid()) {
                m_reverting = true;
                m_table->setCurrentIndex(index);
                m_reverting = false;
            }
        }
    }
    updateInfo();
}

QString FleetView::filterInfo() const
{
    return m_info->text();
}

void FleetView::updateInfo()
{
    int total = m_vms->rowCount();
    if (!m_proxy->connection().isEmpty()) {
        const QString prefix = m_proxy->connection() + QLatin1Char('/');
        total = 0;
        for (int row = 0; row < m_vms->rowCount(); ++row)
            total += m_vms->row(row).key.startsWith(prefix) ? 1 : 0;
    }
    const int shown = m_proxy->rowCount();
    QStringList parts;
    if (shown == 0 && !m_filter->text().isEmpty())
        parts << tr("No VM matches “%1”: Esc clears the filter.").arg(m_filter->text());
    else if (shown == total)
        parts << tr("%n VM(s)", nullptr, total);
    else
        parts << tr("%1 of %n VM(s)", nullptr, total).arg(shown);
    if (!m_connectionName.isEmpty())
        parts << tr("on %1 only").arg(m_connectionName);
    const int currentRow = m_currentKey.isEmpty() ? -1 : m_vms->rowOf(m_currentKey);
    if (currentRow >= 0 && !m_table->currentIndex().isValid())
        parts << tr("%1, shown below, is hidden by the filter").arg(m_vms->row(currentRow).name);
    m_info->setText(parts.join(QStringLiteral(" · ")));
}

void FleetView::growStateColumn(int firstRow, int lastRow)
{
    if (m_stateSizedByUser || m_table->isColumnHidden(VmListModel::State) || lastRow - firstRow >= kStateRowsMeasured)
        return;
    // A state that grows ("running · changes pending · migration 2/4 by …") must not be cut to "ru…" (item 7).
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margin = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    int needed = 0;
    for (int row = firstRow; row <= lastRow; ++row)
        needed = std::max(needed, metrics.horizontalAdvance(m_vms->index(row, VmListModel::State).data().toString()));
    needed += margin;
    if (needed <= m_table->columnWidth(VmListModel::State))
        return;
    m_resizing = true;
    m_table->setColumnWidth(VmListModel::State, needed);
    m_resizing = false;
}
