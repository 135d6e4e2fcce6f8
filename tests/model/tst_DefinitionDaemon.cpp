// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtDaemon.h"
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/BootView.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/fleet/DomainPush.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/PowerCycle.h"
#include "model/fleet/VmListModel.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Issue 17 against a real libvirtd with the QEMU driver (tests/support/LibvirtDaemon) and Debian's QEMU, which has
// no Xen devices (platform-facts §10.8): domains defined as virt-install writes them describe what boots, a push
// of a vendor device is refused until the admin overrides it, the VM then does not start and libvirt says why,
// and a domain that does start under TCG shows no Xen device in QEMU's own `info pci`.
namespace {

const QString kPlainUuid = QStringLiteral("0b9e8a52-5e2c-4b8e-9c61-7a1d0000d017");
const QString kForeignUuid = QStringLiteral("0b9e8a52-5e2c-4b8e-9c61-7a1d0000f017");

/// tests/data/definition/virt-install-win10.xml with its placeholders filled in.
QString virtInstallDomain(const QString& name, const QString& uuid, const QString& commandLine)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/definition/virt-install-win10.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).arg(name, uuid, LibvirtDaemon::emulator(), commandLine);
}

QList<ConfigChange> changes(const QStringList& sets)
{
    QList<ConfigChange> list;
    for (const QString& text : sets)
        if (const auto change = ConfigChange::parse(text, nullptr))
            list.append(*change);
    return list;
}

} // namespace

class tst_DefinitionDaemon : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listingSaysWhatBoots();
    void pushOfAnImpossibleDeviceIsRefused();
    void startedDomainHasNoXenDevice();
    void startFailureStaysNextToTheVm();

private:
    DomainSnapshot listed(const QString& uuid);
    QString monitor(const QString& name, const QString& command);

    std::unique_ptr<LibvirtDaemon> m_daemon;
    LibvirtSession m_session;
};

void tst_DefinitionDaemon::initTestCase()
{
    XP_START_LIBVIRTD(m_daemon);
    QVERIFY(m_session.open(m_daemon->uri(), false).ok());
    const QString foreignArgs = QStringLiteral(R"(
  <qemu:commandline>
    <qemu:arg value="-device"/>
    <qemu:arg value="xen-pvdevice,device-id=0xc000,revision=2"/>
  </qemu:commandline>)");
    for (const auto& [name, uuid, args] : {std::tuple{QStringLiteral("xpc-def-plain"), kPlainUuid, QString()},
                                           std::tuple{QStringLiteral("xpc-def-foreign"), kForeignUuid, foreignArgs}}) {
        const LibvirtResult defined = m_session.define(virtInstallDomain(name, uuid, args));
        QVERIFY2(defined.ok(), qPrintable(defined.message));
    }
}

void tst_DefinitionDaemon::cleanupTestCase()
{
    if (!m_daemon)
        return;
    if (m_daemon->isRunning())
        for (const QString& uuid : {kPlainUuid, kForeignUuid}) {
            m_session.destroy(uuid);
            m_session.undefine(uuid);
        }
    m_session.close();
    m_daemon.reset();
}

DomainSnapshot tst_DefinitionDaemon::listed(const QString& uuid)
{
    QList<DomainSnapshot> domains;
    const LibvirtResult result = m_session.listDomains(&domains, true);
    [&] { QVERIFY2(result.ok(), qPrintable(result.message)); }();
    for (const DomainSnapshot& d : std::as_const(domains))
        if (d.uuid == uuid)
            return d;
    return {};
}

QString tst_DefinitionDaemon::monitor(const QString& name, const QString& command)
{
    QProcess virsh;
    virsh.start(QStringLiteral("virsh"), {QStringLiteral("-c"), m_daemon->uri(), QStringLiteral("qemu-monitor-command"),
                                          name, QStringLiteral("--hmp"), command});
    virsh.waitForFinished(30000);
    return QString::fromUtf8(virsh.readAllStandardOutput() + virsh.readAllStandardError());
}

void tst_DefinitionDaemon::listingSaysWhatBoots()
{
    const BindingEngine engine(DriverCatalogue::shipped());
    // The probe: Debian's qemu-system-x86_64 has no machine type xenfv, so no xen-pvdevice.
    const DomainSnapshot plain = listed(kPlainUuid);
    QCOMPARE(plain.xenDevices, HostSupport::No);
    QVERIFY2(plain.xenDevicesDetail.contains(QLatin1String("xenfv")), qPrintable(plain.xenDevicesDetail));
    const VmRecord plainRecord = VmReport::record(m_daemon->uri(), plain, engine);
    QCOMPARE(plainRecord.config.definition.driver, HostDriver::Qemu);
    QCOMPARE(plainRecord.config.definition.libosinfoId, QStringLiteral("http://microsoft.com/win/10"));
    QVERIFY(plainRecord.outcome.devices.isEmpty()); // no platform device on a non-Xen guest
    QVERIFY(plainRecord.outcome.unplugged.isEmpty());

    // Another tool's vendor device is seen, and the VM is predicted not to start.
    const VmRecord foreign = VmReport::record(m_daemon->uri(), listed(kForeignUuid), engine);
    QCOMPARE(foreign.config.definition.devices.size(), 1);
    QVERIFY(!foreign.config.definition.devices.first().ours);
    QVERIFY2(foreign.outcome.hasFinding(QStringLiteral("XP-DEVICE-REFUSED")),
             qPrintable(foreign.outcome.findingIds().join(QLatin1Char(' '))));
    QVERIFY(foreign.outcome.hasFinding(QStringLiteral("XP-FOREIGN-VENDOR-DEVICE")));

    // What the prediction said: the VM does not start, and libvirt names the missing device.
    const LibvirtResult started = m_session.start(kForeignUuid);
    QVERIFY(!started.ok());
    QVERIFY2(started.message.contains(QLatin1String("xen-pvdevice")), qPrintable(started.message));
}

