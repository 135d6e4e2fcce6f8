// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/core/ConfigChange.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Realization.h"

#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

Q_DECLARE_METATYPE(CommandLineDialect)

namespace {

const QString kXpNs = QStringLiteral("urn:xpconsole:platform:1");
const QRegularExpression kOwnValue(QStringLiteral(
    "^xen-pvdevice,id=xpc-vendor,vendor-id=0x[0-9a-f]{4},device-id=0x[0-9a-f]{4},revision=0x[0-9a-f]{2}$"));

QString fixture(const QString& name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/push/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

VmConfig baselineOf(const QString& xml)
{
    VmConfig config;
    DomainXmlReader::read(xml, config);
    return config;
}

/// @p config after the --set changes @p sets; fails the test when one does not parse or apply.
bool edit(VmConfig& config, const QStringList& sets)
{
    for (const QString& text : sets) {
        QString error;
        const auto change = ConfigChange::parse(text, &error);
        if (!change || !change->applyTo(config, &error)) {
            qWarning() << error;
            return false;
        }
    }
    return true;
}

/// An independent canonical form: namespace URIs instead of prefixes, attributes sorted, whitespace-only text
/// dropped, comments kept.
void canonicalInto(const QDomNode& node, QString& out)
{
    if (node.isElement()) {
        const QDomElement e = node.toElement();
        out += QStringLiteral("<{%1}%2").arg(e.namespaceURI(), e.localName());
        QStringList attributes;
        const QDomNamedNodeMap map = e.attributes();
        for (int i = 0; i < map.count(); ++i) {
            const QDomAttr a = map.item(i).toAttr();
            if (!a.name().startsWith(QLatin1String("xmlns")))
                attributes << QStringLiteral("{%1}%2=%3").arg(a.namespaceURI(), a.localName(), a.value());
        }
        attributes.sort();
        out += QLatin1Char(' ') + attributes.join(QLatin1Char(' ')) + QLatin1Char('>');
        for (QDomNode child = node.firstChild(); !child.isNull(); child = child.nextSibling())
            canonicalInto(child, out);
        out += QStringLiteral("</>");
    } else if (node.isComment()) {
        out += QStringLiteral("<!--%1-->").arg(node.nodeValue());
    } else if ((node.isText() || node.isCDATASection()) && !node.nodeValue().trimmed().isEmpty()) {
        out += node.nodeValue();
    }
}

/// The domain's meaning without xpconsole's parts: our metadata element and our -device pair removed, and the
/// <metadata> and <commandline> elements dropped when that leaves them empty.
QString meaningWithoutOurs(const QString& xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return QStringLiteral("not well-formed");
    QDomElement root = doc.documentElement();
    for (QDomElement e = root.firstChildElement(); !e.isNull();) {
        const QDomElement next = e.nextSiblingElement();
        if (e.localName() == QLatin1String("metadata")) {
            for (QDomElement m = e.firstChildElement(); !m.isNull();) {
                const QDomElement after = m.nextSiblingElement();
                if (m.namespaceURI() == kXpNs)
                    e.removeChild(m);
                m = after;
            }
        } else if (e.localName() == QLatin1String("commandline")) {
            QList<QDomElement> args;
            for (QDomElement a = e.firstChildElement(); !a.isNull(); a = a.nextSiblingElement())
                args << a;
            for (qsizetype i = 0; i + 1 < args.size(); ++i)
                if (args.at(i).attribute(QStringLiteral("value")) == QLatin1String("-device") &&
                    args.at(i + 1).attribute(QStringLiteral("value")).contains(QLatin1String("id=xpc-"))) {
                    e.removeChild(args.at(i));
                    e.removeChild(args.at(i + 1));
                    ++i;
                }
        }
        if ((e.localName() == QLatin1String("metadata") || e.localName() == QLatin1String("commandline")) &&
            e.firstChildElement().isNull())
            root.removeChild(e);
        e = next;
    }
    QString out;
    canonicalInto(root, out);
    return out;
}

QStringList allArgumentValues(const QString& xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    QStringList values;
    for (const QString& ns : {Realization::qemuNamespace(), Realization::xenNamespace()}) {
        const QDomNodeList args = doc.elementsByTagNameNS(ns, QStringLiteral("arg"));
        for (int i = 0; i < args.size(); ++i)
            values << args.at(i).toElement().attribute(QStringLiteral("value"));
    }
    return values;
}

/// Runs libvirt's virt-xml-validate on @p xml; the tool is part of CI's dependencies, so there it must exist.
void validate(const QString& xml)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("virt-xml-validate"));
    if (tool.isEmpty()) {
        if (qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL("virt-xml-validate is missing (packages libvirt-clients and libxml2-utils, scripts/install-deps)");
        QSKIP("virt-xml-validate is not installed");
    }
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/xpc-domain-XXXXXX.xml"));
    QVERIFY(file.open());
    file.write(xml.toUtf8());
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tool, {file.fileName(), QStringLiteral("domain")});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output + QLatin1Char('\n') + xml));
}

} // namespace

