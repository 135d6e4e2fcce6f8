// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// gen-node: writes a libvirt test-driver node file (https://libvirt.org/drvtest.html) with N VMs for the
// benchmarks. Every VM is a copy of one of the demo fleet's domains (data/demo-fleet.xml: every flavour,
// Windows/Linux/BSD, driver stacks, blacklists, vendor devices, hostdevs, KVM with Xen emulation) with its
// own name, UUID, MAC addresses and image paths. A share of the VMs carries no xpconsole metadata (VMs
// nobody has looked at yet) or another application's metadata element next to ours, as real fleets do.
// The output depends only on the template, N, the seed and the options: same input, same bytes.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSaveFile>
#include <QString>
#include <QTextStream>
#include <cstdint>

#ifndef XP_SOURCE_DATA_DIR
#define XP_SOURCE_DATA_DIR "data"
#endif

namespace {

/// splitmix64: a tiny, fully specified generator, so the output is the same with every standard library
/// (std::uniform_int_distribution is not).
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    /// Uniform enough in [0, n) for the small n used here.
    std::uint64_t below(std::uint64_t n) { return next() % n; }

private:
    std::uint64_t m_state;
};

struct Template
{
    QString name;
    QString text;
};

enum class States { Mixed, Running, Template };

QString hex(std::uint64_t value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0'));
}

QString uuidFrom(Random& random)
{
    const std::uint64_t hi = random.next();
    const std::uint64_t lo = random.next();
    // Version 4, variant 1, as virsh would generate.
    const std::uint64_t timeHi = ((hi & 0xffff) & 0x0fff) | 0x4000;
    const std::uint64_t clock = ((lo >> 48) & 0x3fff) | 0x8000;
    return hex(hi >> 32, 8) + QLatin1Char('-') + hex((hi >> 16) & 0xffff, 4) + QLatin1Char('-') + hex(timeHi, 4) +
           QLatin1Char('-') + hex(clock, 4) + QLatin1Char('-') + hex(lo & 0xffffffffffffULL, 12);
}

