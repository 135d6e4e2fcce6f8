// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetWhatIfDialog.h"

#include "ChangeEditor.h"
#include "ColumnFit.h"
#include "ScreenFit.h"
#include "WhatIfSelection.h"
#include "WhereField.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/WhatIfModel.h"
#include "model/fleet/WhatIfProxyModel.h"
#include "model/fleet/WhatIfRun.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

/// The pause between showing the rows and updating the rest: long enough for a paint and a key press in between,
/// too short to notice.
constexpr int kSecondPartMs = 20;

} // namespace

FleetWhatIfDialog::FleetWhatIfDialog(ConnectionListModel* connections, QWidget* parent)
    : QDialog(parent)
    , m_connections(connections)
    , m_editor(new ChangeEditor(this))
    , m_where(new WhereField(this))
    , m_model(new WhatIfModel(this))
    , m_proxy(new WhatIfProxyModel(m_model, this))
    , m_table(new QTableView(this))
    , m_bars(new QBarSet(tr("VMs")))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_run(new QPushButton(tr("&Preview on the Fleet"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_showAll(new QPushButton(tr("Sho&w All VMs"), this))
    , m_apply(new QPushButton(tr("Apply to the VMs in This Out&come…"), this))
{
    setObjectName(QStringLiteral("fleetWhatIfDialog"));
    setWindowTitle(tr("Fleet what-if"));
    m_run->setObjectName(QStringLiteral("whatIfRun"));
    m_stop->setObjectName(QStringLiteral("whatIfStop"));
    m_showAll->setObjectName(QStringLiteral("whatIfShowAll"));
    m_apply->setObjectName(QStringLiteral("whatIfApplyClass"));
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Compose a change and preview it on every VM of every connection. Nothing is written."));
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    // Hidden between runs without giving its room to the buttons.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_progress->setVisible(false);

    m_table->setObjectName(QStringLiteral("whatIfTable"));
    m_table->setAccessibleName(tr("VMs and what the change does to each"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WhatIfModel::Class, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    ColumnFit::toContents(m_table); // the headers, before any row

    // One horizontal bar per class, so that each class's name is read whole beside it; a click shows its VMs.
    QStringList categories;
    for (int c = 0; c < WhatIfOutcome::kClassCount; ++c) {
        categories << FleetWhatIf::text(WhatIfOutcome::Class(c));
        *m_bars << 0;
    }
    auto series = new QHorizontalBarSeries;
    series->append(m_bars);
    series->setLabelsVisible(true);
    auto chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    auto axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignLeft);
    series->attachAxis(axisX);
    m_axisY = new QValueAxis;
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 1);
    m_axisY->setTickCount(2);
    chart->addAxis(m_axisY, Qt::AlignBottom);
    series->attachAxis(m_axisY);
    auto chartView = new QChartView(chart, this);
    chartView->setObjectName(QStringLiteral("whatIfChart"));
    chartView->setAccessibleName(tr("VMs per outcome"));
    chartView->setRenderHint(QPainter::Antialiasing);
    // Five bands of one line each, with room for the labels: smaller, Qt Charts elides the class names to "…".
    chartView->setMinimumHeight(5 * 2 * fontMetrics().height() + 70);
    chart->setMargins(QMargins(4, 4, 4, 4));
    connect(m_bars, &QBarSet::clicked, this, [this](int index) { showClass(WhatIfOutcome::Class(index)); });

    connect(m_run, &QPushButton::clicked, this, &FleetWhatIfDialog::run);
    connect(m_stop, &QPushButton::clicked, this, &FleetWhatIfDialog::stop);
    connect(m_showAll, &QPushButton::clicked, this, [this] { showClass(std::nullopt); });
    connect(m_apply, &QPushButton::clicked, this, &FleetWhatIfDialog::requestApply);
    connect(m_editor, &ChangeEditor::changesChanged, this, &FleetWhatIfDialog::updateButtons);
    connect(m_where, &WhereField::changed, this, &FleetWhatIfDialog::updateButtons);

    auto runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress, 1);
    auto resultRow = new QHBoxLayout;
    resultRow->addWidget(m_summary, 1);
    resultRow->addWidget(m_showAll);
    resultRow->addWidget(m_apply);
    auto results = new QWidget(this);
    auto resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(chartView, 1);
    resultsLayout->addLayout(resultRow);
    resultsLayout->addWidget(m_table, 1);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({150, 570});
    // Neither side below its minimum: squeezed, the chart's bands grew too thin and Qt Charts elided every class
    // name to "…" (seen at 1024x700 in en, de and ja).
    splitter->setChildrenCollapsible(false);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_where);
    layout->addLayout(runRow);
    layout->addWidget(buttons);
    resize(ScreenFit::bounded(this, QSize(980, 720)));
    updateButtons();
}

FleetWhatIfDialog::~FleetWhatIfDialog()
{
    stop();
}

void FleetWhatIfDialog::run()
{
    const auto where = m_where->clauses();
    if (m_current || m_editor->changes().isEmpty() || !where)
        return;
    m_ranChanges = m_editor->changeTexts();
    m_current = new WhatIfRun(m_connections->engine(), *m_connections, *where, {m_editor->changes()}, this);
    connect(m_current, &WhatIfRun::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_current, &WhatIfRun::finished, this, &FleetWhatIfDialog::onFinished);
    m_progress->setVisible(true);
    m_summary->setText(tr("Previewing the change on %n VM(s)…", nullptr, m_current->total()));
    m_current->start();
    updateButtons();
}

void FleetWhatIfDialog::stop()
{
    if (m_current)
        m_current->stop();
}

void FleetWhatIfDialog::onFinished(const QList<WhatIfOutcome>& outcomes, const QStringList& uris, bool stopped)
{
    if (m_current) {
        m_current->deleteLater();
        m_current = nullptr;
    }
    m_progress->setVisible(false);
    m_model->setOutcomes(outcomes, uris);
    m_counts = FleetWhatIf::count(outcomes);
    // The columns, the chart and the summary a moment later, after the table has painted and input has had its
    // turn: with the rows of 10,000 VMs merged first, doing it all at once held the GUI thread over 50 ms
    // (docs/performance.md, "Fleet what-if").
    QTimer::singleShot(kSecondPartMs, this, [this, stopped] { showResult(stopped); });
}

void FleetWhatIfDialog::showResult(bool stopped)
{
    ColumnFit::toContents(m_table);
    for (int c = 0; c < WhatIfOutcome::kClassCount; ++c)
        m_bars->replace(c, m_counts.perClass[std::size_t(c)]);
    // Whole VMs on the axis: as many ticks as fit between 0 and the highest count, at most six.
    const int highest = std::max(1, *std::max_element(m_counts.perClass.cbegin(), m_counts.perClass.cend()));
    int step = 1;
    while (highest / step > 5)
        step *= highest / step > 25 ? 5 : 2;
    const int top = (highest + step - 1) / step * step;
    m_axisY->setRange(0, top);
    m_axisY->setTickCount(top / step + 1);
    QString text = stopped ? tr("Stopped: %n VM(s) previewed; nothing was written.", nullptr, m_counts.total())
                           : tr("%n VM(s) previewed; nothing was written.", nullptr, m_counts.total());
    if (m_counts.uncertain() > 0)
        text += QLatin1Char(' ') + tr("%n of them rest on uncertain facts (marked).", nullptr, m_counts.uncertain());
    m_summary->setText(text);
    updateButtons();
    emit finished();
}

void FleetWhatIfDialog::showClass(std::optional<WhatIfOutcome::Class> cls)
{
    m_filter = cls;
    m_proxy->setClassFilter(cls);
    updateButtons();
}

void FleetWhatIfDialog::updateButtons()
{
    const bool running = m_current != nullptr;
    m_run->setEnabled(!running && !m_editor->changes().isEmpty() && m_where->clauses());
    m_stop->setEnabled(running);
    m_showAll->setVisible(m_filter.has_value());
    // The bulk push runs per connection: the class's VMs must share one, and something must change for them.
    const bool changes = m_filter && *m_filter != WhatIfOutcome::Class::Unchanged;
    // Only where Apply could be offered: a walk over every row of a 10,000-VM result costs the GUI thread.
    const bool oneConnection = changes && !WhatIfSelection::commonConnection(*m_proxy, *m_model).isEmpty();
    m_apply->setEnabled(!running && oneConnection && changes && !m_ranChanges.isEmpty());
    m_apply->setToolTip(!m_filter        ? tr("Click a bar to pick the VMs of one outcome first.")
                        : !changes       ? tr("The change does nothing to these VMs.")
                        : !oneConnection ? tr("These VMs are on several connections: a bulk change runs on one.")
                                         : QString());
}

void FleetWhatIfDialog::requestApply()
{
    const QStringList keys = WhatIfSelection::keys(*m_proxy);
    Fleet* fleet = WhatIfSelection::fleetOf(*m_connections, WhatIfSelection::commonConnection(*m_proxy, *m_model));
    if (fleet && !keys.isEmpty())
        emit applyRequested(fleet, keys, m_ranChanges);
}
