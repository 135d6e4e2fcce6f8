// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/MetadataCodec.h"

#include <QDomDocument>
#include <QTest>

namespace {
const QString kSeed =
    QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">"
                   "<xp:device-model flavour=\"qemu-traditional\"/>"
                   "<xp:platform-device enabled=\"yes\" device-id=\"0x0001\" revision=\"0x01\"/>"
                   "<xp:vendor-device enabled=\"yes\" vendor-id=\"0x5853\" device-id=\"0xc000\" revision=\"0x01\"/>"
                   "<xp:blacklist>"
                   "<xp:entry product=\"xensource-windows\" build=\"60\"/>"
                   "<xp:entry product=\"0x0004\" builds=\"70000-70999\" comment=\"bugcheck 0x7E on resume\"/>"
                   "</xp:blacklist>"
                   "<xp:guest os=\"windows\" release=\"10.0.17763\" windows-update=\"automatic\">"
                   "<xp:driver package=\"citrix-legacy-6.0\"/>"
                   "<xp:xenbus-active device-id=\"0x0001\"/>"
                   "</xp:guest>"
                   "</xp:platform>");

VmConfig readXml(const QString& xml)
{
    VmConfig config;
    MetadataCodec::read(xml, config);
    return config;
}

QString wrap(const QString& inner, const QString& schema = QStringLiteral("1"))
{
    return QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"%1\">%2</xp:platform>")
        .arg(schema, inner);
}

/// Canonical form for comparing XML by meaning rather than by bytes.
QString canonical(const QString& xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return QStringLiteral("<not well-formed>");
    return doc.toString(1);
}
} // namespace

class tst_MetadataCodec : public QObject
{
    Q_OBJECT

private slots:
    void readsProductExample();
    void badValues_data();
    void badValues();
    void newerSchemaIsReadOnly();
    void unchangedWriteKeepsEverything();
    void writeKeepsUnknownElementsAndAttributes();
    void writePatchesOnlyWhatChanged();
    void writeKeepsEntriesItCannotParse();
    void writeFromNothing();
    void roundTrip();
    void readsMigration();
    void migrationWriteKeepsUnknownParts();
    void migrationRemovedWhenCleared();
    void readsXenServerProfile_data();
    void readsXenServerProfile();
    void xenbusRecordRoundTrip();
};

void tst_MetadataCodec::readsProductExample()
{
    // PRODUCT §4: the minimum schema, read back field by field.
    const VmConfig c = readXml(kSeed);
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(QLatin1Char('\n'))));
    QVERIFY(c.hasMetadata);
    QVERIFY(!c.metadataReadOnly);
    QCOMPARE(c.flavour, xp::device::Flavour::QemuTraditional);
    QVERIFY(c.flavourFromMetadata);
    QCOMPARE(c.platform.deviceId, std::optional<quint16>(0x0001));
    QCOMPARE(c.platform.revision, std::optional<quint8>(0x01));
    QVERIFY(c.vendor.enabled);
    QCOMPARE(c.vendor.deviceId, quint16(0xc000));
    QCOMPARE(c.blacklist.size(), 2);
    QCOMPARE(c.blacklist.at(0), (BlacklistItem{1, 60, 60, {}}));
    QCOMPARE(c.blacklist.at(1), (BlacklistItem{4, 70000, 70999, QStringLiteral("bugcheck 0x7E on resume")}));
    QCOMPARE(c.guest.os, GuestOs::Windows);
    QCOMPARE(c.guest.release, QStringLiteral("10.0.17763"));
    QCOMPARE(c.guest.windowsUpdate, WindowsUpdate::Automatic);
    QCOMPARE(c.guest.drivers, QStringList{QStringLiteral("citrix-legacy-6.0")});
    QCOMPARE(c.guest.xenbusActiveDeviceId, std::optional<quint16>(0x0001));
}