class tst_DomainPatcher : public QObject
{
    Q_OBJECT

private slots:
    void commandLineForms_data();
    void commandLineForms();
    void foreignPartsSurvive_data();
    void foreignPartsSurvive();
    void rePatchingReplacesOurPair();
    void onlyTheChangedFieldsAreTouched();
    void metadataIsInsertedWhereMissing_data();
    void metadataIsInsertedWhereMissing();
    void flavourPlans_data();
    void flavourPlans();
    void rangesAreCapped();
    void injectionThroughTextFields_data();
    void injectionThroughTextFields();
    void hostileUuidGetsNoXeCommand();
    void badMetadata_data();
    void badMetadata();
    void dialects();
    void patchedXmlValidates_data();
    void patchedXmlValidates();
};

void tst_DomainPatcher::commandLineForms_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CommandLineDialect>("dialect");
    QTest::addColumn<QString>("element");
    QTest::newRow("qemu") << QStringLiteral("qemu-foreign.xml") << CommandLineDialect::Qemu
                          << QStringLiteral("<qemu:arg value='xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                            "device-id=0xc000,revision=0x01'/>");
    QTest::newRow("xen") << QStringLiteral("xen-foreign.xml") << CommandLineDialect::Xen
                         << QStringLiteral("<xen:arg value='xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                           "device-id=0xc000,revision=0x01'/>");
    QTest::newRow("xen, new block") << QStringLiteral("no-metadata.xml") << CommandLineDialect::Xen
                                    << QStringLiteral("<xen:commandline xmlns:xen='http://libvirt.org/schemas/"
                                                      "domain/xen/1.0'>");
    QTest::newRow("qemu, new block") << QStringLiteral("empty-metadata.xml") << CommandLineDialect::Qemu
                                     << QStringLiteral("<qemu:commandline xmlns:qemu='http://libvirt.org/schemas/"
                                                       "domain/qemu/1.0'>");
}

void tst_DomainPatcher::commandLineForms()
{
    QFETCH(QString, file);
    QFETCH(CommandLineDialect, dialect);
    QFETCH(QString, element);
    const QString xml = fixture(file);
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("vendor-device=0xc000")}));
    const DomainPatcher::Result result = DomainPatcher::patch(xml, baseline, edited, dialect);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.xml.contains(element), qPrintable(result.xml));
    QVERIFY(result.plan.argumentsChanged);
    const QStringList own = DomainPatcher::ownArguments(result.xml, dialect);
    QCOMPARE(own, (QStringList{QStringLiteral("-device"), QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,"
                                                                         "device-id=0xc000,revision=0x01")}));
    QCOMPARE(own, result.plan.arguments);
    VmConfig reread = baselineOf(result.xml);
    QVERIFY(reread.vendor.enabled);
    QCOMPARE(reread.vendor.deviceId, quint16(0xc000));
}

void tst_DomainPatcher::foreignPartsSurvive_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CommandLineDialect>("dialect");
    QTest::addColumn<QStringList>("sets");
    const QList<QStringList> changes{{QStringLiteral("vendor-device=0xc000")},
                                     {QStringLiteral("vendor-device=off")},
                                     {QStringLiteral("blacklist+=gplpv-windows:5-7")},
                                     {QStringLiteral("vendor-device=0xc002:0x01"), QStringLiteral("driver+=gplpv-1.0")},
                                     {QStringLiteral("flavour=qemu-traditional")}};
    for (const auto& [file, dialect] : {std::pair{QStringLiteral("qemu-foreign.xml"), CommandLineDialect::Qemu},
                                        std::pair{QStringLiteral("xen-foreign.xml"), CommandLineDialect::Xen}})
        for (const QStringList& sets : changes)
            QTest::addRow("%s %s", qPrintable(file), qPrintable(sets.join(QLatin1Char(' '))))
                << file << dialect << sets;
}

