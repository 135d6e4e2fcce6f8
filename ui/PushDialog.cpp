// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PushDialog.h"

#include "DiffView.h"
#include "ErrorMessage.h"
#include "Logging.h"
#include "ScreenFit.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PlanHost.h"
#include "model/fleet/PushItemModel.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/PushJob.h"
#include "model/libvirt/LibvirtConnection.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
/// Beyond this many names the warning says how many more there are; the tooltip and the script list them all.
constexpr int kNamesShown = 30;
} // namespace

PushDialog::PushDialog(const QString& title, LibvirtConnection* connection, QList<PushItem> items, QWidget* parent)
    : QDialog(parent)
    , m_model(new PushItemModel(std::move(items), this))
    , m_connection(connection)
    , m_hostWideFrame(new QFrame(this))
    , m_hostWide(new QLabel(m_hostWideFrame))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_diff(new DiffView(this))
    , m_realization(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_planStatus(new QLabel(this))
    , m_apply(m_buttons->addButton(tr("&Apply to libvirt"), QDialogButtonBox::AcceptRole))
    , m_copyPlan(m_buttons->addButton(tr("C&opy Plan"), QDialogButtonBox::ActionRole))
    , m_exportPlan(m_buttons->addButton(tr("E&xport Plan…"), QDialogButtonBox::ActionRole))
    , m_confirmer([](QWidget* p, const QString& question) {
        return QMessageBox::question(p, tr("Write to libvirt"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    })
    , m_fileChooser([](QWidget* p, const QString& caption, const QString& suggested) {
        return QFileDialog::getSaveFileName(p, caption, suggested, tr("Shell scripts (*.sh);;All files (*)"));
    })
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(title);
    m_hostWideFrame->setObjectName(QStringLiteral("pushHostWideFrame"));
    m_hostWideFrame->setFrameShape(QFrame::StyledPanel);
    m_hostWide->setObjectName(QStringLiteral("pushHostWide"));
    m_hostWide->setWordWrap(true);
    m_hostWide->setTextFormat(Qt::PlainText);
    m_hostWide->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_hostWide->font();
    bold.setBold(true);
    m_hostWide->setFont(bold);
    auto icon = new QLabel(m_hostWideFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    auto hostWideRow = new QHBoxLayout(m_hostWideFrame);
    hostWideRow->addWidget(icon);
    hostWideRow->addWidget(m_hostWide, 1);
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
    m_planStatus->setObjectName(QStringLiteral("pushPlanStatus"));
    m_planStatus->setWordWrap(true);
    m_planStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_planStatus->setVisible(false);
    m_apply->setObjectName(QStringLiteral("pushApply"));
    m_apply->setEnabled(m_model->writableCount() > 0 && m_connection && !m_connection->isReadOnly());
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pushCancel"));
    const bool byHand = std::any_of(m_model->items().cbegin(), m_model->items().cend(),
                                    [](const PushItem& i) { return i.canWrite() && !i.plan.hostCommands.isEmpty(); });
    m_copyPlan->setObjectName(QStringLiteral("pushCopyPlan"));
    m_copyPlan->setToolTip(tr("Copy the commands to run by hand as shell scripts"));
    m_copyPlan->setEnabled(byHand);
    m_exportPlan->setObjectName(QStringLiteral("pushExportPlan"));
    m_exportPlan->setToolTip(tr("Save the commands to run by hand as shell scripts, one per host"));
    m_exportPlan->setEnabled(byHand);
    connect(m_copyPlan, &QPushButton::clicked, this, &PushDialog::copyPlan);
    connect(m_exportPlan, &QPushButton::clicked, this, &PushDialog::exportPlan);
    connect(m_apply, &QPushButton::clicked, this, &PushDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);

    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);
    auto layout = new QVBoxLayout(this);
    // First, before the table and Apply: what reaches VMs beyond this change.
    layout->addWidget(m_hostWideFrame);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_realization);
    layout->addWidget(m_progress);
    layout->addWidget(m_planStatus);
    layout->addWidget(m_buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PushDialog::showCurrent);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    updateSummary();
    // Callers holding only the connection (the bulk change dialog) get the host's VMs from the fleet that owns it.
    if (const Fleet* fleet = m_connection ? qobject_cast<const Fleet*>(m_connection->parent()) : nullptr)
        setHostVms(PlanScript::hostVms(*fleet));
    else
        updateHostWide();
    resize(ScreenFit::bounded(this, QSettings().value(QStringLiteral("pushDialog/size"), QSize(900, 640)).toSize()));
}

PushDialog::~PushDialog()
{
    QSettings().setValue(QStringLiteral("pushDialog/size"), size());
}

QString PushDialog::uri() const
{
    return m_connection ? m_connection->uri() : QString();
}

void PushDialog::setHostVms(const QList<PlanScript::HostVm>& vms)
{
    m_hostVms = vms;
    updateHostWide();
}

QList<PlanScript::Script> PushDialog::planScripts(const QDateTime& at) const
{
    return PlanScript::build(uri(), m_model->items(), at, m_readers);
}

QString PushDialog::confirmationQuestion() const
{
    const int writable = m_model->writableCount();
    const int running = m_model->runningWritableCount();
    QString question = tr("Write the new definition of %n VM(s) to %1?", nullptr, writable)
                           .arg(ConnectionListModel::displayName(uri()));
    if (running > 0)
        question += QLatin1Char(' ') + tr("%n of them run: the change takes effect after each is powered off and "
                                          "started again.",
                                          nullptr, running);
    if (!m_readers.isEmpty())
        question += QLatin1Char(' ') + tr("The xenstore keys to write in dom0 of %1 are host-wide: other VMs there "
                                          "read them too (%2).")
                                           .arg(PlanHost::phrase(uri()), QString::number(m_readers.size()));
    return question;
}

void PushDialog::updateHostWide()
{
    const QList<PushItem>& items = m_model->items();
    const bool hostWide = std::any_of(items.cbegin(), items.cend(), PlanScript::writesHostKeys);
    m_readers = m_hostVms ? PlanScript::hostWideReaders(items, *m_hostVms) : QStringList();
    m_hostWideFrame->setVisible(hostWide);
    if (!hostWide)
        return;
    const QString host = PlanHost::phrase(uri());
    QString text = tr("Host-wide: the xenstore keys this change writes in dom0 of %1 are read by every VM there whose "
                      "device model reads the xenstore blacklist, not only by the VMs of this change.")
                       .arg(host);
    if (!m_hostVms) {
        text += QLatin1Char(' ') + tr("The other VMs of %1 are not known here: check which of them run such a device "
                                      "model before applying.")
                                       .arg(host);
    } else if (m_readers.isEmpty()) {
        text +=
            QLatin1Char(' ') + tr("No other VM listed on %1 reads them now; one defined there later will.").arg(host);
    } else {
        QString names = m_readers.mid(0, kNamesShown).join(QStringLiteral(", "));
        if (m_readers.size() > kNamesShown)
            names += QLatin1Char(' ') + tr("and %n more", nullptr, int(m_readers.size() - kNamesShown));
        text += QLatin1Char(' ') +
                tr("Other VMs of %1 that read them too (%2): %3.").arg(host, QString::number(m_readers.size()), names);
    }
    m_hostWide->setText(text);
    m_hostWide->setToolTip(m_readers.join(QLatin1Char('\n')));
    m_hostWideFrame->setAccessibleName(tr("Host-wide effect"));
}

void PushDialog::copyPlan()
{
    const QList<PlanScript::Script> scripts = planScripts(QDateTime::currentDateTime());
    if (scripts.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(PlanScript::joined(scripts));
    m_planStatus->setText(tr("Copied %n script(s) to the clipboard.", nullptr, int(scripts.size())));
    m_planStatus->setVisible(true);
}

void PushDialog::exportPlan()
{
    QSettings settings;
    const QString directoryKey = QStringLiteral("pushDialog/planDirectory");
    const QList<PlanScript::Script> scripts = planScripts(QDateTime::currentDateTime());
    QStringList written;
    for (const PlanScript::Script& script : scripts) {
        const QString caption = script.target == PlanScript::Target::Dom0
                                    ? tr("Export the xenstore commands for dom0 of %1").arg(PlanHost::phrase(uri()))
                                    : tr("Export the xe commands for %1").arg(PlanHost::poolMasterPhrase(uri()));
        const QString directory = settings.value(directoryKey, QDir::homePath()).toString();
        const QString path = m_fileChooser(this, caption, QDir(directory).filePath(script.fileName));
        if (path.isEmpty())
            continue;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(script.text.toUtf8()) < 0 || !file.commit()) {
            ErrorMessage::show(this, tr("The plan was not exported"),
                               tr("Choose a folder you can write to, or copy the plan instead."),
                               tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        // A script: the owner may run it as it is.
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ExeOwner);
        settings.setValue(directoryKey, QFileInfo(path).absolutePath());
        written << QDir::toNativeSeparators(path);
    }
    if (written.isEmpty())
        return;
    m_planStatus->setText(tr("Exported the plan to %1.").arg(written.join(QStringLiteral(", "))));
    m_planStatus->setVisible(true);
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
    QStringList lines = PushItemText::realization(item, uri());
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
