// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Realization.h"
#include "model/fleet/DomainPush.h"
#include "model/libvirt/LibvirtSession.h"

#include <QFile>
#include <QTest>

// The push against libvirt's test driver. test:///default is one shared instance per process, so a second
// session sees (and can change) what the first one defined: that is how a change "meanwhile" is made.
namespace {

const QString kUri = QStringLiteral("test:///default");
const QString kXenUuid = QStringLiteral("6f1c4a40-00e1-4c2e-9a57-3b0d4c6e00e1");
const QString kQemuUuid = QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e00e0");
const QString kTradUuid = QStringLiteral("6f1c4a40-00e4-4c2e-9a57-3b0d4c6e00e4");

QString fixture(const QString& name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/push/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QList<ConfigChange> changes(const QStringList& sets)
{
    QList<ConfigChange> list;
    for (const QString& text : sets) {
        QString error;
        if (const auto change = ConfigChange::parse(text, &error))
            list.append(*change);
        else
            qWarning() << error;
    }
    return list;
}

VmConfig configOf(const QString& xml)
{
    VmConfig config;
    DomainXmlReader::read(xml, config);
    return config;
}

/// xen-foreign.xml with our element replaced by @p ours, under its own name and UUID.
QString variant(const QString& name, const QString& uuid, const QString& ours)
{
    QString xml = fixture(QStringLiteral("xen-foreign.xml"));
    const qsizetype begin = xml.indexOf(QLatin1String("<xp:platform"));
    const qsizetype end = xml.indexOf(QLatin1String("</xp:platform>")) + 14;
    xml.replace(begin, end - begin, ours);
    xml.replace(QStringLiteral("xpc-push-xen"), name);
    xml.replace(kXenUuid, uuid);
    return xml;
}

} // namespace

class tst_DomainPush : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void pushWritesAndVerifies();
    void nothingToChange();
    void prepareWritesNothing();
    void conflictKeepsTheChange();
    void readOnlyIsRefusedBeforeLibvirt();
    void runningVmWaitsForPowerOff();
    void bulkListsRefusalsFirst();
    void badMetadata_data();
    void badMetadata();
    void verifyReportsWhatLibvirtDropped();

private:
    void define(const QString& xml);
    QString current(const QString& uuid);

    LibvirtSession m_session;
};

void tst_DomainPush::initTestCase()
{
    const LibvirtResult opened = m_session.open(kUri, false);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
}

void tst_DomainPush::init()
{
    // Every test starts from the fixtures as they are on disk.
    define(fixture(QStringLiteral("xen-foreign.xml")));
    QString qemu = fixture(QStringLiteral("qemu-foreign.xml"));
    define(qemu.replace(QStringLiteral("type='qemu'"), QStringLiteral("type='kvm'")));
    define(fixture(QStringLiteral("traditional.xml")));
}

void tst_DomainPush::define(const QString& xml)
{
    const LibvirtResult defined = m_session.define(xml);
    QVERIFY2(defined.ok(), qPrintable(defined.message));
}

QString tst_DomainPush::current(const QString& uuid)
{
    return m_session.domainXml(uuid, true).xml;
}

void tst_DomainPush::pushWritesAndVerifies()
{
    DomainPush push(m_session);
    const QString before = current(kQemuUuid);
    const PushItem item = push.prepare(kQemuUuid, changes({QStringLiteral("blacklist+=xensource-windows:61"),
                                                           QStringLiteral("vendor-device=0xc000")}));
    QVERIFY2(item.canWrite(), qPrintable(item.refusal));
    QCOMPARE(item.originalXml, before);
    QVERIFY(item.diff.startsWith(QLatin1String("--- a/xpc-push-qemu.xml\n+++ b/xpc-push-qemu.xml\n@@ ")));
    QVERIFY2(item.diff.contains(QLatin1String("+        <xp:entry product=\"xensource-windows\" build=\"61\"/>")),
             qPrintable(item.diff));
    // The test driver has no device-model command line: the vendor device is model only there.
    QCOMPARE(item.plan.dialect, CommandLineDialect::None);
    QVERIFY(item.plan.arguments.isEmpty());
    QVERIFY(std::any_of(item.plan.modelOnly.cbegin(), item.plan.modelOnly.cend(), [](const ModelOnlySetting& s) {
        return s.setting.startsWith(QLatin1String("vendor-device"));
    }));

    const PushResult result = push.commit(item);
    QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
    QVERIFY(result.problems.isEmpty());
    QVERIFY(!result.needsPowerCycle);
    const QString after = current(kQemuUuid);
    QCOMPARE(result.storedXml, after);
    const VmConfig stored = configOf(after);
    QCOMPARE(stored.blacklist.size(), 2);
    QVERIFY(stored.vendor.enabled);
    QCOMPARE(DomainPatcher::foreignMetadata(after), DomainPatcher::foreignMetadata(before));
    QVERIFY(after.contains(QLatin1String("<xp:future-thing mode=\"kept\"/>")));
    QVERIFY(after.contains(QLatin1String("other:note=\"foreign attribute\"")));
}

