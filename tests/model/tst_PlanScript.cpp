// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/DataPaths.h"
#include "model/fleet/PlanHost.h"
#include "model/fleet/PlanScript.h"
#include "model/fleet/PushItemText.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

// The shell scripts of a push plan (issue 19 item 14): every script is valid sh, and every name and value reaches
// xenstore and xe exactly as planned, however it is spelt. Each script is checked with `sh -n` and then run with
// xenstore-*, xenstore and xe replaced by a stub on PATH that records its argv.
namespace {

using Commands = QList<QStringList>;
using Flavour = xp::device::Flavour;

const QString kUri = QStringLiteral("qemu+ssh://root@xen3/system");
const QDateTime kAt(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);

/// One VM of a row: its name and its host commands (argv each).
struct Vm
{
    QString name;
    Commands commands;
    QString refusal = {};
};

QList<PushItem> itemsOf(const QList<Vm>& vms)
{
    QList<PushItem> items;
    for (qsizetype i = 0; i < vms.size(); ++i) {
        PushItem item;
        item.name = vms.at(i).name;
        item.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        item.refusal = vms.at(i).refusal;
        for (const QStringList& argv : vms.at(i).commands)
            item.plan.hostCommands.append({argv});
        items.append(item);
    }
    return items;
}

QStringList xenstoreWrite(const QString& path, const QString& value = {})
{
    return {QStringLiteral("xenstore-write"), path, value};
}

QStringList xe(const QString& param)
{
    return {QStringLiteral("xe"), QStringLiteral("vm-param-set"),
            QStringLiteral("uuid=3f1e2d4c-0000-4000-8000-000000000001"), param};
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runSh(const QStringList& arguments, const QString& directory, const QString& record = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), directory + QStringLiteral("/bin:") + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("XP_RECORD"), record);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(directory);
    process.start(QStringLiteral("sh"), arguments);
    if (!process.waitForFinished(20000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/// The stubs write each call as: argc, then argv[0] (the program's name) and the arguments, NUL after each.
bool writeStubs(const QString& directory)
{
    if (!QDir(directory).mkpath(QStringLiteral("bin")))
        return false;
    const QByteArray stub = "#!/bin/sh\n"
                            "printf '%s\\000' \"$(($# + 1))\" \"${0##*/}\" >> \"$XP_RECORD\"\n"
                            "for a in \"$@\"; do printf '%s\\000' \"$a\" >> \"$XP_RECORD\"; done\n";
    for (const char* name : {"xenstore-write", "xenstore-rm", "xenstore", "xe", "xenstore=1"}) {
        QFile file(directory + QStringLiteral("/bin/") + QString::fromLatin1(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(stub) != stub.size())
            return false;
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return true;
}

Commands recorded(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = file.readAll().split('\0');
    Commands commands;
    for (qsizetype i = 0; i + 1 < fields.size();) {
        const int argc = fields.at(i++).toInt();
        QStringList argv;
        for (int a = 0; a < argc && i < fields.size(); ++a)
            argv << QString::fromUtf8(fields.at(i++));
        commands << argv;
    }
    return commands;
}

} // namespace

class tst_PlanScript : public QObject
{
    Q_OBJECT

private slots:
    void hostName_data();
    void hostName();
    void scripts_data();
    void scripts();
    void clipboardTextIsOneRunnableText();
    void hostWideReaders_data();
    void hostWideReaders();
    void realizationNamesTheHost();
};

void tst_PlanScript::hostName_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("dom0");
    QTest::addColumn<QString>("master");

    const QString local = QSysInfo::machineHostName();
    QTest::newRow("qemu-ssh") << kUri << QStringLiteral("xen3") << QStringLiteral("the host xen3")
                              << QStringLiteral("the pool master of xen3's pool");
    QTest::newRow("xen-ssh-fqdn") << QStringLiteral("xen+ssh://admin@xen3.example.com/system?keyfile=/k")
                                  << QStringLiteral("xen3.example.com") << QStringLiteral("the host xen3.example.com")
                                  << QStringLiteral("the pool master of xen3.example.com's pool");
    QTest::newRow("qemu-tcp-port") << QStringLiteral("qemu+tcp://10.1.2.3:16509/system") << QStringLiteral("10.1.2.3")
                                   << QStringLiteral("the host 10.1.2.3")
                                   << QStringLiteral("the pool master of 10.1.2.3's pool");
    QTest::newRow("local-xen") << QStringLiteral("xen:///system") << local << QStringLiteral("the host ") + local
                               << QStringLiteral("the pool master of %1's pool").arg(local);
    QTest::newRow("local-qemu-unix") << QStringLiteral("qemu+unix:///system") << local
                                     << QStringLiteral("the host ") + local
                                     << QStringLiteral("the pool master of %1's pool").arg(local);
    QTest::newRow("demo-node") << DataPaths::demoNodeUri() << QStringLiteral("demo node")
                               << QStringLiteral("the demo node")
                               << QStringLiteral("the pool master of the demo node's pool");
    QTest::newRow("test-driver-file") << QStringLiteral("test:///srv/lab/fleet.xml")
                                      << QStringLiteral("fleet.xml (test driver)")
                                      << QStringLiteral("the test driver's fleet.xml")
                                      << QStringLiteral("the pool master of the test driver's fleet.xml's pool");
}

void tst_PlanScript::hostName()
{
    QFETCH(QString, uri);
    QFETCH(QString, host);
    QFETCH(QString, dom0);
    QFETCH(QString, master);
    QCOMPARE(PlanHost::name(uri), host);
    QCOMPARE(PlanHost::dom0Phrase(uri), dom0);
    QCOMPARE(PlanHost::poolMasterPhrase(uri), master);
}

void tst_PlanScript::scripts_data()
{
    QTest::addColumn<QList<Vm>>("vms");

    const QString key60 = QStringLiteral("/mh/driver-blacklist/xensource-windows/60");
    QTest::newRow("one-vm-xenstore") << QList<Vm>{{QStringLiteral("hr-legacy-01"), {xenstoreWrite(key60)}}};
    QTest::newRow("quotes-in-name-and-value")
        << QList<Vm>{{QStringLiteral("it's \"quoted\""),
                      {xenstoreWrite(QStringLiteral("/mh/o'brien/1"), QStringLiteral("a'b\"c''d"))}}};
    QTest::newRow("spaces-in-name-and-value")
        << QList<Vm>{{QStringLiteral("  my  vm  "),
                      {xenstoreWrite(QStringLiteral("/mh/with space/2"), QStringLiteral(" two  spaces "))}}};
    QTest::newRow("command-substitution")
        << QList<Vm>{{QStringLiteral("$(touch pwned)`touch pwned`${HOME}"),
                      {xenstoreWrite(QStringLiteral("/mh/$(touch pwned)/3"),
                                     QStringLiteral("$(touch pwned); touch pwned && `touch pwned` | \\ * ~ # !"))}}};
    QTest::newRow("newline-in-name") << QList<Vm>{
        {QStringLiteral("evil\ntouch pwned\r\u2028#"), {xenstoreWrite(key60)}}};
    // Bare, a first word with '=' would be an assignment and the next word the command.
    QTest::newRow("equals-first-word-is-not-an-assignment") << QList<Vm>{
        {QStringLiteral("odd"),
         {{QStringLiteral("xenstore=1"), QStringLiteral("xe"), QStringLiteral("A=b"), QStringLiteral("--=")}}}};
    QTest::newRow("several-vms-one-host") << QList<Vm>{
        {QStringLiteral("mx-01"), {xenstoreWrite(key60), {QStringLiteral("xenstore-rm"), key60 + QStringLiteral("1")}}},
        {QStringLiteral("refused one"), {xenstoreWrite(key60)}, QStringLiteral("read-only metadata")},
        {QStringLiteral("monitor-01"), {xenstoreWrite(QStringLiteral("/mh/driver-blacklist/linux/3"))}},
        {QStringLiteral("web-01"), {}},
        {QStringLiteral("hr legacy 'two'"), {xenstoreWrite(key60)}}};
    QTest::newRow("xe-and-xenstore") << QList<Vm>{
        {QStringLiteral("dc-01"),
         {xenstoreWrite(key60), xe(QStringLiteral("platform:device_id=0002")),
          xe(QStringLiteral("has-vendor-device=false"))}},
        {QStringLiteral("acct 01 $x"), {xe(QStringLiteral("has-vendor-device=true"))}}};
    QTest::newRow("xe-only") << QList<Vm>{
        {QStringLiteral("scan-01"),
         {{QStringLiteral("xe"), QStringLiteral("vm-param-remove"),
           QStringLiteral("uuid=3f1e2d4c-0000-4000-8000-000000000002"), QStringLiteral("param-name=platform"),
           QStringLiteral("param-key=device_id")}}}};
}

void tst_PlanScript::scripts()
{
    QFETCH(QList<Vm>, vms);
    const QList<PushItem> items = itemsOf(vms);
    const QStringList readers{QStringLiteral("peer 'one'"), QStringLiteral("peer\ntwo")};
    const QList<PlanScript::Script> scripts = PlanScript::build(kUri, items, kAt, readers);

    // What each target's script must make the stubs see, and which VMs it prints, in push order.
    QMap<PlanScript::Target, Commands> expected;
    QMap<PlanScript::Target, QString> expectedOut;
    QMap<PlanScript::Target, QStringList> expectedVms;
    for (const Vm& vm : vms) {
        if (!vm.refusal.isEmpty())
            continue;
        for (const PlanScript::Target target : {PlanScript::Target::Dom0, PlanScript::Target::PoolMaster}) {
            Commands mine;
            for (const QStringList& argv : vm.commands)
                if (PlanScript::targetOf({argv}) == target)
                    mine << argv;
            if (mine.isEmpty())
                continue;
            expected[target] += mine;
            // The progress line shows the name without control characters; every other character as it is.
            QString shown = vm.name;
            for (QChar& c : shown)
                if (c.unicode() < 0x20 || c == QChar::LineSeparator)
                    c = u'?';
            expectedOut[target] += QStringLiteral("== ") + shown + QLatin1Char('\n');
            expectedVms[target] << vm.name;
        }
    }
    QCOMPARE(scripts.size(), expected.size());

    for (const PlanScript::Script& script : scripts) {
        const bool dom0 = script.target == PlanScript::Target::Dom0;
        QVERIFY(expected.contains(script.target));
        QCOMPARE(script.vms, expectedVms.value(script.target));
        QCOMPARE(script.fileName, dom0 ? QStringLiteral("xpconsole-plan-xen3-dom0.sh")
                                       : QStringLiteral("xpconsole-plan-xen3-pool-master.sh"));
        const QString& text = script.text;
        QVERIFY2(text.startsWith(QLatin1String("#!/bin/sh\n")), qPrintable(text));
        // The header names host, connection, date and VMs, and is nothing but comments up to set -eu.
        const qsizetype setAt = text.indexOf(QLatin1String("\nset -eu\n"));
        QVERIFY2(setAt > 0, qPrintable(text));
        const QString header = text.left(setAt);
        for (const QString& line : header.split(QLatin1Char('\n')))
            QVERIFY2(line.startsWith(QLatin1Char('#')), qPrintable(line));
        QVERIFY2(header.contains(dom0 ? QStringLiteral("# Host: xen3\n")
                                      : QStringLiteral("# Host: the pool master of xen3's pool (uncertain)\n")),
                 qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("# Connection: ") + kUri + u'\n'), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("# Written: 2026-03-14T09:26:53Z\n")), qPrintable(header));
        QVERIFY2(header.contains(QStringLiteral("# VMs (%1): ").arg(expectedVms.value(script.target).size())),
                 qPrintable(header));
        for (const QString& name : expectedVms.value(script.target))
            if (!name.contains(QLatin1Char('\n')))
                QVERIFY2(header.contains(PlanScript::quoted(name)), qPrintable(name));
        QCOMPARE(header.contains(QLatin1String("peer '\\''one'\\''")), dom0);
        // The body: a comment and a progress line per VM, then its commands; no name spills onto a line of its own.
        QStringList commandLines;
        for (const QStringList& argv : expected.value(script.target))
            commandLines << PlanScript::commandLine(argv);
        for (const QString& line : text.mid(setAt + 8).split(QLatin1Char('\n')))
            QVERIFY2(line.isEmpty() || line.startsWith(u'#') || line.startsWith(QLatin1String("printf '== %s\\n' ")) ||
                         commandLines.contains(line),
                     qPrintable(line));
        QCOMPARE(header.contains(QLatin1String("Uncertain")), !dom0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeStubs(dir.path()));
        QFile file(dir.filePath(script.fileName));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        file.close();

        const Run check = runSh({QStringLiteral("-n"), file.fileName()}, dir.path());
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + u'\n' + text));