void tst_DomainPatcher::foreignPartsSurvive()
{
    QFETCH(QString, file);
    QFETCH(CommandLineDialect, dialect);
    QFETCH(QStringList, sets);
    const QString xml = fixture(file);
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, sets));
    const DomainPatcher::Result result = DomainPatcher::patch(xml, baseline, edited, dialect);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(DomainPatcher::foreignArguments(result.xml, dialect), DomainPatcher::foreignArguments(xml, dialect));
    QCOMPARE(DomainPatcher::foreignMetadata(result.xml), DomainPatcher::foreignMetadata(xml));
    QCOMPARE(meaningWithoutOurs(result.xml), meaningWithoutOurs(xml));
    QCOMPARE(DomainPatcher::ownArguments(result.xml, dialect), result.plan.arguments);
    // Unknown parts of our own element stay too.
    QVERIFY(result.xml.contains(QLatin1String("xp:future-thing")) == xml.contains(QLatin1String("xp:future-thing")));
    QVERIFY(result.xml.contains(QLatin1String("other:tag=\"keep\"")) ==
            xml.contains(QLatin1String("other:tag=\"keep\"")));
    VmConfig expected = edited;
    VmConfig reread = baselineOf(result.xml);
    QCOMPARE(reread.vendor, expected.vendor);
    QCOMPARE(reread.blacklist, expected.blacklist);
    QCOMPARE(reread.guest, expected.guest);
    QCOMPARE(reread.flavour, expected.flavour);
}

void tst_DomainPatcher::rePatchingReplacesOurPair()
{
    const QString original = fixture(QStringLiteral("no-metadata.xml"));
    QString xml = original;
    for (const QString& set : {QStringLiteral("vendor-device=0xc000"), QStringLiteral("vendor-device=0xc001:2"),
                               QStringLiteral("vendor-device=0xc003")}) {
        const VmConfig baseline = baselineOf(xml);
        VmConfig edited = baseline;
        QVERIFY(edit(edited, {set}));
        const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
        QVERIFY2(result.ok, qPrintable(result.error));
        xml = result.xml;
        QCOMPARE(DomainPatcher::ownArguments(xml, CommandLineDialect::Xen).size(), 2);
        QCOMPARE(xml.count(QLatin1String("<xen:commandline")), 1);
    }
    QVERIFY(xml.contains(QLatin1String("device-id=0xc003,revision=0x01")));
    // Switching it off removes the pair, and the block that only held it.
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("vendor-device=off")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY(result.ok);
    QVERIFY(DomainPatcher::ownArguments(result.xml, CommandLineDialect::Xen).isEmpty());
    QVERIFY2(!result.xml.contains(QLatin1String("commandline")), qPrintable(result.xml));
    QCOMPARE(meaningWithoutOurs(result.xml), meaningWithoutOurs(original));

    // A block with foreign arguments stays when ours go.
    const QString foreign = fixture(QStringLiteral("xen-foreign.xml"));
    VmConfig foreignBaseline = baselineOf(foreign);
    VmConfig off = foreignBaseline;
    QVERIFY(edit(off, {QStringLiteral("vendor-device=off")}));
    const auto kept = DomainPatcher::patch(foreign, foreignBaseline, off, CommandLineDialect::Xen);
    QVERIFY(kept.ok);
    QCOMPARE(DomainPatcher::foreignArguments(kept.xml, CommandLineDialect::Xen),
             (QStringList{QStringLiteral("-trace"), QStringLiteral("enable=xen_platform_log"),
                          QStringLiteral("-device"), QStringLiteral("usb-tablet,id=ua-tablet")}));
    QVERIFY(DomainPatcher::ownArguments(kept.xml, CommandLineDialect::Xen).isEmpty());
}

void tst_DomainPatcher::onlyTheChangedFieldsAreTouched()
{
    const QString xml = fixture(QStringLiteral("qemu-foreign.xml"));
    const VmConfig baseline = baselineOf(xml);
    // No change: not a byte differs.
    auto same = DomainPatcher::patch(xml, baseline, baseline, CommandLineDialect::Qemu);
    QVERIFY(same.ok);
    QCOMPARE(same.xml, xml);
    // A metadata-only change leaves every line outside our element as it was.
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("windows-update=off")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Qemu);
    QVERIFY(result.ok);
    QVERIFY(!result.plan.argumentsChanged);
    const qsizetype begin = xml.indexOf(QLatin1String("<xp:platform"));
    const qsizetype end = xml.indexOf(QLatin1String("</xp:platform>")) + 14;
    QCOMPARE(result.xml.left(begin), xml.left(begin));
    QCOMPARE(result.xml.right(xml.size() - end), xml.right(xml.size() - end));
}