void tst_DomainPush::nothingToChange()
{
    DomainPush push(m_session);
    const PushItem item = push.prepare(kQemuUuid, changes({QStringLiteral("windows-update=automatic")}));
    QVERIFY(item.canWrite());
    QVERIFY(!item.hasChanges());
    QVERIFY(item.diff.isEmpty());
    QCOMPARE(push.commit(item).status, PushResult::Status::Unchanged);
}

void tst_DomainPush::prepareWritesNothing()
{
    DomainPush push(m_session);
    const QString before = current(kXenUuid);
    const PushItem item =
        push.prepare(kXenUuid, changes({QStringLiteral("blacklist+=1:5"), QStringLiteral("flavour=qemu-traditional")}));
    QVERIFY(item.hasChanges());
    QCOMPARE(current(kXenUuid), before);
}

void tst_DomainPush::conflictKeepsTheChange()
{
    DomainPush push(m_session);
    const PushItem item = push.prepare(kXenUuid, changes({QStringLiteral("blacklist+=1:62")}));
    QVERIFY(item.hasChanges());

    // Someone else changes the domain between the read and the define.
    LibvirtSession other;
    QVERIFY(other.open(kUri, false).ok());
    QVERIFY(other
                .setMetadata(kXenUuid, QStringLiteral("http://example.org/inventory/1"), QStringLiteral("inv"),
                             QStringLiteral("<asset tag='B-3'>cage 5</asset>"))
                .ok());
    const QString theirs = other.domainXml(kXenUuid).xml;

    const PushResult result = push.commit(item);
    QCOMPARE(result.status, PushResult::Status::Conflict);
    QVERIFY(result.message.contains(QLatin1String("changed by someone else")));
    QCOMPARE(result.storedXml, theirs);
    QCOMPARE(current(kXenUuid), theirs);
    // Nothing of ours landed, and the user's change came back whole.
    QVERIFY(!configOf(theirs).blacklist.contains(BlacklistItem{1, 62, 62, {}}));
    QCOMPARE(result.item.newXml, item.newXml);
    QVERIFY(result.item.edited.blacklist.contains(BlacklistItem{1, 62, 62, {}}));

    // Prepared again on the new definition, it goes through and keeps their change.
    const PushItem again = push.prepare(kXenUuid, result.item.changes);
    const PushResult second = push.commit(again);
    QVERIFY2(second.status == PushResult::Status::Verified, qPrintable(second.message));
    QVERIFY(second.storedXml.contains(QLatin1String("cage 5")));
    QVERIFY(configOf(second.storedXml).blacklist.contains(BlacklistItem{1, 62, 62, {}}));
}

void tst_DomainPush::readOnlyIsRefusedBeforeLibvirt()
{
    LibvirtSession readOnly;
    QVERIFY(readOnly.open(kUri, true).ok());
    DomainPush push(readOnly);
    const QString before = current(kXenUuid);
    const PushItem item = push.prepare(kXenUuid, changes({QStringLiteral("blacklist+=1:63")}));
    QVERIFY(item.hasChanges());
    const PushResult result = push.commit(item);
    QCOMPARE(result.status, PushResult::Status::ReadOnly);
    QVERIFY(result.message.contains(QLatin1String("read-only")));
    QCOMPARE(current(kXenUuid), before);
}

void tst_DomainPush::runningVmWaitsForPowerOff()
{
    QVERIFY(m_session.start(kTradUuid).ok());
    DomainPush push(m_session);
    const PushItem item = push.prepare(kTradUuid, changes({QStringLiteral("blacklist+=gplpv-windows:9")}));
    QVERIFY(item.running);
    QCOMPARE(item.plan.hostCommands.size(), 1);
    const PushResult result = push.commit(item);
    QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
    QVERIFY(result.needsPowerCycle);
    QVERIFY(DomainPush::powerCycleNote().contains(QLatin1String("powered off and started again")));
    QVERIFY(m_session.destroy(kTradUuid).ok());
}

void tst_DomainPush::bulkListsRefusalsFirst()
{
    define(variant(QStringLiteral("xpc-push-newer"), QStringLiteral("6f1c4a40-00f0-4c2e-9a57-3b0d4c6e00f0"),
                   QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"7\"/>")));
    QList<DomainSnapshot> domains;
    QVERIFY(m_session.listDomains(&domains, true).ok());
    const QMap<QString, QString> before = [&] {
        QMap<QString, QString> map;
        for (const DomainSnapshot& d : std::as_const(domains))
            map.insert(d.uuid, QString::fromUtf8(d.inactiveXml));
        return map;
    }();
    DomainPush push(m_session);
    const QList<PushItem> items =
        push.prepareAll(domains, changes({QStringLiteral("blacklist-=xensource-windows:60")}));
    QCOMPARE(items.size(), domains.size());
    QStringList writable;
    QMap<QString, QString> refused;
    for (const PushItem& item : items) {
        if (item.canWrite())
            writable << item.name;
        else
            refused.insert(item.name, item.refusal);
    }
    writable.sort();
    QCOMPARE(writable, (QStringList{QStringLiteral("xpc-push-qemu"), QStringLiteral("xpc-push-trad")}));
    QVERIFY2(refused.value(QStringLiteral("xpc-push-xen")).contains(QLatin1String("no such entry")),
             qPrintable(refused.value(QStringLiteral("xpc-push-xen"))));
    QVERIFY(refused.value(QStringLiteral("xpc-push-newer")).contains(QLatin1String("schema 7")));
    QVERIFY(refused.contains(QStringLiteral("test"))); // the driver's own domain has no such entry either
    // Preparing wrote nothing anywhere.
    for (const DomainSnapshot& d : std::as_const(domains))
        QCOMPARE(current(d.uuid), before.value(d.uuid));
    // Each writable VM has its own diff and its own result.
    for (const PushItem& item : items) {
        if (!item.canWrite())
            continue;
        QVERIFY(item.diff.contains(QStringLiteral("a/%1.xml").arg(item.name)));
        QCOMPARE(push.commit(item).status, PushResult::Status::Verified);
    }
    QVERIFY(m_session.undefine(QStringLiteral("6f1c4a40-00f0-4c2e-9a57-3b0d4c6e00f0")).ok());
}