void tst_MetadataCodec::badValues_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("readOnly");
    // PRODUCT §4: each bad value reported with its text; the rest of the VM still reads.
    QTest::newRow("device-id-0x10000") << wrap(QStringLiteral("<xp:platform-device device-id=\"0x10000\"/>"))
                                       << QStringLiteral("device-id=\"0x10000\"") << false;
    QTest::newRow("revision-0x100") << wrap(QStringLiteral("<xp:vendor-device revision=\"0x100\"/>"))
                                    << QStringLiteral("revision=\"0x100\"") << false;
    QTest::newRow("unknown-product") << wrap(QStringLiteral(
                                            "<xp:blacklist><xp:entry product=\"citrix\" build=\"1\"/></xp:blacklist>"))
                                     << QStringLiteral("product=\"citrix\"") << false;
    QTest::newRow("inverted-range") << wrap(QStringLiteral("<xp:blacklist><xp:entry product=\"1\" builds=\"90-10\"/>"
                                                           "</xp:blacklist>"))
                                    << QStringLiteral("builds=\"90-10\"") << false;
    QTest::newRow("range-garbage") << wrap(QStringLiteral("<xp:blacklist><xp:entry product=\"1\" builds=\"1-2-3\"/>"
                                                          "</xp:blacklist>"))
                                   << QStringLiteral("builds=\"1-2-3\"") << false;
    QTest::newRow("unknown-flavour") << wrap(QStringLiteral("<xp:device-model flavour=\"bochs\"/>"))
                                     << QStringLiteral("flavour=\"bochs\"") << false;
    // xen-api: XAPI's platform:device-model names; qemu-trad is refused by xenopsd since 2018 (facts §10.1).
    QTest::newRow("hardware-id-not-a-device-id")
        << wrap(QStringLiteral("<xp:guest os=\"windows\"><xp:xenbus-active hardware-id=\"PCI\\VEN_5853&amp;DEV_0001\"/>"
                               "</xp:guest>"))
        << QStringLiteral("hardware-id=\"PCI\\VEN_5853&DEV_0001\"") << false;
    QTest::newRow("enum-key-not-a-device-id")
        << wrap(QStringLiteral("<xp:guest os=\"windows\"><xp:enum-key hardware-id=\"ROOT\\XENEVTCHN\"/></xp:guest>"))
        << QStringLiteral("hardware-id=\"ROOT\\XENEVTCHN\"") << false;
    QTest::newRow("unknown-profile") << wrap(QStringLiteral(
                                            "<xp:device-model flavour=\"xenserver\" profile=\"qemu-trad\"/>"))
                                     << QStringLiteral("profile=\"qemu-trad\"") << false;
    QTest::newRow("enabled-maybe") << wrap(QStringLiteral("<xp:platform-device enabled=\"maybe\"/>"))
                                   << QStringLiteral("enabled=\"maybe\"") << false;
    QTest::newRow("unknown-os") << wrap(QStringLiteral("<xp:guest os=\"plan9\"/>")) << QStringLiteral("os=\"plan9\"")
                                << false;
    QTest::newRow("garbage-xml") << QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\"><xp:guest")
                                 << QStringLiteral("not well-formed") << true;
    QTest::newRow("negative-id") << wrap(QStringLiteral("<xp:platform-device device-id=\"-1\"/>"))
                                 << QStringLiteral("device-id=\"-1\"") << false;
    QTest::newRow("migration-state") << wrap(QStringLiteral("<xp:migration package=\"linux\" steps=\"2\" "
                                                            "completed=\"1\" state=\"paused\"/>"))
                                     << QStringLiteral("state=\"paused\"") << false;
    QTest::newRow("migration-completed-over-steps")
        << wrap(QStringLiteral("<xp:migration package=\"linux\" steps=\"2\" completed=\"3\" state=\"done\"/>"))
        << QStringLiteral("completed=\"3\"") << false;
    QTest::newRow("migration-rollback-what-if")
        << wrap(QStringLiteral("<xp:migration package=\"linux\" steps=\"2\" completed=\"1\" state=\"in-progress\">"
                               "<xp:rollback change=\"wu-publish+=a@b\"/></xp:migration>"))
        << QStringLiteral("change=\"wu-publish+=a@b\"") << false;
    QTest::newRow("migration-temporary-blacklist")
        << wrap(QStringLiteral("<xp:migration package=\"linux\" temporary-blacklist=\"maybe\" steps=\"0\" "
                               "completed=\"0\" state=\"done\"/>"))
        << QStringLiteral("temporary-blacklist=\"maybe\"") << false;
    QTest::newRow("migration-platform-identity")
        << wrap(QStringLiteral("<xp:migration package=\"linux\" platform-device=\"0x0002\" steps=\"0\" "
                               "completed=\"0\" state=\"done\"/>"))
        << QStringLiteral("platform-device=\"0x0002\"") << false;
    // An element the schema has once, twice: reading took one, writing edited the other, and the edit was lost
    // (fuzzing, tests/fuzz-regressions/fuzz_metadata/f17-duplicate-xenbus-active.bin). Every singleton of
    // docs/metadata.md, read-only.
    const QList<std::pair<const char*, QString>> singletons{
        {"twice-device-model", QStringLiteral("<xp:device-model flavour=\"qemu-upstream\"/>")},
        {"twice-platform-device", QStringLiteral("<xp:platform-device enabled=\"yes\"/>")},
        {"twice-vendor-device", QStringLiteral("<xp:vendor-device enabled=\"no\"/>")},
        {"twice-blacklist", QStringLiteral("<xp:blacklist/>")},
        {"twice-guest", QStringLiteral("<xp:guest os=\"linux\"/>")},
        {"twice-migration", QStringLiteral("<xp:migration package=\"linux\" steps=\"0\" completed=\"0\" "
                                           "state=\"done\"/>")},
        {"twice-inventory", QStringLiteral("<xp:inventory source=\"file\" taken=\"2026-12-03T14:02:11Z\"/>")},
    };
    for (const auto& [row, element] : singletons)
        QTest::newRow(row) << wrap(element + element) << QStringLiteral("appears more than once") << true;
    QTest::newRow("twice-xenbus-active") << wrap(QStringLiteral(
                                                "<xp:guest os=\"windows\"><xp:xenbus-active device-id=\"0x0001\"/>"
                                                "<xp:xenbus-active device-id=\"0x0002\"/></xp:guest>"))
                                         << QStringLiteral("<xp:xenbus-active> appears more than once") << true;
}

