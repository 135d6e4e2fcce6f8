// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/core/InventoryMetadata.h"
#include "model/core/MetadataCodec.h"
#include "model/core/MetadataReadCache.h"

#include <QDomDocument>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The <xp:inventory> element of our metadata (issue 18 item 2): read strictly through MetadataCodec, written whole,
// and nothing else of the element touched. The XML fixture is tests/data/observed/metadata-inventory.xml.

namespace {

QString fixture(const char* name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/observed/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

VmConfig readXml(const QString& xml)
{
    VmConfig config;
    MetadataCodec::read(xml, config);
    return config;
}

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QLatin1String(text), Qt::ISODate);
}

/// What tests/data/observed/metadata-inventory.xml holds.
DriverInventory fixtureInventory()
{
    DriverInventory inv;
    inv.source = DriverInventory::Source::GuestAgent;
    inv.origin = u"C:\\Windows\\System32\\pnputil.exe /enum-drivers, "
                 u"C:\\Windows\\System32\\pnputil.exe /enum-devices /drivers"_s;
    inv.taken = utc("2026-12-07T10:00:00Z");
    inv.imported = utc("2026-12-07T10:00:05Z");
    inv.hasPackages = true;
    inv.hasDevices = true;
    inv.otherPackages = 41;
    inv.otherDevices = 57;
    const QString whql = u"Microsoft Windows Hardware Compatibility Publisher"_s;
    inv.packages = {
        InventoryPackage{u"oem7.inf"_s, u"xenbus.inf"_s, u"XenServer"_s, u"9.1.0.7"_s, QDate(2025, 8, 20), whql,
                         u"xenserver-vmtools-9"_s},
        InventoryPackage{u"oem12.inf"_s, u"xenvbd_ext.inf"_s, u"XenServer"_s, u"9.1.0.7"_s, QDate(2025, 8, 20), whql,
                         QString()},
    };
    inv.devices = {
        InventoryDevice{u"PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18"_s,
                        u"XenServer PV Bus (0001)"_s, u"Started"_s, QString(), u"oem7.inf"_s, u"xenbus.inf"_s,
                        u"XenServer"_s, u"9.1.0.7"_s, QDate(2025, 8, 20), u"xenserver-vmtools-9"_s},
        InventoryDevice{u"XENVIF\\VEN_XSC000&DEV_NET&REV_09000000\\0"_s, u"XenServer PV Network Device #0"_s,
                        u"Problem"_s, u"28"_s, QString(), QString(), QString(), QString(), QDate(), QString()},
    };
    return inv;
}

/// Every field, one line each, so that a failing comparison shows where.
QString describe(const std::optional<DriverInventory>& inventory)
{
    if (!inventory)
        return u"no inventory"_s;
    const DriverInventory& i = *inventory;
    QStringList lines{
        u"source=%1 origin=%2"_s.arg(InventoryMetadata::sourceName(i.source), i.origin),
        u"taken=%1 imported=%2"_s.arg(i.taken.toString(Qt::ISODateWithMs), i.imported.toString(Qt::ISODateWithMs)),
        u"drivers=%1 devices=%2 other=%3/%4"_s.arg(i.hasPackages)
            .arg(i.hasDevices)
            .arg(i.otherPackages)
            .arg(i.otherDevices),
    };
    for (const InventoryPackage& p : i.packages)
        lines << QStringList{u"package"_s, p.publishedName, p.originalName,
                             p.provider,   p.version,       p.date.toString(Qt::ISODate),
                             p.signer,     p.catalogueId}
                     .join(u'|');
    for (const InventoryDevice& d : i.devices)
        lines << QStringList{u"device"_s,  d.instanceId,   d.description, d.status,  d.problem,
                             d.driver,     d.originalName, d.provider,    d.version, d.date.toString(Qt::ISODate),
                             d.catalogueId}
                     .join(u'|');
    return lines.join(u'\n');
}

void canonicalInto(const QDomElement& e, QString& out)
{
    out += u'<' + e.namespaceURI() + u' ' + e.localName();
    QStringList attributes;
    const QDomNamedNodeMap map = e.attributes();
    for (int i = 0; i < map.count(); ++i) {
        const QDomAttr a = map.item(i).toAttr();
        attributes << a.namespaceURI() + u' ' + a.localName() + u"=\""_s + a.value() + u'"';
    }
    attributes.sort();
    out += attributes.join(u' ') + u'>';
    for (QDomElement c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement())
        canonicalInto(c, out);
    out += u"</>"_s;
}