        const QString record = dir.filePath(QStringLiteral("record"));
        const Run run = runSh({file.fileName()}, dir.path(), record);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + u'\n' + text));
        QCOMPARE(recorded(record), expected.value(script.target));
        QCOMPARE(run.out, expectedOut.value(script.target));
        QVERIFY2(!QFile::exists(dir.filePath(QStringLiteral("pwned"))), qPrintable(text));
    }
}

void tst_PlanScript::clipboardTextIsOneRunnableText()
{
    const QList<PushItem> items = itemsOf({{QStringLiteral("dc-01"),
                                            {xenstoreWrite(QStringLiteral("/mh/driver-blacklist/xensource-windows/60")),
                                             xe(QStringLiteral("has-vendor-device=false"))}}});
    const QList<PlanScript::Script> scripts = PlanScript::build(kUri, items, kAt);
    QCOMPARE(scripts.size(), 2);
    const QString text = PlanScript::joined(scripts);
    QVERIFY(text.startsWith(QLatin1String("#!/bin/sh\n# ===== Script 1 of 2: for dom0")));
    QVERIFY(text.contains(QLatin1String("#!/bin/sh\n# ===== Script 2 of 2: for the pool master")));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("both.sh")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const Run check = runSh({QStringLiteral("-n"), file.fileName()}, dir.path());
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QCOMPARE(PlanScript::joined({scripts.constFirst()}), scripts.constFirst().text);
}