QList<Template> readTemplates(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression domainRe(QStringLiteral("<domain\\b.*?</domain>"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression nameRe(QStringLiteral("<name>([^<]+)</name>"));
    QList<Template> templates;
    for (auto it = domainRe.globalMatch(text); it.hasNext();) {
        const QString block = it.next().captured(0);
        const auto name = nameRe.match(block);
        if (!name.hasMatch()) {
            *error = QStringLiteral("%1: a domain without <name>").arg(path);
            return {};
        }
        templates.append({name.captured(1), block});
    }
    if (templates.isEmpty())
        *error = QStringLiteral("%1: no <domain> to copy").arg(path);
    return templates;
}

/// One VM: template @p t renamed to @p name, with fresh identity and the requested run state.
QString instantiate(const Template& t, const QString& name, qint64 index, Random& random, States states, bool plain,
                    bool foreign)
{
    static const QRegularExpression uuidRe(QStringLiteral("<uuid>[^<]*</uuid>"));
    static const QRegularExpression macRe(
        QStringLiteral("<mac address=\"([0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}):[^\"]*\"/>"));
    static const QRegularExpression stateRe(QStringLiteral("<test:runstate>\\d+</test:runstate>"));
    static const QRegularExpression metadataRe(QStringLiteral("\\s*<metadata>.*?</metadata>"),
                                               QRegularExpression::DotMatchesEverythingOption);

    QString vm = t.text;
    vm.replace(t.name, name); // <name>, image paths
    vm.replace(uuidRe, QStringLiteral("<uuid>%1</uuid>").arg(uuidFrom(random)));

    // MACs: the template's OUI (00:16:3e Xen, 52:54:00 QEMU), then 24 bits unique per VM and NIC.
    QString withMacs;
    qsizetype last = 0;
    int nic = 0;
    for (auto it = macRe.globalMatch(vm); it.hasNext();) {
        const auto m = it.next();
        const std::uint64_t id = (std::uint64_t(index) * 4 + std::uint64_t(nic++)) & 0xffffff;
        withMacs += QStringView(vm).mid(last, m.capturedStart(0) - last);
        withMacs += QStringLiteral("<mac address=\"%1:%2:%3:%4\"/>")
                        .arg(m.captured(1), hex(id >> 16, 2), hex((id >> 8) & 0xff, 2), hex(id & 0xff, 2));
        last = m.capturedEnd(0);
    }
    withMacs += QStringView(vm).mid(last);
    vm = withMacs;

    if (states != States::Template) {
        // virDomainState: 1 running, 5 shut off. Mixed: about three in four running.
        const bool running = states == States::Running || random.below(4) != 0;
        vm.replace(stateRe, QStringLiteral("<test:runstate>%1</test:runstate>").arg(running ? 1 : 5));
    }
    if (plain) {
        vm.remove(metadataRe);
    } else if (foreign) {
        // Another tool's element next to ours (libvirt allows one element per namespace).
        vm.replace(QStringLiteral("<metadata>"),
                   QStringLiteral("<metadata>\n      <inv:asset xmlns:inv=\"urn:example:inventory:2\" "
                                  "tag=\"A-%1\" owner=\"it-ops\" cost-centre=\"%2\"/>")
                       .arg(index, 6, 10, QLatin1Char('0'))
                       .arg(1000 + random.below(90)));
    }
    return vm;
}

QString baseName(const QString& name)
{
    static const QRegularExpression suffixRe(QStringLiteral("-\\d+$"));
    QString base = name;
    base.remove(suffixRe);
    return base;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gen-node"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a libvirt test-driver node file with N VMs shaped like the demo fleet's."));
    parser.addHelpOption();
    const QCommandLineOption vmsOpt(QStringList{QStringLiteral("n"), QStringLiteral("vms")},
                                    QStringLiteral("Number of VMs (default 1000)."), QStringLiteral("N"),
                                    QStringLiteral("1000"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Seed (default 1)."), QStringLiteral("S"),
                                     QStringLiteral("1"));
    const QCommandLineOption templateOpt(QStringLiteral("template"),
                                         QStringLiteral("Node file whose domains are copied (default the demo fleet)."),
                                         QStringLiteral("FILE"), QStringLiteral(XP_SOURCE_DATA_DIR "/demo-fleet.xml"));
    const QCommandLineOption statesOpt(
        QStringLiteral("states"),
        QStringLiteral("mixed (about 3/4 running, default), running (all) or template (as in the template)."),
        QStringLiteral("MODE"), QStringLiteral("mixed"));
    const QCommandLineOption plainOpt(QStringLiteral("plain-percent"),
                                      QStringLiteral("Percent of VMs without xpconsole metadata (default 10)."),
                                      QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption foreignOpt(QStringLiteral("foreign-percent"),
                                        QStringLiteral("Percent of VMs with a foreign metadata element (default 10)."),
                                        QStringLiteral("P"), QStringLiteral("10"));
    const QCommandLineOption outputOpt(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                       QStringLiteral("Output file (default standard output)."),
                                       QStringLiteral("FILE"));
    parser.addOptions({vmsOpt, seedOpt, templateOpt, statesOpt, plainOpt, foreignOpt, outputOpt});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const qint64 vms = parser.value(vmsOpt).toLongLong(&ok);
    if (!ok || vms < 1 || vms > 10'000'000) {
        err << "gen-node: --vms needs a number from 1 to 10000000\n";
        return 2;
    }
    const std::uint64_t seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok) {
        err << "gen-node: --seed needs a non-negative number\n";
        return 2;
    }
    const int plainPercent = parser.value(plainOpt).toInt(&ok);
    const int foreignPercent = ok ? parser.value(foreignOpt).toInt(&ok) : 0;
    if (!ok || plainPercent < 0 || foreignPercent < 0 || plainPercent + foreignPercent > 100) {
        err << "gen-node: the percentages must be 0-100 and add up to at most 100\n";
        return 2;
    }
    States states = States::Mixed;
    if (parser.value(statesOpt) == QLatin1String("running"))
        states = States::Running;
    else if (parser.value(statesOpt) == QLatin1String("template"))
        states = States::Template;
    else if (parser.value(statesOpt) != QLatin1String("mixed")) {
        err << "gen-node: --states must be mixed, running or template\n";
        return 2;
    }

    QString error;
    const QList<Template> templates = readTemplates(parser.value(templateOpt), &error);
    if (templates.isEmpty()) {
        err << "gen-node: " << error << '\n';
        return 2;
    }

    Random random(seed);
    const int digits = int(QString::number(vms - 1).size());
    QByteArray out;
    out.reserve(vms * 1700 + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += QStringLiteral("<!-- Generated by bench/gen-node: vms=%1 seed=%2 states=%3 plain-percent=%4 "
                          "foreign-percent=%5, from %6 domains of the demo fleet. Do not edit. -->\n")
               .arg(vms)
               .arg(seed)
               .arg(parser.value(statesOpt))
               .arg(plainPercent)
               .arg(foreignPercent)
               .arg(templates.size())
               .toUtf8();
    // A host big enough for the fleet: 4 sockets x 64 cores x 2 threads, 16 TiB.
    out += "<node>\n  <cpu>\n    <nodes>4</nodes>\n    <sockets>4</sockets>\n    <cores>64</cores>\n"
           "    <threads>2</threads>\n    <active>512</active>\n    <mhz>2900</mhz>\n    <model>x86_64</model>\n"
           "    <vendor>GenuineIntel</vendor>\n  </cpu>\n  <memory>17179869184</memory>\n";
    for (qint64 i = 0; i < vms; ++i) {
        const Template& t = templates.at(qsizetype(random.below(std::uint64_t(templates.size()))));
        const QString name =
            baseName(t.name) + QLatin1Char('-') + QStringLiteral("%1").arg(i, digits, 10, QLatin1Char('0'));
        const auto roll = int(random.below(100));
        const bool plain = roll < plainPercent;
        const bool foreign = !plain && roll < plainPercent + foreignPercent;
        out += "  ";
        out += instantiate(t, name, i, random, states, plain, foreign).toUtf8();
        out += '\n';
    }
    out += "</node>\n";

    if (!parser.isSet(outputOpt)) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(out) != out.size()) {
            err << "gen-node: cannot write to standard output\n";
            return 1;
        }
        return 0;
    }
    QSaveFile file(parser.value(outputOpt));
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        err << "gen-node: cannot write " << parser.value(outputOpt) << ": " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}
