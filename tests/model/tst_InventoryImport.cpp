// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InventoryImport.h"
#include "model/core/MetadataCodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// One guest's pnputil outputs turned into the inventory kept in its metadata (issue 18 item 2). The outputs are
// the fixtures of tests/data/pnputil/ (README.md there says what each holds) and the refused files of
// tests/data/observed/. Catalogue ids follow GuestInventory's rule: same provider, class GUID (when printed) and
// major version as a catalogue INF (data/drivers).

namespace {

QString dataPath(const QString& relative)
{
    return QStringLiteral(XP_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

/// "published|original|provider|version|date|catalogue"
QStringList packageLines(const DriverInventory& inventory)
{
    QStringList lines;
    for (const InventoryPackage& p : inventory.packages)
        lines << QStringList{p.publishedName, p.originalName, p.provider, p.version, p.date.toString(Qt::ISODate),
                             p.catalogueId}
                     .join(u'|');
    return lines;
}

/// "instance|description|status|driver|problem|original|provider|version|catalogue"
QStringList deviceLines(const DriverInventory& inventory)
{
    QStringList lines;
    for (const InventoryDevice& d : inventory.devices)
        lines << QStringList{d.instanceId,   d.description, d.status,  d.driver,     d.problem,
                             d.originalName, d.provider,    d.version, d.catalogueId}
                     .join(u'|');
    return lines;
}

/// For failure messages: QVERIFY2 evaluates its message whether the check holds or not.
QString errorText(const InventoryImport::Result& result)
{
    return result.error ? result.error->toString() : QString();
}

bool setModified(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class tst_InventoryImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptAndCounted_data();
    void keptAndCounted();
    void errors_data();
    void errors();
    void takenIsOldestFile_data();
    void takenIsOldestFile();
    void fromGuestAgent();
    void xenDevices_data();
    void xenDevices();
    void importSurvivesTheMetadata_data();
    void importSurvivesTheMetadata();

private:
    DriverCatalogue m_catalogue;
};

void tst_InventoryImport::initTestCase()
{
    QVERIFY2(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue.errorString()));
}

void tst_InventoryImport::keptAndCounted_data()
{
    QTest::addColumn<QStringList>("files"); // under tests/data/pnputil/
    QTest::addColumn<bool>("hasPackages");
    QTest::addColumn<bool>("hasDevices");
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("devices");
    QTest::addColumn<int>("otherPackages");
    QTest::addColumn<int>("otherDevices");

    // enum-drivers-win11.txt: the Microsoft printer package is counted; XenServer's xenbus and xenvif (System class,
    // 9.x) are xenserver-vmtools-9, Xen Project's xenbus xenproject-9.1; xenvbd_ext (Extensions class) matches no
    // catalogue INF but is kept for its Xen provider.
    const QStringList win11Packages{
        u"oem7.inf|xenbus.inf|XenServer|9.1.0.7|2025-08-20|xenserver-vmtools-9"_s,
        u"oem8.inf|xenvif.inf|XenServer|9.1.0.7|2025-08-20|xenserver-vmtools-9"_s,
        u"oem9.inf|xenbus.inf|Xen Project|9.1.0.3|2025-08-20|xenproject-9.1"_s,
        u"oem12.inf|xenvbd_ext.inf|XenServer|9.1.0.7|2025-08-20|"_s,
    };
    QTest::newRow("enum-drivers win11 alone")
        << QStringList{u"enum-drivers-win11.txt"_s} << true << false << win11Packages << QStringList() << 1 << 0;
    // enum-drivers-legacy.txt: no class GUID and no original name in the older layout; Citrix Systems' 6.0 packages
    // are the legacy stack; "Citrix" 8.1 is no catalogue provider and has no xen* INF name, so only counted, like
    // Microsoft's.
    QTest::newRow("enum-drivers legacy layout alone")
        << QStringList{u"enum-drivers-legacy.txt"_s} << true << false
        << QStringList{u"oem1.inf||Citrix Systems, Inc.|6.0.2.56921|2012-04-23|citrix-legacy-6.0"_s,
                       u"oem2.inf||Citrix Systems, Inc.|6.0.2.56921|2012-04-23|citrix-legacy-6.0"_s}
        << QStringList() << 2 << 0;

    // enum-devices-drivers-win10.txt: the Xen devices kept with their installed matching driver; the Intel bridge
    // counted; xennet (Net class) matches no catalogue INF.
    const QString platform = u"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18"_s;
    const QStringList win10Devices{
        platform + u"|XenServer PV Bus (0001)|Started|oem7.inf||xenbus.inf|XenServer|9.1.0.7|xenserver-vmtools-9"_s,
        u"XENBUS\\VEN_XS0001&DEV_IFACE&REV_09000000\\_|XenServer Interface|Started|oem10.inf||xeniface.inf|"
        u"XenServer|9.1.0.7|xenserver-vmtools-9"_s,
        u"XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0|XenServer PV Network Class|Started|oem8.inf||xenvif.inf|"
        u"XenServer|9.1.0.7|xenserver-vmtools-9"_s,
        u"XENVIF\\VEN_XS0001&DEV_NET&REV_09000000\\0|XenServer PV Network Device #0|Started|oem11.inf||xennet.inf|"
        u"XenServer|9.1.0.7|"_s,
    };
    QTest::newRow("enum-devices /drivers win10 alone: matched through the installed driver")
        << QStringList{u"enum-devices-drivers-win10.txt"_s} << false << true << QStringList() << win10Devices << 0 << 1;
    // enum-devices-drivers-win11.txt (UTF-16LE): the failed network device keeps its problem code and has no
    // driver (its only matching driver is not installed); xenvbd is SCSIAdapter class.
    QTest::newRow("enum-devices /drivers win11 alone")
        << QStringList{u"enum-devices-drivers-win11.txt"_s} << false << true << QStringList()
        << QStringList{u"PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01\\3&267a616a&0&20|XenServer PV Bus "
                       u"(C000)|Started|"
                       u"oem7.inf||xenbus.inf|XenServer|9.1.0.100|xenserver-vmtools-9"_s,
                       platform + u"|XenServer PV Bus (0001)|Started|oem7.inf||xenbus.inf|XenServer|9.1.0.100|"
                                  u"xenserver-vmtools-9"_s,
                       u"XENBUS\\VEN_XSC000&DEV_VBD&REV_09000000\\768|XenServer PV Storage Host "
                       u"Adapter|Started|oem5.inf||"
                       u"xenvbd.inf|XenServer|9.1.0.100|"_s,
                       u"XENBUS\\VEN_XSC000&DEV_IFACE&REV_09000000\\_|XenServer "
                       u"Interface|Started|oem10.inf||xeniface.inf|"
                       u"XenServer|9.1.0.100|xenserver-vmtools-9"_s,
                       u"XENVIF\\VEN_XSC000&DEV_NET&REV_09000000\\0|XenServer PV Network Device #0|Problem||28||||"_s}
        << 0 << 1;
    // enum-devices-win10.txt: without /drivers nothing says which package the driver is.
    const QStringList bareDevices{
        platform + u"|XenServer PV Bus (0001)|Started|oem7.inf|||||"_s,
        u"XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0|XenServer PV Network Class|Disabled|oem8.inf|||||"_s,
    };
    QTest::newRow("enum-devices without /drivers alone")
        << QStringList{u"enum-devices-win10.txt"_s} << false << true << QStringList() << bareDevices << 0 << 1;
    // With enum-drivers the same devices are matched through the package of their published name.
    QTest::newRow("enum-devices without /drivers and enum-drivers: matched by published name")
        << QStringList{u"enum-devices-win10.txt"_s, u"enum-drivers-win11.txt"_s} << true << true << win11Packages
        << QStringList{platform + u"|XenServer PV Bus (0001)|Started|oem7.inf||xenbus.inf|XenServer|9.1.0.7|"
                                  u"xenserver-vmtools-9"_s,
                       u"XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0|XenServer PV Network Class|Disabled|oem8.inf||"
                       u"xenvif.inf|XenServer|9.1.0.7|xenserver-vmtools-9"_s}
        << 1 << 1;
    QTest::newRow("enum-drivers and enum-devices /drivers")
        << QStringList{u"enum-drivers-win11.txt"_s, u"enum-devices-drivers-win10.txt"_s} << true << true
        << win11Packages << win10Devices << 1 << 1;
    QTest::newRow("enum-devices /drivers and enum-drivers, other order")
        << QStringList{u"enum-devices-drivers-win10.txt"_s, u"enum-drivers-win11.txt"_s} << true << true
        << win11Packages << win10Devices << 1 << 1;
}

void tst_InventoryImport::keptAndCounted()
{
    QFETCH(QStringList, files);
    QFETCH(bool, hasPackages);
    QFETCH(bool, hasDevices);
    QFETCH(QStringList, packages);
    QFETCH(QStringList, devices);
    QFETCH(int, otherPackages);
    QFETCH(int, otherDevices);
    QStringList paths;
    for (const QString& file : files)
        paths << dataPath(u"pnputil/"_s + file);
    const InventoryImport::Result result = InventoryImport::fromFiles(paths, m_catalogue, utc("2026-12-07T12:00:00Z"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    const DriverInventory& inv = result.value;
    QCOMPARE(inv.hasPackages, hasPackages);
    QCOMPARE(inv.hasDevices, hasDevices);
    QCOMPARE(packageLines(inv), packages);
    QCOMPARE(deviceLines(inv), devices);
    QCOMPARE(inv.otherPackages, otherPackages);
    QCOMPARE(inv.otherDevices, otherDevices);
    QCOMPARE(inv.source, DriverInventory::Source::File);
    QCOMPARE(inv.origin, files.join(u", "_s));
    QCOMPARE(inv.imported, utc("2026-12-07T12:00:00Z"));
    QVERIFY(inv.taken.isValid());
}

void tst_InventoryImport::errors_data()
{
    QTest::addColumn<QStringList>("files"); // under tests/data/
    QTest::addColumn<QString>("file");      // the one the error names
    QTest::addColumn<QString>("message");   // a part of it
    QTest::newRow("two enum-drivers outputs")
        << QStringList{u"pnputil/enum-drivers-win11.txt"_s, u"pnputil/enum-drivers-legacy.txt"_s}
        << u"enum-drivers-legacy.txt"_s
        << u"Two outputs of pnputil /enum-drivers for one VM: enum-drivers-win11.txt and enum-drivers-legacy.txt"_s;
    QTest::newRow("two enum-devices outputs, with and without /drivers")
        << QStringList{u"pnputil/enum-devices-win10.txt"_s, u"pnputil/enum-drivers-win11.txt"_s,
                       u"pnputil/enum-devices-drivers-win10.txt"_s}
        << u"enum-devices-drivers-win10.txt"_s << u"Two outputs of pnputil /enum-devices"_s;
    QTest::newRow("not pnputil output") << QStringList{u"observed/not-pnputil.txt"_s} << u"not-pnputil.txt"_s
                                        << u"not pnputil output"_s;
    QTest::newRow("empty file") << QStringList{u"observed/empty.txt"_s} << u"empty.txt"_s << u"The file is empty"_s;
    QTest::newRow("German field names") << QStringList{u"observed/enum-drivers-german.txt"_s}
                                        << u"enum-drivers-german.txt"_s << u"pnputil output in another language"_s;
    QTest::newRow("a good output and an empty file: no inventory")
        << QStringList{u"pnputil/enum-drivers-win11.txt"_s, u"observed/empty.txt"_s} << u"empty.txt"_s
        << u"The file is empty"_s;
    QTest::newRow("a file that does not exist")
        << QStringList{u"pnputil/enum-drivers-win11.txt"_s, u"observed/does-not-exist.txt"_s} << u"does-not-exist.txt"_s
        << u"Cannot read the file"_s;
}

void tst_InventoryImport::errors()
{
    QFETCH(QStringList, files);
    QFETCH(QString, file);
    QFETCH(QString, message);
    QStringList paths;
    for (const QString& f : files)
        paths << dataPath(f);
    const InventoryImport::Result result = InventoryImport::fromFiles(paths, m_catalogue, utc("2026-12-07T12:00:00Z"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->fileName, file);
    QVERIFY2(result.error->message.contains(message), qPrintable(result.error->toString()));
    QVERIFY(result.error->toString().startsWith(file));
    // The path's directories stay out of the message.
    QVERIFY2(!result.error->toString().contains(QLatin1String(XP_TEST_DATA_DIR)), qPrintable(result.error->toString()));
}

void tst_InventoryImport::takenIsOldestFile_data()
{
    QTest::addColumn<QStringList>("files");    // under tests/data/pnputil/, copied
    QTest::addColumn<QStringList>("modified"); // each copy's modification time
    QTest::addColumn<QDateTime>("taken");
    QTest::newRow("enum-drivers the older")
        << QStringList{u"enum-drivers-win11.txt"_s, u"enum-devices-drivers-win10.txt"_s}
        << QStringList{u"2026-12-01T07:59:30Z"_s, u"2026-12-01T08:00:00Z"_s} << utc("2026-12-01T07:59:30Z");
    QTest::newRow("enum-devices the older")
        << QStringList{u"enum-drivers-win11.txt"_s, u"enum-devices-drivers-win10.txt"_s}
        << QStringList{u"2026-12-01T08:00:00Z"_s, u"2026-11-30T23:00:00Z"_s} << utc("2026-11-30T23:00:00Z");
    QTest::newRow("one file") << QStringList{u"enum-devices-drivers-win11.txt"_s}
                              << QStringList{u"2026-12-02T10:11:12Z"_s} << utc("2026-12-02T10:11:12Z");
    QTest::newRow("set in another zone, kept in UTC")
        << QStringList{u"enum-devices-win10.txt"_s} << QStringList{u"2026-12-02T11:11:12+01:00"_s}
        << utc("2026-12-02T10:11:12Z");
}

void tst_InventoryImport::takenIsOldestFile()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, modified);
    QFETCH(QDateTime, taken);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString copy = dir.filePath(files.at(i));
        QVERIFY(QFile::copy(dataPath(u"pnputil/"_s + files.at(i)), copy));
        QVERIFY(setModified(copy, QDateTime::fromString(modified.at(i), Qt::ISODate)));
        paths << copy;
    }
    // The import's own time, given in another zone, is kept in UTC too.
    const QDateTime now = QDateTime::fromString(u"2026-12-07T13:00:00+01:00"_s, Qt::ISODate);
    const InventoryImport::Result result = InventoryImport::fromFiles(paths, m_catalogue, now);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result.value.taken, taken);
    QCOMPARE(result.value.taken.timeSpec(), Qt::UTC);
    QCOMPARE(result.value.imported, utc("2026-12-07T12:00:00Z"));
    QCOMPARE(result.value.imported.timeSpec(), Qt::UTC);
    QCOMPARE(result.value.source, DriverInventory::Source::File);
    QCOMPARE(result.value.origin, files.join(u", "_s));
}

void tst_InventoryImport::fromGuestAgent()
{
    // What GuestAgent's guest-exec of pnputil returns: named by the command, dated by the run.
    const QList<QPair<QString, QByteArray>> outputs{
        {u"pnputil /enum-drivers"_s, readData(u"pnputil/enum-drivers-win11.txt"_s)},
        {u"pnputil /enum-devices /drivers"_s, readData(u"pnputil/enum-devices-drivers-win11.txt"_s)},
    };
    const QDateTime ran = QDateTime::fromString(u"2026-12-07T11:30:00+01:00"_s, Qt::ISODate);
    const QDateTime now = utc("2026-12-07T10:31:00Z");
    const InventoryImport::Result result =
        InventoryImport::fromOutputs(outputs, m_catalogue, DriverInventory::Source::GuestAgent, ran, now);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    const DriverInventory& inv = result.value;
    QCOMPARE(inv.source, DriverInventory::Source::GuestAgent);
    QCOMPARE(inv.origin, u"pnputil /enum-drivers, pnputil /enum-devices /drivers"_s);
    QCOMPARE(inv.taken, utc("2026-12-07T10:30:00Z"));
    QCOMPARE(inv.taken.timeSpec(), Qt::UTC);
    QCOMPARE(inv.imported, now);
    QVERIFY(inv.hasPackages && inv.hasDevices);
    QCOMPARE(inv.packages.size(), 4);
    QCOMPARE(inv.devices.size(), 5);
    // The C000 device's oem7.inf is the store's oem7.inf: the package's catalogue id, the installed driver's version.
    QCOMPARE(inv.devices.constFirst().catalogueId, u"xenserver-vmtools-9"_s);
    QCOMPARE(inv.devices.constFirst().version, u"9.1.0.100"_s);

    const InventoryImport::Result german =
        InventoryImport::fromOutputs({{u"pnputil /enum-drivers"_s, readData(u"observed/enum-drivers-german.txt"_s)}},
                                     m_catalogue, DriverInventory::Source::GuestAgent, ran, now);
    QVERIFY(!german.ok());
    QCOMPARE(german.error->fileName, u"pnputil /enum-drivers"_s);
    QVERIFY2(german.error->message.contains(u"another language"_s), qPrintable(german.error->toString()));
}

void tst_InventoryImport::xenDevices_data()
{
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<bool>("xen");
    // InventoryImport.h: the platform and vendor PCI devices (vendor 5853) and the PV buses' children.
    QTest::newRow("platform 0001") << u"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18"_s << true;
    QTest::newRow("vendor C000, lower case") << u"pci\\ven_5853&dev_c000&subsys_c0005853&rev_01\\3&0"_s << true;
    QTest::newRow("xenbus child") << u"XENBUS\\VEN_XS0001&DEV_VIF&REV_09000000\\0"_s << true;
    QTest::newRow("xenvif child") << u"XENVIF\\VEN_XSC000&DEV_NET&REV_09000000\\0"_s << true;
    QTest::newRow("Intel bridge") << u"PCI\\VEN_8086&DEV_7000&SUBSYS_00015853&REV_00\\3&267a616a&0&08"_s << false;
    QTest::newRow("vendor 58530 is not 5853") << u"PCI\\VEN_58530&DEV_0001\\0"_s << false;
    QTest::newRow("ACPI PCI bus") << u"ACPI\\PNP0A03\\0"_s << false;
}

void tst_InventoryImport::xenDevices()
{
    QFETCH(QString, instanceId);
    QFETCH(bool, xen);
    QCOMPARE(InventoryImport::isXenDevice(instanceId), xen);
}

void tst_InventoryImport::importSurvivesTheMetadata_data()
{
    QTest::addColumn<QString>("file"); // under tests/data/pnputil/, copied
    QTest::addColumn<QString>("modified");
    QTest::addColumn<QByteArray>("from"); // replaced in the copy by "to"
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QDateTime>("now");
    // What the import makes is kept in our metadata (<xp:inventory>): it must read back as it was imported.
    const QDateTime now = utc("2026-12-07T12:00:00Z");
    QTest::newRow("fixture, whole seconds")
        << u"enum-devices-win10.txt"_s << u"2026-12-01T08:00:00Z"_s << QByteArray() << QByteArray() << now;
    // QFileInfo::lastModified() and QDateTime::currentDateTimeUtc() carry milliseconds; so do ext4's mtimes.
    QTest::newRow("mtime and import time with milliseconds")
        << u"enum-devices-win10.txt"_s << u"2026-12-01T08:00:00.250Z"_s << QByteArray() << QByteArray()
        << utc("2026-12-07T12:00:00.750Z");
    // reliability.md F1: text with a character XML 1.0 does not allow, written raw, leaves the metadata not
    // well-formed. pnputil output comes from the guest; one such character does not make the file binary.
    QTest::newRow("device description with U+0001")
        << u"enum-devices-win10.txt"_s << u"2026-12-01T08:00:00Z"_s << "XenServer PV Bus (0001)"_ba
        << "XenServer PV Bus\x01(0001)"_ba << now;
    QTest::newRow("device description with U+FFFE")
        << u"enum-devices-win10.txt"_s << u"2026-12-01T08:00:00Z"_s << "XenServer PV Bus (0001)"_ba
        << "XenServer PV Bus\xef\xbf\xbe(0001)"_ba << now;
}

void tst_InventoryImport::importSurvivesTheMetadata()
{
    QFETCH(QString, file);
    QFETCH(QString, modified);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QDateTime, now);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    {
        QByteArray data = readData(u"pnputil/"_s + file);
        QVERIFY(!data.isEmpty());
        if (!from.isEmpty()) {
            QVERIFY(data.contains(from));
            data.replace(from, to);
        }
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(data), data.size());
    }
    QVERIFY(setModified(copy, QDateTime::fromString(modified, Qt::ISODate)));
    const InventoryImport::Result result = InventoryImport::fromFiles({copy}, m_catalogue, now);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    // The device is imported, whatever becomes of the character XML cannot hold.
    QVERIFY(std::any_of(result.value.devices.cbegin(), result.value.devices.cend(), [](const InventoryDevice& d) {
        return d.description.startsWith(u"XenServer PV Bus"_s) && d.description.endsWith(u"(0001)"_s);
    }));

    const VmConfig baseline;
    VmConfig edited = baseline;
    edited.observed.inventory = result.value;
    const QString written = MetadataCodec::write(QString(), baseline, edited);
    VmConfig reread;
    MetadataCodec::read(written, reread);
    QVERIFY2(!reread.metadataReadOnly && reread.metadataErrors.isEmpty(),
             qPrintable(reread.metadataErrors.join(u'\n')));
    QVERIFY(reread.observed.inventory);
    QCOMPARE(reread.observed.inventory->taken, result.value.taken);
    QCOMPARE(reread.observed.inventory->imported, result.value.imported);
    QVERIFY(reread.observed.inventory == result.value);
}

QTEST_GUILESS_MAIN(tst_InventoryImport)
#include "tst_InventoryImport.moc"