void tst_PlanScript::hostWideReaders_data()
{
    QTest::addColumn<QList<Vm>>("pushed");
    QTest::addColumn<QStringList>("readers");

    QTest::newRow("xenstore-key-reaches-both-old-device-models")
        << QList<Vm>{{QStringLiteral("hr-legacy-01"),
                      {xenstoreWrite(QStringLiteral("/mh/driver-blacklist/xensource-windows/60"))}}}
        << QStringList{QStringLiteral("acct-01"), QStringLiteral("monitor-01"), QStringLiteral("mx 01 'x'")};
    QTest::newRow("refused-item-writes-nothing")
        << QList<Vm>{{QStringLiteral("hr-legacy-01"),
                      {xenstoreWrite(QStringLiteral("/mh/driver-blacklist/xensource-windows/60"))},
                      QStringLiteral("read-only")}}
        << QStringList{};
    QTest::newRow("xe-only-is-not-host-wide")
        << QList<Vm>{{QStringLiteral("hr-legacy-01"), {xe(QStringLiteral("has-vendor-device=true"))}}} << QStringList{};
    QTest::newRow("pushed-vms-are-not-others")
        << QList<Vm>{{QStringLiteral("hr-legacy-01"), {xenstoreWrite(QStringLiteral("/mh/x/1"))}},
                     {QStringLiteral("monitor-01"), {}}}
        << QStringList{QStringLiteral("acct-01"), QStringLiteral("mx 01 'x'")};
}

