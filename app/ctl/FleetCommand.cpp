// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/GuestInventory.h"
#include "model/core/DataPaths.h"
#include "model/core/ParallelStream.h"
#include "model/fleet/VmJson.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QTextStream>

namespace {

struct Options
{
    QString format;
    std::optional<Finding::Severity> failOn;
    QStringList sets;
    QString pnputil;
    QStringList infs;
    QStringList positional;
    bool agent = false;
};

std::optional<Finding::Severity> severityFromName(const QString& name)
{
    for (auto s : {Finding::Severity::Info, Finding::Severity::Warning, Finding::Severity::Error})
        if (Finding::severityName(s) == name)
            return s;
    return std::nullopt;
}

bool matches(const PreviewOutcome& outcome, const std::optional<Finding::Severity>& failOn)
{
    return failOn && !outcome.findings.isEmpty() && outcome.worst() >= *failOn;
}

} // namespace

FleetCommand::FleetCommand(QTextStream& out, QTextStream& err, const QString& uri)
    : m_out(out)
    , m_err(err)
    , m_uri(uri.isEmpty() ? DataPaths::demoNodeUri() : uri)
{}

int FleetCommand::usageError(const QString& message)
{
    m_err << "xpctl: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int FleetCommand::list(LibvirtSession& session, const BindingEngine& engine, bool json,
                       std::optional<Finding::Severity> failOn)
{
    // What the output needs of a VM; its record and XML die on the thread that made them, while other work goes on.
    struct Entry
    {
        DomainSnapshot snapshot;
        QString name;
        bool matched = false;
        QByteArray json;
        QStringList row;
    };
    // Reading, predicting and rendering each VM is independent of the others (BindingEngine::preview is const and
    // thread-safe), so it starts on the other cores while libvirt is still handing over the later domains.
    xp::ParallelStream<Entry> stream([&](Entry& e) {
        const VmRecord r = VmReport::record(m_uri, e.snapshot, engine);
        e.snapshot = {};
        e.name = r.config.name;
        e.matched = matches(r.outcome, failOn);
        if (json) {
            e.json = "    " + VmJson::object(r, 1);
            return;
        }
        const VmRow row = VmReport::toRow(r);
        e.row = {row.name,
                 VmReport::stateName(r.snapshot),
                 row.flavour,
                 row.platformDevice,
                 row.vendorDevice.isEmpty() ? QStringLiteral("-") : row.vendorDevice,
                 row.driver.isEmpty() ? QStringLiteral("-") : row.driver,
                 row.findings.isEmpty() ? QStringLiteral("-") : row.findings};
    });
    if (const int status = CtlDomains::stream(session, m_uri, true, m_err, [&stream](DomainSnapshot& d) {
            Entry entry;
            entry.snapshot = std::move(d);
            stream.push(std::move(entry));
        }))
        return status;
    const std::deque<Entry>& entries = stream.finish();
    std::vector<const Entry*> sorted;
    sorted.reserve(entries.size());
    for (const Entry& e : entries)
        sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) { return a->name < b->name; });
    const bool failed = std::any_of(sorted.cbegin(), sorted.cend(), [](const Entry* e) { return e->matched; });
    if (json) {
        // QJsonDocument(array).toJson(Indented) of the objects, in name order (tst_FleetCommand compares them).
        QByteArray text;
        qsizetype size = 4;
        for (const Entry* e : sorted)
            size += e->json.size() + 2;
        text.reserve(size);
        text += sorted.empty() ? "[\n" : "[";
        for (const Entry* e : sorted) {
            text += text.size() > 1 ? ",\n" : "\n";
            text += e->json;
        }
        text += sorted.empty() ? "]\n" : "\n]\n";
        write(text);
        return failed ? CtlExitStatus::FindingMatched : CtlExitStatus::Done;
    }
    const QStringList header{tr("NAME"),   tr("STATE"),  tr("FLAVOUR"), tr("PLATFORM"),
                             tr("VENDOR"), tr("DRIVER"), tr("FINDINGS")};
    QList<qsizetype> widths(header.size(), 0);
    auto fit = [&widths](const QStringList& row) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    };
    auto print = [&](const QStringList& row) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        m_out << line << '\n';
    };
    fit(header);
    for (const Entry* e : sorted)
        fit(e->row);
    print(header);
    for (const Entry* e : sorted)
        print(e->row);
    return failed ? CtlExitStatus::FindingMatched : CtlExitStatus::Done;
}

void FleetCommand::write(const QByteArray& utf8)
{
    CtlDomains::writeUtf8(m_out, utf8);
}

