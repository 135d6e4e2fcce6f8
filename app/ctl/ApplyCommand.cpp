// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ApplyCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "device/Blacklist.h"
#include "model/core/ConfigChange.h"
#include "model/core/DataPaths.h"
#include "model/core/DeviceText.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/MetadataCodec.h"
#include "model/core/Realization.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/PushItemText.h"
#include "model/libvirt/LibvirtSession.h"

#include <QTextStream>
#include <QUrl>

namespace {

struct Options
{
    bool all = false;
    bool dryRun = false;
    bool yes = false;
    QStringList sets;
    QStringList positional;
};

/// The VMs named by @p wanted (or all of them, by name), or the first name that matches none.
std::optional<QString> select(const QList<DomainSnapshot>& domains, const QStringList& wanted, bool all,
                              QList<DomainSnapshot>& selected)
{
    if (all) {
        selected = domains;
        std::sort(selected.begin(), selected.end(),
                  [](const DomainSnapshot& a, const DomainSnapshot& b) { return a.name < b.name; });
        return std::nullopt;
    }
    for (const QString& name : wanted) {
        const auto found = std::find_if(domains.cbegin(), domains.cend(),
                                        [&](const DomainSnapshot& d) { return d.name == name || d.uuid == name; });
        if (found == domains.cend())
            return name;
        selected.append(*found);
    }
    return std::nullopt;
}

bool isTestDriver(const QString& uri)
{
    return QUrl(uri).scheme().section(QLatin1Char('+'), 0, 0) == QLatin1String("test");
}

} // namespace

ApplyCommand::ApplyCommand(QTextStream& out, QTextStream& err, const QString& uri, bool readOnly)
    : m_out(out)
    , m_err(err)
    , m_uri(uri.isEmpty() ? DataPaths::demoNodeUri() : uri)
    , m_readOnly(readOnly)
{}

int ApplyCommand::usageError(const QString& message)
{
    m_err << "xpctl: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int ApplyCommand::exitStatus(const PushResult& result)
{
    switch (result.status) {
    case PushResult::Status::Verified:
    case PushResult::Status::Unchanged: return CtlExitStatus::Done;
    case PushResult::Status::Refused:
    case PushResult::Status::Cancelled: return CtlExitStatus::UsageError;
    case PushResult::Status::Conflict: return CtlExitStatus::Conflict;
    case PushResult::Status::ReadOnly:
    case PushResult::Status::Failed:
    case PushResult::Status::NotKept: break;
    }
    return CtlExitStatus::LibvirtError;
}

int ApplyCommand::run(const QString& command, const QStringList& args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--all")) {
            o.all = true;
        } else if (a == QLatin1String("--dry-run")) {
            o.dryRun = true;
        } else if (a == QLatin1String("--yes") || a == QLatin1String("-y")) {
            o.yes = true;
        } else if (a == QLatin1String("--set") && command == QLatin1String("apply")) {
            if (i + 1 >= args.size())
                return usageError(tr("--set needs KEY=VALUE"));
            o.sets.append(args.at(++i));
        } else if (a.startsWith(QLatin1String("--set=")) && command == QLatin1String("apply")) {
            o.sets.append(a.mid(6));
        } else if (a.startsWith(QLatin1String("-")) && a.size() > 1) {
            return usageError(tr("unknown option '%1' for %2").arg(a, command));
        } else {
            o.positional.append(a);
        }
    }

    QStringList targets;
    if (!o.all) {
        if (o.positional.isEmpty())
            return usageError(tr("%1 needs a VM name or --all").arg(command));
        targets.append(o.positional.takeFirst());
    }

    if (command == QLatin1String("apply")) {
        if (!o.positional.isEmpty())
            return usageError(
                tr("apply takes one VM name or --all, not '%1'").arg(o.positional.join(QLatin1Char(' '))));
        if (o.sets.isEmpty())
            return usageError(tr("apply needs at least one --set KEY=VALUE (%1)").arg(ConfigChange::usage()));
        return push(targets, o.all, o.sets, o.dryRun, o.yes);
    }

    // blacklist VM|--all list|add PRODUCT BUILD[-BUILD]|remove PRODUCT BUILD[-BUILD]
    if (o.positional.isEmpty())
        return usageError(tr("blacklist needs list, add or remove"));
    const QString action = o.positional.takeFirst();
    if (action == QLatin1String("list")) {
        if (!o.positional.isEmpty())
            return usageError(tr("blacklist list takes no more arguments"));
        return listBlacklists(targets, o.all);
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return usageError(tr("blacklist needs list, add or remove, not '%1'").arg(action));
    if (o.positional.size() != 2)
        return usageError(tr("blacklist %1 needs PRODUCT and BUILD or FIRST-LAST").arg(action));
    const QString product = o.positional.at(0);
    const QString builds = o.positional.at(1);
    // The two words are joined into the --set form; a ':' in either would change where they split.
    QString error;
    const QString text =
        (action == QLatin1String("add") ? QStringLiteral("blacklist+=") : QStringLiteral("blacklist-=")) + product +
        QLatin1Char(':') + builds;
    if (product.contains(QLatin1Char(':')) || builds.contains(QLatin1Char(':')) || !ConfigChange::parse(text, &error))
        return usageError(tr("blacklist %1 '%2' '%3': expected PRODUCT (a name of Xen's product registry or its "
                             "number) and BUILD or FIRST-LAST (decimal or 0x hex, FIRST not above LAST)")
                              .arg(action, product, builds));
    return push(targets, o.all, {text}, o.dryRun, true);
}