/// The elements and attributes of @p xml by meaning: QDom writes attributes in no fixed order.
QString canonical(const QString& xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return u"<not well-formed>"_s;
    QString out;
    canonicalInto(doc.documentElement(), out);
    return out;
}

/// The (namespace, local name) of each child element of the document's root, in order.
QStringList rootChildren(const QString& xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {u"<not well-formed>"_s};
    QStringList names;
    for (QDomElement e = doc.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        names << e.namespaceURI() + u' ' + e.localName();
    return names;
}

QDomElement inventoryElement(const QDomDocument& doc)
{
    for (QDomElement e = doc.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.namespaceURI() == MetadataCodec::namespaceUri() && e.localName() == InventoryMetadata::elementName())
            return e;
    return {};
}

/// The inventory element of the strict-reading rows: every attribute good, one changed by the row.
QString strictXml(const QString& element, const QString& attribute, const QString& value, bool remove)
{
    QList<std::pair<QString, QString>> inventory{
        {u"source"_s, u"guest-agent"_s},         {u"origin"_s, u"pnputil /enum-drivers"_s},
        {u"taken"_s, u"2026-12-07T10:00:00Z"_s}, {u"imported"_s, u"2026-12-07T10:00:05Z"_s},
        {u"enum-drivers"_s, u"yes"_s},           {u"enum-devices"_s, u"yes"_s},
        {u"other-packages"_s, u"3"_s},           {u"other-devices"_s, u"4"_s},
    };
    QList<std::pair<QString, QString>> package{
        {u"published"_s, u"oem7.inf"_s}, {u"original"_s, u"xenbus.inf"_s}, {u"date"_s, u"2025-08-20"_s}};
    QList<std::pair<QString, QString>> device{{u"instance"_s, u"PCI\\VEN_5853&amp;DEV_0001\\3&amp;0"_s},
                                              {u"driver"_s, u"oem7.inf"_s},
                                              {u"date"_s, u"2025-08-20"_s}};
    auto attributes = [&](const QString& name, QList<std::pair<QString, QString>>& list) {
        if (name == element) {
            auto found = std::find_if(list.begin(), list.end(), [&](const auto& a) { return a.first == attribute; });
            if (found == list.end())
                list.append({attribute, value});
            else if (remove)
                list.erase(found);
            else
                found->second = value;
        }
        QString text;
        for (const auto& [key, v] : list)
            text += u" %1=\"%2\""_s.arg(key, v);
        return text;
    };
    return u"<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\"><xp:inventory%1><xp:package%2/>"
           u"<xp:device%3/></xp:inventory></xp:platform>"_s.arg(attributes(u"inventory"_s, inventory),
                                                                attributes(u"package"_s, package),
                                                                attributes(u"device"_s, device));
}

} // namespace

class tst_InventoryMetadata : public QObject
{
    Q_OBJECT

private slots:
    void readsFixture();
    void roundTrip_data();
    void roundTrip();
    void strictReading_data();
    void strictReading();
    void reimportReplacesWhole();
    void removal();
    void otherEditsLeaveInventoryAlone();
    void readCacheCarriesInventory();
};

void tst_InventoryMetadata::readsFixture()
{
    const VmConfig c = readXml(fixture("metadata-inventory.xml"));
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(u'\n')));
    QVERIFY(!c.metadataReadOnly);
    QCOMPARE(describe(c.observed.inventory), describe(fixtureInventory()));
    QVERIFY(c.observed.inventory == fixtureInventory());
    // The rest of the element still reads.
    QCOMPARE(c.guest.drivers, QStringList{u"xenserver-vmtools-9"_s});
    QVERIFY(c.migration.has_value());
}

