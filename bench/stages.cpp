// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// stages: where the time of `xpctl list --format json` goes, stage by stage, in one process on one node, using
// the same model calls as app/ctl/FleetCommand.cpp (sequentially, without its pipeline). It also times the parts of
// DomainXmlReader::read (the copy of our metadata element, its DOM parse that the metadata memo saves), the JSON
// path xpctl replaced, and the records built on every core, so the figures in docs/performance.md come with
// measured numbers. Prints one JSON object (seconds).

#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/MetadataCodec.h"
#include "model/core/MetadataReadCache.h"
#include "model/fleet/VmJson.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

class Stopwatch
{
public:
    double lap()
    {
        const auto now = Clock::now();
        const double s = std::chrono::duration<double>(now - m_last).count();
        m_last = now;
        return s;
    }

private:
    Clock::time_point m_last = Clock::now();
};

template<typename T>
void keep(const T& value)
{
    asm volatile("" : : "g"(&value) : "memory");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: stages URI\n";
        return 2;
    }
    const QString uri = args.at(1);

    Stopwatch clock;
    const DriverCatalogue& catalogue = DriverCatalogue::shipped();
    const double catalogueS = clock.lap();
    LibvirtSession session;
    const LibvirtResult opened = session.open(uri, true);
    if (!opened.ok()) {
        err << "stages: " << opened.message << '\n';
        return 3;
    }
    const double openS = clock.lap();
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = session.listDomains(&domains, true);
    if (!listed.ok()) {
        err << "stages: " << listed.message << '\n';
        return 3;
    }
    const double listS = clock.lap();
    std::sort(domains.begin(), domains.end(),
              [](const DomainSnapshot& a, const DomainSnapshot& b) { return a.name < b.name; });
    const double sortS = clock.lap();
    const BindingEngine engine(catalogue);

    // What VmReport::record does, one step at a time; first with an empty metadata memo, then with the memo filled.
    MetadataReadCache::shared().clear();
    QList<VmRecord> records(domains.size());
    for (qsizetype i = 0; i < domains.size(); ++i) {
        VmRecord& r = records[i];
        r.snapshot = domains.at(i);
        r.config.key = uri + QLatin1Char('/') + r.snapshot.uuid;
        DomainXmlReader::read(r.snapshot, uri, r.config);
    }
    const double readS = clock.lap();
    for (const DomainSnapshot& d : std::as_const(domains)) {
        VmConfig config;
        DomainXmlReader::read(d.inactiveXml, config);
        keep(config);
    }
    const double readWarmS = clock.lap();
    for (VmRecord& r : records)
        r.outcome = engine.preview(r.config);
    const double previewS = clock.lap();
    // What xpctl list writes (VmJson, one object per VM), and the QJsonDocument path it replaced.
    QByteArray json;
    json.reserve(qsizetype(domains.size()) * 1024);
    for (const VmRecord& r : std::as_const(records))
        json += VmJson::object(r, 1);
    const double vmJsonS = clock.lap();
    QJsonArray array;
    for (const VmRecord& r : std::as_const(records))
        array.append(VmReport::toJson(r));
    const double toJsonS = clock.lap();
    const QByteArray qtJson = QJsonDocument(array).toJson(QJsonDocument::Indented);
    const double serializeS = clock.lap();

    // Parts of DomainXmlReader::read: copying our element out of the stream (metadataElement walks the domain as
    // read does and makes the same copy) and parsing it into a DOM (MetadataCodec::read: what the memo saves).
    QStringList elements;
    elements.reserve(domains.size());
    for (const DomainSnapshot& d : std::as_const(domains))
        elements.append(DomainXmlReader::metadataElement(d.inactiveXml));
    const double copyS = clock.lap();
    for (const QString& e : std::as_const(elements)) {
        VmConfig config;
        MetadataCodec::read(e, config);
        keep(config);
    }
    const double metadataS = clock.lap();

    // VmReport::record (read + preview) on every core, as a pure function of the snapshot.
    const int threads = std::max(1, QThread::idealThreadCount());
    QList<VmRecord> parallel(domains.size());
    {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back([&, t] {
                for (qsizetype i = t; i < domains.size(); i += threads)
                    parallel[i] = VmReport::record(uri, domains.at(i), engine);
            });
        for (std::thread& th : pool)
            th.join();
    }
    const double parallelS = clock.lap();
    bool same = true;
    for (qsizetype i = 0; i < records.size() && same; ++i)
        same = parallel.at(i).config == records.at(i).config;

    const auto n = double(std::max<qsizetype>(1, domains.size()));
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(6);
    out << "{\"uri\": \"" << uri << "\", \"vms\": " << domains.size() << ", \"json_bytes\": " << qtJson.size()
        << ", \"catalogue_s\": " << catalogueS << ", \"open_s\": " << openS << ", \"list_xml_s\": " << listS
        << ", \"sort_s\": " << sortS << ", \"read_s\": " << readS << ", \"read_warm_s\": " << readWarmS
        << ", \"preview_s\": " << previewS << ", \"vm_json_s\": " << vmJsonS << ", \"to_json_s\": " << toJsonS
        << ", \"serialize_s\": " << serializeS << ", \"read_us_per_vm\": " << readS / n * 1e6
        << ", \"preview_us_per_vm\": " << previewS / n * 1e6
        << ", \"json_us_per_vm\": " << (toJsonS + serializeS) / n * 1e6 << ", \"metadata_copy_s\": " << copyS
        << ", \"metadata_dom_parse_s\": " << metadataS << ", \"record_parallel_s\": " << parallelS
        << ", \"record_parallel_threads\": " << threads << ", \"record_parallel_same\": " << (same ? "true" : "false")
        << "}\n";
    return same ? 0 : 1;
}