void tst_PlanScript::hostWideReaders()
{
    QFETCH(QList<Vm>, pushed);
    QFETCH(QStringList, readers);
    const QList<PushItem> items = itemsOf(pushed);
    // The connection's VMs; the pushed ones carry the same UUIDs as their items.
    QList<PlanScript::HostVm> vms{{items.at(0).uuid, QStringLiteral("hr-legacy-01"), Flavour::QemuTraditional},
                                  {QStringLiteral("u-2"), QStringLiteral("print-01"), Flavour::QemuUpstream},
                                  {QStringLiteral("u-3"), QStringLiteral("mx 01 'x'"), Flavour::QemuTraditional},
                                  {QStringLiteral("u-4"), QStringLiteral("acct-01"), Flavour::XenServerTrad},
                                  {QStringLiteral("u-5"), QStringLiteral("files-03"), Flavour::XenServer}};
    vms.append({items.size() > 1 ? items.at(1).uuid : QStringLiteral("u-6"), QStringLiteral("monitor-01"),
                Flavour::QemuTraditional});
    QCOMPARE(PlanScript::hostWideReaders(items, vms), readers);
}

void tst_PlanScript::realizationNamesTheHost()
{
    QList<PushItem> items = itemsOf({{QStringLiteral("dc-01"),
                                      {xenstoreWrite(QStringLiteral("/mh/driver-blacklist/xensource-windows/60")),
                                       xe(QStringLiteral("has-vendor-device=false"))}}});
    const QStringList lines = PushItemText::realization(items.constFirst(), kUri);
    const QString text = lines.join(u'\n');
    const qsizetype dom0 = text.indexOf(QLatin1String("Run on the host xen3, in dom0"));
    const qsizetype master = text.indexOf(QLatin1String("Run on the pool master of xen3's pool"));
    QVERIFY2(dom0 >= 0 && master > dom0, qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("xenstore-write")) > dom0 &&
                 text.indexOf(QLatin1String("xenstore-write")) < master,
             qPrintable(text));
    QVERIFY2(text.indexOf(QLatin1String("xe vm-param-set")) > master, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Uncertain: xpconsole cannot tell which host is the pool master")),
             qPrintable(text));
    // xpctl's text, without a connection to name, stays as it was.
    QVERIFY(PushItemText::realization(items.constFirst()).join(u'\n').contains(QLatin1String("Run on the host (")));
}

QTEST_GUILESS_MAIN(tst_PlanScript)
#include "tst_PlanScript.moc"