void tst_DomainPush::badMetadata_data()
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
    QTest::newRow("garbage") << QStringLiteral("GARBAGE") << QStringLiteral("not xpconsole's") << QString();
}

void tst_DomainPush::badMetadata()
{
    QFETCH(QString, element);
    QFETCH(QString, message);
    QFETCH(QString, kept);
    const QString uuid = QStringLiteral("6f1c4a40-00f1-4c2e-9a57-3b0d4c6e00f1");
    // libvirt only stores well-formed XML, so "garbage" reaching a push is something in our namespace that is
    // not our element; not well-formed text is covered by tst_DomainPatcher.
    const QString ours =
        element == QLatin1String("GARBAGE")
            ? QStringLiteral("<xp:junk xmlns:xp=\"urn:xpconsole:platform:1\">&lt;&lt;garbage</xp:junk>")
            : QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">%1"
                             "<xp:guest os=\"linux\" release=\"6.1.0\"/></xp:platform>")
                  .arg(element);
    define(variant(QStringLiteral("xpc-push-bad"), uuid, ours));
    const QString before = current(uuid);
    DomainPush push(m_session);
    const PushItem item = push.prepare(uuid, changes({QStringLiteral("blacklist+=1:77")}));
    const QString errors = item.baseline.metadataErrors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(message), qPrintable(errors));
    if (kept.isEmpty()) {
        QVERIFY(!item.canWrite());
        QVERIFY(item.refusal.contains(message));
        QCOMPARE(push.commit(item).status, PushResult::Status::Refused);
        QCOMPARE(current(uuid), before);
    } else {
        const PushResult result = push.commit(item);
        QVERIFY2(result.status == PushResult::Status::Verified, qPrintable(result.message));
        QVERIFY2(result.storedXml.contains(kept), qPrintable(result.storedXml));
        const VmConfig stored = configOf(result.storedXml);
        QVERIFY(stored.blacklist.contains(BlacklistItem{1, 77, 77, {}}));
        QCOMPARE(stored.guest.release, QStringLiteral("6.1.0"));
        QCOMPARE(stored.metadataErrors, item.baseline.metadataErrors);
        QCOMPARE(DomainPatcher::foreignMetadata(result.storedXml), DomainPatcher::foreignMetadata(before));
    }
    QVERIFY(m_session.undefine(uuid).ok());
}

void tst_DomainPush::verifyReportsWhatLibvirtDropped()
{
    DomainPush push(m_session);
    PushItem item = push.prepare(kXenUuid, changes({QStringLiteral("blacklist+=1:64")}));
    // A read-back that lost the change, as if libvirt had dropped it.
    QStringList problems = DomainPush::verify(item, item.originalXml);
    QVERIFY2(problems.size() == 1, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.constFirst().startsWith(QLatin1String("blacklist: written as")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    // Our arguments in the QEMU dialect, dropped by the driver.
    const QString xml = fixture(QStringLiteral("xen-foreign.xml"));
    item.originalXml = xml;
    item.baseline = configOf(xml);
    item.edited = item.baseline;
    item.edited.vendor.deviceId = 0xc000;
    item.plan = *Realization::plan(item.baseline, item.edited, CommandLineDialect::Xen, nullptr);
    QString stored = xml;
    stored.replace(QStringLiteral("device-id=\"0xc001\""), QStringLiteral("device-id=\"0xc000\""));
    problems = DomainPush::verify(item, stored);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(QLatin1String("device-model arguments")),
             qPrintable(problems.join(QLatin1Char('\n'))));
    // Foreign arguments that changed are reported too.
    stored.replace(QStringLiteral("usb-tablet,id=ua-tablet"), QStringLiteral("usb-mouse"));
    problems = DomainPush::verify(item, stored);
    QVERIFY(problems.join(QLatin1Char('\n')).contains(QLatin1String("other device-model arguments")));
}

QTEST_GUILESS_MAIN(tst_DomainPush)
#include "tst_DomainPush.moc"
