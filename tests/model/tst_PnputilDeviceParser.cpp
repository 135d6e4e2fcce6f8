// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/InfParser.h"
#include "model/binding/PnputilDeviceParser.h"

#include <QFile>
#include <QTest>

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(XP_TEST_DATA_DIR "/pnputil/") + QLatin1String(name);
}

QByteArray readFixture(const char* name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Each device as "instance|description|class|guid|manufacturer|status|driver|problem|line", followed by its
/// matching drivers as "  driver|original|provider|class|guid|yyyy-mm-dd|version|signer|matching id|rank|status|
/// installed|line".
QStringList summary(const QList<PnputilDeviceParser::Device>& devices)
{
    QStringList lines;
    for (const PnputilDeviceParser::Device& d : devices) {
        lines << QStringList{d.instanceId,
                             d.description,
                             d.className,
                             d.classGuid,
                             d.manufacturer,
                             d.status,
                             d.driverName,
                             QString::number(d.problemCode),
                             QString::number(d.lineNumber)}
                     .join(QLatin1Char('|'));
        for (const PnputilDeviceParser::MatchingDriver& m : d.matchingDrivers)
            lines << QStringLiteral("  ") + QStringList{m.driverName,
                                                        m.originalName,
                                                        m.provider,
                                                        m.className,
                                                        m.classGuid,
                                                        m.date.toString(Qt::ISODate),
                                                        m.version.toString(),
                                                        m.signer,
                                                        m.matchingDeviceId,
                                                        m.rank,
                                                        m.status,
                                                        m.installed ? QStringLiteral("installed") : QStringLiteral("-"),
                                                        QString::number(m.lineNumber)}
                                                .join(QLatin1Char('|'));
    }
    return lines;
}

const QString kSystem = QStringLiteral("System|{4d36e97d-e325-11ce-bfc1-08002be10318}");
const QString kWhql = QStringLiteral("Microsoft Windows Hardware Compatibility Publisher");
const QString kBest = QStringLiteral("Best Ranked / Installed|installed");

/// What enum-devices-drivers-win10.txt holds: the platform device with two xenbus packages, three child
/// devices of the PV drivers and one device of an inbox INF.
QStringList win10Devices()
{
    return {
        QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18|XenServer PV Bus (0001)|%1|"
                       "XenServer|Started|oem7.inf|0|3")
            .arg(kSystem),
        QStringLiteral("  oem7.inf|xenbus.inf|XenServer|%1|2025-08-20|9.1.0.7|%2|PCI\\VEN_5853&DEV_0001|00FE1003|%3|11")
            .arg(kSystem, kWhql, kBest),
        QStringLiteral("  oem9.inf|xenbus.inf|Xen Project|%1|2025-08-20|9.1.0.3|Xen Project Test Signing|"
                       "PCI\\VEN_5853&DEV_0001|00FE1003|Outranked|-|21")
            .arg(kSystem),
        QStringLiteral("XENBUS\\VEN_XS0001&DEV_IFACE&REV_09000000\\_|XenServer Interface|%1|XenServer|Started|"
                       "oem10.inf|0|32")
            .arg(kSystem),
        QStringLiteral("  oem10.inf|xeniface.inf|XenServer|%1|2025-08-20|9.1.0.7|%2|"
                       "XENBUS\\VEN_XS0001&DEV_IFACE&REV_09000000|00FF0000|%3|40")
            .arg(kSystem, kWhql, kBest),
        QStringLiteral("XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0|XenServer PV Network Class|%1|XenServer|Started|"
                       "oem8.inf|0|51")
            .arg(kSystem),
        QStringLiteral("  oem8.inf|xenvif.inf|XenServer|%1|2025-08-20|9.1.0.7|%2|"
                       "XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000|00FF0000|%3|59")
            .arg(kSystem, kWhql, kBest),
        QStringLiteral("XENVIF\\VEN_XS0001&DEV_NET&REV_09000000\\0|XenServer PV Network Device #0|Net|"
                       "{4d36e972-e325-11ce-bfc1-08002be10318}|XenServer|Started|oem11.inf|0|70"),
        QStringLiteral(
            "  oem11.inf|xennet.inf|XenServer|Net|{4d36e972-e325-11ce-bfc1-08002be10318}|2025-08-20|9.1.0.7|%1|"
            "XENVIF\\VEN_XS0001&DEV_NET&REV_09000000|00FF0000|%2|78")
            .arg(kWhql, kBest),
        QStringLiteral("PCI\\VEN_8086&DEV_7000&SUBSYS_00015853&REV_00\\3&267a616a&0&08|Intel 82371SB PCI to ISA bridge|"
                       "%1|Intel|Started|machine.inf|0|89")
            .arg(kSystem),
        // Inbox INFs print no original name.
        QStringLiteral(
            "  machine.inf||Microsoft|%1|2006-06-21|10.0.19041.3636|Microsoft Windows|PCI\\VEN_8086&DEV_7000|"
            "00FF0003|%2|97")
            .arg(kSystem, kBest),
    };
}

