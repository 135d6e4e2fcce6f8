// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BulkChangeDialog.h"

#include "ChangeEditor.h"
#include "Logging.h"
#include "SeverityDelegate.h"
#include "model/core/MetadataCodec.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/PushJob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QString blacklistChange(const BlacklistItem& item)
{
    QString text =
        QStringLiteral("blacklist+=%1:%2").arg(MetadataCodec::productName(item.product)).arg(item.firstBuild);
    if (item.lastBuild != item.firstBuild)
        text += QLatin1Char('-') + QString::number(item.lastBuild);
    return text;
}

} // namespace

BulkChangeDialog::BulkChangeDialog(Fleet* fleet, const QStringList& vmKeys, QWidget* parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_keys(vmKeys)
    , m_editor(new ChangeEditor(this))
    , m_model(new BulkPreviewModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_result(new QLabel(this))
    , m_blacklistSource(new QComboBox(this))
    , m_copyBlacklist(new QPushButton(tr("Add its blacklist &entries"), this))
    , m_review(new QPushButton(tr("&Review and apply…"), this))
    , m_confirmer([](QWidget* p, const QString& question) {
        return QMessageBox::question(p, tr("Bulk change"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("bulkChangeDialog"));
    setWindowTitle(tr("Bulk change on %n VM(s)", nullptr, int(vmKeys.size())));
    m_table->setObjectName(QStringLiteral("bulkTable"));
    m_table->setAccessibleName(tr("Selected VMs and what the change does to each"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SeverityDelegate(BulkPreviewModel::SeverityRole, BulkPreviewModel::NewErrorRole,
                                                  BulkPreviewModel::NewFindings, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("bulkReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setText(tr("The connection is read-only: the change can be previewed, not applied. Reconnect "
                           "read-write to apply it."));
    m_result->setObjectName(QStringLiteral("bulkResult"));
    m_result->setWordWrap(true);
    m_result->setVisible(false);
    m_blacklistSource->setObjectName(QStringLiteral("bulkBlacklistSource"));
    m_blacklistSource->setAccessibleName(tr("VM whose blacklist to use as a template"));
    m_copyBlacklist->setObjectName(QStringLiteral("bulkCopyBlacklist"));
    m_copyBlacklist->setAccessibleName(tr("Add the template VM's blacklist entries to the changes"));
    m_copyBlacklist->setAutoDefault(false);
    m_review->setObjectName(QStringLiteral("bulkReview"));
    m_review->setAccessibleName(tr("Review the diffs and apply"));
    m_review->setAutoDefault(false);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("bulkClose"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkChangeDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &BulkChangeDialog::review);
    connect(m_copyBlacklist, &QPushButton::clicked, this, &BulkChangeDialog::copyBlacklist);
    connect(m_editor, &ChangeEditor::changesChanged, this, [this] {
        m_unapplied = !m_editor->changes().isEmpty();
        recompute();
    });

    auto templateRow = new QHBoxLayout;
    auto templateLabel = new QLabel(tr("Blacklist &template from:"), this);
    templateLabel->setBuddy(m_blacklistSource);
    templateRow->addWidget(templateLabel);
    templateRow->addWidget(m_blacklistSource, 1);
    templateRow->addWidget(m_copyBlacklist);
    auto top = new QWidget(this);
    auto topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor, 1);
    topLayout->addLayout(templateRow);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    fillBlacklistSources();
    recompute();
    resize(QSettings().value(QStringLiteral("bulkChangeDialog/size"), QSize(960, 720)).toSize());
}

BulkChangeDialog::~BulkChangeDialog()
{
    QSettings().setValue(QStringLiteral("bulkChangeDialog/size"), size());
}

void BulkChangeDialog::recompute()
{
    // The fleet's records, not a copy taken at opening: after a run or a refresh the preview must start from
    // what libvirt holds now, or every define would be refused as a conflict.
    QList<VmRecord> records;
    m_missing.clear();
    for (const QString& key : std::as_const(m_keys)) {
        if (const VmRecord* record = m_fleet->record(key))
            records.append(*record);
        else
            m_missing.append(key);
    }
    m_model->setEntries(BulkPreview::compute(m_fleet->uri(), m_fleet->engine(), records, m_editor->changes()));
    m_table->resizeColumnsToContents();
    // Long refusals and finding lists are in the tooltips; the result column must stay in view.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (const int column : {BulkPreviewModel::Eligibility, BulkPreviewModel::NewFindings})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    m_result->setVisible(false);
    updateSummary();
}

void BulkChangeDialog::updateSummary()
{
    const QList<BulkPreviewEntry>& entries = m_model->entries();
    int changing = 0;
    int refused = 0;
    int newErrors = 0;
    for (const BulkPreviewEntry& e : entries) {
        changing += e.item.hasChanges() ? 1 : 0;
        refused += e.item.canWrite() ? 0 : 1;
        newErrors += e.hasNewError() ? 1 : 0;
    }
    QString text;
    if (m_editor->changes().isEmpty()) {
        text = tr("Compose a change and add it to the list: each VM's eligibility and prediction follow.");
    } else {
        text = tr("%n VM(s) change", nullptr, changing) + QStringLiteral("; ") +
               tr("%n take(s) no change", nullptr, int(entries.size()) - changing - refused) + QStringLiteral("; ") +
               tr("%n cannot take it", nullptr, refused) + QLatin1Char('.');
        if (newErrors > 0)
            text += QLatin1Char(' ') + tr("%n would get a new error finding (highlighted).", nullptr, newErrors);
    }
    if (!m_missing.isEmpty())
        text += QLatin1Char(' ') + tr("%n selected VM(s) no longer listed, skipped.", nullptr, int(m_missing.size()));
    m_summary->setText(text);
    const bool readOnly = m_fleet->isReadOnly() || !m_fleet->connection();
    m_readOnly->setVisible(readOnly);
    m_review->setEnabled(!readOnly && changing > 0 && !(m_push && m_push->job() && m_push->job()->isRunning()));
    m_review->setToolTip(readOnly        ? m_readOnly->text()
                         : changing == 0 ? tr("No selected VM would change.")
                                         : QString());
}

QString BulkChangeDialog::newErrorQuestion() const
{
    const QStringList sentences = BulkPreview::newErrorSentences(m_model->entries());
    if (sentences.isEmpty())
        return {};
    return tr("This change gives VMs a new error finding at their next boot:\n%1\n\nReview and apply it anyway?")
        .arg(sentences.join(QLatin1Char('\n')));
}

void BulkChangeDialog::review()
{
    recompute();
    if (!m_review->isEnabled())
        return;
    const QString question = newErrorQuestion();
    if (!question.isEmpty() && !m_confirmer(this, question))
        return;
    if (m_push)
        m_push->close();
    const QList<BulkPreviewEntry>& entries = m_model->entries();
    auto push = new PushDialog(tr("Bulk change: %1").arg(m_editor->changeTexts().join(QStringLiteral(", "))),
                               m_fleet->connection(), BulkPreview::items(entries), this);
    push->setAttribute(Qt::WA_DeleteOnClose);
    push->setConfirmer(m_confirmer);
    connect(push, &PushDialog::itemFinished, this, [this](int, const PushResult& result) {
        m_model->setResult(result.item.uuid, result);
        updateSummary();
    });
    connect(push, &PushDialog::runFinished, this, &BulkChangeDialog::onRunFinished);
    m_push = push;
    qCInfo(lcUi) << "bulk review:" << entries.size() << "VMs," << m_editor->changes().size() << "changes";
    push->open();
}

void BulkChangeDialog::onRunFinished()
{
    const PushJob* job = m_push ? m_push->job() : nullptr;
    if (!job)
        return;
    QStringList parts;
    for (const PushResult::Status status :
         {PushResult::Status::Verified, PushResult::Status::NotKept, PushResult::Status::Unchanged,
          PushResult::Status::Refused, PushResult::Status::Conflict, PushResult::Status::ReadOnly,
          PushResult::Status::Failed, PushResult::Status::Cancelled})
        if (const int count = job->count(status); count > 0)
            parts << QStringLiteral("%1 × %2").arg(count).arg(PushItemText::status(status));
    m_result->setText(tr("Last run: %1.").arg(parts.join(QStringLiteral("; "))));
    m_result->setVisible(true);
    m_unapplied = false;
    updateSummary();
    emit runFinished();
}

void BulkChangeDialog::reject()
{
    if (m_unapplied && !m_editor->changes().isEmpty() &&
        !m_confirmer(this, tr("Close without applying? The %n composed change(s) are discarded and no VM is changed.",
                              nullptr, int(m_editor->changes().size()))))
        return;
    QDialog::reject();
}

void BulkChangeDialog::fillBlacklistSources()
{
    for (const QString& key : std::as_const(m_keys)) {
        const VmRecord* record = m_fleet->record(key);
        if (record && !record->config.blacklist.isEmpty())
            m_blacklistSource->addItem(
                tr("%1 (%n entry/entries)", nullptr, int(record->config.blacklist.size())).arg(record->config.name),
                key);
    }
    const bool any = m_blacklistSource->count() > 0;
    m_blacklistSource->setEnabled(any);
    m_copyBlacklist->setEnabled(any);
    if (!any)
        m_blacklistSource->setPlaceholderText(tr("no selected VM has blacklist entries"));
}

void BulkChangeDialog::copyBlacklist()
{
    const VmRecord* record = m_fleet->record(m_blacklistSource->currentData().toString());
    if (!record)
        return;
    for (const BlacklistItem& item : record->config.blacklist)
        m_editor->addChange(blacklistChange(item));
}
