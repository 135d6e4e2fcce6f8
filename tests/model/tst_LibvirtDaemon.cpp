// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtDaemon.h"
#include "model/libvirt/LibvirtConnection.h"
#include "model/libvirt/LibvirtSession.h"

#include <QDomDocument>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <chrono>

using namespace std::chrono_literals;

namespace {
const QString kUuid = QStringLiteral("6f1c4a40-00d0-4c2e-9a57-3b0d4c6e00d0");
const QString kEventUuid = QStringLiteral("6f1c4a40-00d1-4c2e-9a57-3b0d4c6e00d1");
const QString kQemuNs = QStringLiteral("http://libvirt.org/schemas/domain/qemu/1.0");
const QString kXpNs = QStringLiteral("urn:xpconsole:platform:1");
const QString kForeignNs = QStringLiteral("http://example.org/inventory/1");
const QString kForeignArg = QStringLiteral("name=opt/org.example/owner,string=ops");
const QString kVendorArg = QStringLiteral("xen-pvdevice,id=xpc-vendor,device-id=0xc000");
constexpr int kDaemonTimeoutMs = 30000;

QString domainXml(const QString& name, const QString& uuid)
{
    return QStringLiteral(R"(<domain type='qemu' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>
  <name>%1</name>
  <uuid>%2</uuid>
  <metadata>
    <inv:asset xmlns:inv='http://example.org/inventory/1' tag='A-7'>rack 9</inv:asset>
    <xp:platform xmlns:xp='urn:xpconsole:platform:1' version='1'>
      <xp:flavour>qemu-upstream</xp:flavour>
      <xp:vendor-device id='0xc000' revision='0x01'/>
    </xp:platform>
  </metadata>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
  </os>
  <devices>
    <emulator>%3</emulator>
  </devices>
  <qemu:commandline>
    <qemu:arg value='-fw_cfg'/>
    <qemu:arg value='%4'/>
    <qemu:arg value='-device'/>
    <qemu:arg value='%5'/>
  </qemu:commandline>
</domain>
)")
        .arg(name, uuid, LibvirtDaemon::emulator(), kForeignArg, kVendorArg);
}

QDomDocument parse(const QString& xml)
{
    QDomDocument document;
    document.setContent(xml, true);
    return document;
}

QStringList qemuArgs(const QString& xml)
{
    QStringList values;
    const QDomNodeList args = parse(xml).elementsByTagNameNS(kQemuNs, QStringLiteral("arg"));
    for (int i = 0; i < args.size(); ++i)
        values << args.at(i).toElement().attribute(QStringLiteral("value"));
    return values;
}

QString text(const QString& xml, const QString& ns, const QString& localName)
{
    const QDomNodeList nodes = parse(xml).elementsByTagNameNS(ns, localName);
    return nodes.isEmpty() ? QString() : nodes.at(0).toElement().text();
}

QString attribute(const QString& xml, const QString& ns, const QString& localName, const QString& name)
{
    const QDomNodeList nodes = parse(xml).elementsByTagNameNS(ns, localName);
    return nodes.isEmpty() ? QString() : nodes.at(0).toElement().attribute(name);
}
} // namespace

class tst_LibvirtDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void defineRoundTripsCommandLineAndMetadata();
    void pushChangesOnlyOurParts();
    void changeByAnotherConnectionIsAConflict();
    void readOnlyConnectionWritesNothing_data();
    void readOnlyConnectionWritesNothing();
    void eventsFromTheDaemon();
    void droppedConnectionIsReopened();
    void daemonsStopByPid();

private:
    std::unique_ptr<LibvirtDaemon> m_daemon;
    LibvirtSession m_session;
};

void tst_LibvirtDaemon::initTestCase()
{
    XP_START_LIBVIRTD(m_daemon);
    qInfo() << "libvirtd" << m_daemon->libvirtdPid() << "virtlogd" << m_daemon->virtlogdPid() << "in"
            << m_daemon->directory() << (m_daemon->usesMountNamespace() ? "(own mount namespace)" : "(host folders)");
    const LibvirtResult opened = m_session.open(m_daemon->uri(), false);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
}

void tst_LibvirtDaemon::cleanupTestCase()
{
    if (!m_daemon)
        return;
    if (m_daemon->isRunning()) {
        // Leave nothing behind on a host without a namespace of our own.
        for (const QString& uuid : {kUuid, kEventUuid})
            m_session.undefine(uuid);
    }
    m_session.close();
    m_daemon.reset();
}

