// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtDaemon.h"
#include "XpTestConfig.h"
#include "app/ctl/ApplyCommand.h"
#include "app/ctl/CtlApplication.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Realization.h"
#include "model/fleet/DomainPush.h"
#include "model/libvirt/LibvirtSession.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

// The push against a real libvirtd with the QEMU driver (tests/support/LibvirtDaemon): our -device pair in
// <qemu:commandline> and our metadata round-trip, foreign arguments and metadata survive, a second connection's
// change between read and define is refused, a read-only connection writes nothing.
namespace {

const QString kUuid = QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e00e0");
const QString kBadUuid = QStringLiteral("6f1c4a40-00f2-4c2e-9a57-3b0d4c6e00f2");
const QString kInventoryNs = QStringLiteral("http://example.org/inventory/1");
// Debian's qemu-system-x86_64 has no xen-pvdevice, so every push that writes one says it knows (issue 17 item 2);
// tst_DefinitionDaemon checks the refusal without it.
const QString kOverride = QStringLiteral("override=host-check");
const QStringList kForeignArgs{QStringLiteral("-fw_cfg"), QStringLiteral("name=opt/org.example/owner,string=ops"),
                               QStringLiteral("-device"), QStringLiteral("virtio-rng-pci,id=ua-rng")};

QString fixture()
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/push/qemu-foreign.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll())
        .replace(QStringLiteral("/usr/bin/qemu-system-x86_64"), LibvirtDaemon::emulator());
}

QList<ConfigChange> changes(const QStringList& sets)
{
    QList<ConfigChange> list;
    for (const QString& text : sets)
        if (const auto change = ConfigChange::parse(text, nullptr))
            list.append(*change);
    return list;
}

VmConfig configOf(const QString& xml)
{
    VmConfig config;
    DomainXmlReader::read(xml, config);
    return config;
}

QString qemuEnv(const QString& xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    const QDomNodeList env = doc.elementsByTagNameNS(Realization::qemuNamespace(), QStringLiteral("env"));
    return env.isEmpty() ? QString() : env.at(0).toElement().attribute(QStringLiteral("name"));
}

/// virt-xml-validate on @p xml; part of CI's dependencies, so there its absence fails the test.
void validate(const QString& xml)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate"));
    if (tool.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("virt-xml-validate is missing (packages libvirt-clients and libxml2-utils, scripts/install-deps)");
        QSKIP("virt-xml-validate is not installed");
    }
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/xpc-pushed-XXXXXX.xml"));
    QVERIFY(file.open());
    file.write(xml.toUtf8());
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, {file.fileName(), QStringLiteral("domain")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAll()) + xml));
}

/// The pushed XML and its libxl form (the same change patched in the Xen dialect) both validate.
void validatePush(const PushItem& item)
{
    validate(item.newXml);
    const auto libxl = DomainPatcher::patch(item.originalXml, item.baseline, item.edited, CommandLineDialect::Xen);
    QVERIFY2(libxl.ok, qPrintable(libxl.error));
    validate(libxl.xml);
}

} // namespace

class tst_PushDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applyRoundTrips();
    void rePushReplacesOurPair();
    void changeByAnotherConnectionIsRefused();
    void readOnlyConnectionWritesNothing();
    void badMetadata_data();
    void badMetadata();

private:
    struct Run
    {
        int status;
        QString out;
        QString err;
    };
    Run xpctl(const QStringList& args);
    QString current(const QString& uuid) { return m_session.domainXml(uuid).xml; }

    std::unique_ptr<LibvirtDaemon> m_daemon;
    LibvirtSession m_session;
};

tst_PushDaemon::Run tst_PushDaemon::xpctl(const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int status = CtlApplication(o, e).run(
        QStringList{QStringLiteral("xpctl"), QStringLiteral("--connect"), m_daemon->uri()} + args);
    o.flush();
    e.flush();
    return {status, out, err};
}

void tst_PushDaemon::initTestCase()
{
    XP_START_LIBVIRTD(m_daemon);
    const LibvirtResult opened = m_session.open(m_daemon->uri(), false);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const LibvirtResult defined = m_session.define(fixture());
    QVERIFY2(defined.ok(), qPrintable(defined.message));
}

void tst_PushDaemon::cleanupTestCase()
{
    if (!m_daemon)
        return;
    if (m_daemon->isRunning())
        for (const QString& uuid : {kUuid, kBadUuid})
            m_session.undefine(uuid);
    m_session.close();
    m_daemon.reset();
}