void tst_DomainPatcher::metadataIsInsertedWhereMissing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("no <metadata>") << QStringLiteral("no-metadata.xml");
    QTest::newRow("<metadata/>") << QStringLiteral("empty-metadata.xml");
    QTest::newRow("foreign metadata only") << QStringLiteral("xen-foreign-only.xml");
}

void tst_DomainPatcher::metadataIsInsertedWhereMissing()
{
    QFETCH(QString, file);
    QString xml = fixture(file);
    if (xml.isEmpty()) {
        // The third row: xen-foreign.xml without our element.
        xml = fixture(QStringLiteral("xen-foreign.xml"));
        const qsizetype begin = xml.indexOf(QLatin1String("    <xp:platform"));
        const qsizetype end = xml.indexOf(QLatin1String("</xp:platform>\n")) + 15;
        xml.remove(begin, end - begin);
    }
    const VmConfig baseline = baselineOf(xml);
    QVERIFY(!baseline.hasMetadata);
    VmConfig edited = baseline;
    QVERIFY(
        edit(edited, {QStringLiteral("blacklist+=xensource-windows:60"), QStringLiteral("flavour=qemu-traditional")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY2(result.ok, qPrintable(result.error));
    const VmConfig reread = baselineOf(result.xml);
    QVERIFY(reread.hasMetadata);
    QVERIFY2(reread.metadataErrors.isEmpty(), qPrintable(reread.metadataErrors.join(QLatin1Char('\n'))));
    QCOMPARE(reread.blacklist, edited.blacklist);
    QCOMPARE(reread.flavour, xp::device::Flavour::QemuTraditional);
    QCOMPARE(result.xml.count(QLatin1String("<metadata")), 1);
    QCOMPARE(meaningWithoutOurs(result.xml), meaningWithoutOurs(xml));
    QCOMPARE(DomainPatcher::foreignMetadata(result.xml), DomainPatcher::foreignMetadata(xml));
}

void tst_DomainPatcher::flavourPlans_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sets");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QStringList>("modelOnly");
    const QString xsUuid = QStringLiteral("uuid=6f1c4a40-00e5-4c2e-9a57-3b0d4c6e00e5");
    QTest::newRow("trad add") << QStringLiteral("traditional.xml")
                              << QStringList{QStringLiteral("blacklist+=gplpv-windows:5-7")}
                              << QStringList{QStringLiteral("xenstore-write /mh/driver-blacklist/gplpv-windows/5 \"\""),
                                             QStringLiteral("xenstore-write /mh/driver-blacklist/gplpv-windows/6 \"\""),
                                             QStringLiteral("xenstore-write /mh/driver-blacklist/gplpv-windows/7 \"\"")}
                              << QStringList{QStringLiteral("blacklist linux:1")};
    QTest::newRow("trad remove") << QStringLiteral("traditional.xml") << QStringList{QStringLiteral("blacklist-=1:60")}
                                 << QStringList{QStringLiteral("xenstore-rm /mh/driver-blacklist/xensource-windows/60")}
                                 << QStringList{QStringLiteral("blacklist linux:1")};
    QTest::newRow("trad unenforced product")
        << QStringLiteral("traditional.xml") << QStringList{QStringLiteral("blacklist+=4:70000")} << QStringList{}
        << QStringList{QStringLiteral("blacklist linux:1"), QStringLiteral("blacklist xenserver-windows-v7.0+:70000")};
    QTest::newRow("trad covered build")
        << QStringLiteral("traditional.xml") << QStringList{QStringLiteral("blacklist+=1:59-61")}
        << QStringList{QStringLiteral("xenstore-write /mh/driver-blacklist/xensource-windows/59 \"\""),
                       QStringLiteral("xenstore-write /mh/driver-blacklist/xensource-windows/61 \"\"")}
        << QStringList{QStringLiteral("blacklist linux:1")};
    QTest::newRow("trad vendor") << QStringLiteral("traditional.xml")
                                 << QStringList{QStringLiteral("vendor-device=0xc000")} << QStringList{}
                                 << QStringList{QStringLiteral("vendor-device 0x5853:0xc000 rev 0x01"),
                                                QStringLiteral("blacklist linux:1")};
    QTest::newRow("upstream blacklist") << QStringLiteral("qemu-foreign.xml")
                                        << QStringList{QStringLiteral("blacklist+=1:61")} << QStringList{}
                                        << QStringList{QStringLiteral("blacklist xensource-windows:60"),
                                                       QStringLiteral("blacklist xensource-windows:61")};
    QTest::newRow("upstream platform id")
        << QStringLiteral("qemu-foreign.xml") << QStringList{QStringLiteral("platform-device=0x0002")} << QStringList{}
        << QStringList{QStringLiteral("platform-device 0x0002"), QStringLiteral("blacklist xensource-windows:60")};
    QTest::newRow("xenserver-trad vendor off")
        << QStringLiteral("xenserver-trad.xml") << QStringList{QStringLiteral("vendor-device=off")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xsUuid + QStringLiteral(" has-vendor-device=false")}
        << QStringList{};
    QTest::newRow("xenserver-trad device id")
        << QStringLiteral("xenserver-trad.xml") << QStringList{QStringLiteral("platform-device=0x0002")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xsUuid + QStringLiteral(" platform:device_id=0002")}
        << QStringList{};
    QTest::newRow("xenserver-trad odd revision")
        << QStringLiteral("xenserver-trad.xml") << QStringList{QStringLiteral("platform-device=0x0002:0x05")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xsUuid + QStringLiteral(" platform:device_id=0002")}
        << QStringList{QStringLiteral("platform-device 0x0002:0x05")};
    // facts§10.1: XenServer 8 has no blacklist, so its plan carries no xenstore key that would do nothing; the
    // device ID and the vendor device are xe commands as on xenserver-trad.
    const QString xs8Uuid = QStringLiteral("uuid=6f1c4a40-00e6-4c2e-9a57-3b0d4c6e00e6");
    const QString uefiUuid = QStringLiteral("uuid=6f1c4a40-00e7-4c2e-9a57-3b0d4c6e00e7");
    QTest::newRow("facts§10.1 xenserver blacklist entry has no xenstore key")
        << QStringLiteral("xenserver.xml") << QStringList{QStringLiteral("blacklist+=1:60")} << QStringList{}
        << QStringList{QStringLiteral("blacklist xensource-windows:60")};
    QTest::newRow("facts§10.1 xenserver device id")
        << QStringLiteral("xenserver.xml") << QStringList{QStringLiteral("platform-device=0x0002")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xs8Uuid + QStringLiteral(" platform:device_id=0002")}
        << QStringList{};
    QTest::newRow("xen-api xenserver compat revision 2 with device id is XAPI's")
        << QStringLiteral("xenserver.xml") << QStringList{QStringLiteral("platform-device=0x0002:0x02")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xs8Uuid + QStringLiteral(" platform:device_id=0002")}
        << QStringList{};
    QTest::newRow("xen-api xenserver uefi passes no revision")
        << QStringLiteral("xenserver-uefi.xml") << QStringList{QStringLiteral("platform-device=0x0002:0x02")}
        << QStringList{QStringLiteral("xe vm-param-set ") + uefiUuid + QStringLiteral(" platform:device_id=0002")}
        << QStringList{QStringLiteral("platform-device 0x0002:0x02")};
    QTest::newRow("xenserver vendor off")
        << QStringLiteral("xenserver.xml") << QStringList{QStringLiteral("vendor-device=off")}
        << QStringList{QStringLiteral("xe vm-param-set ") + xs8Uuid + QStringLiteral(" has-vendor-device=false")}
        << QStringList{};
    QTest::newRow("into xenserver-trad") << QStringLiteral("traditional.xml")
                                         << QStringList{QStringLiteral("flavour=xenserver-trad")}
                                         << QStringList{QStringLiteral("xe vm-param-set uuid=6f1c4a40-00e4-4c2e-9a57-"
                                                                       "3b0d4c6e00e4 has-vendor-device=false")}
                                         << QStringList{QStringLiteral("blacklist linux:1")};
}

void tst_DomainPatcher::flavourPlans()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sets);
    QFETCH(QStringList, commands);
    QFETCH(QStringList, modelOnly);
    const QString xml = fixture(file);
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, sets));
    const auto result = DomainPatcher::patch(
        xml, baseline, edited, Realization::dialectFor(QStringLiteral("xen:///system"), baseline.domainType));
    QVERIFY2(result.ok, qPrintable(result.error));
    QStringList planned;
    for (const HostCommand& command : result.plan.hostCommands)
        planned << Realization::shellText(command.argv);
    QCOMPARE(planned, commands);
    QStringList settings;
    for (const ModelOnlySetting& setting : result.plan.modelOnly) {
        settings << setting.setting;
        QVERIFY(!setting.reason.isEmpty());
    }
    QCOMPARE(settings, modelOnly);
    // Nothing but qemu-upstream puts a -device on the command line.
    if (edited.flavour != xp::device::Flavour::QemuUpstream)
        QVERIFY(result.plan.arguments.isEmpty());
    QCOMPARE(result.plan.hostCommandNotes.isEmpty(), commands.isEmpty());
}

