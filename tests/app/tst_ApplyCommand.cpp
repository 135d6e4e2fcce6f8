// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "app/ctl/ApplyCommand.h"
#include "app/ctl/CtlApplication.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/fleet/DomainPush.h"
#include "model/libvirt/LibvirtSession.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

// xpctl apply and blacklist in process, against libvirt's test driver: test:///default (shared by every
// connection of this process while the test keeps one open) with the push fixtures, and the bundled demo node.
namespace {

const QString kUri = QStringLiteral("test:///default");
const QString kXenUuid = QStringLiteral("6f1c4a40-00e1-4c2e-9a57-3b0d4c6e00e1");
const QString kTradUuid = QStringLiteral("6f1c4a40-00e4-4c2e-9a57-3b0d4c6e00e4");
const QString kQemuUuid = QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e00e0");

QString fixture(const QString& name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/push/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class tst_ApplyCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void usageErrors_data();
    void usageErrors();
    void withoutYesNothingIsWritten();
    void dryRunShowsEverythingAndWritesNothing();
    void applyWritesAndVerifies();
    void blacklistAddListRemove();
    void bulkNamesRefusalsFirst();
    void readOnlyConnectionRefuses();
    void runningVmGetsThePowerOffNote();
    void demoNode();
    void textNeverReachesACommandLine();
    void exitStatuses();

private:
    struct Run
    {
        int status;
        QString out;
        QString err;
    };
    static Run xpctl(const QStringList& args, const QString& uri = kUri);
    QString current(const QString& uuid) { return m_session.domainXml(uuid).xml; }

    LibvirtSession m_session;
};

tst_ApplyCommand::Run tst_ApplyCommand::xpctl(const QStringList& args, const QString& uri)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    QStringList all{QStringLiteral("xpctl")};
    if (!uri.isEmpty())
        all << QStringLiteral("--connect") << uri;
    const int status = CtlApplication(o, e).run(all + args);
    o.flush();
    e.flush();
    return {status, out, err};
}

void tst_ApplyCommand::initTestCase()
{
    const LibvirtResult opened = m_session.open(kUri, false);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
}

void tst_ApplyCommand::init()
{
    QString qemu = fixture(QStringLiteral("qemu-foreign.xml"));
    for (const QString& xml : {fixture(QStringLiteral("xen-foreign.xml")), fixture(QStringLiteral("traditional.xml")),
                               qemu.replace(QStringLiteral("type='qemu'"), QStringLiteral("type='kvm'"))}) {
        const LibvirtResult defined = m_session.define(xml);
        QVERIFY2(defined.ok(), qPrintable(defined.message));
    }
}

