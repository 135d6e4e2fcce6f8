// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/libvirt/XenDeviceProbe.h"

#include <QTest>

/// The scan XenDeviceProbe makes of a listed domain's XML (libvirt formats it; foreign metadata may hold anything),
/// and its answer without a connection. tst_DefinitionDaemon asks a real libvirtd.
class tst_XenDeviceProbe : public QObject
{
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void notQemu();
    void noConnectionIsUnknown();
};

void tst_XenDeviceProbe::scan_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("arch");
    QTest::addColumn<QByteArray>("emulator");
    QTest::newRow("as libvirt formats it")
        << QByteArray("<domain type='kvm'>\n  <os>\n    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>\n  </os>\n"
                      "  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n  </devices>\n</domain>")
        << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("/usr/bin/qemu-system-x86_64");
    QTest::newRow("double quotes") << QByteArray("<domain type=\"qemu\"><os><type arch=\"i686\">hvm</type></os>"
                                                 "<devices><emulator>/opt/q</emulator></devices></domain>")
                                   << QByteArray("qemu") << QByteArray("i686") << QByteArray("/opt/q");
    // Foreign metadata before <os> and <devices>: its <type> and <emulator> are not the domain's.
    QTest::newRow("decoys in metadata")
        << QByteArray("<domain type='kvm'><metadata><app:x xmlns:app='urn:a'><os/><type arch='ppc64'/><devices/>"
                      "<emulator>/evil</emulator></app:x></metadata><os><type arch='x86_64'>hvm</type></os>"
                      "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices></domain>")
        << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("/usr/bin/qemu-system-x86_64");
    QTest::newRow("element names that only start the same")
        << QByteArray("<domainx type='xen'/><domain type='kvm'><osx/><os><typex arch='a'/><type arch='x86_64'/></os>"
                      "<devices><emulatorx>/no</emulatorx><emulator>/yes</emulator></devices></domain>")
        << QByteArray("kvm") << QByteArray("x86_64") << QByteArray("/yes");
    QTest::newRow("nothing to find") << QByteArray("<domain><os/><devices/></domain>") << QByteArray() << QByteArray()
                                     << QByteArray();
    QTest::newRow("truncated") << QByteArray("<domain type='kvm") << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray() << QByteArray();
}

void tst_XenDeviceProbe::scan()
{
    QFETCH(QByteArray, xml);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, arch);
    QFETCH(QByteArray, emulator);
    const XenDeviceProbe::Target t = XenDeviceProbe::targetOf(xml);
    QCOMPARE(t.type, type);
    QCOMPARE(t.arch, arch);
    QCOMPARE(t.emulator, emulator);
}

void tst_XenDeviceProbe::notQemu()
{
    // Only QEMU-driver domains are asked about; nothing reaches libvirt for the others.
    XenDeviceProbe probe;
    for (const char* xml : {"<domain type='xen'/>", "<domain type='test'/>", "<domain type='lxc'/>", "<domain/>"})
        QCOMPARE(probe.answer(nullptr, xml).support, HostSupport::NotAsked);
}

void tst_XenDeviceProbe::noConnectionIsUnknown()
{
    XenDeviceProbe probe;
    const XenDeviceProbe::Answer a = probe.answer(nullptr, "<domain type='kvm'><devices><emulator>/q</emulator>"
                                                           "</devices></domain>");
    QCOMPARE(a.support, HostSupport::Unknown);
    QVERIFY(a.detail.contains(QLatin1String("/q")));
}

QTEST_GUILESS_MAIN(tst_XenDeviceProbe)
#include "tst_XenDeviceProbe.moc"
