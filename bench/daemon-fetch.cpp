// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
//
// daemon-fetch [N] [SESSIONS...]: on a private real libvirtd (tests/support/LibvirtDaemon, QEMU driver, run as
// root), defines N domains, then times fetching every inactive XML (issue 7):
//   floor       the sequential floor: one connection, virConnectListAllDomains, virDomainGetXMLDesc per domain
//   console/S   the console's refresh (LibvirtConnection::refresh with parallelSessions = S): the listing on the
//               primary worker, the XML over S connections on S worker threads
// Each variant runs --runs times alternately; the median wall time is printed with the ratio to the floor.
// Every domain is undefined again and the daemon stopped at the end.

#include "../tests/support/LibvirtDaemon.h"
#include "model/libvirt/LibvirtConnection.h"
#include "model/libvirt/LibvirtSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>
#include <algorithm>
#include <libvirt/libvirt.h>

namespace {
QString domainXml(int i)
{
    // The shape of a Windows VM of the demo fleet: disks, a NIC, our metadata; small enough that the RPC round
    // trip, not the XML size, is what a fetch costs.
    return QStringLiteral("<domain type='qemu'><name>bench-%1</name><uuid>6f1c4a40-%2-4c2e-9a57-3b0d4c6e%2</uuid>"
                          "<metadata><xp:platform xmlns:xp='urn:xpconsole:platform:1' schema='1'>"
                          "<xp:device-model flavour='qemu-upstream'/><xp:guest os='windows' release='10.0.17763'/>"
                          "</xp:platform></metadata><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices><emulator>%3</emulator>"
                          "<disk type='file' device='disk'><source file='/var/lib/xp/bench-%1.img'/>"
                          "<target dev='hda' bus='ide'/></disk>"
                          "<interface type='user'><mac address='52:54:00:%4:%5:%6'/><model type='rtl8139'/></interface>"
                          "</devices></domain>")
        .arg(i)
        .arg(i, 4, 10, QLatin1Char('0'))
        .arg(LibvirtDaemon::emulator())
        .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(i & 0xff, 2, 16, QLatin1Char('0'));
}

double floorRun(const QString& uri, int expected)
{
    QElapsedTimer timer;
    timer.start();
    virConnectPtr conn = virConnectOpenReadOnly(uri.toUtf8().constData());
    if (!conn)
        return -1;
    virDomainPtr* domains = nullptr;
    const int count = virConnectListAllDomains(conn, &domains, 0);
    for (int i = 0; i < count; ++i) {
        char* xml = virDomainGetXMLDesc(domains[i], VIR_DOMAIN_XML_INACTIVE);
        free(xml);
        virDomainFree(domains[i]);
    }
    free(domains);
    virConnectClose(conn);
    return count == expected ? timer.elapsed() / 1000.0 : -1;
}

double consoleRun(const QString& uri, int sessions, int expected)
{
    QElapsedTimer timer;
    timer.start();
    LibvirtConnection connection;
    QEventLoop loop;
    int listed = -1;
    QObject::connect(&connection, &LibvirtConnection::opened, &loop, [&](const LibvirtResult& result) {
        if (!result.ok()) {
            loop.quit();
            return;
        }
        LibvirtRefreshOptions options;
        options.parallelSessions = sessions;
        connection.refresh(options);
    });
    QObject::connect(&connection, &LibvirtConnection::refreshFinished, &loop,
                     [&](quint64, const LibvirtResult& result, int count) {
                         listed = result.ok() ? count : -1;
                         loop.quit();
                     });
    connection.open(uri, true);
    loop.exec();
    return listed == expected ? timer.elapsed() / 1000.0 : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per variant."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Domains to define (default 1000)."));
    parser.addPositionalArgument(QStringLiteral("SESSIONS"), QStringLiteral("Parallel sessions to try (2 4 8)."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    const int n = args.isEmpty() ? 1000 : args.constFirst().toInt();
    QList<int> variants{1};
    for (qsizetype i = 1; i < args.size(); ++i)
        variants.append(args.at(i).toInt());
    if (args.size() <= 1)
        variants += {2, 4, 8};
    const int runs = std::max(1, parser.value(runsOption).toInt());

    if (const QString missing = LibvirtDaemon::missingPrerequisite(); !missing.isEmpty()) {
        err << "daemon-fetch: " << missing << '\n';
        return 2;
    }
    LibvirtDaemon daemon;
    if (!daemon.start()) {
        err << "daemon-fetch: " << daemon.errorString() << '\n';
        return 3;
    }
    LibvirtSession session;
    if (!session.open(daemon.uri(), false).ok())
        return 3;
    for (int i = 0; i < n; ++i) {
        const LibvirtResult defined = session.define(domainXml(i));
        if (!defined.ok()) {
            err << "daemon-fetch: define " << i << ": " << defined.message << '\n';
            return 3;
        }
    }
    err << "daemon-fetch: " << n << " domains defined on " << daemon.uri() << '\n';

    QMap<int, QList<double>> wall; // 0 = floor
    for (int run = 0; run < runs; ++run) {
        wall[0].append(floorRun(daemon.uri(), n));
        for (int sessions : std::as_const(variants))
            wall[sessions].append(consoleRun(daemon.uri(), sessions, n));
    }
    const double floor = median(wall.value(0));
    out << "| variant | median wall s | ratio to the floor |\n|---|---:|---:|\n";
    out << QStringLiteral("| floor (1 connection, sequential) | %1 | 1.00 |\n").arg(floor, 0, 'f', 3);
    for (int sessions : std::as_const(variants)) {
        const double m = median(wall.value(sessions));
        out << QStringLiteral("| console, %1 session(s) | %2 | %3 |\n")
                   .arg(sessions)
                   .arg(m, 0, 'f', 3)
                   .arg(floor > 0 ? m / floor : 0, 0, 'f', 2);
    }
    out.flush();
    for (int i = 0; i < n; ++i)
        session.undefine(QStringLiteral("6f1c4a40-%1-4c2e-9a57-3b0d4c6e%1").arg(i, 4, 10, QLatin1Char('0')));
    session.close();
    daemon.stop();
    return 0;
}