void tst_LibvirtDaemon::defineRoundTripsCommandLineAndMetadata()
{
    const LibvirtResult defined = m_session.define(domainXml(QStringLiteral("xpc-daemon-test"), kUuid));
    QVERIFY2(defined.ok(), qPrintable(defined.message));
    QCOMPARE(defined.uuid, kUuid);
    QCOMPARE(qemuArgs(defined.xml),
             (QStringList{QStringLiteral("-fw_cfg"), kForeignArg, QStringLiteral("-device"), kVendorArg}));
    QCOMPARE(text(defined.xml, kForeignNs, QStringLiteral("asset")), QStringLiteral("rack 9"));
    QCOMPARE(attribute(defined.xml, kForeignNs, QStringLiteral("asset"), QStringLiteral("tag")), QStringLiteral("A-7"));
    QCOMPARE(text(defined.xml, kXpNs, QStringLiteral("flavour")), QStringLiteral("qemu-upstream"));
    QCOMPARE(attribute(defined.xml, kXpNs, QStringLiteral("vendor-device"), QStringLiteral("id")),
             QStringLiteral("0xc000"));
    QCOMPARE(m_session.domainXml(kUuid).xml, defined.xml);
}

void tst_LibvirtDaemon::pushChangesOnlyOurParts()
{
    const QString before = m_session.domainXml(kUuid).xml;
    QVERIFY(!before.isEmpty());
    QString after = before;
    after.replace(QStringLiteral("device-id=0xc000"), QStringLiteral("device-id=0xc001"));
    after.replace(QStringLiteral("id=\"0xc000\""), QStringLiteral("id=\"0xc001\""));
    QVERIFY(after != before);
    const LibvirtResult pushed = m_session.defineIfUnchanged(kUuid, before, after);
    QVERIFY2(pushed.ok(), qPrintable(pushed.message));
    QCOMPARE(qemuArgs(pushed.xml), (QStringList{QStringLiteral("-fw_cfg"), kForeignArg, QStringLiteral("-device"),
                                                QStringLiteral("xen-pvdevice,id=xpc-vendor,device-id=0xc001")}));
    QCOMPARE(attribute(pushed.xml, kXpNs, QStringLiteral("vendor-device"), QStringLiteral("id")),
             QStringLiteral("0xc001"));
    QCOMPARE(text(pushed.xml, kForeignNs, QStringLiteral("asset")), QStringLiteral("rack 9"));
    QCOMPARE(m_session.domainXml(kUuid).xml, pushed.xml);
}

void tst_LibvirtDaemon::changeByAnotherConnectionIsAConflict()
{
    const QString read = m_session.domainXml(kUuid).xml;
    LibvirtSession other;
    QVERIFY(other.open(m_daemon->uri(), false).ok());
    QVERIFY(
        other.setMetadata(kUuid, kForeignNs, QStringLiteral("inv"), QStringLiteral("<asset tag='A-8'>rack 10</asset>"))
            .ok());
    const QString theirs = other.domainXml(kUuid).xml;
    QVERIFY(theirs != read);

    QString mine = read;
    mine.replace(QStringLiteral("device-id=0xc001"), QStringLiteral("device-id=0xc002"));
    const LibvirtResult pushed = m_session.defineIfUnchanged(kUuid, read, mine);
    QCOMPARE(pushed.status, LibvirtResult::Status::Conflict);
    QCOMPARE(pushed.xml, theirs);
    const QString now = m_session.domainXml(kUuid).xml;
    QCOMPARE(now, theirs);
    QCOMPARE(text(now, kForeignNs, QStringLiteral("asset")), QStringLiteral("rack 10"));
    QVERIFY(qemuArgs(now).contains(QStringLiteral("xen-pvdevice,id=xpc-vendor,device-id=0xc001")));
}