void tst_InventoryMetadata::roundTrip_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<DriverInventory>("inventory");
    const QString none;
    const QString withFixture = fixture("metadata-inventory.xml");
    QVERIFY(!withFixture.isEmpty());

    DriverInventory full = fixtureInventory();
    // XML's specials and non-ASCII in free text.
    full.devices[0].description = u"a \"quoted\" <name> & 'more' \u00e4\u65e5"_s;
    full.packages[1].provider = u"Xen & Co <test>"_s;
    QTest::newRow("full inventory into no metadata") << none << full;
    QTest::newRow("full inventory over the fixture's") << withFixture << full;

    DriverInventory packagesOnly;
    packagesOnly.source = DriverInventory::Source::File;
    packagesOnly.origin = u"dc-01-drivers.txt"_s;
    packagesOnly.taken = utc("2026-11-30T23:59:59Z");
    packagesOnly.imported = utc("2026-12-01T08:00:00Z");
    packagesOnly.hasPackages = true;
    packagesOnly.otherPackages = 120;
    packagesOnly.packages = {InventoryPackage{u"oem1.inf"_s, QString(), u"Citrix Systems, Inc."_s, u"6.0.2.56921"_s,
                                              QDate(2012, 4, 23), u"Citrix Systems, Inc."_s, u"citrix-legacy-6.0"_s}};
    QTest::newRow("enum-drivers only, older layout without original name") << none << packagesOnly;

    DriverInventory devicesOnly;
    devicesOnly.origin = u"dc-01-devices.txt"_s;
    devicesOnly.taken = utc("2026-12-01T07:59:00Z");
    devicesOnly.hasDevices = true;
    devicesOnly.otherDevices = 1;
    devicesOnly.devices = {fixtureInventory().devices.at(1)};
    QTest::newRow("enum-devices only, no imported time") << withFixture << devicesOnly;

    // InventoryImport dates an inventory by QFileInfo::lastModified() or the guest-exec's time, and stamps it with
    // the caller's QDateTime::currentDateTimeUtc(): both carry milliseconds.
    DriverInventory milliseconds = packagesOnly;
    milliseconds.taken = utc("2026-11-30T23:59:59.123Z");
    milliseconds.imported = utc("2026-12-01T08:00:00.999Z");
    QTest::newRow("times with milliseconds") << none << milliseconds;

    DriverInventory empty;
    empty.origin = u"title-only.txt"_s;
    QTest::newRow("pnputil printed no records") << none << empty;

    // docs/metadata.md: an element of ours may use the default namespace instead of the xp prefix.
    const QString defaultNamespace = u"<platform xmlns=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                     u"<guest os=\"windows\"/></platform>"_s;
    QTest::newRow("default-namespace element") << defaultNamespace << full;
}

void tst_InventoryMetadata::roundTrip()
{
    QFETCH(QString, original);
    QFETCH(DriverInventory, inventory);
    const VmConfig baseline = readXml(original);
    VmConfig edited = baseline;
    edited.observed.inventory = inventory;
    const QString written = MetadataCodec::write(original, baseline, edited);
    const VmConfig reread = readXml(written);
    QVERIFY2(reread.metadataErrors.isEmpty(), qPrintable(reread.metadataErrors.join(u'\n') + u'\n' + written));
    QCOMPARE(describe(reread.observed.inventory), describe(inventory));
    QVERIFY(reread.observed.inventory == inventory);
    // Writing what was read again changes nothing.
    QCOMPARE(canonical(MetadataCodec::write(written, reread, reread)), canonical(written));
}

void tst_InventoryMetadata::strictReading_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<QString>("error");
    // docs/metadata.md "Strict reading": one error naming the text, that field at its default, the rest applies.
    auto row = [](const char* name, const char* element, const char* attribute, const char* value, const char* error) {
        QTest::newRow(name) << QString::fromLatin1(element) << QString::fromLatin1(attribute)
                            << QString::fromLatin1(value) << false << QString::fromLatin1(error);
    };
    row("taken not a time", "inventory", "taken", "yesterday", "<inventory taken=\"yesterday\">");
    row("taken with an offset, not UTC", "inventory", "taken", "2026-12-07T11:00:00+01:00",
        "<inventory taken=\"2026-12-07T11:00:00+01:00\">");
    row("taken without a zone (local time)", "inventory", "taken", "2026-12-07T10:00:00",
        "<inventory taken=\"2026-12-07T10:00:00\">");
    row("imported on February 30", "inventory", "imported", "2026-02-30T10:00:00Z",
        "<inventory imported=\"2026-02-30T10:00:00Z\">");
    row("package date not a date", "package", "date", "2025-02-30", "<package date=\"2025-02-30\">");
    row("device date as pnputil prints it", "device", "date", "08/20/2025", "<device date=\"08/20/2025\">");
    row("enum-drivers true", "inventory", "enum-drivers", "true", "<inventory enum-drivers=\"true\">");
    row("enum-devices empty", "inventory", "enum-devices", "", "<inventory enum-devices=\"\">");
    row("other-packages negative", "inventory", "other-packages", "-1", "<inventory other-packages=\"-1\">");
    row("other-packages a word", "inventory", "other-packages", "many", "<inventory other-packages=\"many\">");
    row("other-devices over the limit", "inventory", "other-devices", "1000001",
        "<inventory other-devices=\"1000001\">");
    row("source unknown", "inventory", "source", "usb-stick", "<inventory source=\"usb-stick\">");
    row("package published empty", "package", "published", "", "published attribute");
    QTest::newRow("package published missing")
        << u"package"_s << u"published"_s << QString() << true << u"published attribute"_s;
    QTest::newRow("device instance missing")
        << u"device"_s << u"instance"_s << QString() << true << u"instance attribute"_s;
}