void ApplyCommand::printItem(const PushItem& item)
{
    m_out << "== " << item.name << " (" << item.uuid << ") ==\n";
    if (!item.baseline.metadataErrors.isEmpty()) {
        m_out << tr("Metadata problems (the fields keep their text; everything else applies):") << '\n';
        for (const QString& error : item.baseline.metadataErrors)
            m_out << "  " << error << '\n';
    }
    if (item.diff.isEmpty())
        m_out << tr("No change: the domain XML already holds this.") << '\n';
    else
        m_out << item.diff;
    for (const QString& line : PushItemText::realization(item))
        m_out << line << '\n';
}

int ApplyCommand::push(const QStringList& targets, bool all, const QStringList& sets, bool dryRun, bool write)
{
    QList<ConfigChange> changes;
    for (const QString& text : sets) {
        QString error;
        const auto change = ConfigChange::parse(text, &error);
        if (!change)
            return usageError(error);
        if (change->isWhatIfOnly())
            return usageError(tr("--set %1 is what-if only: use 'xpctl preview'; apply never writes it").arg(text));
        changes.append(*change);
    }

    LibvirtSession session;
    QList<DomainSnapshot> domains;
    // A dry run never writes, so it asks libvirt for no more than reading.
    if (const int status = CtlDomains::load(session, m_uri, m_readOnly || dryRun, m_err, domains))
        return status;
    QList<DomainSnapshot> selected;
    if (const auto missing = select(domains, targets, all, selected))
        return usageError(tr("no VM named '%1' on %2").arg(*missing, m_uri));

    DomainPush pusher(session);
    const QList<PushItem> items = pusher.prepareAll(selected, changes);
    int status = CtlExitStatus::Done;
    // Bulk rule: the VMs that cannot take the change are named before anything is written.
    bool anyRefused = false;
    for (const PushItem& item : items) {
        if (item.canWrite())
            continue;
        if (!anyRefused)
            m_out << tr("Cannot take the change (nothing is written to these VMs):") << '\n';
        anyRefused = true;
        m_out << "  " << (item.name.isEmpty() ? item.uuid : item.name) << ": " << item.refusal << '\n';
        status = CtlExitStatus::UsageError;
    }
    if (anyRefused)
        m_out << '\n';

    const bool commit = write && !dryRun;
    bool wroteAny = false;
    for (const PushItem& item : items) {
        if (!item.canWrite())
            continue;
        printItem(item);
        if (!commit) {
            if (item.hasChanges() && item.running)
                m_out << tr("Note: %1").arg(DomainPush::powerCycleNote()) << '\n';
            m_out << (dryRun ? tr("Result: dry run, nothing written.") : tr("Result: not written (needs --yes)."))
                  << "\n\n";
            continue;
        }
        const PushResult result = pusher.commit(item);
        switch (result.status) {
        case PushResult::Status::Verified: m_out << tr("Result: written and verified.") << '\n'; break;
        case PushResult::Status::Unchanged: m_out << tr("Result: nothing to write.") << '\n'; break;
        case PushResult::Status::NotKept:
            m_out << tr("Result: written, but libvirt did not keep everything:") << '\n';
            for (const QString& problem : result.problems)
                m_out << "  " << problem << '\n';
            break;
        case PushResult::Status::Conflict:
            m_out << tr("Result: refused, the domain changed since it was read: nothing was written. Run the same "
                        "command again to base the change on the new definition.")
                  << '\n';
            break;
        case PushResult::Status::Refused:
        case PushResult::Status::ReadOnly:
        case PushResult::Status::Cancelled:
        case PushResult::Status::Failed: m_out << tr("Result: not written: %1").arg(result.message) << '\n'; break;
        }
        wroteAny =
            wroteAny || result.status == PushResult::Status::Verified || result.status == PushResult::Status::NotKept;
        if (result.needsPowerCycle)
            m_out << tr("Note: %1").arg(DomainPush::powerCycleNote()) << '\n';
        m_out << '\n';
        status = std::max(status, exitStatus(result));
    }
    if (wroteAny && isTestDriver(m_uri))
        m_out << tr("Note: %1 is libvirt's test driver; the change lives in this process's memory only.").arg(m_uri)
              << '\n';

    if (!write && !dryRun) {
        m_err << "xpctl: "
              << tr("nothing was written: add --yes to write the changes above, or --dry-run to only "
                    "show them")
              << '\n';
        return CtlExitStatus::UsageError;
    }
    return status;
}