void tst_DomainPatcher::rangesAreCapped()
{
    const QString xml = fixture(QStringLiteral("traditional.xml"));
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("blacklist+=1:1000-1255")}));
    auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY(result.ok);
    QCOMPARE(result.plan.hostCommands.size(), 256);
    edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("blacklist+=1:1000-1256")}));
    result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("257 builds")), qPrintable(result.error));
    QVERIFY(result.xml.isEmpty());
    // Builds from 0x80000000 appear as qemu-trad's "%d" prints them.
    edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("blacklist+=0xffff:0xffffffff")}));
    result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY(result.ok);
    QCOMPARE(result.plan.hostCommands.constFirst().argv.at(1), QStringLiteral("/mh/driver-blacklist/experimental/-1"));
}

void tst_DomainPatcher::injectionThroughTextFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CommandLineDialect>("dialect");
    QTest::addColumn<QString>("flavour");
    for (const QString& flavour :
         {QStringLiteral("qemu-upstream"), QStringLiteral("qemu-traditional"), QStringLiteral("xenserver-trad")}) {
        QTest::addRow("qemu %s", qPrintable(flavour))
            << QStringLiteral("qemu-foreign.xml") << CommandLineDialect::Qemu << flavour;
        QTest::addRow("xen %s", qPrintable(flavour))
            << QStringLiteral("xen-foreign.xml") << CommandLineDialect::Xen << flavour;
    }
}