void tst_InventoryMetadata::strictReading()
{
    QFETCH(QString, element);
    QFETCH(QString, attribute);
    QFETCH(QString, value);
    QFETCH(bool, remove);
    QFETCH(QString, error);
    const VmConfig good = readXml(strictXml(QString(), QString(), QString(), false));
    QVERIFY2(good.metadataErrors.isEmpty(), qPrintable(good.metadataErrors.join(u'\n')));
    QVERIFY(good.observed.inventory);

    const VmConfig c = readXml(strictXml(element, attribute, value, remove));
    QCOMPARE(c.metadataErrors.size(), 1);
    QVERIFY2(c.metadataErrors.constFirst().contains(error), qPrintable(c.metadataErrors.constFirst()));
    QVERIFY(!c.metadataReadOnly);
    QVERIFY(c.observed.inventory);

    // Everything else as in the good element; the bad field at its default.
    DriverInventory expected = *good.observed.inventory;
    if (element == QLatin1String("inventory")) {
        if (attribute == QLatin1String("taken"))
            expected.taken = {};
        else if (attribute == QLatin1String("imported"))
            expected.imported = {};
        else if (attribute == QLatin1String("enum-drivers"))
            expected.hasPackages = false;
        else if (attribute == QLatin1String("enum-devices"))
            expected.hasDevices = false;
        else if (attribute == QLatin1String("other-packages"))
            expected.otherPackages = 0;
        else if (attribute == QLatin1String("other-devices"))
            expected.otherDevices = 0;
        else if (attribute == QLatin1String("source"))
            expected.source = DriverInventory::Source::File;
    } else if (element == QLatin1String("package")) {
        if (attribute == QLatin1String("date"))
            expected.packages[0].date = {};
        else
            expected.packages.clear();
    } else if (attribute == QLatin1String("date")) {
        expected.devices[0].date = {};
    } else {
        expected.devices.clear();
    }
    QCOMPARE(describe(c.observed.inventory), describe(expected));
}