void tst_LibvirtDaemon::readOnlyConnectionWritesNothing_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation : {"define", "defineIfUnchanged", "setMetadata", "undefine"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void tst_LibvirtDaemon::readOnlyConnectionWritesNothing()
{
    QFETCH(QString, operation);
    LibvirtSession reader;
    QVERIFY(reader.open(m_daemon->uri(), true).ok());
    const QString before = m_session.domainXml(kUuid).xml;
    QList<DomainSnapshot> listedBefore;
    QVERIFY(m_session.listDomains(&listedBefore).ok());
    QString changed = before;
    changed.replace(QStringLiteral("rack 10"), QStringLiteral("rack 11"));

    LibvirtResult result;
    if (operation == QLatin1String("define"))
        result = reader.define(changed);
    else if (operation == QLatin1String("defineIfUnchanged"))
        result = reader.defineIfUnchanged(kUuid, before, changed);
    else if (operation == QLatin1String("setMetadata"))
        result = reader.setMetadata(kUuid, kXpNs, QStringLiteral("xp"), QStringLiteral("<platform/>"));
    else
        result = reader.undefine(kUuid);
    QCOMPARE(result.status, LibvirtResult::Status::ReadOnly);
    QCOMPARE(result.code, 0);

    QCOMPARE(m_session.domainXml(kUuid).xml, before);
    QList<DomainSnapshot> listedAfter;
    QVERIFY(m_session.listDomains(&listedAfter).ok());
    QCOMPARE(listedAfter, listedBefore);
}

void tst_LibvirtDaemon::eventsFromTheDaemon()
{
    LibvirtConnection connection;
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy defined(&connection, &LibvirtConnection::domainDefined);
    QSignalSpy undefined(&connection, &LibvirtConnection::domainUndefined);
    connection.open(m_daemon->uri(), true);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kDaemonTimeoutMs);
    QVERIFY(opened.at(0).at(0).value<LibvirtResult>().ok());

    QVERIFY(m_session.define(domainXml(QStringLiteral("xpc-daemon-events"), kEventUuid)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(defined.count(), 1, kDaemonTimeoutMs);
    QCOMPARE(defined.at(0).at(0).toString(), kEventUuid);
    QVERIFY(m_session.undefine(kEventUuid).ok());
    QTRY_COMPARE_WITH_TIMEOUT(undefined.count(), 1, kDaemonTimeoutMs);
    QCOMPARE(undefined.at(0).at(0).toString(), kEventUuid);
}

void tst_LibvirtDaemon::droppedConnectionIsReopened()
{
    LibvirtConnection connection;
    connection.setReconnectBackoff(100ms, 400ms);
    QSignalSpy opened(&connection, &LibvirtConnection::opened);
    QSignalSpy lost(&connection, &LibvirtConnection::connectionLost);
    QSignalSpy scheduled(&connection, &LibvirtConnection::reconnectScheduled);
    QSignalSpy reconnected(&connection, &LibvirtConnection::reconnected);
    QSignalSpy finished(&connection, &LibvirtConnection::refreshFinished);
    QSignalSpy batches(&connection, &LibvirtConnection::domainsBatch);
    connection.open(m_daemon->uri(), true);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kDaemonTimeoutMs);

    m_session.close();
    m_daemon->stop();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kDaemonTimeoutMs);
    QCOMPARE(connection.state(), LibvirtConnection::State::Reconnecting);
    QVERIFY(!lost.at(0).at(0).toString().isEmpty());
    // With the daemon down the attempts fail and back off: 100, 200, 400, 400 ms.
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.count() >= 4, kDaemonTimeoutMs);
    QCOMPARE(scheduled.at(0).at(1).toInt(), 100);
    QCOMPARE(scheduled.at(1).at(1).toInt(), 200);
    QCOMPARE(scheduled.at(2).at(1).toInt(), 400);
    QCOMPARE(scheduled.at(3).at(1).toInt(), 400);
    QCOMPARE(reconnected.count(), 0);

    QVERIFY2(m_daemon->start(), qPrintable(m_daemon->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, kDaemonTimeoutMs);
    QCOMPARE(connection.state(), LibvirtConnection::State::Open);
    const quint64 id = connection.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kDaemonTimeoutMs);
    QVERIFY(finished.at(0).at(1).value<LibvirtResult>().ok());
    QCOMPARE(finished.at(0).at(2).toInt(), 1);
    QCOMPARE(batches.at(0).at(0).toULongLong(), id);
    QCOMPARE(batches.at(0).at(1).value<QList<DomainSnapshot>>().at(0).uuid, kUuid);
    QVERIFY(m_session.open(m_daemon->uri(), false).ok());
}

void tst_LibvirtDaemon::daemonsStopByPid()
{
    const qint64 libvirtd = m_daemon->libvirtdPid();
    const qint64 virtlogd = m_daemon->virtlogdPid();
    QVERIFY(libvirtd > 0);
    QVERIFY(QFile::exists(QStringLiteral("/proc/%1").arg(libvirtd)));
    QVERIFY(m_session.undefine(kUuid).ok());
    m_session.close();
    m_daemon->stop();
    QVERIFY(!m_daemon->isRunning());
    QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(libvirtd)));
    if (virtlogd > 0) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(virtlogd));
        // Gone, or a zombie waiting for a parent that does not reap (some container inits).
        QVERIFY(!stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z "));
    }
}

QTEST_GUILESS_MAIN(tst_LibvirtDaemon)
#include "tst_LibvirtDaemon.moc"