void tst_MetadataCodec::badValues()
{
    QFETCH(QString, xml);
    QFETCH(QString, message);
    QFETCH(bool, readOnly);
    const VmConfig c = readXml(xml);
    QCOMPARE(c.metadataErrors.size(), 1);
    QVERIFY2(c.metadataErrors.constFirst().contains(message), qPrintable(c.metadataErrors.constFirst()));
    QCOMPARE(c.metadataReadOnly, readOnly);
}

void tst_MetadataCodec::newerSchemaIsReadOnly()
{
    const VmConfig c =
        readXml(wrap(QStringLiteral("<xp:device-model flavour=\"xenserver-trad\"/>"), QStringLiteral("2")));
    QVERIFY(c.metadataReadOnly);
    QCOMPARE(c.metadataErrors.size(), 1);
    QVERIFY(c.metadataErrors.constFirst().contains(QStringLiteral("schema 2")));
    // Still shown: what can be read is read.
    QCOMPARE(c.flavour, xp::device::Flavour::XenServerTrad);
}

void tst_MetadataCodec::unchangedWriteKeepsEverything()
{
    const VmConfig c = readXml(kSeed);
    QCOMPARE(canonical(MetadataCodec::write(kSeed, c, c)), canonical(kSeed));
}

void tst_MetadataCodec::writeKeepsUnknownElementsAndAttributes()
{
    const QString original =
        wrap(QStringLiteral("<xp:platform-device enabled=\"yes\" device-id=\"0x0001\" future=\"kept\"/>"
                            "<xp:migration step=\"3\" target=\"xenserver-vmtools-9\"/>"
                            "<other:thing xmlns:other=\"urn:someone-else\" a=\"b\"/>"));
    const VmConfig baseline = readXml(original);
    VmConfig edited = baseline;
    edited.platform.deviceId = 0x0002;
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(written.contains(QStringLiteral("future=\"kept\"")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("<xp:migration ")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("step=\"3\"")), qPrintable(written));
    QVERIFY2(!written.contains(QStringLiteral("<xp:platform-device xmlns")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("urn:someone-else")), qPrintable(written));
    QCOMPARE(readXml(written).platform.deviceId, std::optional<quint16>(0x0002));
}

