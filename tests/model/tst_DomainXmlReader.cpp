// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/DomainXmlReader.h"

#include <QTest>

namespace {
const QString kDomain = QStringLiteral(R"(<domain type='xen'>
  <name>erp-db-01</name>
  <uuid>6f1c2a8e-0d6b-4c1e-9a51-3c2b7e0a1001</uuid>
  <metadata>
    <other:app xmlns:other="urn:someone-else"><other:x a="1"/></other:app>
    <xp:platform xmlns:xp="urn:xpconsole:platform:1" schema="1">
      <xp:device-model flavour="xenserver-trad"/>
      <xp:vendor-device enabled="yes" device-id="0xc000"/>
      <xp:guest os="windows" release="6.3.9600" windows-update="automatic">
        <xp:driver package="citrix-legacy-6.0"/>
      </xp:guest>
    </xp:platform>
  </metadata>
  <os><type arch='x86_64' machine='xenfv'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'><source file='/x.img'/><target dev='hda' bus='ide'/></disk>
    <disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><address type='drive' controller='0' bus='1' unit='0'/></disk>
    <disk type='file' device='disk'><target dev='sda' bus='scsi'/></disk>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><model type='e1000'/></interface>
    <interface type='bridge'><model type='netfront'/></interface>
    <hostdev mode='subsystem' type='pci'><source/></hostdev>
  </devices>
</domain>)");
} // namespace

class tst_DomainXmlReader : public QObject
{
    Q_OBJECT

private slots:
    void readsIdentityDevicesAndMetadata();
    void defaultsWithoutMetadata();
    void brokenXml();
};

void tst_DomainXmlReader::readsIdentityDevicesAndMetadata()
{
    VmConfig c;
    QVERIFY(DomainXmlReader::read(kDomain, c));
    QCOMPARE(c.name, QStringLiteral("erp-db-01"));
    QCOMPARE(c.uuid, QStringLiteral("6f1c2a8e-0d6b-4c1e-9a51-3c2b7e0a1001"));
    QCOMPARE(c.domainType, QStringLiteral("xen"));
    QCOMPARE(c.machine, QStringLiteral("xenfv"));
    QCOMPARE(c.disks.size(), 3);
    QCOMPARE(c.disks.at(0), (EmulatedDisk{EmulatedDisk::Bus::Ide, false, QStringLiteral("hda"), 0, 0, 0}));
    QCOMPARE(c.disks.at(1), (EmulatedDisk{EmulatedDisk::Bus::Ide, true, QStringLiteral("hdc"), 0, 1, 0}));
    QCOMPARE(c.disks.at(2).bus, EmulatedDisk::Bus::Scsi);
    QCOMPARE(c.nics.size(), 2);
    QCOMPARE(c.nics.at(0).model, QStringLiteral("e1000"));
    QCOMPARE(c.nics.at(0).mac, QStringLiteral("52:54:00:aa:bb:cc"));
    QCOMPARE(c.passthroughDevices, 1);
    QVERIFY(c.hasMetadata);
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(QLatin1Char('\n'))));
    QCOMPARE(c.flavour, xp::device::Flavour::XenServerTrad);
    QVERIFY(c.vendor.enabled);
    QCOMPARE(c.guest.drivers, QStringList{QStringLiteral("citrix-legacy-6.0")});
    const QString element = DomainXmlReader::metadataElement(kDomain);
    QVERIFY2(element.startsWith(QStringLiteral("<xp:platform")), qPrintable(element));
    QVERIFY(!element.contains(QStringLiteral("someone-else")));
}

void tst_DomainXmlReader::defaultsWithoutMetadata()
{
    VmConfig c;
    QVERIFY(DomainXmlReader::read(QStringLiteral("<domain type='kvm'><name>a</name></domain>"), c));
    QVERIFY(!c.hasMetadata);
    QCOMPARE(c.flavour, xp::device::Flavour::QemuUpstream);
    QVERIFY(DomainXmlReader::metadataElement(QStringLiteral("<domain type='kvm'><name>a</name></domain>")).isEmpty());
}

void tst_DomainXmlReader::brokenXml()
{
    VmConfig c;
    QVERIFY(!DomainXmlReader::read(QStringLiteral("<domain type='kvm'><name>a</name>"), c));
    QCOMPARE(c.metadataErrors.size(), 1);
}

QTEST_GUILESS_MAIN(tst_DomainXmlReader)
#include "tst_DomainXmlReader.moc"
