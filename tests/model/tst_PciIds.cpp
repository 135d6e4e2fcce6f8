// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/PciIds.h"

#include <QTest>

namespace {
PciIds::Function function(quint16 device, quint16 subsystemId, quint8 revision, quint8 baseClass, quint8 subClass)
{
    PciIds::Function f;
    f.vendorId = 0x5853;
    f.deviceId = device;
    f.subsystemVendorId = 0x5853;
    f.subsystemId = subsystemId;
    f.revision = revision;
    f.baseClass = baseClass;
    f.subClass = subClass;
    return f;
}

QStringList ids(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* id : list)
        result << QString::fromLatin1(id);
    return result;
}
} // namespace

class tst_PciIds : public QObject
{
    Q_OBJECT

private slots:
    void forFunction_data();
    void forFunction();
};

void tst_PciIds::forFunction_data()
{
    QTest::addColumn<PciIds::Function>("device");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QStringList>("hardwareIds");
    QTest::addColumn<QStringList>("compatibleIds");

    // facts §7.1, derived example: the upstream platform device on Windows 10.
    QTest::newRow("facts-7.1-platform-0001-win10")
        << function(0x0001, 0x0001, 0x01, 0xff, 0x80) << QStringLiteral("10.0.19045")
        << ids({"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01", "PCI\\VEN_5853&DEV_0001&SUBSYS_00015853",
                "PCI\\VEN_5853&DEV_0001&CC_FF8000", "PCI\\VEN_5853&DEV_0001&CC_FF80"})
        << ids({"PCI\\VEN_5853&DEV_0001&REV_01", "PCI\\VEN_5853&DEV_0001", "PCI\\VEN_5853&CC_FF8000",
                "PCI\\VEN_5853&CC_FF80", "PCI\\VEN_5853", "PCI\\CC_FF8000", "PCI\\CC_FF80"});
    // facts §7.1: before Windows 10, VEN&DEV&REV and VEN&DEV are hardware IDs (VEN&DEV is #3).
    QTest::newRow("facts-7.1-platform-0001-win7")
        << function(0x0001, 0x0001, 0x01, 0xff, 0x80) << QStringLiteral("6.1.7601")
        << ids({"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01", "PCI\\VEN_5853&DEV_0001&SUBSYS_00015853",
                "PCI\\VEN_5853&DEV_0001&REV_01", "PCI\\VEN_5853&DEV_0001", "PCI\\VEN_5853&DEV_0001&CC_FF8000",
                "PCI\\VEN_5853&DEV_0001&CC_FF80"})
        << ids({"PCI\\VEN_5853&CC_FF8000", "PCI\\VEN_5853&CC_FF80", "PCI\\VEN_5853", "PCI\\CC_FF8000", "PCI\\CC_FF80"});
    // facts §7.1: xen-pvdevice C000, class 0880; SUBSYS_ is subsystem ID then subsystem vendor.
    QTest::newRow("facts-7.1-vendor-c000-win10")
        << function(0xc000, 0xc000, 0x01, 0x08, 0x80) << QStringLiteral("10.0.17763")
        << ids({"PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01", "PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853",
                "PCI\\VEN_5853&DEV_C000&CC_088000", "PCI\\VEN_5853&DEV_C000&CC_0880"})
        << ids({"PCI\\VEN_5853&DEV_C000&REV_01", "PCI\\VEN_5853&DEV_C000", "PCI\\VEN_5853&CC_088000",
                "PCI\\VEN_5853&CC_0880", "PCI\\VEN_5853", "PCI\\CC_088000", "PCI\\CC_0880"});
    // facts §7.1 / §8: XenServer's trad-compatible platform device 0002, revision 2, class 0100.
    QTest::newRow("facts-7.1-xenserver-0002-class-0100-win10")
        << function(0x0002, 0x0002, 0x02, 0x01, 0x00) << QStringLiteral("10.0.17763")
        << ids({"PCI\\VEN_5853&DEV_0002&SUBSYS_00025853&REV_02", "PCI\\VEN_5853&DEV_0002&SUBSYS_00025853",
                "PCI\\VEN_5853&DEV_0002&CC_010000", "PCI\\VEN_5853&DEV_0002&CC_0100"})
        << ids({"PCI\\VEN_5853&DEV_0002&REV_02", "PCI\\VEN_5853&DEV_0002", "PCI\\VEN_5853&CC_010000",
                "PCI\\VEN_5853&CC_0100", "PCI\\VEN_5853", "PCI\\CC_010000", "PCI\\CC_0100"});

    // facts §7.1: DT_ compatible IDs only for PCI Express, each after the CC_ ID it extends.
    PciIds::Function pcie = function(0x0001, 0x0001, 0x01, 0xff, 0x80);
    pcie.isPcie = true;
    pcie.pcieDeviceType = 0x0009;
    QTest::newRow("facts-7.1-pcie-device-type")
        << pcie << QStringLiteral("10.0.19045")
        << ids({"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01", "PCI\\VEN_5853&DEV_0001&SUBSYS_00015853",
                "PCI\\VEN_5853&DEV_0001&CC_FF8000", "PCI\\VEN_5853&DEV_0001&CC_FF80"})
        << ids({"PCI\\VEN_5853&DEV_0001&REV_01", "PCI\\VEN_5853&DEV_0001", "PCI\\VEN_5853&CC_FF8000",
                "PCI\\VEN_5853&CC_FF80", "PCI\\VEN_5853", "PCI\\CC_FF8000&DT_0009", "PCI\\CC_FF8000",
                "PCI\\CC_FF80&DT_0009", "PCI\\CC_FF80"});
    // The MicrosoftDocs example vendor: upper-case hex and zero padding everywhere.
    PciIds::Function padded;
    padded.vendorId = 0x102c;
    padded.deviceId = 0x00e0;
    padded.revision = 0x04;
    padded.baseClass = 0x03;
    QTest::newRow("facts-7.1-padding-and-case")
        << padded << QStringLiteral("10.0.19045")
        << ids({"PCI\\VEN_102C&DEV_00E0&SUBSYS_00000000&REV_04", "PCI\\VEN_102C&DEV_00E0&SUBSYS_00000000",
                "PCI\\VEN_102C&DEV_00E0&CC_030000", "PCI\\VEN_102C&DEV_00E0&CC_0300"})
        << ids({"PCI\\VEN_102C&DEV_00E0&REV_04", "PCI\\VEN_102C&DEV_00E0", "PCI\\VEN_102C&CC_030000",
                "PCI\\VEN_102C&CC_0300", "PCI\\VEN_102C", "PCI\\CC_030000", "PCI\\CC_0300"});
}

void tst_PciIds::forFunction()
{
    QFETCH(PciIds::Function, device);
    QFETCH(QString, windows);
    QFETCH(QStringList, hardwareIds);
    QFETCH(QStringList, compatibleIds);
    const PciIds result = PciIds::forFunction(device, *WindowsVersion::parse(windows));
    QCOMPARE(result.hardwareIds(), hardwareIds);
    QCOMPARE(result.compatibleIds(), compatibleIds);
}

QTEST_GUILESS_MAIN(tst_PciIds)
#include "tst_PciIds.moc"