/// What enum-devices-drivers-win11.txt holds: the vendor device and the platform device, a storage device with
/// two extension INFs, and a network device whose installation failed.
QStringList win11Devices()
{
    const QString scsi = QStringLiteral("SCSIAdapter|{4d36e97b-e325-11ce-bfc1-08002be10318}");
    return {
        QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01\\3&267a616a&0&20|XenServer PV Bus (C000)|%1|"
                       "XenServer|Started|oem7.inf|0|3")
            .arg(kSystem),
        QStringLiteral("  oem7.inf|xenbus.inf|XenServer|%1|2025-09-01|9.1.0.100|%2|"
                       "PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01|00FE0000|%3|11")
            .arg(kSystem, kWhql, kBest),
        QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18|XenServer PV Bus (0001)|%1|"
                       "XenServer|Started|oem7.inf|0|22")
            .arg(kSystem),
        QStringLiteral(
            "  oem7.inf|xenbus.inf|XenServer|%1|2025-09-01|9.1.0.100|%2|PCI\\VEN_5853&DEV_0001|00FE1003|%3|30")
            .arg(kSystem, kWhql, kBest),
        QStringLiteral("  oem9.inf|xenbus.inf|Xen Project|%1|2025-08-20|9.1.0.3|Xen Project Test Signing|"
                       "PCI\\VEN_5853&DEV_0001|00FE1003|Outranked|-|40")
            .arg(kSystem),
        QStringLiteral("XENBUS\\VEN_XSC000&DEV_VBD&REV_09000000\\768|XenServer PV Storage Host Adapter|%1|XenServer|"
                       "Started|oem5.inf|0|51")
            .arg(scsi),
        QStringLiteral("  oem5.inf|xenvbd.inf|XenServer|%1|2025-09-01|9.1.0.100|%2|"
                       "XENBUS\\VEN_XSC000&DEV_VBD&REV_09000000|00FF0000|%3|61")
            .arg(scsi, kWhql, kBest),
        QStringLiteral("XENBUS\\VEN_XSC000&DEV_IFACE&REV_09000000\\_|XenServer Interface|%1|XenServer|Started|"
                       "oem10.inf|0|72")
            .arg(kSystem),
        QStringLiteral("  oem10.inf|xeniface.inf|XenServer|%1|2025-09-01|9.1.0.100|%2|"
                       "XENBUS\\VEN_XSC000&DEV_IFACE&REV_09000000|00FF0000|%3|80")
            .arg(kSystem, kWhql, kBest),
        // Installation failed: no class, no driver in use, and the best-ranked driver is not installed.
        QStringLiteral("XENVIF\\VEN_XSC000&DEV_NET&REV_09000000\\0|XenServer PV Network Device #0|Unknown|Unknown|"
                       "Unknown|Problem||28|91"),
        QStringLiteral("  oem11.inf|xennet.inf|XenServer|Net|{4d36e972-e325-11ce-bfc1-08002be10318}|2025-09-01|"
                       "9.1.0.100|%1|XENVIF\\VEN_XSC000&DEV_NET&REV_09000000|00FF0000|Best Ranked|-|100")
            .arg(kWhql),
        QStringLiteral("ACPI\\PNP0A03\\0|PCI Bus|%1|(Standard system devices)|Started|pci.inf|0|111").arg(kSystem),
        QStringLiteral("  pci.inf||Microsoft|%1|2006-06-21|10.0.22621.3085|Microsoft Windows|*PNP0A03|00FF0001|%2|119")
            .arg(kSystem, kBest),
    };
}

