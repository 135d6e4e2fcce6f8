// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "StrategiesDialog.h"

#include "ColumnFit.h"
#include "ScreenFit.h"
#include "WhatIfSelection.h"
#include "WhereField.h"
#include "model/binding/BindingEngine.h"
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/StrategyTableModel.h"
#include "model/fleet/WhatIfModel.h"
#include "model/fleet/WhatIfProxyModel.h"
#include "model/fleet/WhatIfRun.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView* readOnlyTable(const QString& name, QWidget* parent)
{
    auto view = new QTableView(parent);
    view->setObjectName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

} // namespace

StrategiesDialog::StrategiesDialog(ConnectionListModel* connections, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_tableModel(nullptr)
    , m_table(readOnlyTable(QStringLiteral("strategyTable"), this))
    , m_where(new WhereField(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_vms(new WhatIfModel(this))
    , m_proxy(new WhatIfProxyModel(m_vms, this))
    , m_vmTable(readOnlyTable(QStringLiteral("strategyVmTable"), this))
    , m_progress(new QProgressBar(this))
    , m_run(new QPushButton(tr("&Run Again"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_apply(new QPushButton(tr("&Apply to These VMs…"), this))
{
    setObjectName(QStringLiteral("strategiesDialog"));
    setWindowTitle(tr("Fleet strategies"));
    // The user's imported INFs are part of the console's catalogue: the strategies are evaluated against it.
    m_set.load(DataPaths::dataDirectory() + QStringLiteral("/strategies"), connections->engine().catalogue());
    m_engine = std::make_unique<BindingEngine>(m_set.catalogue());
    m_tableModel = new StrategyTableModel(m_set.strategies(), this);

    m_run->setObjectName(QStringLiteral("strategiesRun"));
    m_stop->setObjectName(QStringLiteral("strategiesStop"));
    m_apply->setObjectName(QStringLiteral("strategiesApply"));
    m_summary->setObjectName(QStringLiteral("strategiesSummary"));
    m_details->setObjectName(QStringLiteral("strategiesDetails"));
    m_progress->setObjectName(QStringLiteral("strategiesProgress"));
    m_summary->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Hidden between runs without giving its room to the buttons.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->setVisible(false);
    m_summary->setText(m_set.strategies().isEmpty()
                           ? tr("The strategies could not be read: %1").arg(m_set.errorString())
                           : tr("Each column is one option of the 2013 debate on how new Windows PV drivers reach Xen "
                                "VMs, or what shipped, previewed on every VM of every connection. Nothing is "
                                "written. Click a count to list its VMs."));

    m_table->setAccessibleName(tr("VMs per strategy and outcome"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As tall as its five rows: the VMs below get the rest.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            showCell(index.column(), StrategyTableModel::classAt(index.row()));
    });

    m_vmTable->setAccessibleName(tr("The VMs of the chosen strategy and outcome"));
    m_vmTable->setModel(m_proxy);
    m_vmTable->setSortingEnabled(true);
    m_vmTable->sortByColumn(WhatIfModel::Name, Qt::AscendingOrder);
    m_vmTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vmTable->verticalHeader()->hide();
    m_vmTable->horizontalHeader()->setStretchLastSection(true);
    m_vmTable->hideColumn(WhatIfModel::Class); // the cell says it
    ColumnFit::toContents(m_vmTable);

    connect(m_run, &QPushButton::clicked, this, &StrategiesDialog::run);
    connect(m_stop, &QPushButton::clicked, this, &StrategiesDialog::stop);
    connect(m_apply, &QPushButton::clicked, this, &StrategiesDialog::requestApply);
    connect(m_where, &WhereField::changed, this, &StrategiesDialog::updateButtons);

    auto top = new QWidget(this);
    auto topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_where);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_table);
    auto bottom = new QWidget(this);
    auto bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto cellRow = new QHBoxLayout;
    cellRow->addWidget(m_details, 1);
    cellRow->addWidget(m_apply, 0, Qt::AlignTop);
    bottomLayout->addLayout(cellRow);
    bottomLayout->addWidget(m_vmTable, 1);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 1);
    auto runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress, 1);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(runRow);
    layout->addWidget(buttons);
    resize(ScreenFit::bounded(this, QSize(1000, 720)));
    updateButtons();
}

StrategiesDialog::~StrategiesDialog()
{
    stop();
}

bool StrategiesDialog::isRunning() const
{
    return m_current != nullptr;
}

void StrategiesDialog::run()
{
    const auto where = m_where->clauses();
    if (m_current || m_set.strategies().isEmpty() || !where)
        return;
    QList<QList<ConfigChange>> sets;
    for (const Strategy& s : m_set.strategies())
        sets << s.changes;
    m_current = new WhatIfRun(*m_engine, *m_connections, *where, sets, this);
    connect(m_current, &WhatIfRun::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_current, &WhatIfRun::setsFinished, this, &StrategiesDialog::onFinished);
    m_progress->setVisible(true);
    m_summary->setText(tr("Previewing %n strategies on %1 VM(s)…", nullptr, int(sets.size())).arg(m_current->total()));
    m_current->start();
    updateButtons();
}

void StrategiesDialog::stop()
{
    if (m_current)
        m_current->stop();
}

void StrategiesDialog::onFinished(const QList<QList<WhatIfOutcome>>& perStrategy, const QStringList& uris, bool stopped)
{
    if (m_current) {
        m_current->deleteLater();
        m_current = nullptr;
    }
    m_progress->setVisible(false);
    m_result = perStrategy;
    m_uris = uris;
    m_tableModel->setOutcomes(perStrategy);
    const int vms = int(uris.size());
    int marked = 0;
    for (int column = 0; column < m_tableModel->columnCount(); ++column)
        marked = std::max(marked, m_tableModel->counts(column).uncertain());
    QString text = stopped ? tr("Stopped: %n VM(s) previewed with each strategy; nothing was written.", nullptr, vms)
                           : tr("%n VM(s) previewed with each strategy; nothing was written.", nullptr, vms);
    if (marked > 0)
        text += QLatin1Char(' ') + tr("“(N?)”: N of the cell's VMs rest on uncertain facts; each counts in its class.");
    m_summary->setText(text);
    if (m_strategy >= 0 && m_class)
        showCell(m_strategy, *m_class);
    updateButtons();
    emit finished();
}

void StrategiesDialog::showCell(int strategy, WhatIfOutcome::Class cls)
{
    if (strategy < 0 || strategy >= m_set.strategies().size())
        return;
    m_strategy = strategy;
    m_class = cls;
    const Strategy& s = m_set.strategies().at(strategy);
    m_vms->setOutcomes(m_result.value(strategy), m_result.value(strategy).isEmpty() ? QStringList() : m_uris);
    m_proxy->setClassFilter(cls);
    ColumnFit::toContents(m_vmTable);
    QString details = QStringLiteral("<b>%1</b> – %2")
                          .arg(StrategySet::title(s).toHtmlEscaped(), FleetWhatIf::text(cls).toHtmlEscaped());
    details += QStringLiteral("<br>") + StrategySet::summary(s).toHtmlEscaped();
    if (!s.changes.isEmpty())
        details += QStringLiteral("<br><tt>%1</tt>").arg(s.changeTexts().join(QStringLiteral("  ")).toHtmlEscaped());
    m_details->setText(details);
    const QModelIndex cell = m_tableModel->index(StrategyTableModel::rowOf(cls), strategy);
    if (m_table->currentIndex() != cell)
        m_table->setCurrentIndex(cell);
    updateButtons();
}

void StrategiesDialog::updateButtons()
{
    const bool running = m_current != nullptr;
    m_run->setEnabled(!running && !m_set.strategies().isEmpty() && m_where->clauses());
    m_stop->setEnabled(running);
    const Strategy* s = m_strategy >= 0 ? &m_set.strategies().at(m_strategy) : nullptr;
    const bool writable = s && !s->writableChangeTexts().isEmpty();
    const bool changes = m_class && *m_class != WhatIfOutcome::Class::Unchanged;
    // Only where Apply could be offered: a walk over every row of a 10,000-VM result costs the GUI thread.
    const bool oneConnection = writable && changes && !WhatIfSelection::commonConnection(*m_proxy, *m_vms).isEmpty();
    m_apply->setEnabled(!running && writable && changes && oneConnection);
    m_apply->setToolTip(!s          ? tr("Click a count to pick the VMs of one strategy and outcome first.")
                        : !writable ? tr("This strategy only publishes packages on Windows Update: nothing can be "
                                         "written to the VMs.")
                        : !changes  ? tr("The strategy does nothing to these VMs.")
                        : !oneConnection
                            ? tr("These VMs are on several connections (or none): a bulk change runs on one.")
                            : tr("Opens the bulk change with this strategy's changes that can be written: %1")
                                  .arg(s->writableChangeTexts().join(QStringLiteral(", "))));
}

void StrategiesDialog::requestApply()
{
    if (m_strategy < 0)
        return;
    const QStringList keys = WhatIfSelection::keys(*m_proxy);
    Fleet* fleet = WhatIfSelection::fleetOf(*m_connections, WhatIfSelection::commonConnection(*m_proxy, *m_vms));
    const QStringList changes = m_set.strategies().at(m_strategy).writableChangeTexts();
    if (fleet && !keys.isEmpty() && !changes.isEmpty())
        emit applyRequested(fleet, keys, changes);
}
