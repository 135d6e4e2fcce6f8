// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PushDialog.h"

#include "DiffView.h"
#include "Logging.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/PushJob.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PushDialog::PushDialog(const QString& title, LibvirtConnection* connection, QList<PushItem> items, QWidget* parent)
    : QDialog(parent)
    , m_model(new PushItemModel(std::move(items), this))
    , m_connection(connection)
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_diff(new DiffView(this))
    , m_realization(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_apply(m_buttons->addButton(tr("&Apply to libvirt"), QDialogButtonBox::AcceptRole))
    , m_confirmer([](QWidget* p, const QString& question) {
        return QMessageBox::question(p, tr("Write to libvirt"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(title);
    m_summary->setObjectName(QStringLiteral("pushSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("pushTable"));
    m_table->setAccessibleName(tr("VMs of this change"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_diff->setObjectName(QStringLiteral("pushDiff"));
    m_diff->setAccessibleName(tr("Domain XML diff"));
    m_realization->setObjectName(QStringLiteral("pushRealization"));
    m_realization->setAccessibleName(tr("What else the change needs"));
    m_realization->setReadOnly(true);
    m_realization->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_progress->setObjectName(QStringLiteral("pushProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, int(m_model->items().size()));
    m_progress->setVisible(false);
    m_apply->setObjectName(QStringLiteral("pushApply"));
    m_apply->setEnabled(m_model->writableCount() > 0 && m_connection && !m_connection->isReadOnly());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pushCancel"));
    connect(m_apply, &QPushButton::clicked, this, &PushDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_realization);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PushDialog::showCurrent);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateSummary();
    resize(QSettings().value(QStringLiteral("pushDialog/size"), QSize(900, 640)).toSize());
}

PushDialog::~PushDialog()
{
    QSettings().setValue(QStringLiteral("pushDialog/size"), size());
}

QString PushDialog::confirmationQuestion() const
{
    const int writable = m_model->writableCount();
    const int running = m_model->runningWritableCount();
    QString question = tr("Write the new definition of %n VM(s) to %1?", nullptr, writable)
                           .arg(m_connection ? m_connection->uri() : QString());
    if (running > 0)
        question += QLatin1Char(' ') + tr("%n of them run: the change takes effect after each is powered off and "
                                          "started again.",
                                          nullptr, running);
    return question;
}

void PushDialog::apply()
{
    if (m_job || !m_apply->isEnabled() || !m_confirmer(this, confirmationQuestion()))
        return;
    m_job = new PushJob(m_connection, m_model->items(), this);
    connect(m_job, &PushJob::itemFinished, this, [this](int row, const PushResult& result) {
        m_model->setResult(row, result);
        emit itemFinished(row, result);
    });
    connect(m_job, &PushJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &PushJob::finished, this, &PushDialog::onFinished);
    m_apply->setEnabled(false);
    m_progress->setVisible(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Stop"));
    qCInfo(lcUi) << "push run started:" << m_model->writableCount() << "VMs";
    m_job->start();
}

void PushDialog::reject()
{
    // A run in flight is stopped, not abandoned: the VM being written still gets its result shown.
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void PushDialog::showCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0)
        return;
    const PushItem& item = m_model->item(row);
    m_diff->setDiff(item.diff, item.canWrite() ? tr("No change: the domain XML already holds this.")
                                               : PushItemText::eligibility(item));
    QStringList lines = PushItemText::realization(item);
    if (const std::optional<PushResult> result = m_model->result(row)) {
        lines.prepend(result->message);
        lines += result->problems;
    }
    m_realization->setPlainText(lines.join(QLatin1Char('\n')));
}

void PushDialog::updateSummary()
{
    const int total = int(m_model->items().size());
    const int writable = m_model->writableCount();
    QString text = tr("%n VM(s) change", nullptr, writable);
    if (total > writable)
        text += QStringLiteral("; ") + tr("%n take(s) no change or cannot take it", nullptr, total - writable);
    if (!m_connection || m_connection->isReadOnly())
        text += QStringLiteral(". ") + tr("The connection is read-only: nothing can be written.");
    else if (m_job && !m_job->isRunning())
        text = tr("Done: %1 verified, %2 changed meanwhile, %3 failed, %4 cancelled.")
                   .arg(m_job->count(PushResult::Status::Verified) + m_job->count(PushResult::Status::NotKept))
                   .arg(m_job->count(PushResult::Status::Conflict))
                   .arg(m_job->count(PushResult::Status::Failed) + m_job->count(PushResult::Status::ReadOnly))
                   .arg(m_job->count(PushResult::Status::Cancelled));
    m_summary->setText(text);
}

void PushDialog::onFinished()
{
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    updateSummary();
    showCurrent();
    emit runFinished();
}
