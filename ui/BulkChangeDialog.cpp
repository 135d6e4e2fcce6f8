// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BulkChangeDialog.h"

#include "ChangeEditor.h"
#include "Logging.h"
#include "ScreenFit.h"
#include "SeverityDelegate.h"
#include "VmQueryBar.h"
#include "model/core/MetadataCodec.h"
#include "model/fleet/BulkPreviewModel.h"
#include "model/fleet/ConnectionListModel.h"
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
#include <QSet>
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
    , m_query(new VmQueryBar(fleet, this))
    , m_connection(new QLabel(this))
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
    m_connection->setObjectName(QStringLiteral("bulkConnection"));
    m_connection->setText(tr("VMs on %1").arg(ConnectionListModel::displayName(m_fleet->uri())));
    m_connection->setToolTip(tr("A bulk change works on the VMs of one connection: %1").arg(m_fleet->uri()));
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
        m_applied = false;
        m_readingBack = false;
        recompute();
    });
    connect(m_query, &VmQueryBar::picked, this, &BulkChangeDialog::pickVms);
    connect(m_fleet, &Fleet::refreshed, this, &BulkChangeDialog::onFleetRefreshed);

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
    auto bottom = new QWidget(this);
    auto bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_connection);
    bottomLayout->addWidget(m_query);
    bottomLayout->addWidget(m_table, 1);
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(1, 2);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    fillBlacklistSources();
    recompute();
    updateTitle();
    resize(
        ScreenFit::bounded(this, QSettings().value(QStringLiteral("bulkChangeDialog/size"), QSize(960, 720)).toSize()));
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
    fitColumns();
    m_result->setVisible(false);
    updateSummary();
}

void BulkChangeDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Long refusals and finding lists are in the tooltips; the result column must stay in view.
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (const int column : {BulkPreviewModel::Eligibility, BulkPreviewModel::NewFindings})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
}

void BulkChangeDialog::settle()
{
    // Each row from the record the fleet read back after the run, measured against the VM before it: what the
    // admin sees is what libvirt holds now, not what was planned. Results stay: they are this state's cause.
    const QList<ConfigChange> changes = m_editor->changes();
    QList<BulkPreviewEntry> entries;
    m_missing.clear();
    for (const BulkPreviewEntry& planned : m_model->entries()) {
        if (const VmRecord* now = m_fleet->record(planned.key))
            entries.append(BulkPreview::written(m_fleet->uri(), planned, *now, changes));
        else
            m_missing.append(planned.key);
    }
    m_model->setEntries(entries, BulkPreviewModel::Results::Keep);
    m_readingBack = false;
    fitColumns();
    updateSummary();
    emit settled();
}

void BulkChangeDialog::onFleetRefreshed()
{
    m_query->refresh();
    // A run in flight writes against the records it was reviewed on; its end reads them back.
    if (isRunning())
        return;
    if (m_applied)
        settle();
    else
        recompute();
}

bool BulkChangeDialog::isRunning() const
{
    return m_push && m_push->job() && m_push->job()->isRunning();
}

void BulkChangeDialog::pickVms(const QStringList& keys, bool replace)
{
    QStringList next = replace ? QStringList() : m_keys;
    for (const QString& key : keys)
        if (!next.contains(key))
            next.append(key);
    if (next == m_keys)
        return;
    const QStringList before = m_keys;
    m_keys = next;
    qCInfo(lcUi) << "bulk pick:" << keys.size() << "VMs," << (replace ? "replacing" : "extending") << "the list of"
                 << before.size();
    if (m_applied) {
        // Other VMs make another change to review: every row goes back to a preview.
        m_applied = false;
        m_readingBack = false;
        recompute();
    } else {
        // Only the VMs that come or go are touched: the rows that stay keep their preview and their place.
        const QSet<QString> keep(m_keys.cbegin(), m_keys.cend());
        QStringList gone;
        for (const QString& key : before)
            if (!keep.contains(key))
                gone << key;
        m_model->removeKeys(gone);
        QList<VmRecord> added;
        m_missing.clear();
        for (const QString& key : std::as_const(m_keys)) {
            const VmRecord* record = m_fleet->record(key);
            if (!record)
                m_missing.append(key);
            else if (m_model->rowOf(key) < 0)
                added.append(*record);
        }
        m_model->appendEntries(BulkPreview::compute(m_fleet->uri(), m_fleet->engine(), added, m_editor->changes()));
        fitColumns();
        updateSummary();
    }
    fillBlacklistSources();
    updateTitle();
}