void tst_DomainPatcher::injectionThroughTextFields()
{
    QFETCH(QString, file);
    QFETCH(CommandLineDialect, dialect);
    QFETCH(QString, flavour);
    // Everything a command line or a shell could misread: property and argument separators, quotes, markup,
    // line breaks, substitutions.
    const QString evil = QStringLiteral(
        "EVIL,id=xpc-evil,addr=0x5 -device e1000 \"quoted\" 'single'\n<xen:arg value='-S'/>&amp;$(reboot)`id`;|");
    const QString xml = fixture(file);
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("flavour=") + flavour, QStringLiteral("vendor-device=0xc0de:0x02"),
                          QStringLiteral("platform-device=0x0002"), QStringLiteral("blacklist+=2:7-9")}));
    edited.name = evil;
    edited.key = evil;
    edited.machine = evil;
    // A guest element without os reads back with an error of its own (MetadataCodec), not what this is about.
    edited.guest.os = GuestOs::Windows;
    edited.guest.release = evil;
    edited.guest.cmdline = evil;
    edited.guest.drivers << evil;
    edited.wuPublications.append({evil, evil});
    for (BlacklistItem& item : edited.blacklist)
        item.comment = evil;
    edited.disks.append({EmulatedDisk::Bus::Ide, false, evil, 0, 0, 0});
    edited.nics.append({evil, evil});

    const auto result = DomainPatcher::patch(xml, baseline, edited, dialect);
    QVERIFY2(result.ok, qPrintable(result.error));
    // Arguments: the foreign ones as they were, ours only in the strict numeric form.
    const QStringList own = DomainPatcher::ownArguments(result.xml, dialect);
    QCOMPARE(own, result.plan.arguments);
    for (qsizetype i = 0; i < own.size(); i += 2) {
        QCOMPARE(own.at(i), QStringLiteral("-device"));
        QVERIFY2(kOwnValue.match(own.at(i + 1)).hasMatch(), qPrintable(own.at(i + 1)));
    }
    QCOMPARE(DomainPatcher::foreignArguments(result.xml, dialect), DomainPatcher::foreignArguments(xml, dialect));
    const QStringList values = allArgumentValues(result.xml);
    QCOMPARE(values.size(), DomainPatcher::foreignArguments(xml, dialect).size() + own.size());
    for (const QString& value : values)
        QVERIFY2(!value.contains(QLatin1String("EVIL")) && !value.contains(QLatin1String("xpc-evil")),
                 qPrintable(value));
    // Host commands: every word from a closed vocabulary of fixed words, numbers, registry names and the UUID.
    static const QRegularExpression word(QStringLiteral(
        "^(xenstore-write|xenstore-rm|xe|vm-param-set|vm-param-remove|param-name=platform|param-key=device_id|"
        "uuid=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|platform:device_id=[0-9a-f]{4}|"
        "has-vendor-device=(true|false)|/mh/driver-blacklist/[a-z0-9.+-]+/-?[0-9]+|)$"));
    for (const HostCommand& command : result.plan.hostCommands)
        for (const QString& w : command.argv)
            QVERIFY2(word.match(w).hasMatch(), qPrintable(w));
    if (flavour != QLatin1String("qemu-upstream"))
        QVERIFY(!result.plan.hostCommands.isEmpty());
    // The text itself is stored, escaped, and reads back as typed.
    const VmConfig reread = baselineOf(result.xml);
    QVERIFY2(reread.metadataErrors.isEmpty(), qPrintable(reread.metadataErrors.join(QLatin1Char('\n'))));
    QCOMPARE(reread.guest.release, evil);
    QCOMPARE(reread.guest.cmdline, evil);
    QVERIFY(reread.guest.drivers.contains(evil));
    QCOMPARE(reread.blacklist.size(), edited.blacklist.size());
    for (const BlacklistItem& item : reread.blacklist)
        QCOMPARE(item.comment, evil);
    QCOMPARE(DomainPatcher::foreignMetadata(result.xml), DomainPatcher::foreignMetadata(xml));
}