int ApplyCommand::listBlacklists(const QStringList& targets, bool all)
{
    LibvirtSession session;
    QList<DomainSnapshot> domains;
    if (const int status = CtlDomains::load(session, m_uri, true, m_err, domains))
        return status;
    QList<DomainSnapshot> selected;
    if (const auto missing = select(domains, targets, all, selected))
        return usageError(tr("no VM named '%1' on %2").arg(*missing, m_uri));

    for (const DomainSnapshot& snapshot : std::as_const(selected)) {
        VmConfig config;
        DomainXmlReader::read(snapshot.inactiveXml, config);
        m_out << snapshot.name << " (" << DeviceText::flavourName(config.flavour) << "):\n";
        if (!snapshot.error.isEmpty())
            m_out << "  " << tr("its XML could not be read: %1").arg(snapshot.error) << '\n';
        if (config.blacklist.isEmpty())
            m_out << "  " << tr("no entries") << '\n';
        for (const BlacklistItem& item : std::as_const(config.blacklist)) {
            QString builds = QString::number(item.firstBuild);
            if (item.lastBuild != item.firstBuild)
                builds += QLatin1Char('-') + QString::number(item.lastBuild);
            const QString effect = xp::device::Blacklist::enforced(config.flavour, item.product)
                                       ? tr("enforced by the device model")
                                       : tr("modeled, not enforced by this device model");
            m_out << "  " << MetadataCodec::productName(item.product) << ' ' << builds << "  " << effect;
            if (!item.comment.isEmpty())
                m_out << "  # " << item.comment;
            m_out << '\n';
        }
        for (const QString& error : std::as_const(config.metadataErrors))
            m_out << "  " << tr("metadata problem: %1").arg(error) << '\n';
    }
    return CtlExitStatus::Done;
}