void tst_ApplyCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString vm = QStringLiteral("xpc-push-xen");
    const QString set = QStringLiteral("--set");
    QTest::newRow("no VM") << QStringList{QStringLiteral("apply"), set, QStringLiteral("flavour=xenserver-trad")}
                           << QStringLiteral("needs a VM name or --all");
    QTest::newRow("no --set") << QStringList{QStringLiteral("apply"), vm} << QStringLiteral("at least one --set");
    QTest::newRow("what-if only") << QStringList{QStringLiteral("apply"), vm, set,
                                                 QStringLiteral("wu-publish+=xenproject-9.1@PCI\\VEN_5853&DEV_0001"),
                                                 QStringLiteral("--yes")}
                                  << QStringLiteral("what-if only");
    QTest::newRow("bad value") << QStringList{QStringLiteral("apply"), vm, set, QStringLiteral("vendor-device=0x10000")}
                               << QStringLiteral("vendor-device=0x10000");
    QTest::newRow("unknown VM") << QStringList{QStringLiteral("apply"), QStringLiteral("nope"), set,
                                               QStringLiteral("flavour=xenserver-trad")}
                                << QStringLiteral("no VM named 'nope'");
    QTest::newRow("two VMs") << QStringList{QStringLiteral("apply"), vm, QStringLiteral("other"), set,
                                            QStringLiteral("flavour=xenserver-trad")}
                             << QStringLiteral("one VM name");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("apply"), vm, QStringLiteral("--force")}
                                    << QStringLiteral("unknown option '--force'");
    QTest::newRow("blacklist no action") << QStringList{QStringLiteral("blacklist"), vm}
                                         << QStringLiteral("list, add or remove");
    QTest::newRow("blacklist bad action")
        << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("drop")} << QStringLiteral("not 'drop'");
    QTest::newRow("blacklist missing build")
        << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("add"), QStringLiteral("xensource-windows")}
        << QStringLiteral("needs PRODUCT and BUILD");
    QTest::newRow("blacklist unknown product") << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("add"),
                                                              QStringLiteral("acme"), QStringLiteral("5")}
                                               << QStringLiteral("'acme'");
    QTest::newRow("blacklist inverted") << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("add"),
                                                       QStringLiteral("1"), QStringLiteral("9-3")}
                                        << QStringLiteral("FIRST not above LAST");
    QTest::newRow("blacklist product with a colon")
        << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("add"), QStringLiteral("1:2"),
                       QStringLiteral("3")}
        << QStringLiteral("expected PRODUCT");
    QTest::newRow("blacklist --set") << QStringList{QStringLiteral("blacklist"), vm, QStringLiteral("list"), set,
                                                    QStringLiteral("flavour=xenserver-trad")}
                                     << QStringLiteral("unknown option '--set'");
}

void tst_ApplyCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString before = current(kXenUuid);
    const Run r = xpctl(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(current(kXenUuid), before);
}

void tst_ApplyCommand::withoutYesNothingIsWritten()
{
    const QString before = current(kXenUuid);
    const Run r = xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-xen"), QStringLiteral("--set"),
                         QStringLiteral("blacklist+=1:70")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.out.contains(QLatin1String("+++ b/xpc-push-xen.xml")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("+        <xp:entry product=\"xensource-windows\" build=\"70\"/>")));
    QVERIFY(r.out.contains(QLatin1String("not written (needs --yes)")));
    QVERIFY2(r.err.contains(QLatin1String("add --yes")), qPrintable(r.err));
    QCOMPARE(current(kXenUuid), before);
}

void tst_ApplyCommand::dryRunShowsEverythingAndWritesNothing()
{
    const QString before = current(kTradUuid);
    const Run r = xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-trad"), QStringLiteral("--set"),
                         QStringLiteral("blacklist+=xensource-windows:70-71"), QStringLiteral("--set"),
                         QStringLiteral("blacklist-=1:60"), QStringLiteral("--set"),
                         QStringLiteral("vendor-device=0xc000"), QStringLiteral("--dry-run")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.err.isEmpty());
    for (const QString& expected :
         {QStringLiteral("== xpc-push-trad (6f1c4a40-00e4-4c2e-9a57-3b0d4c6e00e4) =="),
          QStringLiteral("--- a/xpc-push-trad.xml"), QStringLiteral("Run on the host"),
          QStringLiteral("  xenstore-rm /mh/driver-blacklist/xensource-windows/60\n"),
          QStringLiteral("  xenstore-write /mh/driver-blacklist/xensource-windows/70 \"\"\n"),
          QStringLiteral("  xenstore-write /mh/driver-blacklist/xensource-windows/71 \"\"\n"),
          QStringLiteral("Model only (kept in metadata, not realized):"),
          QStringLiteral("  vendor-device 0x5853:0xc000 rev 0x01: qemu-traditional has no xen-pvdevice"),
          QStringLiteral("  blacklist linux:1: "), QStringLiteral("Result: dry run, nothing written.")})
        QVERIFY2(r.out.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + r.out));
    QCOMPARE(current(kTradUuid), before);
}