void tst_DomainPatcher::hostileUuidGetsNoXeCommand()
{
    const QString xml = fixture(QStringLiteral("xenserver-trad.xml"));
    VmConfig baseline = baselineOf(xml);
    baseline.uuid = QStringLiteral("6f1c4a40-00e5-4c2e-9a57-3b0d4c6e00e5 name-label=x; reboot");
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("vendor-device=off")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QLatin1String("not a UUID")), qPrintable(result.error));
}

void tst_DomainPatcher::badMetadata_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("writable");
    QTest::addColumn<QString>("kept");
    QTest::newRow("ID 0x10000") << QStringLiteral("<xp:platform-device enabled=\"yes\" device-id=\"0x10000\"/>")
                                << QStringLiteral("device-id=\"0x10000\"") << true
                                << QStringLiteral("device-id=\"0x10000\"");
    QTest::newRow("revision 0x100") << QStringLiteral("<xp:vendor-device enabled=\"yes\" revision=\"0x100\"/>")
                                    << QStringLiteral("revision=\"0x100\"") << true
                                    << QStringLiteral("revision=\"0x100\"");
    QTest::newRow("unknown product")
        << QStringLiteral("<xp:blacklist><xp:entry product=\"acme-drivers\" build=\"5\"/></xp:blacklist>")
        << QStringLiteral("acme-drivers") << true << QStringLiteral("product=\"acme-drivers\"");
    QTest::newRow("inverted range") << QStringLiteral(
                                           "<xp:blacklist><xp:entry product=\"1\" builds=\"90-10\"/></xp:blacklist>")
                                    << QStringLiteral("90-10") << true << QStringLiteral("builds=\"90-10\"");
    QTest::newRow("newer schema") << QStringLiteral("SCHEMA2") << QStringLiteral("schema 2") << false << QString();
    QTest::newRow("not our element") << QStringLiteral("NOTOURS") << QStringLiteral("not xpconsole's") << false
                                     << QString();
    QTest::newRow("garbage XML") << QStringLiteral("<xp:guest os=\"windows\"><<garbage")
                                 << QStringLiteral("not well-formed") << false << QString();
}

void tst_DomainPatcher::badMetadata()
{
    QFETCH(QString, element);
    QFETCH(QString, message);
    QFETCH(bool, writable);
    QFETCH(QString, kept);
    QString ours = QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                  "<xp:device-model flavour=\"qemu-upstream\"/>%1"
                                  "<xp:guest os=\"linux\" release=\"6.1.0\"/></xp:platform>")
                       .arg(element);
    if (element == QLatin1String("SCHEMA2"))
        ours = QStringLiteral(
            "<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"2\"><xp:hologram/></xp:platform>");
    else if (element == QLatin1String("NOTOURS"))
        ours = QStringLiteral("<xp:settings xmlns:xp=\"urn:xpconsole:platform:1\"/>");
    QString xml = fixture(QStringLiteral("xen-foreign.xml"));
    const qsizetype begin = xml.indexOf(QLatin1String("<xp:platform"));
    const qsizetype end = xml.indexOf(QLatin1String("</xp:platform>")) + 14;
    xml.replace(begin, end - begin, ours);

    VmConfig baseline;
    const bool readable = DomainXmlReader::read(xml, baseline);
    const QString errors = baseline.metadataErrors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(message), qPrintable(errors));
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("blacklist+=xensource-windows:77")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::Xen);
    if (!writable) {
        QVERIFY(!result.ok);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.xml.isEmpty());
        return;
    }
    QVERIFY(readable);
    QVERIFY2(result.ok, qPrintable(result.error));
    // The bad text stays for a human to fix; the change and everything else apply.
    QVERIFY2(result.xml.contains(kept), qPrintable(result.xml));
    const VmConfig reread = baselineOf(result.xml);
    QVERIFY(reread.blacklist.contains(BlacklistItem{1, 77, 77, {}}));
    QCOMPARE(reread.guest.release, QStringLiteral("6.1.0"));
    QCOMPARE(reread.metadataErrors, baseline.metadataErrors);
    QCOMPARE(DomainPatcher::foreignArguments(result.xml, CommandLineDialect::Xen),
             DomainPatcher::foreignArguments(xml, CommandLineDialect::Xen));
    QCOMPARE(DomainPatcher::foreignMetadata(result.xml), DomainPatcher::foreignMetadata(xml));
}