void tst_PushDaemon::applyRoundTrips()
{
    const QString before = current(kUuid);
    QCOMPARE(DomainPatcher::foreignArguments(before, CommandLineDialect::Qemu), kForeignArgs);

    DomainPush push(m_session);
    const PushItem item = push.prepare(kUuid, changes({QStringLiteral("vendor-device=0xc000"),
                                                       QStringLiteral("blacklist+=xensource-windows:61"), kOverride}));
    QVERIFY2(item.canWrite(), qPrintable(item.refusal));
    QCOMPARE(item.plan.dialect, CommandLineDialect::Qemu);
    validatePush(item);

    // The same change through xpctl, in process.
    const Run r =
        xpctl({QStringLiteral("apply"), QStringLiteral("xpc-push-qemu"), QStringLiteral("--set"),
               QStringLiteral("vendor-device=0xc000"), QStringLiteral("--set"), kOverride, QStringLiteral("--set"),
               QStringLiteral("blacklist+=xensource-windows:61"), QStringLiteral("--yes")});
    QVERIFY2(r.status == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("+    <qemu:arg value='xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                         "device-id=0xc000,revision=0x01'/>")));
    QVERIFY(r.out.contains(QLatin1String("Result: written and verified.")));

    const QString after = current(kUuid);
    QCOMPARE(DomainPatcher::ownArguments(after, CommandLineDialect::Qemu),
             (QStringList{QStringLiteral("-device"), QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                                                    "device-id=0xc000,revision=0x01")}));
    QCOMPARE(DomainPatcher::foreignArguments(after, CommandLineDialect::Qemu), kForeignArgs);
    QCOMPARE(qemuEnv(after), QStringLiteral("XPC_FOREIGN"));
    QCOMPARE(DomainPatcher::foreignMetadata(after), DomainPatcher::foreignMetadata(before));
    const VmConfig stored = configOf(after);
    QVERIFY(stored.vendor.enabled);
    QCOMPARE(stored.vendor.deviceId, quint16(0xc000));
    QCOMPARE(stored.blacklist.size(), 2);
    QVERIFY(stored.metadataErrors.isEmpty());
    QVERIFY(after.contains(QLatin1String("<xp:future-thing mode=\"kept\"/>")));
    QVERIFY(after.contains(QLatin1String("other:note=\"foreign attribute\"")));
}

void tst_PushDaemon::rePushReplacesOurPair()
{
    DomainPush push(m_session);
    PushItem item = push.prepare(kUuid, changes({QStringLiteral("vendor-device=0xc001:2"), kOverride}));
    validatePush(item);
    PushResult result = push.commit(item);
    QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
    QCOMPARE(DomainPatcher::ownArguments(result.storedXml, CommandLineDialect::Qemu),
             (QStringList{QStringLiteral("-device"), QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                                                    "device-id=0xc001,revision=0x02")}));
    QCOMPARE(DomainPatcher::foreignArguments(result.storedXml, CommandLineDialect::Qemu), kForeignArgs);

    item = push.prepare(kUuid, changes({QStringLiteral("vendor-device=off")}));
    validatePush(item);
    result = push.commit(item);
    QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
    QVERIFY(DomainPatcher::ownArguments(result.storedXml, CommandLineDialect::Qemu).isEmpty());
    QCOMPARE(DomainPatcher::foreignArguments(result.storedXml, CommandLineDialect::Qemu), kForeignArgs);
    QCOMPARE(qemuEnv(result.storedXml), QStringLiteral("XPC_FOREIGN"));
    QVERIFY(!configOf(result.storedXml).vendor.enabled);
}

void tst_PushDaemon::changeByAnotherConnectionIsRefused()
{
    DomainPush push(m_session);
    const PushItem item = push.prepare(
        kUuid, changes({QStringLiteral("vendor-device=0xc000"), QStringLiteral("blacklist+=1:62"), kOverride}));
    QVERIFY(item.hasChanges());

    LibvirtSession other;
    QVERIFY(other.open(m_daemon->uri(), false).ok());
    QVERIFY(
        other
            .setMetadata(kUuid, kInventoryNs, QStringLiteral("inv"), QStringLiteral("<asset tag='A-8'>rack 10</asset>"))
            .ok());
    const QString theirs = other.domainXml(kUuid).xml;

    const PushResult result = push.commit(item);
    QCOMPARE(result.status, PushResult::Status::Conflict);
    QCOMPARE(ApplyCommand::exitStatus(result), int(CtlExitStatus::Conflict));
    QCOMPARE(result.storedXml, theirs);
    QCOMPARE(current(kUuid), theirs);
    QVERIFY(DomainPatcher::ownArguments(theirs, CommandLineDialect::Qemu).isEmpty());
    QVERIFY(!configOf(theirs).blacklist.contains(BlacklistItem{1, 62, 62, {}}));
    // The user's change is returned whole, and goes through once prepared on the new definition.
    QCOMPARE(result.item.newXml, item.newXml);
    const PushResult again = push.commit(push.prepare(kUuid, result.item.changes));
    QVERIFY2(again.status == PushResult::Status::Verified, qPrintable(again.message));
    QVERIFY(again.storedXml.contains(QLatin1String("rack 10")));
    QCOMPARE(DomainPatcher::ownArguments(again.storedXml, CommandLineDialect::Qemu).size(), 2);
    QVERIFY(configOf(again.storedXml).blacklist.contains(BlacklistItem{1, 62, 62, {}}));
}