void tst_ApplyCommand::applyWritesAndVerifies()
{
    const QString before = current(kQemuUuid);
    const Run r = xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-qemu"), QStringLiteral("--set"),
                         QStringLiteral("platform-device=0x0002"), QStringLiteral("--set"),
                         QStringLiteral("driver+=xenproject-9.1"), QStringLiteral("--yes")});
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("Result: written and verified.")));
    QVERIFY(r.out.contains(QLatin1String("platform-device 0x0002: The qemu-upstream device model has a fixed")));
    QVERIFY(r.out.contains(QLatin1String("test driver")));
    const QString after = current(kQemuUuid);
    VmConfig config;
    DomainXmlReader::read(after, config);
    QCOMPARE(config.platform.deviceId, std::optional<quint16>(0x0002));
    QVERIFY(config.guest.drivers.contains(QStringLiteral("xenproject-9.1")));
    QCOMPARE(DomainPatcher::foreignMetadata(after), DomainPatcher::foreignMetadata(before));
    // The same again: nothing left to change.
    const Run again = xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-qemu"), QStringLiteral("--set"),
                             QStringLiteral("platform-device=0x0002"), QStringLiteral("--yes")});
    QCOMPARE(again.status, 0);
    QVERIFY(again.out.contains(QLatin1String("No change")));
    QVERIFY(again.out.contains(QLatin1String("Result: nothing to write.")));
}

void tst_ApplyCommand::blacklistAddListRemove()
{
    Run r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("add"),
                   QStringLiteral("gplpv-windows"), QStringLiteral("5-6")});
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("xenstore-write /mh/driver-blacklist/gplpv-windows/5 \"\"")));
    QVERIFY(r.out.contains(QLatin1String("xenstore-write /mh/driver-blacklist/gplpv-windows/6 \"\"")));
    QVERIFY(r.out.contains(QLatin1String("Result: written and verified.")));

    r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("list")});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QStringLiteral("xpc-push-trad (qemu-traditional):\n"
                                   "  xensource-windows 60  enforced by the device model\n"
                                   "  linux 1  modeled, not enforced by this device model\n"
                                   "  gplpv-windows 5-6  enforced by the device model\n"));

    r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("remove"),
               QStringLiteral("0x0002"), QStringLiteral("5-6")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("xenstore-rm /mh/driver-blacklist/gplpv-windows/6")));
    r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("remove"),
               QStringLiteral("2"), QStringLiteral("5-6")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.out.contains(QLatin1String("no such entry")), qPrintable(r.out));

    // --dry-run shows without writing.
    const QString before = current(kTradUuid);
    r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("add"), QStringLiteral("1"),
               QStringLiteral("99"), QStringLiteral("--dry-run")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("dry run")));
    QCOMPARE(current(kTradUuid), before);
}

void tst_ApplyCommand::bulkNamesRefusalsFirst()
{
    const Run r = xpctl({QStringLiteral("apply"), QStringLiteral("--all"), QStringLiteral("--set"),
                         QStringLiteral("blacklist-=xensource-windows:60"), QStringLiteral("--dry-run")});
    QCOMPARE(r.status, 2);
    const qsizetype refusals = r.out.indexOf(QLatin1String("Cannot take the change"));
    QVERIFY2(refusals == 0, qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("  xpc-push-xen: --set blacklist-=xensource-windows:60: no such entry")));
    QVERIFY(r.out.contains(QLatin1String("  test: ")));
    QVERIFY(r.out.indexOf(QLatin1String("== xpc-push-qemu")) > refusals);
    QVERIFY(r.out.indexOf(QLatin1String("== xpc-push-trad")) > r.out.indexOf(QLatin1String("== xpc-push-qemu")));
    QVERIFY(!r.out.contains(QLatin1String("== xpc-push-xen")));
    QCOMPARE(r.out.count(QLatin1String("+++ b/")), 2);
}