void tst_DomainPatcher::dialects()
{
    QCOMPARE(Realization::dialectFor(QStringLiteral("test:///default"), QStringLiteral("xen")),
             CommandLineDialect::None);
    QCOMPARE(Realization::dialectFor(QStringLiteral("test+unix:///x"), QStringLiteral("kvm")),
             CommandLineDialect::None);
    QCOMPARE(Realization::dialectFor(QStringLiteral("xen:///system"), QStringLiteral("xen")), CommandLineDialect::Xen);
    QCOMPARE(Realization::dialectFor(QStringLiteral("qemu:///system"), QStringLiteral("kvm")),
             CommandLineDialect::Qemu);
    QCOMPARE(Realization::dialectFor(QStringLiteral("qemu+ssh://h/system"), QStringLiteral("qemu")),
             CommandLineDialect::Qemu);
    QCOMPARE(Realization::dialectFor(QStringLiteral("lxc:///"), QStringLiteral("lxc")), CommandLineDialect::None);
    // Without a command line the vendor device is model only, and no <commandline> is written.
    const QString xml = fixture(QStringLiteral("no-metadata.xml"));
    const VmConfig baseline = baselineOf(xml);
    VmConfig edited = baseline;
    QVERIFY(edit(edited, {QStringLiteral("vendor-device=0xc000")}));
    const auto result = DomainPatcher::patch(xml, baseline, edited, CommandLineDialect::None);
    QVERIFY(result.ok);
    QVERIFY(!result.xml.contains(QLatin1String("commandline")));
    QCOMPARE(result.plan.modelOnly.size(), 1);
    QVERIFY(result.plan.modelOnly.constFirst().setting.startsWith(QLatin1String("vendor-device")));
}

void tst_DomainPatcher::patchedXmlValidates_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sets");
    const QList<QStringList> changes{
        {QStringLiteral("vendor-device=0xc000")},
        {QStringLiteral("vendor-device=off")},
        {QStringLiteral("blacklist+=gplpv-windows:5-7")},
        {QStringLiteral("platform-device=0x0002:2"), QStringLiteral("flavour=xenserver-trad")},
        {QStringLiteral("flavour=qemu-traditional"), QStringLiteral("blacklist+=1:80")},
        {QStringLiteral("vendor-device=0xc002:3"), QStringLiteral("driver+=xenproject-9.1"),
         QStringLiteral("windows-update=automatic")}};
    for (const QString& file : {QStringLiteral("qemu-foreign.xml"), QStringLiteral("xen-foreign.xml"),
                                QStringLiteral("no-metadata.xml"), QStringLiteral("empty-metadata.xml"),
                                QStringLiteral("traditional.xml"), QStringLiteral("xenserver-trad.xml")})
        for (const QStringList& sets : changes)
            QTest::addRow("%s %s", qPrintable(file), qPrintable(sets.join(QLatin1Char(' ')))) << file << sets;
}

void tst_DomainPatcher::patchedXmlValidates()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sets);
    const QString xml = fixture(file);
    const VmConfig baseline = baselineOf(xml);
    // The libxl form (every row), and the QEMU form too: both must be what libvirt's schema accepts.
    for (CommandLineDialect dialect : {CommandLineDialect::Xen, CommandLineDialect::Qemu}) {
        VmConfig edited = baseline;
        if (!edit(edited, sets))
            continue; // e.g. vendor-device=off on a VM that has none: still a no-op patch worth validating
        const auto result = DomainPatcher::patch(xml, baseline, edited, dialect);
        QVERIFY2(result.ok, qPrintable(result.error));
        validate(result.xml);
    }
}

QTEST_GUILESS_MAIN(tst_DomainPatcher)
#include "tst_DomainPatcher.moc"