int FleetCommand::run(const QString& command, const QStringList& args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (a == QLatin1String("--format")) {
            const auto v = value();
            if (!v)
                return usageError(tr("--format needs a value"));
            o.format = *v;
        } else if (a == QLatin1String("--fail-on")) {
            const auto v = value();
            const auto severity = v ? severityFromName(*v) : std::nullopt;
            if (!severity)
                return usageError(tr("--fail-on needs info, warning or error"));
            o.failOn = severity;
        } else if (a == QLatin1String("--set")) {
            const auto v = value();
            if (!v)
                return usageError(tr("--set needs KEY=VALUE"));
            o.sets.append(*v);
        } else if (a == QLatin1String("--inf")) {
            const auto v = value();
            if (!v)
                return usageError(tr("--inf needs an .inf file"));
            o.infs.append(*v);
        } else if (a == QLatin1String("--pnputil")) {
            const auto v = value();
            if (!v)
                return usageError(tr("--pnputil needs the file that `pnputil /enum-drivers` wrote"));
            o.pnputil = *v;
        } else if (a == QLatin1String("--agent") && command != QLatin1String("list")) {
            o.agent = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(tr("unknown option '%1' for %2").arg(a, command));
        } else {
            o.positional.append(a);
        }
    }

    const bool isList = command == QLatin1String("list");
    const QString defaultFormat = isList ? QStringLiteral("table") : QStringLiteral("text");
    if (o.format.isEmpty())
        o.format = defaultFormat;
    if (o.format != defaultFormat && o.format != QLatin1String("json"))
        return usageError(tr("--format must be %1 or json").arg(defaultFormat));
    if (isList && !o.positional.isEmpty())
        return usageError(tr("list takes no VM name"));
    if (!isList && o.positional.size() != 1)
        return usageError(tr("%1 needs exactly one VM name").arg(command));
    if (isList && (!o.pnputil.isEmpty() || !o.infs.isEmpty()))
        return usageError(tr("--pnputil and --inf are for show and preview"));
    if (command != QLatin1String("preview") && !o.sets.isEmpty())
        return usageError(tr("--set is only for preview and apply"));

    QList<ConfigChange> changes;
    for (const QString& text : std::as_const(o.sets)) {
        QString error;
        const auto change = ConfigChange::parse(text, &error);
        if (!change)
            return usageError(error);
        changes.append(*change);
    }

    // A copy, so that the INF files imported for this run join its catalogue only.
    DriverCatalogue catalogue = DriverCatalogue::shipped();
    if (catalogue.packages().isEmpty()) {
        m_err << "xpctl: " << tr("the driver catalogue could not be loaded from %1").arg(DataPaths::driversDirectory())
              << '\n';
        return CtlExitStatus::UsageError;
    }
    QStringList imported;
    for (const QString& inf : std::as_const(o.infs)) {
        QString error;
        if (!catalogue.importInf(inf, &error))
            return usageError(error);
        imported.append(catalogue.packages().constLast().id);
    }
    const BindingEngine engine(catalogue);
    LibvirtSession session;
    if (isList)
        return list(session, engine, o.format == QLatin1String("json"), o.failOn);

    QList<DomainSnapshot> domains;
    if (const int status = CtlDomains::load(session, m_uri, true, m_err, domains))
        return status;

    const QString wanted = o.positional.constFirst();
    const auto found = std::find_if(domains.cbegin(), domains.cend(),
                                    [&](const DomainSnapshot& d) { return d.name == wanted || d.uuid == wanted; });
    if (found == domains.cend()) {
        m_err << "xpctl: " << tr("no VM named '%1' on %2").arg(wanted, m_uri) << '\n';
        return CtlExitStatus::UsageError;
    }
    DomainSnapshot snapshot = *found;
    if (o.agent) {
        // libvirt counts agent calls as privileged: they need a connection that is not read-only.
        LibvirtSession agentSession;
        const LibvirtResult opened = agentSession.open(m_uri, false);
        if (!opened.ok()) {
            snapshot.agent.state = AgentReport::State::Failed;
            snapshot.agent.detail = opened.message;
        } else {
            snapshot.agent = agentSession.guestOs(snapshot.uuid);
        }
    }
    VmRecord record = VmReport::record(m_uri, snapshot, engine);
    if (!o.pnputil.isEmpty()) {
        // The guest's real driver store replaces what the metadata says is installed.
        const PnputilParser::Result store = PnputilParser::parseFile(o.pnputil);
        if (!store.ok())
            return usageError(store.error->toString());
        GuestInventory::importInto(record.config, GuestInventory::match(store.value, catalogue));
        record.outcome = engine.preview(record.config);
    }
    if (!imported.isEmpty()) {
        // Imported INF files join the guest's driver store.
        for (const QString& id : std::as_const(imported))
            if (!record.config.guest.drivers.contains(id))
                record.config.guest.drivers.append(id);
        record.outcome = engine.preview(record.config);
    }
    if (!changes.isEmpty()) {
        QString error;
        record.outcome = engine.preview(record.config, changes, &error);
        if (!error.isEmpty())
            return usageError(error);
        BindingEngine::apply(record.config, changes, &error);
    }
    if (o.format == QLatin1String("json"))
        m_out << QJsonDocument(VmReport::toJson(record)).toJson(QJsonDocument::Indented);
    else
        m_out << VmReport::toText(record);
    return matches(record.outcome, o.failOn) ? CtlExitStatus::FindingMatched : CtlExitStatus::Done;
}