void tst_ApplyCommand::readOnlyConnectionRefuses()
{
    const QString before = current(kXenUuid);
    const Run r = xpctl({QStringLiteral("--readonly"), QStringLiteral("--connect"), kUri, QStringLiteral("apply"),
                         QStringLiteral("xpc-push-xen"), QStringLiteral("--set"), QStringLiteral("blacklist+=1:71"),
                         QStringLiteral("--yes")},
                        QString());
    QCOMPARE(r.status, 3);
    QVERIFY2(r.out.contains(QLatin1String("read-only")), qPrintable(r.out));
    QCOMPARE(current(kXenUuid), before);
}

void tst_ApplyCommand::runningVmGetsThePowerOffNote()
{
    QVERIFY(m_session.start(kTradUuid).ok());
    const Run r = xpctl({QStringLiteral("blacklist"), QStringLiteral("xpc-push-trad"), QStringLiteral("add"),
                         QStringLiteral("1"), QStringLiteral("61")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QLatin1String("takes effect after the VM is powered off and started again")),
             qPrintable(r.out));
    QVERIFY(m_session.destroy(kTradUuid).ok());
}

void tst_ApplyCommand::demoNode()
{
    // No --connect: the bundled demo node, a fresh in-memory copy per run.
    Run r = xpctl({QStringLiteral("apply"), QStringLiteral("erp-db-01"), QStringLiteral("--set"),
                   QStringLiteral("vendor-device=off"), QStringLiteral("--dry-run")},
                  QString());
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(
        QLatin1String("xe vm-param-set uuid=5d0c7e3a-1f2b-4c11-8a01-6d656d6f0001 has-vendor-device=false")));
    QVERIFY(r.out.contains(QLatin1String("Run the xe commands on the pool master")));
    QVERIFY(r.out.contains(QLatin1String("powered off and started again")));

    r = xpctl({QStringLiteral("apply"), QStringLiteral("--all"), QStringLiteral("--set"),
               QStringLiteral("blacklist+=xensource-windows:0x3c-0x3d"), QStringLiteral("--yes")},
              QString());
    QVERIFY2(r.status == 0 || r.status == 2, qPrintable(r.out + r.err));
    QVERIFY(r.out.count(QLatin1String("Result: written and verified.")) >= 10);
    QVERIFY(!r.out.contains(QLatin1String("did not keep")));

    r = xpctl({QStringLiteral("blacklist"), QStringLiteral("--all"), QStringLiteral("list")}, QString());
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QLatin1String("erp-db-01 (xenserver-trad):")));
}

void tst_ApplyCommand::textNeverReachesACommandLine()
{
    // A package id with separators, quotes or shell syntax is refused before anything is written; the
    // device-model arguments and host commands are only ever built from typed numbers.
    const QString evil = QStringLiteral("pkg,id=xpc-evil -device e1000 \"q\" 'x' $(reboot)");
    const Run r = xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-trad"), QStringLiteral("--set"),
                         QStringLiteral("driver+=") + evil, QStringLiteral("--set"), QStringLiteral("blacklist+=1:80"),
                         QStringLiteral("--yes")});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QLatin1String("package id")), qPrintable(r.err));
    VmConfig config;
    DomainXmlReader::read(current(kTradUuid), config);
    QVERIFY(!config.guest.drivers.contains(evil));
    QVERIFY(config.blacklist.isEmpty() || std::none_of(config.blacklist.cbegin(), config.blacklist.cend(),
                                                       [](const BlacklistItem& b) { return b.firstBuild == 80; }));
}

void tst_ApplyCommand::exitStatuses()
{
    const QList<std::pair<PushResult::Status, int>> expected{
        {PushResult::Status::Verified, 0}, {PushResult::Status::Unchanged, 0}, {PushResult::Status::Refused, 2},
        {PushResult::Status::ReadOnly, 3}, {PushResult::Status::Failed, 3},    {PushResult::Status::NotKept, 3},
        {PushResult::Status::Conflict, 4}};
    for (const auto& [status, code] : expected) {
        PushResult result;
        result.status = status;
        QCOMPARE(ApplyCommand::exitStatus(result), code);
    }
}

QTEST_GUILESS_MAIN(tst_ApplyCommand)
#include "tst_ApplyCommand.moc"