void tst_MetadataCodec::writePatchesOnlyWhatChanged()
{
    // A value this build cannot read stays in the XML unless the user changes that very field.
    const QString original = wrap(QStringLiteral("<xp:platform-device device-id=\"0x10000\"/>"
                                                 "<xp:guest os=\"windows\" release=\"10.0.20348\"/>"));
    const VmConfig baseline = readXml(original);
    VmConfig edited = baseline;
    edited.guest.windowsUpdate = WindowsUpdate::Automatic;
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(written.contains(QStringLiteral("device-id=\"0x10000\"")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("windows-update=\"automatic\"")), qPrintable(written));
}

void tst_MetadataCodec::writeKeepsEntriesItCannotParse()
{
    const QString original = wrap(QStringLiteral("<xp:blacklist>"
                                                 "<xp:entry product=\"future-product\" build=\"5\"/>"
                                                 "<xp:entry product=\"1\" build=\"60\" note=\"x\"/>"
                                                 "</xp:blacklist>"));
    const VmConfig baseline = readXml(original);
    QCOMPARE(baseline.blacklist.size(), 1);
    VmConfig edited = baseline;
    edited.blacklist.append(BlacklistItem{2, 10, 20, QStringLiteral("gplpv")});
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(written.contains(QStringLiteral("future-product")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("note=\"x\"")), qPrintable(written));
    const VmConfig again = readXml(written);
    QCOMPARE(again.blacklist.size(), 2);
    QCOMPARE(again.blacklist.at(1), (BlacklistItem{2, 10, 20, QStringLiteral("gplpv")}));
}

void tst_MetadataCodec::writeFromNothing()
{
    VmConfig baseline;
    VmConfig edited;
    edited.vendor.enabled = true;
    edited.flavour = xp::device::Flavour::XenServerTrad;
    edited.flavourFromMetadata = true;
    const QString written = MetadataCodec::write({}, baseline, edited);
    QVERIFY2(written.startsWith(QStringLiteral("<xp:platform")), qPrintable(written));
    QVERIFY(written.contains(QStringLiteral("xmlns:xp=\"urn:xpconsole:platform:1\"")));
    const VmConfig again = readXml(written);
    QVERIFY(again.metadataErrors.isEmpty());
    QVERIFY(again.vendor.enabled);
    QCOMPARE(again.flavour, xp::device::Flavour::XenServerTrad);
}