void tst_DefinitionDaemon::pushOfAnImpossibleDeviceIsRefused()
{
    DomainPush push(m_session);
    const QString before = m_session.domainXml(kPlainUuid).xml;
    const PushItem refused = push.prepare(kPlainUuid, changes({QStringLiteral("vendor-device=0xc000")}));
    QVERIFY(!refused.canWrite());
    QVERIFY2(refused.refusal.contains(QLatin1String("xen-pvdevice")), qPrintable(refused.refusal));
    QCOMPARE(push.commit(refused).status, PushResult::Status::Refused);
    QCOMPARE(m_session.domainXml(kPlainUuid).xml, before);

    // Overridden, it is written, and the VM then fails to start exactly as predicted.
    const PushResult written = push.commit(push.prepare(
        kPlainUuid, changes({QStringLiteral("vendor-device=0xc000"), QStringLiteral("override=host-check")})));
    QVERIFY2(written.status == PushResult::Status::Verified, qPrintable(written.message));
    const LibvirtResult started = m_session.start(kPlainUuid);
    QVERIFY(!started.ok());
    QVERIFY2(started.message.contains(QLatin1String("xen-pvdevice")), qPrintable(started.message));

    // Taking the device away again needs no override.
    const PushResult removed = push.commit(push.prepare(kPlainUuid, changes({QStringLiteral("vendor-device=off")})));
    QVERIFY2(removed.status == PushResult::Status::Verified, qPrintable(removed.message));
    QVERIFY(DomainPatcher::ownArguments(removed.storedXml, CommandLineDialect::Qemu).isEmpty());
}

void tst_DefinitionDaemon::startedDomainHasNoXenDevice()
{
    const LibvirtResult started = m_session.start(kPlainUuid);
    QVERIFY2(started.ok(), qPrintable(started.message));
    const QString pci = monitor(QStringLiteral("xpc-def-plain"), QStringLiteral("info pci"));
    // QEMU's own list of the guest's PCI functions: the host bridge is there, no 5853 device.
    QVERIFY2(pci.contains(QLatin1String("Host bridge")), qPrintable(pci));
    QVERIFY2(!pci.contains(QLatin1String("5853:")), qPrintable(pci));
    const VmRecord record =
        VmReport::record(m_daemon->uri(), listed(kPlainUuid), BindingEngine(DriverCatalogue::shipped()));
    QVERIFY(record.outcome.devices.isEmpty());
    QVERIFY(m_session.destroy(kPlainUuid).ok());
}

void tst_DefinitionDaemon::startFailureStaysNextToTheVm()
{
    // The console's own start of the VM with another tool's xen-pvdevice: libvirt's reason stays in its row.
    const BindingEngine engine(DriverCatalogue::shipped());
    VmListModel model;
    Fleet fleet(engine, &model);
    QSignalSpy loaded(&fleet, &Fleet::loaded);
    fleet.open(m_daemon->uri(), false);
    QVERIFY(loaded.wait(30000));
    auto* cycle = new PowerCycle(fleet.connection(), kForeignUuid, QStringLiteral("xpc-def-foreign"), &fleet);
    fleet.watchPowerCycle(cycle);
    QSignalSpy finished(cycle, &PowerCycle::finished);
    cycle->startOnly();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(cycle->failedWhileStarting());
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.row(i).key.endsWith(kForeignUuid))
            row = i;
    QVERIFY(row >= 0);
    const QModelIndex state = model.index(row, VmListModel::State);
    QVERIFY2(state.data().toString().contains(QLatin1String("start failed")), qPrintable(state.data().toString()));
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QLatin1String("xen-pvdevice")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    // A refresh keeps it while the VM stays off.
    QSignalSpy refreshed(&fleet, &Fleet::refreshed);
    fleet.refresh();
    QVERIFY(refreshed.wait(30000));
    QVERIFY(model.index(row, VmListModel::State).data().toString().contains(QLatin1String("start failed")));
}

QTEST_GUILESS_MAIN(tst_DefinitionDaemon)
#include "tst_DefinitionDaemon.moc"