/// One device with two matching drivers; @p separator goes between the two driver blocks.
QByteArray twoDrivers(const QByteArray& separator)
{
    return "Microsoft PnP Utility\r\n\r\n"
           "Instance ID:                PCI\\VEN_5853&DEV_0001\\3&1\r\n"
           "Driver Name:                oem7.inf\r\n"
           "Matching Drivers:\r\n"
           "    Driver Name:            oem7.inf\r\n"
           "    Driver Status:          Best Ranked / Installed\r\n" +
           separator +
           "    Driver Name:            oem9.inf\r\n"
           "    Driver Status:          Outranked\r\n";
}
} // namespace

class tst_PnputilDeviceParser : public QObject
{
    Q_OBJECT

private slots:
    void layouts_data();
    void layouts();
    void otherFieldsKept();
    void installedDriverIsTheDevicesDriver();
    void parseError_data();
    void parseError();
    void missingFile();
};

void tst_PnputilDeviceParser::layouts_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("devices");

    // Written for xpconsole in pnputil's layout (tests/data/pnputil/README.md): CRLF, 8-bit as cmd's > writes it.
    QTest::newRow("windows-10-crlf") << readFixture("enum-devices-drivers-win10.txt") << win10Devices();
    // PowerShell's redirection writes UTF-16LE with a byte-order mark.
    QTest::newRow("windows-11-utf16le-bom") << readFixture("enum-devices-drivers-win11.txt") << win11Devices();
    QTest::newRow("windows-11-as-utf8") << InfParser::decode(readFixture("enum-devices-drivers-win11.txt")).toUtf8()
                                        << win11Devices();
    // Without /drivers: the same device fields, no "Matching Drivers:".
    QTest::newRow("enum-devices-without-drivers")
        << readFixture("enum-devices-win10.txt")
        << QStringList{
               QStringLiteral(
                   "PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18|XenServer PV Bus (0001)|%1|"
                   "XenServer|Started|oem7.inf|0|3")
                   .arg(kSystem),
               QStringLiteral("XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0|XenServer PV Network Class|%1|XenServer|"
                              "Disabled|oem8.inf|0|11")
                   .arg(kSystem),
               QStringLiteral(
                   "PCI\\VEN_8086&DEV_7010&SUBSYS_00015853&REV_00\\3&267a616a&0&09|Intel(R) 82371SB PCI Bus "
                   "Master IDE Controller|HDC|{4d36e96a-e325-11ce-bfc1-08002be10318}|Intel|Started|mshdc.inf|"
                   "0|19"),
           };

    // Whether pnputil separates the driver blocks by blank lines is not confirmed (README): both read alike.
    const QStringList two{
        QStringLiteral("PCI\\VEN_5853&DEV_0001\\3&1||||||oem7.inf|0|3"),
        QStringLiteral("  oem7.inf||||||||||Best Ranked / Installed|installed|6"),
        QStringLiteral("  oem9.inf||||||||||Outranked|-|8"),
    };
    QTest::newRow("driver-blocks-adjacent") << twoDrivers({}) << two;
    QStringList spaced = two;
    spaced[2] = QStringLiteral("  oem9.inf||||||||||Outranked|-|9");
    QTest::newRow("driver-blocks-blank-line-between") << twoDrivers("\r\n") << spaced;
    // Indentation lost (pasted from a web page): after "Matching Drivers:" every field is a driver's until the
    // next "Instance ID:".
    QTest::newRow("indentation-lost")
        << QByteArray("Instance ID: ROOT\\SYSTEM\\0000\nDriver Name: machine.inf\nMatching Drivers:\n"
                      "Driver Name: machine.inf\nDriver Rank: 00FF0000\nInstance ID: ROOT\\SYSTEM\\0001\n"
                      "Status: Started\n")
        << QStringList{QStringLiteral("ROOT\\SYSTEM\\0000||||||machine.inf|0|1"),
                       QStringLiteral("  machine.inf|||||||||00FF0000||-|4"),
                       QStringLiteral("ROOT\\SYSTEM\\0001|||||Started||0|6")};
    // A field indented less than the driver blocks is the device's again (another flag's output after them).
    QTest::newRow("device-field-after-drivers")
        << QByteArray("Instance ID:    ROOT\\SYSTEM\\0000\nMatching Drivers:\n    Driver Name:    machine.inf\n"
                      "Status:         Started\n")
        << QStringList{QStringLiteral("ROOT\\SYSTEM\\0000|||||Started||0|1"),
                       QStringLiteral("  machine.inf|||||||||||-|3")};
    // What pnputil prints when nothing matches the filter: the title only (English or localised).
    QTest::newRow("title-only") << QByteArray("Microsoft PnP Utility\r\n\r\n") << QStringList{};
    QTest::newRow("localised-title-english-fields")
        << QByteArray("Microsoft-PnP-Dienstprogramm\n\nInstance ID: ROOT\\SYSTEM\\0000\n")
        << QStringList{QStringLiteral("ROOT\\SYSTEM\\0000|||||||0|3")};
}

