// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "VmActions.h"

#include "BlacklistEditor.h"
#include "BulkChangeDialog.h"
#include "ChangeEditor.h"
#include "ErrorMessage.h"
#include "MigrationWizard.h"
#include "PowerCycleQuestions.h"
#include "PushDialog.h"
#include "VmDetailsView.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InventoryImport.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PlanScript.h"
#include "model/fleet/PowerCycle.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QThreadPool>

// The strings here were written in MainWindow and the catalogs translate them in its context; lupdate needs that
// context spelled out in each call, so QCoreApplication::translate() with "MainWindow" rather than tr().

VmActions::VmActions(QMainWindow* window, VmDetailsView* details)
    : QObject(window)
    , m_window(window)
    , m_details(details)
{}

void VmActions::importInventory(Fleet* fleet, const QString& key, const QStringList& files)
{
    if (!fleet || files.isEmpty())
        return;
    // Files of up to 64 MiB are read and parsed on a pool thread; the answer comes back here.
    QThreadPool::globalInstance()->start([this, files, fleet = QPointer<Fleet>(fleet), key] {
        const InventoryImport::Result read =
            InventoryImport::fromFiles(files, DriverCatalogue::shipped(), QDateTime::currentDateTimeUtc());
        QMetaObject::invokeMethod(
            this,
            [this, read, fleet, key] {
                const VmRecord* record = fleet ? fleet->record(key) : nullptr;
                if (!read.ok()) {
                    const QString message = read.error->toString();
                    emit inventoryImportFailed(message);
                    ErrorMessage::show(m_window, tr("The inventory was not imported"), message);
                    return;
                }
                if (!record) {
                    emit inventoryImportFailed(tr("The VM is no longer listed."));
                    return;
                }
                VmConfig edited = record->config;
                edited.observed.inventory = read.value;
                pushEdited(fleet, edited, tr("Import the driver inventory of %1").arg(edited.name));
            },
            Qt::QueuedConnection);
    });
}

bool VmActions::confirm(const QString& title, const QString& question)
{
    if (m_confirmer)
        return m_confirmer(title, question);
    return QMessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void VmActions::powerCycle(Fleet* fleet, const QString& key)
{
    const VmRecord* record = fleet ? fleet->record(key) : nullptr;
    if (!record)
        return;
    const QString name = record->config.name;
    if (!confirm(QCoreApplication::translate("MainWindow", "Shut down and start %1").arg(name),
                 QCoreApplication::translate(
                     "MainWindow",
                     "Shut %1 down and start it again? The guest is asked to shut down; its services are unavailable "
                     "until it is back. Then its next boot takes effect: %2.")
                     .arg(name, record->pendingChanges.join(QStringLiteral(", ")))))
        return;
    auto cycle = new PowerCycle(fleet->connection(), record->config.uuid, name, this);
    fleet->watchPowerCycle(cycle);
    connect(cycle, &PowerCycle::progress, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 10000); });
    const auto ask = [this](const QString& title, const QString& question) { return confirm(title, question); };
    PowerCycleQuestions::attachForceOff(cycle, this, ask);
    // A guest may take minutes to shut down: the wait can be stopped from the status bar while it lasts.
    auto stop = new QPushButton(QCoreApplication::translate("MainWindow", "Stop waiting for %1").arg(name));
    stop->setObjectName(QStringLiteral("powerCycleStopButton"));
    stop->setAccessibleName(
        QCoreApplication::translate("MainWindow", "Stop following the power cycle of %1").arg(name));
    m_window->statusBar()->addPermanentWidget(stop);
    connect(stop, &QPushButton::clicked, cycle, [cycle, ask] { PowerCycleQuestions::stopIfConfirmed(cycle, ask); });
    connect(cycle, &PowerCycle::finished, this, [this, cycle, stop](bool ok, const QString& message) {
        stop->deleteLater();
        if (cycle->stage() == PowerCycle::Stage::Cancelled)
            m_window->statusBar()->showMessage(message, 10000);
        else if (!ok)
            ErrorMessage::show(
                m_window,
                QCoreApplication::translate("MainWindow", "%1 was not shut down and started again").arg(cycle->name()),
                QCoreApplication::translate("MainWindow",
                                            "Check the VM's state: it may be shut off. Its next boot still holds the "
                                            "pending changes."),
                message);
        cycle->deleteLater();
    });
    emit powerCycleStarted(cycle);
    cycle->start();
}

void VmActions::openMigrationWizard(Fleet* fleet, const QString& key)
{
    if (!fleet)
        return;
    auto wizard = new MigrationWizard(fleet, key, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    emit migrationWizardOpened(wizard);
    wizard->open();
}

void VmActions::openBulkChange(Fleet* fleet, const QStringList& selectedKeys, const QStringList& changes)
{
    if (!fleet)
        return;
    // One connection at a time: each push runs through its own connection.
    QStringList keys;
    int elsewhere = 0;
    for (const QString& key : selectedKeys) {
        if (fleet->record(key))
            keys.append(key);
        else
            ++elsewhere;
    }
    if (elsewhere > 0)
        m_window->statusBar()->showMessage(
            QCoreApplication::translate("MainWindow",
                                        "Bulk change covers the VMs of one connection at a time: %n selected VM(s) "
                                        "of other connections left out.",
                                        nullptr, elsewhere),
            10000);
    auto dialog = new BulkChangeDialog(fleet, keys, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& change : changes)
        dialog->editor()->addChange(change);
    emit bulkChangeOpened(dialog);
    dialog->open();
}

void VmActions::pushEdited(Fleet* fleet, const VmConfig& edited, const QString& title)
{
    if (!fleet) {
        ErrorMessage::show(
            m_window, QCoreApplication::translate("MainWindow", "%1 is no longer listed").arg(edited.name),
            QCoreApplication::translate(
                "MainWindow", "It was undefined or its connection was closed. Your edit stays in the editor."));
        return;
    }
    // Against the definition the edit started from: if someone changed the VM meanwhile, libvirt's current
    // definition differs and the push is refused instead of overwriting their change.
    const bool shown = m_details->blacklistEditor()->vmKey() == edited.key;
    const DomainSnapshot base = shown ? m_details->editBase() : fleet->record(edited.key)->snapshot;
    const VmConfig toApply = shown ? m_details->blacklistEditToApply(edited) : edited;
    auto dialog = new PushDialog(title, fleet->connection(), {DomainPush::prepareEditedOn(fleet->uri(), base, toApply)},
                                 m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The xenstore keys of some flavours are host-wide: the dialog names the connection's VMs they reach.
    dialog->setHostVms(PlanScript::hostVms(*fleet));
    connect(dialog, &PushDialog::itemFinished, this, [this, key = edited.key](int, const PushResult& result) {
        if (m_details->blacklistEditor()->vmKey() != key)
            return;
        // Only a definition libvirt now holds clears the editor; a conflict or failure keeps the edit to retry.
        if (result.status == PushResult::Status::Verified || result.status == PushResult::Status::NotKept)
            m_details->blacklistEditor()->markApplied();
        else if (result.status == PushResult::Status::Conflict)
            m_details->rebaseEdits(result.storedXml);
    });
    emit pushDialogOpened(dialog);
    dialog->open();
}