void tst_PushDaemon::readOnlyConnectionWritesNothing()
{
    const QString before = current(kUuid);
    const Run r = xpctl({QStringLiteral("--readonly"), QStringLiteral("apply"), QStringLiteral("xpc-push-qemu"),
                         QStringLiteral("--set"), QStringLiteral("vendor-device=0xc00f"), QStringLiteral("--yes")});
    QCOMPARE(r.status, int(CtlExitStatus::LibvirtError));
    QVERIFY2(r.out.contains(QLatin1String("read-only")), qPrintable(r.out));
    QCOMPARE(current(kUuid), before);

    LibvirtSession readOnly;
    QVERIFY(readOnly.open(m_daemon->uri(), true).ok());
    DomainPush push(readOnly);
    const PushResult result = push.commit(push.prepare(kUuid, changes({QStringLiteral("blacklist+=1:63")})));
    QCOMPARE(result.status, PushResult::Status::ReadOnly);
    QCOMPARE(current(kUuid), before);
}

void tst_PushDaemon::badMetadata_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kept");
    QTest::newRow("ID 0x10000") << QStringLiteral("<xp:platform-device device-id=\"0x10000\"/>")
                                << QStringLiteral("device-id=\"0x10000\"") << QStringLiteral("device-id=\"0x10000\"");
    QTest::newRow("revision 0x100") << QStringLiteral("<xp:vendor-device revision=\"0x100\"/>")
                                    << QStringLiteral("revision=\"0x100\"") << QStringLiteral("revision=\"0x100\"");
    QTest::newRow("unknown product") << QStringLiteral(
                                            "<xp:blacklist><xp:entry product=\"acme\" build=\"5\"/></xp:blacklist>")
                                     << QStringLiteral("\"acme\"") << QStringLiteral("product=\"acme\"");
    QTest::newRow("inverted range") << QStringLiteral(
                                           "<xp:blacklist><xp:entry product=\"1\" builds=\"90-10\"/></xp:blacklist>")
                                    << QStringLiteral("inverted") << QStringLiteral("builds=\"90-10\"");
    QTest::newRow("garbage") << QString() << QStringLiteral("not xpconsole's") << QString();
}

void tst_PushDaemon::badMetadata()
{
    QFETCH(QString, element);
    QFETCH(QString, message);
    QFETCH(QString, kept);
    QString xml = fixture();
    const qsizetype begin = xml.indexOf(QLatin1String("<xp:platform"));
    const qsizetype end = xml.indexOf(QLatin1String("</xp:platform>")) + 14;
    xml.replace(begin, end - begin,
                element.isEmpty()
                    ? QStringLiteral("<xp:junk xmlns:xp=\"urn:xpconsole:platform:1\">&lt;&lt;garbage</xp:junk>")
                    : QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">%1"
                                     "<xp:guest os=\"linux\" release=\"6.1.0\"/></xp:platform>")
                          .arg(element));
    xml.replace(kUuid, kBadUuid).replace(QStringLiteral("xpc-push-qemu"), QStringLiteral("xpc-push-bad"));
    const LibvirtResult defined = m_session.define(xml);
    QVERIFY2(defined.ok(), qPrintable(defined.message));
    const QString before = current(kBadUuid);

    DomainPush push(m_session);
    const PushItem item = push.prepare(
        kBadUuid, changes({QStringLiteral("blacklist+=1:77"), QStringLiteral("vendor-device=0xc000"), kOverride}));
    QVERIFY2(item.baseline.metadataErrors.join(QLatin1Char('\n')).contains(message),
             qPrintable(item.baseline.metadataErrors.join(QLatin1Char('\n'))));
    const PushResult result = push.commit(item);
    if (kept.isEmpty()) {
        QCOMPARE(result.status, PushResult::Status::Refused);
        QCOMPARE(current(kBadUuid), before);
    } else {
        validatePush(item);
        QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
        QVERIFY2(result.storedXml.contains(kept), qPrintable(result.storedXml));
        const VmConfig stored = configOf(result.storedXml);
        QVERIFY(stored.blacklist.contains(BlacklistItem{1, 77, 77, {}}));
        QCOMPARE(stored.guest.release, QStringLiteral("6.1.0"));
        QCOMPARE(DomainPatcher::foreignArguments(result.storedXml, CommandLineDialect::Qemu), kForeignArgs);
        QCOMPARE(DomainPatcher::foreignMetadata(result.storedXml), DomainPatcher::foreignMetadata(before));
    }
    QVERIFY(m_session.undefine(kBadUuid).ok());
}

QTEST_GUILESS_MAIN(tst_PushDaemon)
#include "tst_PushDaemon.moc"
