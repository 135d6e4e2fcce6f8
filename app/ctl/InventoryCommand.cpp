// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InventoryCommand.h"

#include "ApplyCommand.h"
#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InventoryImport.h"
#include "model/core/DataPaths.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/InventoryFiles.h"
#include "model/fleet/PushItemText.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QFileInfo>
#include <QTextStream>

InventoryCommand::InventoryCommand(QTextStream& out, QTextStream& err, const QString& uri, bool readOnly)
    : m_out(out)
    , m_err(err)
    , m_uri(uri.isEmpty() ? DataPaths::demoNodeUri() : uri)
    , m_readOnly(readOnly)
{}

int InventoryCommand::usageError(const QString& message)
{
    m_err << "xpctl: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int InventoryCommand::run(const QStringList& args)
{
    bool dryRun = false;
    QStringList positional;
    for (const QString& a : args) {
        if (a == QLatin1String("--dry-run"))
            dryRun = true;
        else if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return usageError(tr("unknown option '%1' for inventory").arg(a));
        else
            positional.append(a);
    }
    if (positional.size() != 2 || positional.constFirst() != QLatin1String("import"))
        return usageError(tr("usage: xpctl inventory import DIR [--dry-run]"));
    const QString directory = positional.at(1);

    const DriverCatalogue& catalogue = DriverCatalogue::shipped();
    if (catalogue.packages().isEmpty()) {
        m_err << "xpctl: " << tr("the driver catalogue could not be loaded from %1").arg(DataPaths::driversDirectory())
              << '\n';
        return CtlExitStatus::UsageError;
    }
    LibvirtSession session;
    QList<DomainSnapshot> domains;
    if (const int status = CtlDomains::load(session, m_uri, m_readOnly, m_err, domains))
        return status;
    QList<InventoryFiles::Vm> vms;
    for (const DomainSnapshot& d : std::as_const(domains))
        vms.append({d.uuid, d.name, d.uuid});
    const InventoryFiles::Plan plan = InventoryFiles::match(directory, vms);

    // Every file is read before anything is written: one bad input and nothing is.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList errors = plan.errors;
    QHash<QString, DriverInventory> inventories;
    for (auto it = plan.files.cbegin(); it != plan.files.cend(); ++it) {
        const InventoryImport::Result read = InventoryImport::fromFiles(it.value(), catalogue, now);
        if (!read.ok())
            errors.append(read.error->toString());
        else
            inventories.insert(it.key(), read.value);
    }
    if (!errors.isEmpty()) {
        for (const QString& e : std::as_const(errors))
            m_err << "xpctl: " << e << '\n';
        m_err << "xpctl: " << tr("nothing was imported") << '\n';
        return CtlExitStatus::UsageError;
    }

    const BindingEngine engine(catalogue);
    DomainPush push(session);
    int status = CtlExitStatus::Done;
    for (const DomainSnapshot& d : std::as_const(domains)) {
        const auto inventory = inventories.constFind(d.uuid);
        if (inventory == inventories.cend())
            continue;
        const VmRecord before = VmReport::record(m_uri, d, engine);
        VmConfig edited = before.config;
        edited.observed.inventory = *inventory;
        m_out << tr("%1: %2").arg(d.name, inventory->origin) << '\n';
        m_out << "  "
              << tr("%1 Xen driver packages and %2 Xen devices kept; %3 other packages and %4 other devices counted")
                     .arg(inventory->packages.size())
                     .arg(inventory->devices.size())
                     .arg(inventory->otherPackages)
                     .arg(inventory->otherDevices)
              << '\n';
        if (before.config.observed.inventory)
            m_out << "  "
                  << tr("replaces the inventory imported %1 from %2")
                         .arg(before.config.observed.inventory->imported.toString(Qt::ISODate),
                              before.config.observed.inventory->origin)
                  << '\n';
        const VmRecord after = [&] {
            VmRecord r = before;
            r.config = edited;
            r.outcome = engine.preview(edited);
            r.check = PredictionCheck::of(edited, r.outcome, r.pendingChanges);
            return r;
        }();
        if (after.outcome.activeDriver != before.outcome.activeDriver)
            m_out << "  "
                  << tr("predicted driver at the next boot: %1 (was %2)")
                         .arg(after.outcome.activeDriver.isEmpty() ? tr("none") : after.outcome.activeDriver,
                              before.outcome.activeDriver.isEmpty() ? tr("none") : before.outcome.activeDriver)
                  << '\n';
        if (after.check.state != PredictionCheck::State::Unchecked)
            m_out << "  " << tr("prediction check: %1").arg(after.check.text()) << '\n';
        if (const auto differs = after.check.finding())
            for (const QString& line : differs->evidence)
                m_out << "    " << line << '\n';
        if (dryRun) {
            m_out << "  " << tr("dry run: nothing written") << '\n';
            continue;
        }
        const PushItem item = push.prepareEdited(d, edited);
        const PushResult result = push.commit(item);
        m_out << "  " << PushItemText::status(result.status);
        if (!result.message.isEmpty())
            m_out << ": " << result.message;
        m_out << '\n';
        for (const QString& problem : result.problems)
            m_out << "    " << problem << '\n';
        status = std::max(status, ApplyCommand::exitStatus(result));
    }
    return status;
}