void tst_MetadataCodec::roundTrip()
{
    VmConfig edited;
    edited.flavour = xp::device::Flavour::XenServerTrad;
    edited.flavourFromMetadata = true;
    edited.platform.deviceId = 0x0002;
    edited.platform.revision = 0x02;
    edited.vendor.enabled = true;
    edited.blacklist = {BlacklistItem{0xffff, 0x090100, 0x090100, {}}, BlacklistItem{3, 1, 1, QStringLiteral("x")}};
    edited.guest.os = GuestOs::Linux;
    edited.guest.release = QStringLiteral("6.1.0");
    edited.guest.cmdline = QStringLiteral("xen_emul_unplug=never");
    edited.guest.drivers = {QStringLiteral("linux")};
    edited.guest.xenbusActiveDeviceId = 0xc000;
    MigrationProgress progress;
    progress.target = MigrationTarget{QStringLiteral("linux"), 0x0002, 0x02, true, 0xc000, 0x01, false};
    progress.stepCount = 2;
    progress.completedSteps = 1;
    progress.by = QStringLiteral("alice@console-1");
    progress.at = QDateTime(QDate(2026, 3, 1), QTime(10, 4, 5), Qt::UTC);
    progress.rollback = {QStringLiteral("platform-device=default"), QStringLiteral("blacklist-=linux:1")};
    edited.migration = progress;
    VmConfig again = readXml(MetadataCodec::write({}, VmConfig{}, edited));
    again.hasMetadata = false;
    QCOMPARE(again, edited);
}

void tst_MetadataCodec::readsMigration()
{
    const VmConfig c = readXml(wrap(QStringLiteral(
        "<xp:migration package=\"xenserver-vmtools-9\" platform-device=\"0x0001:0x01\" vendor-device=\"0xc000:0x01\" "
        "steps=\"7\" completed=\"3\" state=\"in-progress\" by=\"bob@ops\" at=\"2026-03-01T10:00:00Z\">"
        "<xp:rollback change=\"blacklist-=xensource-windows:60\"/><xp:rollback change=\"windows-update=automatic\"/>"
        "</xp:migration>")));
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(QLatin1Char('\n'))));
    QVERIFY(c.migration);
    QCOMPARE(c.migration->target,
             (MigrationTarget{QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true, 0xc000, 0x01}));
    QCOMPARE(c.migration->stepCount, 7);
    QCOMPARE(c.migration->completedSteps, 3);
    QCOMPARE(c.migration->state, MigrationProgress::State::InProgress);
    QCOMPARE(c.migration->by, QStringLiteral("bob@ops"));
    QCOMPARE(c.migration->at, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(c.migration->rollback, (QStringList{QStringLiteral("blacklist-=xensource-windows:60"),
                                                 QStringLiteral("windows-update=automatic")}));
    // Without a vendor-device attribute the target has none.
    const VmConfig bare =
        readXml(wrap(QStringLiteral("<xp:migration package=\"linux\" steps=\"0\" completed=\"0\" state=\"done\"/>")));
    QVERIFY(bare.migration);
    QVERIFY(!bare.migration->target.vendorEnabled);
}

void tst_MetadataCodec::migrationWriteKeepsUnknownParts()
{
    // A newer console's additions inside <xp:migration> survive a progress update by this one.
    const QString original = wrap(QStringLiteral(
        "<xp:migration package=\"linux\" steps=\"2\" completed=\"0\" state=\"in-progress\" future=\"kept\">"
        "<xp:rollback change=\"platform-device=default\"/><xp:note text=\"kept too\"/></xp:migration>"
        "<other:thing xmlns:other=\"urn:someone-else\" a=\"b\"/>"));
    const VmConfig baseline = readXml(original);
    QVERIFY2(baseline.metadataErrors.isEmpty(), qPrintable(baseline.metadataErrors.join(QLatin1Char('\n'))));
    VmConfig edited = baseline;
    edited.migration->completedSteps = 1;
    edited.migration->rollback = {QStringLiteral("platform-device=0x0002:0x02")};
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(written.contains(QStringLiteral("future=\"kept\"")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("<xp:note text=\"kept too\"/>")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("urn:someone-else")), qPrintable(written));
    QVERIFY2(!written.contains(QStringLiteral("platform-device=default")), qPrintable(written));
    const VmConfig again = readXml(written);
    QCOMPARE(again.migration, edited.migration);
    // Other fields were not touched by a migration-only change.
    QCOMPARE(canonical(MetadataCodec::write(written, again, again)), canonical(written));
}

