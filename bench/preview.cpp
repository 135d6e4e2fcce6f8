// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// preview: times one BindingEngine::preview per VM of a node (default the demo fleet), each call on its own
// (steady_clock around every call, so the p99 is a real per-call percentile, not a batch average). For
// context it also times DomainXmlReader::read of the same VM's inactive XML, the other per-VM step of a load.
// Prints a table, or with --json one JSON object: {"vms": [{"name", "preview_median_us", "preview_p99_us",
// "read_median_us", "read_p99_us"}], "overall": {...}}.

#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/DomainXmlReader.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <algorithm>
#include <chrono>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) { return samples.at(std::size_t(q * double(samples.size() - 1) + 0.5)); };
    return {at(0.5), at(0.99)};
}

/// Times @p call @p repetitions times after @p warmup untimed calls; microseconds per call.
template<typename Call>
std::vector<double> time(int warmup, int repetitions, Call call)
{
    for (int i = 0; i < warmup; ++i)
        call();
    std::vector<double> samples;
    samples.reserve(std::size_t(repetitions));
    for (int i = 0; i < repetitions; ++i) {
        const auto start = Clock::now();
        call();
        const auto end = Clock::now();
        samples.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    return samples;
}

/// Keeps the optimiser from dropping a result.
template<typename T>
void keep(const T& value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("preview"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Per-call timing of BindingEngine::preview on every VM of a node."));
    parser.addHelpOption();
    const QCommandLineOption uriOpt(QStringLiteral("connect"), QStringLiteral("libvirt URI (default the demo node)."),
                                    QStringLiteral("URI"));
    const QCommandLineOption repOpt(QStringLiteral("repetitions"),
                                    QStringLiteral("Timed calls per VM and step (default 5000)."), QStringLiteral("N"),
                                    QStringLiteral("5000"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions({uriOpt, repOpt, jsonOpt});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool ok = false;
    const int repetitions = parser.value(repOpt).toInt(&ok);
    if (!ok || repetitions < 1) {
        err << "preview: --repetitions needs a positive number\n";
        return 2;
    }
    const QString uri =
        parser.isSet(uriOpt) ? parser.value(uriOpt) : QStringLiteral("test://") + DataPaths::demoFleetFile();

    const DriverCatalogue& catalogue = DriverCatalogue::shipped();
    if (catalogue.packages().isEmpty()) {
        err << "preview: no driver catalogue in " << DataPaths::driversDirectory() << '\n';
        return 2;
    }
    LibvirtSession session;
    const LibvirtResult opened = session.open(uri, true);
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = opened.ok() ? session.listDomains(&domains, true) : opened;
    if (!listed.ok()) {
        err << "preview: " << uri << ": " << listed.message << '\n';
        return 3;
    }
    std::sort(domains.begin(), domains.end(),
              [](const DomainSnapshot& a, const DomainSnapshot& b) { return a.name < b.name; });
    const BindingEngine engine(catalogue);

    struct Row
    {
        QString name;
        Stats preview;
        Stats read;
    };
    QList<Row> rows;
    std::vector<double> allPreview;
    std::vector<double> allRead;
    const int warmup = std::max(10, repetitions / 20);
    for (const DomainSnapshot& d : std::as_const(domains)) {
        const VmRecord record = VmReport::record(uri, d, engine);
        auto previews = time(warmup, repetitions, [&] { keep(engine.preview(record.config)); });
        auto reads = time(warmup, repetitions, [&] {
            VmConfig config;
            DomainXmlReader::read(d.inactiveXml, config);
            keep(config);
        });
        rows.append({d.name, stats(previews), stats(reads)});
        allPreview.insert(allPreview.end(), previews.begin(), previews.end());
        allRead.insert(allRead.end(), reads.begin(), reads.end());
    }
    const Stats overallPreview = stats(allPreview);
    const Stats overallRead = stats(allRead);

    if (parser.isSet(jsonOpt)) {
        out << "{\"uri\": \"" << uri << "\", \"repetitions\": " << repetitions << ", \"vms\": [";
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Row& r = rows.at(i);
            out << (i ? ", " : "") << "{\"name\": \"" << r.name
                << "\", \"preview_median_us\": " << number(r.preview.median)
                << ", \"preview_p99_us\": " << number(r.preview.p99)
                << ", \"read_median_us\": " << number(r.read.median) << ", \"read_p99_us\": " << number(r.read.p99)
                << '}';
        }
        out << "], \"overall\": {\"preview_median_us\": " << number(overallPreview.median)
            << ", \"preview_p99_us\": " << number(overallPreview.p99)
            << ", \"read_median_us\": " << number(overallRead.median)
            << ", \"read_p99_us\": " << number(overallRead.p99) << "}}\n";
        return 0;
    }
    out << "BindingEngine::preview and DomainXmlReader::read, per call, " << repetitions << " calls per VM (" << uri
        << ")\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("VM"), -18)
               .arg(QStringLiteral("preview med µs"), 15)
               .arg(QStringLiteral("p99 µs"), 10)
               .arg(QStringLiteral("read med µs"), 12)
               .arg(QStringLiteral("p99 µs"), 10);
    const auto line = [&](const QString& name, const Stats& p, const Stats& r) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -18)
                   .arg(number(p.median), 15)
                   .arg(number(p.p99), 10)
                   .arg(number(r.median), 12)
                   .arg(number(r.p99), 10);
    };
    for (const Row& r : std::as_const(rows))
        line(r.name, r.preview, r.read);
    line(QStringLiteral("all VMs"), overallPreview, overallRead);
    return 0;
}