void BulkChangeDialog::updateTitle()
{
    setWindowTitle(tr("Bulk change on %n VM(s) of %1", nullptr, m_model->rowCount())
                       .arg(ConnectionListModel::displayName(m_fleet->uri())));
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
    } else if (m_applied) {
        text = m_readingBack
                   ? tr("Applied; reading the VMs back…")
                   : tr("Applied: each VM as its connection holds it now, with its result.") + QLatin1Char(' ') +
                         tr("%n VM(s) still differ from the change", nullptr, changing) + QLatin1Char('.');
        if (!m_readingBack && newErrors > 0)
            text += QLatin1Char(' ') + tr("%n got a new error finding (highlighted).", nullptr, newErrors);
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
    // After a run only what is still left to write (a VM that failed, changed meanwhile or was not reached) can be
    // reviewed again; the VMs that took the change have nothing left.
    const bool waiting = isRunning() || m_readingBack;
    m_review->setEnabled(!readOnly && !waiting && changing > 0);
    m_review->setToolTip(readOnly            ? m_readOnly->text()
                         : isRunning()       ? tr("The change is being applied.")
                         : m_readingBack     ? tr("Applied: reading the VMs back.")
                         : changing > 0      ? QString()
                         : m_applied         ? tr("Applied: compose another change or pick other VMs to review it.")
                         : entries.isEmpty() ? tr("No VM is selected: pick VMs to change.")
                                             : tr("No selected VM would change."));
}

QString BulkChangeDialog::newErrorQuestion() const
{
    const QString findings = BulkPreview::newFindingsText(m_model->entries());
    if (findings.isEmpty())
        return {};
    return tr("This change gives VMs new findings at their next boot.\n%1\n\nReview and apply it anyway?")
        .arg(findings);
}

void BulkChangeDialog::review()
{
    if (isRunning() || m_readingBack)
        return;
    m_applied = false;
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
    // The diff dialog has no place for the new findings yet: its write confirmation, the last word before
    // anything is written, names them again.
    const QString findings = BulkPreview::newFindingsText(entries);
    push->setConfirmer([confirmer = m_confirmer, findings](QWidget* parent, const QString& write) {
        return confirmer(parent, findings.isEmpty() ? write : write + QStringLiteral("\n\n") + findings);
    });
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
    m_applied = true;
    // The grid must show what was written, not what was planned: the fleet reads every VM back, and the answer
    // (refreshed()) settles the rows. Without an open connection there is nothing newer to read.
    m_readingBack = m_fleet->state() == LibvirtConnection::State::Open;
    if (m_readingBack) {
        updateSummary();
        m_fleet->refresh();
    } else {
        settle();
    }
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
    const QString current = m_blacklistSource->currentData().toString();
    m_blacklistSource->clear();
    for (const QString& key : std::as_const(m_keys)) {
        const VmRecord* record = m_fleet->record(key);
        if (record && !record->config.blacklist.isEmpty())
            m_blacklistSource->addItem(
                tr("%1 (%n entry/entries)", nullptr, int(record->config.blacklist.size())).arg(record->config.name),
                key);
    }
    if (const int index = m_blacklistSource->findData(current); index >= 0)
        m_blacklistSource->setCurrentIndex(index);
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