void tst_MetadataCodec::migrationRemovedWhenCleared()
{
    const QString original = wrap(QStringLiteral(
        "<xp:guest os=\"linux\"/><xp:migration package=\"linux\" steps=\"1\" completed=\"1\" state=\"done\"/>"));
    const VmConfig baseline = readXml(original);
    QVERIFY(baseline.migration);
    VmConfig edited = baseline;
    edited.migration.reset();
    const QString written = MetadataCodec::write(original, baseline, edited);
    QVERIFY2(!written.contains(QStringLiteral("migration")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral("<xp:guest os=\"linux\"/>")), qPrintable(written));
}

void tst_MetadataCodec::readsXenServerProfile_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("profile"); // -1: none recorded
    // xen-api ocaml/xenopsd/xc/device.ml Profile: the two upstream profiles XAPI still starts.
    QTest::newRow("xen-api none") << QString() << -1;
    QTest::newRow("xen-api qemu-upstream-compat")
        << QStringLiteral(" profile=\"qemu-upstream-compat\"") << int(xp::device::XenServerProfile::UpstreamCompat);
    QTest::newRow("xen-api qemu-upstream-uefi")
        << QStringLiteral(" profile=\"qemu-upstream-uefi\"") << int(xp::device::XenServerProfile::UpstreamUefi);
}

void tst_MetadataCodec::readsXenServerProfile()
{
    QFETCH(QString, attribute);
    QFETCH(int, profile);
    const VmConfig c = readXml(wrap(QStringLiteral("<xp:device-model flavour=\"xenserver\"%1/>").arg(attribute)));
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(QLatin1Char('\n'))));
    QCOMPARE(c.flavour, xp::device::Flavour::XenServer);
    QCOMPARE(c.xenServerProfile.has_value(), profile >= 0);
    if (profile >= 0)
        QCOMPARE(int(*c.xenServerProfile), profile);
    // The console never writes the profile (no --set changes it), so a write keeps it as it was.
    VmConfig edited = c;
    edited.vendor.enabled = !c.vendor.enabled;
    const QString written = MetadataCodec::write(
        wrap(QStringLiteral("<xp:device-model flavour=\"xenserver\"%1/>").arg(attribute)), c, edited);
    QCOMPARE(written.contains(QLatin1String("profile=")), profile >= 0);
}

void tst_MetadataCodec::xenbusRecordRoundTrip()
{
    // facts §10.2: win-xenbus keeps the full PnP device ID (XENFILT\Parameters\ActiveDeviceID); the Enum keys of the
    // guest's registry are part of its state too.
    const QString xml = wrap(QStringLiteral(
        "<xp:guest os=\"windows\"><xp:xenbus-active hardware-id=\"PCI\\VEN_5853&amp;DEV_0001&amp;SUBSYS_00015853&amp;"
        "REV_02\"/><xp:enum-key "
        "hardware-id=\"PCI\\VEN_5853&amp;DEV_C000&amp;SUBSYS_C0005853&amp;REV_01\"/></xp:guest>"));
    const VmConfig read = readXml(xml);
    QVERIFY2(read.metadataErrors.isEmpty(), qPrintable(read.metadataErrors.join(QLatin1Char('\n'))));
    QCOMPARE(read.guest.xenbusActiveHardwareId, QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_02"));
    QVERIFY(!read.guest.xenbusActiveDeviceId);
    QCOMPARE(read.guest.enumKeys, QStringList{QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01")});

    VmConfig edited = read;
    edited.guest.xenbusActiveHardwareId = QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01");
    edited.guest.enumKeys.clear();
    const VmConfig again = readXml(MetadataCodec::write(xml, read, edited));
    QCOMPARE(again.guest.xenbusActiveHardwareId, edited.guest.xenbusActiveHardwareId);
    QVERIFY(again.guest.enumKeys.isEmpty());
    QVERIFY(again.metadataErrors.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MetadataCodec)
#include "tst_MetadataCodec.moc"