void tst_PnputilDeviceParser::layouts()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, devices);
    QVERIFY(!data.isEmpty());
    const PnputilDeviceParser::Result result = PnputilDeviceParser::parse(data, QStringLiteral("devices.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(summary(result.value), devices);
}

void tst_PnputilDeviceParser::otherFieldsKept()
{
    const PnputilDeviceParser::Result result =
        PnputilDeviceParser::parseFile(fixture("enum-devices-drivers-win11.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value.size(), 6);
    using Fields = PnputilDeviceParser::Fields;
    QCOMPARE(result.value.at(0).otherFields, Fields{});
    // A list field continues on value-only lines aligned under its first value; each value keeps the label.
    QCOMPARE(result.value.at(2).otherFields,
             (Fields{{QStringLiteral("Extension Driver Names"), QStringLiteral("oem12.inf")},
                     {QStringLiteral("Extension Driver Names"), QStringLiteral("oem14.inf")}}));
    QCOMPARE(result.value.at(4).otherFields,
             (Fields{{QStringLiteral("Problem Status"), QStringLiteral("0xC0000490")}}));
    QCOMPARE(result.value.at(4).matchingDrivers.at(0).otherFields, Fields{});

    // A field printed twice keeps its first value; the second is kept as an uninterpreted field.
    const PnputilDeviceParser::Result twice = PnputilDeviceParser::parse(
        "Instance ID: A\\B\nStatus: Started\nStatus: Disabled\nMatching Drivers:\n  Driver Name: x.inf\n"
        "  Driver Rank: 00FF0000\n  Driver Rank: 00FF0001\n  Catalog File: x.cat\n",
        QStringLiteral("twice.txt"));
    QVERIFY(twice.ok());
    QCOMPARE(twice.value.at(0).status, QStringLiteral("Started"));
    QCOMPARE(twice.value.at(0).otherFields, (Fields{{QStringLiteral("Status"), QStringLiteral("Disabled")}}));
    QCOMPARE(twice.value.at(0).matchingDrivers.at(0).rank, QStringLiteral("00FF0000"));
    QCOMPARE(twice.value.at(0).matchingDrivers.at(0).otherFields,
             (Fields{{QStringLiteral("Driver Rank"), QStringLiteral("00FF0001")},
                     {QStringLiteral("Catalog File"), QStringLiteral("x.cat")}}));
}

void tst_PnputilDeviceParser::installedDriverIsTheDevicesDriver()
{
    // In both fixtures the matching driver whose status says "Installed" is the device's "Driver Name:".
    for (const char* name : {"enum-devices-drivers-win10.txt", "enum-devices-drivers-win11.txt"}) {
        const PnputilDeviceParser::Result result = PnputilDeviceParser::parseFile(fixture(name));
        QVERIFY(result.ok());
        for (const PnputilDeviceParser::Device& device : result.value) {
            QStringList installed;
            for (const PnputilDeviceParser::MatchingDriver& driver : device.matchingDrivers)
                if (driver.installed)
                    installed << driver.driverName;
            QCOMPARE(installed, device.driverName.isEmpty() ? QStringList{} : QStringList{device.driverName});
        }
    }
}

void tst_PnputilDeviceParser::parseError_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    const QByteArray head = "Instance ID:                PCI\\VEN_5853&DEV_0001\\3&1\nMatching Drivers:\n";
    QTest::newRow("field-before-instance-id")
        << QByteArray("Microsoft PnP Utility\n\nDevice Description: Xen Platform Device\nInstance ID: PCI\\X\\1\n")
        << QStringLiteral("d.txt:3: The field \"Device Description\" comes before the first \"Instance ID:\", outside "
                          "any device record.");
    QTest::newRow("empty-instance-id") << QByteArray("Instance ID: PCI\\X\\1\n\nInstance ID:   \nStatus: Started\n")
                                       << QStringLiteral("d.txt:3: The device record has no instance ID.");
    QTest::newRow("driver-field-before-driver-name")
        << head + "    Original Name:          xenbus.inf\n    Driver Name:            oem7.inf\n"
        << QStringLiteral("d.txt:3: The matching driver's field \"Original Name\" comes before its \"Driver Name:\".");
    QTest::newRow("empty-driver-name") << head + "    Driver Name:\n    Driver Rank:            00FF0000\n"
                                       << QStringLiteral("d.txt:3: The matching driver has no driver name.");
    QTest::newRow("bad-date") << head + "    Driver Name:            oem7.inf\n    Driver Version:         13/40/2025 "
                                        "9.1.0.7\n"
                              << QStringLiteral("d.txt:4: The driver date and version '13/40/2025 9.1.0.7' is not "
                                                "'mm/dd/yyyy w.x.y.z'.");
    QTest::newRow("localised-date-format")
        << head + "    Driver Name:            oem7.inf\n    Driver Version:         20.08.2025 9.1.0.7\n"
        << QStringLiteral("d.txt:4: The driver date and version '20.08.2025 9.1.0.7' is not 'mm/dd/yyyy w.x.y.z'.");
    QTest::newRow("version-part-over-65535")
        << head + "    Driver Name:            oem7.inf\n    Driver Version:         08/20/2025 9.1.0.70000\n"
        << QStringLiteral("d.txt:4: The driver date and version '08/20/2025 9.1.0.70000' is not 'mm/dd/yyyy "
                          "w.x.y.z'.");
    QTest::newRow("rank-with-hex-prefix")
        << head + "    Driver Name:            oem7.inf\n    Driver Rank:            0x00FF0000\n"
        << QStringLiteral("d.txt:4: The driver rank '0x00FF0000' is not a hexadecimal number of up to 8 digits.");
    QTest::newRow("rank-of-nine-digits")
        << head + "    Driver Name:            oem7.inf\n    Driver Rank:            100FF0000\n"
        << QStringLiteral("d.txt:4: The driver rank '100FF0000' is not a hexadecimal number of up to 8 digits.");
    QTest::newRow("problem-code-not-a-number")
        << QByteArray("Instance ID: PCI\\X\\1\nStatus: Problem\nProblem Code: CM_PROB_FAILED_INSTALL\n")
        << QStringLiteral("d.txt:3: The problem code 'CM_PROB_FAILED_INSTALL' does not start with a number.");
    QTest::newRow("line-too-long") << head + "    Driver Name:            " + QByteArray(70000, 'x') + "\n"
                                   << QStringLiteral("d.txt:3: The line is longer than 65536 characters.");
    QTest::newRow("nul-in-a-field")
        << QByteArray("Instance ID: PCI\\X\\1\nDevice Description: Xen") + '\0' + QByteArray(" Platform\n")
        << QStringLiteral("d.txt:2: The file contains a NUL character: it is not text, or UTF-16 without a byte-order "
                          "mark.");
    // Files that are no /enum-devices output are refused as a whole (tst_PnputilInput has every case).
    QTest::newRow("enum-drivers-output") << readFixture("enum-drivers-win11.txt")
                                         << QStringLiteral("d.txt: The file is the output of pnputil /enum-drivers; "
                                                           "here the output of pnputil /enum-devices is read.");
    QTest::newRow("empty-file") << QByteArray()
                                << QStringLiteral("d.txt: The file is empty: it holds no pnputil output.");
    QTest::newRow("over-the-size-cap") << QByteArray(PnputilDeviceParser::kMaxFileSize + 1, ' ')
                                       << QStringLiteral("d.txt: The file is larger than 16 MiB, too large for "
                                                         "pnputil output.");
}

void tst_PnputilDeviceParser::parseError()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    const PnputilDeviceParser::Result result = PnputilDeviceParser::parse(data, QStringLiteral("d.txt"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(), message);
    QVERIFY(result.value.isEmpty());
}

void tst_PnputilDeviceParser::missingFile()
{
    const PnputilDeviceParser::Result result = PnputilDeviceParser::parseFile(fixture("nothing.txt"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->line, 0);
    QVERIFY(result.error->toString().startsWith(QLatin1String("nothing.txt: Cannot read the file: ")));
}

QTEST_GUILESS_MAIN(tst_PnputilDeviceParser)
#include "tst_PnputilDeviceParser.moc"