void tst_InventoryMetadata::reimportReplacesWhole()
{
    const QString original = fixture("metadata-inventory.xml");
    const VmConfig baseline = readXml(original);
    QVERIFY(baseline.observed.inventory);
    VmConfig edited = baseline;
    DriverInventory fresh;
    fresh.origin = u"dc-01-drivers.txt"_s;
    fresh.taken = utc("2026-12-08T09:00:00Z");
    fresh.imported = utc("2026-12-08T09:05:00Z");
    fresh.hasPackages = true;
    fresh.packages = {InventoryPackage{u"oem3.inf"_s, u"xenbus.inf"_s, u"Xen Project"_s, u"9.1.0.3"_s,
                                       QDate(2025, 8, 20), u"Xen Project Test Signing"_s, u"xenproject-9.1"_s}};
    edited.observed.inventory = fresh;
    const QString written = MetadataCodec::write(original, baseline, edited);

    // In place: the same elements in the same order.
    QCOMPARE(rootChildren(written), rootChildren(original));
    QDomDocument doc;
    QVERIFY(doc.setContent(written, true));
    const QDomElement inventory = inventoryElement(doc);
    QVERIFY(!inventory.isNull());
    // Whole: nothing of the old element is left, not even what this build did not write itself.
    QVERIFY2(!inventory.hasAttribute(u"future-inventory"_s), qPrintable(written));
    QVERIFY2(!inventory.hasAttribute(u"other-packages"_s), qPrintable(written));
    QVERIFY2(!inventory.hasAttribute(u"enum-devices"_s) || inventory.attribute(u"enum-devices"_s) == u"no"_s,
             qPrintable(written));
    QStringList children;
    for (QDomElement e = inventory.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        children << e.localName() + u' ' + e.attribute(u"published"_s);
    QCOMPARE(children, QStringList{u"package oem3.inf"_s});
    QVERIFY2(!written.contains(u"oem7.inf"_s) && !written.contains(u"inside the inventory"_s), qPrintable(written));

    const VmConfig reread = readXml(written);
    QVERIFY2(reread.metadataErrors.isEmpty(), qPrintable(reread.metadataErrors.join(u'\n')));
    QCOMPARE(describe(reread.observed.inventory), describe(fresh));
    // What is not the inventory is as it was.
    QVERIFY(written.contains(u"future-guest=\"kept\""_s));
    QCOMPARE(reread.guest, baseline.guest);
    QCOMPARE(reread.migration, baseline.migration);
}

void tst_InventoryMetadata::removal()
{
    const QString original = fixture("metadata-inventory.xml");
    const VmConfig baseline = readXml(original);
    VmConfig edited = baseline;
    edited.observed.inventory.reset();
    const QString written = MetadataCodec::write(original, baseline, edited);
    QStringList expectedChildren = rootChildren(original);
    QVERIFY(expectedChildren.removeOne(MetadataCodec::namespaceUri() + u' ' + InventoryMetadata::elementName()));
    QCOMPARE(rootChildren(written), expectedChildren);
    const VmConfig reread = readXml(written);
    QVERIFY2(reread.metadataErrors.isEmpty(), qPrintable(reread.metadataErrors.join(u'\n')));
    QVERIFY(!reread.observed.inventory);
    QCOMPARE(reread.guest, baseline.guest);
    QCOMPARE(reread.migration, baseline.migration);
    // Removing what is not there writes nothing new.
    QCOMPARE(canonical(MetadataCodec::write(written, reread, reread)), canonical(written));
}

void tst_InventoryMetadata::otherEditsLeaveInventoryAlone()
{
    // docs/metadata.md "Patching, not rewriting": an edit elsewhere keeps the inventory element as it is, foreign
    // attribute and child included; and foreign content elsewhere survives an inventory write.
    const QString original = fixture("metadata-inventory.xml");
    const VmConfig baseline = readXml(original);
    VmConfig edited = baseline;
    edited.guest.release = u"10.0.20348"_s;
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(written.contains(u"future-inventory=\"dropped by a re-import\""_s), qPrintable(written));
    QVERIFY2(written.contains(u"inside the inventory"_s), qPrintable(written));
    QCOMPARE(readXml(written).observed.inventory, baseline.observed.inventory);

    VmConfig reimported = baseline;
    reimported.observed.inventory->otherDevices = 58;
    const QString again = MetadataCodec::write(original, baseline, reimported);
    QVERIFY2(again.contains(u"future-guest=\"kept\""_s), qPrintable(again));
    QVERIFY2(again.contains(u"other-devices=\"58\""_s), qPrintable(again));
    // Every element but the inventory as it was, foreign ones included.
    QDomDocument before;
    QVERIFY(before.setContent(original, true));
    QDomDocument after;
    QVERIFY(after.setContent(again, true));
    QStringList kept;
    QStringList now;
    for (QDomElement e = before.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        QString text;
        canonicalInto(e, text);
        if (e.localName() != InventoryMetadata::elementName())
            kept << text;
    }
    for (QDomElement e = after.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        QString text;
        canonicalInto(e, text);
        if (e.localName() != InventoryMetadata::elementName())
            now << text;
    }
    QCOMPARE(now, kept);
    QCOMPARE(kept.size(), 4); // guest, migration, other:thing, xp:future-element
}

void tst_InventoryMetadata::readCacheCarriesInventory()
{
    // MetadataReadCache sets every field MetadataCodec::read() sets: the inventory too, hit or miss, and no
    // inventory when the element has none.
    const QString withInventory = fixture("metadata-inventory.xml");
    const QString without = u"<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\"/>"_s;
    MetadataReadCache cache(MetadataReadCache::Source::Unchecked);
    for (int pass = 0; pass < 2; ++pass) {
        VmConfig config;
        cache.read(withInventory, config);
        QCOMPARE(describe(config.observed.inventory), describe(fixtureInventory()));
        cache.read(without, config);
        QVERIFY(!config.observed.inventory);
    }
    QCOMPARE(cache.size(), qsizetype(2));
}

QTEST_GUILESS_MAIN(tst_InventoryMetadata)
#include "tst_InventoryMetadata.moc"
