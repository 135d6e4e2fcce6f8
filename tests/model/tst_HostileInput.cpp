// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "app/ctl/CtlApplication.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InfParser.h"
#include "model/binding/PnputilParser.h"
#include "model/core/ConfigChange.h"
#include "model/core/DomainPatcher.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/MetadataCodec.h"
#include "model/core/Realization.h"
#include "model/fleet/DomainPush.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

// Issue #8 item 4: input from other tools and other people, each through the real entry point. Every row either
// gives a clear error naming the input and changes nothing, or is read and pushed without touching anything that
// is not ours. Times are asserted only as hang detectors; docs/reliability.md has the measured figures.

Q_DECLARE_METATYPE(CommandLineDialect)

namespace {

/// A hang, not a slow build: the slowest row takes about 4 s in a Debug build on an idle machine, 11 s with both
/// cores busy, and a sanitizer build is slower still; the hangs this guards against took minutes (H1: 258 s).
constexpr qint64 kHangMs = 90000;
const QString kUuid = QStringLiteral("6f1c4a40-00e0-4c2e-9a57-3b0d4c6e0bad");
const QString kOurs = QStringLiteral("urn:xpconsole:platform:1");
/// Our element as the console writes it, with a vendor device so that there are arguments to check.
const QString kPlainOurs = QStringLiteral(
    "<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\"><xp:device-model flavour=\"qemu-upstream\"/>"
    "<xp:vendor-device enabled=\"yes\" vendor-id=\"0x5853\" device-id=\"0xc000\" revision=\"0x01\"/></xp:platform>");
const QString kPlainForeign =
    QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/inventory/1\" tag=\"A-7\">rack 9</inv:asset>");
const QStringList kForeignArgs{QStringLiteral("-fw_cfg"), QStringLiteral("name=opt/org.example/owner,string=ops")};

/// A domain of @p type with @p foreign and @p ours in <metadata>, two foreign device-model arguments in the
/// dialect of @p type, and @p prolog before the root (a DOCTYPE).
QString domain(const QString& ours, const QString& foreign = kPlainForeign, const QString& prolog = {},
               const QString& type = QStringLiteral("kvm"))
{
    const QString prefix = type == QLatin1String("xen") ? QStringLiteral("xen") : QStringLiteral("qemu");
    const QString ns = type == QLatin1String("xen") ? Realization::xenNamespace() : Realization::qemuNamespace();
    QString xml = QStringLiteral("@PROLOG@<domain type='@TYPE@' xmlns:@P@='@NS@'>\n"
                                 "  <name>hostile</name>\n"
                                 "  <uuid>@UUID@</uuid>\n"
                                 "  <metadata>\n"
                                 "    @FOREIGN@\n"
                                 "    @OURS@\n"
                                 "  </metadata>\n"
                                 "  <memory unit='MiB'>64</memory>\n"
                                 "  <os>\n"
                                 "    <type arch='x86_64' machine='pc'>hvm</type>\n"
                                 "  </os>\n"
                                 "  <devices/>\n"
                                 "  <@P@:commandline>\n"
                                 "    <@P@:arg value='-fw_cfg'/>\n"
                                 "    <@P@:arg value='name=opt/org.example/owner,string=ops'/>\n"
                                 "  </@P@:commandline>\n"
                                 "</domain>\n");
    xml.replace(QLatin1String("@PROLOG@"), prolog)
        .replace(QLatin1String("@TYPE@"), type)
        .replace(QLatin1String("@P@"), prefix)
        .replace(QLatin1String("@NS@"), ns)
        .replace(QLatin1String("@UUID@"), kUuid);
    // Last: the two parts may be megabytes and must not be searched for placeholders.
    const qsizetype at = xml.indexOf(QLatin1String("@FOREIGN@"));
    xml.replace(at, 9, foreign);
    xml.replace(xml.indexOf(QLatin1String("@OURS@"), at + foreign.size()), 6, ours);
    return xml;
}

QString uriFor(CommandLineDialect dialect)
{
    return dialect == CommandLineDialect::Xen ? QStringLiteral("xen:///system") : QStringLiteral("qemu:///system");
}

QString typeFor(CommandLineDialect dialect)
{
    return dialect == CommandLineDialect::Xen ? QStringLiteral("xen") : QStringLiteral("kvm");
}

DomainSnapshot snapshotOf(const QString& xml)
{
    DomainSnapshot s;
    s.uuid = kUuid;
    s.name = QStringLiteral("hostile");
    s.state = DomainState::ShutOff;
    // As libvirt hands a definition over: UTF-8 bytes.
    s.inactiveXml = xml.toUtf8();
    return s;
}

std::optional<QList<ConfigChange>> changesOf(const QStringList& sets)
{
    QList<ConfigChange> changes;
    for (const QString& text : sets) {
        QString error;
        const auto change = ConfigChange::parse(text, &error);
        if (!change) {
            qWarning() << error;
            return std::nullopt;
        }
        changes.append(*change);
    }
    return changes;
}

/// <a:n> nested @p depth times in an element of another namespace.
QString nested(int depth)
{
    return QStringLiteral("<a:x xmlns:a=\"http://example.org/a\">") + QStringLiteral("<a:n>").repeated(depth) +
           QStringLiteral("</a:n>").repeated(depth) + QStringLiteral("</a:x>");
}

void canonicalInto(const QDomElement& e, QString& out)
{
    QStringList attributes;
    const QDomNamedNodeMap map = e.attributes();
    for (int i = 0; i < map.count(); ++i) {
        const QDomAttr a = map.item(i).toAttr();
        if (!a.name().startsWith(QLatin1String("xmlns")))
            attributes << QStringLiteral("{%1}%2=%3").arg(a.namespaceURI(), a.localName(), a.value());
    }
    attributes.sort();
    out += QStringLiteral("<{%1}%2 %3>").arg(e.namespaceURI(), e.localName(), attributes.join(QLatin1Char(' ')));
    for (QDomNode child = e.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            canonicalInto(child.toElement(), out);
        else if (child.isText() && !child.nodeValue().trimmed().isEmpty())
            out += child.nodeValue();
    }
    out += QStringLiteral("</>");
}

/// The children of our element that a push does not own (unknown ones, other namespaces), by meaning: they must
/// survive every push unchanged.
QStringList unknownInsideOurs(const QString& xml)
{
    static const QStringList owned{QStringLiteral("device-model"),  QStringLiteral("platform-device"),
                                   QStringLiteral("vendor-device"), QStringLiteral("blacklist"),
                                   QStringLiteral("guest"),         QStringLiteral("migration")};
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {QStringLiteral("not well-formed")};
    QStringList list;
    const QDomElement metadata = doc.documentElement().firstChildElement(QStringLiteral("metadata"));
    for (QDomElement ours = metadata.firstChildElement(); !ours.isNull(); ours = ours.nextSiblingElement()) {
        if (ours.namespaceURI() != kOurs)
            continue;
        for (QDomElement c = ours.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
            if (c.namespaceURI() == kOurs && owned.contains(c.localName()))
                continue;
            QString text;
            canonicalInto(c, text);
            list << text;
        }
        break;
    }
    return list;
}

/// The process's peak resident set in MiB (VmHWM), for the figures in docs/reliability.md.
qint64 peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    return -1;
}

const QByteArray kInfPrologue = "[Version]\r\n"
                                "Signature=\"$Windows NT$\"\r\n"
                                "Class=System\r\n"
                                "Provider=%Vendor%\r\n"
                                "DriverVer=01/02/2024,1.0.0.0\r\n"
                                "[Manufacturer]\r\n"
                                "%Vendor%=Models,NTamd64\r\n"
                                "[Models.NTamd64]\r\n"
                                "%Dev%=Inst,PCI\\VEN_5853&DEV_0001\r\n"
                                "[Strings]\r\n"
                                "Vendor=\"Example Vendor\"\r\n"
                                "Dev=\"Example Device\"\r\n";

/// @p text without its terminating NUL, keeping the NULs inside.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

QByteArray utf16(const QByteArray& utf8, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::WriteBom);
    return encoder.encode(QString::fromUtf8(utf8));
}

} // namespace

class tst_HostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void metadata_data();
    void metadata();
    void metadataElementAlone_data();
    void metadataElementAlone();
    void argumentsThroughSet_data();
    void argumentsThroughSet();
    void argumentsThroughMetadata_data();
    void argumentsThroughMetadata();
    void infFiles_data();
    void infFiles();
    void pnputilFiles_data();
    void pnputilFiles();
    void xpctl_data();
    void xpctl();
    void cleanupTestCase();

private:
    QString write(const QString& name, const QByteArray& data);
    /// Writes @p head, then @p unit until the file has at least @p size bytes; returns its size, -1 on failure.
    qint64 fill(const QString& name, const QByteArray& head, const QByteArray& unit, qint64 size);

    QTemporaryDir m_dir;
    /// The line of the first NUL in random.bin (decoded as Latin-1: one character per byte).
    int m_randomNulLine = 0;
    int m_bigPnputilPackages = 0;
};

qint64 tst_HostileInput::fill(const QString& name, const QByteArray& head, const QByteArray& unit, qint64 size)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
        return -1;
    while (file.size() < size)
        if (file.write(unit) != unit.size())
            return -1;
    return file.size();
}

QString tst_HostileInput::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_HostileInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Generated once per run, never committed: 50 MB of INF (a valid prologue, then copy-section lines) and of
    // pnputil output (whole records), 70 MB of pnputil output (above its cap), 1 MiB of random bytes. Written in
    // chunks, so that the peak memory of a row is its own.
    const qint64 mb50 = 50 * 1000 * 1000;
    QByteArray chunk;
    const QByteArray copy = "file_with_a_long_name_to_copy.sys,,,0x00004000 ; comment, \"quoted\"\r\n";
    while (chunk.size() < 1024 * 1024)
        chunk += copy;
    QVERIFY(fill(QStringLiteral("big.inf"), kInfPrologue + "[Files]\r\n", chunk, mb50) >= mb50);

    QFile sample(QStringLiteral(XP_TEST_DATA_DIR "/pnputil/enum-drivers-win11.txt"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray records = sample.readAll() + "\n";
    const qint64 written = fill(QStringLiteral("big-pnputil.txt"), {}, records, mb50);
    m_bigPnputilPackages =
        int(written / records.size()) * int(PnputilParser::parse(records, QStringLiteral("sample")).value.size());
    QVERIFY(fill(QStringLiteral("huge-pnputil.txt"), {}, records, 70 * 1000 * 1000) >= 70 * 1000 * 1000);

    QByteArray random(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(8); // fixed seed: the same bytes every run
    for (char& c : random)
        c = char(generator.bounded(256));
    // A Windows binary (a .sys or .exe) starts so; no byte-order mark by chance either.
    random[0] = 'M';
    random[1] = 'Z';
    write(QStringLiteral("random.bin"), random);
    m_randomNulLine = int(random.left(random.indexOf('\0')).count('\n')) + 1;
    qInfo("peak resident set after generating the files: %lld MiB", peakRssMiB());
}

void tst_HostileInput::cleanupTestCase()
{
    qInfo("peak resident set of the whole run: %lld MiB", peakRssMiB());
}

// --- metadata ---------------------------------------------------------------------------------------------------

void tst_HostileInput::metadata_data()
{
    QTest::addColumn<QString>("xml");
    /// DomainXmlReader::read's answer: false when the domain XML is refused as a whole.
    QTest::addColumn<bool>("readable");
    QTest::addColumn<bool>("readOnly");
    /// Must be in the reported errors (and in the refusal of a push); empty: no error at all.
    QTest::addColumn<QString>("error");
    /// Must appear nowhere: not in the configuration, the errors, the refusal or the XML to define.
    QTest::addColumn<QString>("secret");

    const QString tenMb(10 * 1024 * 1024, QLatin1Char('A'));
    const QString oursWith = QStringLiteral(
        "<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\"><xp:device-model flavour=\"qemu-upstream\"/>"
        "<xp:vendor-device enabled=\"yes\" vendor-id=\"0x5853\" device-id=\"0xc000\" revision=\"0x01\"/>%1"
        "</xp:platform>");
    QTest::newRow("10 MiB attribute in an unknown element of ours")
        << domain(oursWith.arg(QStringLiteral("<xp:future note=\"%1\"/>").arg(tenMb))) << true << false << QString()
        << QString();
    QTest::newRow("10 MiB blacklist comment")
        << domain(oursWith.arg(
               QStringLiteral("<xp:blacklist><xp:entry product=\"1\" build=\"5\" comment=\"%1\"/></xp:blacklist>")
                   .arg(tenMb)))
        << true << false << QString() << QString();
    QTest::newRow("10 MiB attribute in foreign metadata")
        << domain(kPlainOurs,
                  QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/inventory/1\" tag=\"%1\"/>").arg(tenMb))
        << true << false << QString() << QString();

    // libvirt 9.0 with libxml2 2.9.14 refuses documents nested deeper than 257 elements ("Excessive depth in
    // document: 256 use XML_PARSE_HUGE option"), so deeper XML never came from libvirt.
    const QString tooDeep = QStringLiteral("nested deeper than 512 elements");
    QTest::newRow("100000 levels inside our element")
        << domain(oursWith.arg(nested(100000))) << false << true << tooDeep << QString();
    QTest::newRow("100000 levels inside foreign metadata")
        << domain(kPlainOurs, nested(100000)) << false << true << tooDeep << QString();
    // domain, metadata, a:x and the a:n elements: exactly the limit, and one more.
    QTest::newRow("512 levels in foreign metadata: read")
        << domain(kPlainOurs, nested(509)) << true << false << QString() << QString();
    QTest::newRow("513 levels in foreign metadata: refused")
        << domain(kPlainOurs, nested(510)) << false << true << tooDeep << QString();

    const QString dtd = QStringLiteral("document type declaration");
    QString laughs = QStringLiteral("<!DOCTYPE domain [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; ++i)
        laughs += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                      .arg(i)
                      .arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10));
    laughs += QStringLiteral("]>\n");
    QTest::newRow("billion laughs in our element")
        << domain(QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                 "<xp:blacklist><xp:entry product=\"1\" build=\"5\" comment=\"&lol9;\"/>"
                                 "</xp:blacklist></xp:platform>"),
                  kPlainForeign, laughs)
        << false << true << dtd << QString();
    QTest::newRow("billion laughs in foreign metadata")
        << domain(kPlainOurs,
                  QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/inventory/1\">&lol9;</inv:asset>"), laughs)
        << false << true << dtd << QString();
    QTest::newRow("one harmless internal entity")
        << domain(QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                 "<xp:vendor-device enabled=\"yes\" device-id=\"&id;\"/></xp:platform>"),
                  kPlainForeign, QStringLiteral("<!DOCTYPE domain [<!ENTITY id \"0xc001\">]>\n"))
        << false << true << dtd << QString();
    QTest::newRow("external entity file:///etc/passwd")
        << domain(kPlainOurs,
                  QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/inventory/1\">&xxe;</inv:asset>"),
                  QStringLiteral("<!DOCTYPE domain [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"))
        << false << true << dtd << QStringLiteral("root:x:0:0");
    QTest::newRow("external entity in our attribute")
        << domain(QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                 "<xp:guest os=\"linux\" cmdline=\"&xxe;\"/></xp:platform>"),
                  kPlainForeign, QStringLiteral("<!DOCTYPE domain [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"))
        << false << true << dtd << QStringLiteral("root:x:0:0");
    QTest::newRow("external DTD file:///etc/passwd")
        << domain(kPlainOurs, kPlainForeign, QStringLiteral("<!DOCTYPE domain SYSTEM \"file:///etc/passwd\">\n"))
        << false << true << dtd << QStringLiteral("root:x:0:0");
    // QXmlStreamReader reports a DOCTYPE after the root element too; the one-pass reader stopped at the root's end
    // and took it (found by fuzz_domainxml, 2026-12-06).
    QTest::newRow("DOCTYPE after the root element")
        << domain(kPlainOurs) + QStringLiteral("<!DOCTYPE domain [<!ENTITY e \"x\">]>") << false << true << dtd
        << QString();

    // The byte path: LibvirtSession::readXml turns libvirt's char* into a QString with QString::fromUtf8, which
    // maps every invalid sequence to U+FFFD. (libvirt itself refuses such bytes: see the xpctl rows.)
    const QByteArray invalid = "\xff\xfe overlong \xc0\xaf surrogate \xed\xa0\x80 cut \xe2\x82";
    QTest::newRow("invalid UTF-8 in our comment (bytes -> U+FFFD)")
        << QString::fromUtf8(domain(oursWith.arg(QStringLiteral("<xp:blacklist><xp:entry product=\"1\" build=\"5\" "
                                                                "comment=\"@BYTES@\"/></xp:blacklist>")))
                                 .toUtf8()
                                 .replace("@BYTES@", invalid))
        << true << false << QString() << QString();
    QTest::newRow("invalid UTF-8 in foreign metadata (bytes -> U+FFFD)")
        << QString::fromUtf8(domain(kPlainOurs, QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/"
                                                               "inventory/1\">@BYTES@</inv:asset>"))
                                 .toUtf8()
                                 .replace("@BYTES@", invalid))
        << true << false << QString() << QString();
    QTest::newRow("character reference to U+0001 in our element")
        << domain(oursWith.arg(QStringLiteral("<xp:future note=\"&#x1;\"/>"))) << false << true
        << QStringLiteral("not well-formed") << QString();
    QTest::newRow("U+FFFE in foreign metadata")
        << domain(kPlainOurs, QStringLiteral("<inv:asset xmlns:inv=\"http://example.org/inventory/1\">") +
                                  QChar(0xfffe) + QStringLiteral("</inv:asset>"))
        << false << true << QStringLiteral("not well-formed") << QString();

    const QString schemaElement = QStringLiteral(
        "<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"%1\"><xp:device-model flavour=\"xenserver-trad\"/>"
        "</xp:platform>");
    QTest::newRow("schema 2") << domain(schemaElement.arg(QStringLiteral("2"))) << true << true
                              << QStringLiteral("uses schema 2, newer than this xpconsole understands (1)")
                              << QString();
    for (const QString& schema : {QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("0"),
                                  QStringLiteral("99999999999"), QStringLiteral("1.0"), QStringLiteral("0x1")})
        QTest::addRow("schema %s", qPrintable(schema))
            << domain(schemaElement.arg(schema)) << true << true
            << QStringLiteral("<platform schema=\"%1\">: not a schema version").arg(schema) << QString();

    QTest::newRow("our element twice")
        << domain(kPlainOurs + schemaElement.arg(QStringLiteral("1"))) << true << false
        << QStringLiteral("<metadata> holds 2 elements in xpconsole's namespace; libvirt keeps only the first")
        << QString();
    QTest::newRow("our prefix bound to another namespace")
        << domain(kPlainOurs, QStringLiteral("<xp:platform xmlns:xp=\"http://example.org/not-xpconsole\" schema=\"1\">"
                                             "<xp:vendor-device enabled=\"no\"/></xp:platform>"))
        << true << false << QString() << QString();
    QTest::newRow("our prefix rebound to another namespace on a child")
        << domain(oursWith.arg(QStringLiteral("<xp:guest xmlns:xp=\"http://example.org/not-xpconsole\" "
                                              "windows-update=\"off\"/>")))
        << true << true << QStringLiteral("binds the element's namespace prefix to another namespace") << QString();
    // Odd but unambiguous: the copy DomainXmlReader makes names it xp:guest, and a push keeps the meaning.
    QTest::newRow("our namespace under a second prefix on a child")
        << domain(oursWith.arg(QStringLiteral("<yp:guest xmlns:yp=\"urn:xpconsole:platform:1\" os=\"linux\"/>")))
        << true << false << QString() << QString();
    QTest::newRow("our prefix rebound inside a foreign child (an entry would change namespace)")
        << domain(oursWith.arg(QStringLiteral("<xp:blacklist xmlns:xp=\"http://example.org/not-xpconsole\">"
                                              "<yp:entry xmlns:yp=\"urn:xpconsole:platform:1\" product=\"1\" "
                                              "build=\"5\"/></xp:blacklist>")))
        << true << true << QStringLiteral("binds the element's namespace prefix to another namespace") << QString();
    // The copy gives a default namespace a generated prefix, which nothing inside can rebind.
    QTest::newRow("default namespace rebound on a child")
        << domain(QStringLiteral("<platform xmlns=\"urn:xpconsole:platform:1\" schema=\"1\">"
                                 "<guest xmlns=\"http://example.org/not-xpconsole\" os=\"linux\">"
                                 "<entry product=\"1\" build=\"5\"/></guest></platform>"))
        << true << false << QString() << QString();
}

void tst_HostileInput::metadata()
{
    QFETCH(QString, xml);
    QFETCH(bool, readable);
    QFETCH(bool, readOnly);
    QFETCH(QString, error);
    QFETCH(QString, secret);
    QElapsedTimer timer;
    timer.start();

    VmConfig config;
    QCOMPARE(DomainXmlReader::read(xml, config), readable);
    const QString errors = config.metadataErrors.join(QLatin1Char('\n'));
    if (error.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.left(500)));
    else
        QVERIFY2(errors.contains(error), qPrintable(errors.left(500)));
    QCOMPARE(config.metadataReadOnly, readOnly);

    // A push of a change to every part of our element: settings, blacklist, guest, device-model arguments.
    const auto changes = changesOf({QStringLiteral("vendor-device=0xc001:0x02"), QStringLiteral("blacklist+=2:7"),
                                    QStringLiteral("windows-update=automatic")});
    QVERIFY(changes);
    const PushItem item = DomainPush::prepareOn(QStringLiteral("qemu:///system"), snapshotOf(xml), *changes);
    QCOMPARE(item.originalXml, xml);
    if (readOnly) {
        QVERIFY(!item.canWrite());
        QVERIFY2(item.refusal.contains(error), qPrintable(item.refusal.left(500)));
        QVERIFY(item.newXml.isEmpty());
        QVERIFY(item.diff.isEmpty());
        QCOMPARE(DomainPush::judgeBeforeDefine(item)->status, PushResult::Status::Refused);
    } else {
        QVERIFY2(item.canWrite(), qPrintable(item.refusal.left(500)));
        // Changes nothing that is not ours: foreign metadata and arguments by meaning, and what a read-back checks.
        QCOMPARE(DomainPatcher::foreignMetadata(item.newXml), DomainPatcher::foreignMetadata(xml));
        QCOMPARE(unknownInsideOurs(item.newXml), unknownInsideOurs(xml));
        QCOMPARE(DomainPatcher::foreignArguments(item.newXml, CommandLineDialect::Qemu), kForeignArgs);
        QCOMPARE(DomainPatcher::ownArguments(item.newXml, CommandLineDialect::Qemu),
                 (QStringList{QStringLiteral("-device"),
                              QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc001,"
                                             "revision=0x02")}));
        const QStringList problems = DomainPush::verify(item, item.newXml);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')).left(500)));
        // The errors of the baseline are still the errors after the push (nothing bad was rewritten).
        VmConfig after;
        QVERIFY(DomainXmlReader::read(item.newXml, after));
        QCOMPARE(after.metadataErrors, config.metadataErrors);
    }
    if (!secret.isEmpty()) {
        const QString everything =
            errors + item.refusal + item.newXml + config.name + config.guest.cmdline + config.guest.release;
        QVERIFY(!everything.contains(secret));
        for (const BlacklistItem& entry : std::as_const(config.blacklist))
            QVERIFY(!entry.comment.contains(secret));
    }
    const qint64 elapsed = timer.elapsed();
    qInfo("%s: %lld ms, peak RSS %lld MiB", QTest::currentDataTag(), elapsed, peakRssMiB());
    QVERIFY2(elapsed < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// MetadataCodec::read on an element as given, for callers other than DomainXmlReader (which copies the element and
// checks the whole domain XML first).
void tst_HostileInput::metadataElementAlone_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("error");

    const QString open = QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">");
    const QString close = QStringLiteral("</xp:platform>");
    QTest::newRow("our prefix rebound on a child")
        << open + QStringLiteral("<xp:guest xmlns:xp=\"http://example.org/not-xpconsole\" os=\"linux\"/>") + close
        << QStringLiteral("<guest> in namespace 'http://example.org/not-xpconsole': inside <platform>, the elements "
                          "of xpconsole's namespace, and only those, must use its namespace prefix");
    QTest::newRow("our namespace under a second prefix")
        << open + QStringLiteral("<yp:guest xmlns:yp=\"urn:xpconsole:platform:1\" os=\"linux\"/>") + close
        << QStringLiteral("<guest> in namespace 'urn:xpconsole:platform:1': inside <platform>");
    QTest::newRow("DOCTYPE with an entity")
        << QStringLiteral("<!DOCTYPE x [<!ENTITY a \"linux\">]>") + open + QStringLiteral("<xp:guest os=\"&a;\"/>") +
               close
        << QStringLiteral("The xpconsole metadata is refused: The XML has a document type declaration (<!DOCTYPE>, "
                          "line 1); libvirt never writes one, so it is not read.");
    QTest::newRow("100000 levels")
        << open + nested(100000) + close
        << QStringLiteral("The XML is nested deeper than 512 elements (line 1); libvirt refuses such documents.");
}

void tst_HostileInput::metadataElementAlone()
{
    QFETCH(QString, element);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    VmConfig config;
    MetadataCodec::read(element, config);
    QVERIFY(config.metadataReadOnly);
    QCOMPARE(config.metadataErrors.size(), 1);
    QVERIFY2(config.metadataErrors.constFirst().contains(error), qPrintable(config.metadataErrors.constFirst()));
    QCOMPARE(config.guest.os, GuestOs::Unknown);
    QVERIFY2(timer.elapsed() < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

// --- device-model arguments -------------------------------------------------------------------------------------

void tst_HostileInput::argumentsThroughSet_data()
{
    QTest::addColumn<QString>("set");
    /// Empty: accepted, and @c device is the exact value of our -device argument it must give.
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("device");

    const QString offOrId = QStringLiteral("expected off or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)");
    /// @p shown: how the error names the input (control characters escaped); empty: as typed.
    const auto refused = [&](const char* name, const QString& set, const QString& why, QString shown = {}) {
        QTest::newRow(name) << set << QStringLiteral("--set %1: %2").arg(shown.isEmpty() ? set : shown, why)
                            << QString();
    };
    refused("comma adds a property", QStringLiteral("vendor-device=0xc001,addr=0x5"), offOrId);
    refused("comma after the revision", QStringLiteral("vendor-device=0xc001:0x01,id=xpc-evil"), offOrId);
    refused("equals sign", QStringLiteral("vendor-device=0xc001=1"), offOrId);
    refused("space and a second -device", QStringLiteral("vendor-device=0xc001 -device e1000"), offOrId);
    refused("leading space", QStringLiteral("vendor-device= 0xc001"), offOrId);
    refused("trailing space", QStringLiteral("vendor-device=0xc001 "), offOrId);
    refused("double quote", QStringLiteral("vendor-device=0xc001\""), offOrId);
    refused("single quote", QStringLiteral("vendor-device='0xc001'"), offOrId);
    refused("semicolon", QStringLiteral("vendor-device=0xc001;reboot"), offOrId);
    refused("command substitution", QStringLiteral("vendor-device=$(reboot)"), offOrId);
    refused("backticks", QStringLiteral("vendor-device=`id`"), offOrId);
    refused("XML markup", QStringLiteral("vendor-device=0xc001'/><qemu:arg value='-S"), offOrId);
    refused("20-digit number", QStringLiteral("vendor-device=99999999999999999999"), offOrId);
    refused("65536", QStringLiteral("vendor-device=65536"), offOrId);
    refused("negative number", QStringLiteral("vendor-device=-1"), offOrId);
    refused("negative hex", QStringLiteral("vendor-device=0x-1"), offOrId);
    refused("plus sign", QStringLiteral("vendor-device=+49153"), offOrId);
    refused("Arabic-Indic digits", QStringLiteral("vendor-device=") + QString::fromUtf8("٤٩١٥٣"), offOrId);
    refused("fullwidth digits", QStringLiteral("vendor-device=") + QString::fromUtf8("０xｃ００１"), offOrId);
    refused("superscript digits", QStringLiteral("vendor-device=") + QString::fromUtf8("¹²³"), offOrId);
    refused("revision 256", QStringLiteral("vendor-device=0xc001:256"), offOrId);
    refused("device ID 0xffff", QStringLiteral("vendor-device=0xffff"),
            QStringLiteral("xen-pvdevice refuses device ID 0xffff (it means unset)"));
    const QString lineBreak = QStringLiteral("the text contains a line break or another control character");
    refused("line break and a second -device", QStringLiteral("vendor-device=0xc001\n-device e1000"), lineBreak,
            QStringLiteral("vendor-device=0xc001\\n-device e1000"));
    refused("trailing line break", QStringLiteral("vendor-device=0xc001\n"), lineBreak,
            QStringLiteral("vendor-device=0xc001\\n"));
    refused("trailing carriage return", QStringLiteral("vendor-device=0xc001\r"), lineBreak,
            QStringLiteral("vendor-device=0xc001\\r"));
    refused("tab", QStringLiteral("vendor-device=0xc001\t"), lineBreak, QStringLiteral("vendor-device=0xc001\\t"));
    refused("NUL", QStringLiteral("vendor-device=0xc001") + QChar(0) + QStringLiteral(",addr=5"), lineBreak,
            QStringLiteral("vendor-device=0xc001\\u0000,addr=5"));
    refused("U+2028 line separator", QStringLiteral("vendor-device=0xc001") + QChar(0x2028), lineBreak,
            QStringLiteral("vendor-device=0xc001\\u2028"));
    refused("line break after a package", QStringLiteral("driver+=xenbus\n"), lineBreak,
            QStringLiteral("driver+=xenbus\\n"));
    refused("line break after windows-update", QStringLiteral("windows-update=automatic\n"), lineBreak,
            QStringLiteral("windows-update=automatic\\n"));
    refused("comma in the platform device", QStringLiteral("platform-device=0x0002,addr=1"),
            QStringLiteral("expected off, default[:REV] or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)"));
    refused("comma in the flavour", QStringLiteral("flavour=qemu-upstream,id=x"),
            QStringLiteral("unknown device model (one of qemu-upstream, qemu-traditional, xenserver, xenserver-trad)"));
    refused("space in a blacklist entry", QStringLiteral("blacklist+=xensource-windows:60 -device e1000"),
            QStringLiteral("expected PRODUCT:BUILD or PRODUCT:FIRST-LAST with a product of Xen's registry and FIRST "
                           "not above LAST"));
    refused("comma in the key", QStringLiteral("vendor-device,id=x=0xc001"),
            QStringLiteral("expected KEY=VALUE (%1)").arg(ConfigChange::usage()));

    // Accepted spellings: the argument carries the canonical form, never the text typed.
    const QString canonical = QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x5853,device-id=0xc001,"
                                             "revision=0x%1");
    QTest::newRow("decimal") << QStringLiteral("vendor-device=49153") << QString()
                             << canonical.arg(QStringLiteral("01"));
    QTest::newRow("upper-case hex with revision")
        << QStringLiteral("vendor-device=0XC001:0X2") << QString() << canonical.arg(QStringLiteral("02"));
    QTest::newRow("30 leading zeros") << QStringLiteral("vendor-device=0x") + QString(30, QLatin1Char('0')) +
                                             QStringLiteral("c001:0x000002")
                                      << QString() << canonical.arg(QStringLiteral("02"));
    QTest::newRow("decimal with leading zeros")
        << QStringLiteral("vendor-device=00049153:0003") << QString() << canonical.arg(QStringLiteral("03"));
}

void tst_HostileInput::argumentsThroughSet()
{
    QFETCH(QString, set);
    QFETCH(QString, error);
    QFETCH(QString, device);
    QString why;
    const auto change = ConfigChange::parse(set, &why);
    if (!error.isEmpty()) {
        QVERIFY(!change);
        QCOMPARE(why, error);
        return;
    }
    QVERIFY2(change, qPrintable(why));
    // A domain without our metadata, so that the push writes our pair anew, in both dialects.
    for (const CommandLineDialect dialect : {CommandLineDialect::Qemu, CommandLineDialect::Xen}) {
        const QString xml = domain({}, kPlainForeign, {}, typeFor(dialect));
        const PushItem item = DomainPush::prepareOn(uriFor(dialect), snapshotOf(xml), {*change});
        QVERIFY2(item.canWrite(), qPrintable(item.refusal));
        const QStringList wanted{QStringLiteral("-device"), device};
        QCOMPARE(item.plan.arguments, wanted);
        QCOMPARE(DomainPatcher::ownArguments(item.newXml, dialect), wanted);
        QCOMPARE(DomainPatcher::foreignArguments(item.newXml, dialect), kForeignArgs);
        QCOMPARE(DomainPatcher::foreignMetadata(item.newXml), DomainPatcher::foreignMetadata(xml));
        QVERIFY(DomainPush::verify(item, item.newXml).isEmpty());
        // Nothing of the text typed but the canonical numbers, in the arguments or in the metadata.
        VmConfig stored;
        QVERIFY(DomainXmlReader::read(item.newXml, stored));
        QVERIFY(stored.metadataErrors.isEmpty());
        QCOMPARE(Realization::arguments(stored, dialect), wanted);
    }
}

void tst_HostileInput::argumentsThroughMetadata_data()
{
    QTest::addColumn<QString>("element");
    /// The error it must report, naming the text.
    QTest::addColumn<QString>("error");
    /// Our -device value the domain's configuration realizes: the bad field at its default.
    QTest::addColumn<QString>("device");

    const QString vendor =
        QStringLiteral("<xp:device-model flavour=\"qemu-upstream\"/><xp:vendor-device enabled=\"yes\" "
                       "vendor-id=\"%1\" device-id=\"%2\" revision=\"%3\"/>");
    const QString canonical = QStringLiteral("xen-pvdevice,id=xpc-vendor,vendor-id=0x%1,device-id=0x%2,revision=0x%3");
    const QList<std::pair<const char*, QString>> values{
        {"comma", QStringLiteral("0xc001,addr=0x5")},
        {"equals", QStringLiteral("0xc001=1")},
        {"space", QStringLiteral("0xc001 -device e1000")},
        {"double quote", QStringLiteral("0xc001&quot;")},
        {"single quote", QStringLiteral("0xc001'")},
        {"line break", QStringLiteral("0xc001&#10;-device e1000")},
        {"semicolon", QStringLiteral("0xc001;reboot")},
        {"command substitution", QStringLiteral("$(reboot)")},
        {"-device", QStringLiteral("-device")},
        {"addr", QStringLiteral("addr=0x5")},
        {"25-digit number", QStringLiteral("9999999999999999999999999")},
        {"negative", QStringLiteral("-16385")},
        {"Devanagari digits", QString::fromUtf8("४९१५३")},
    };
    for (const auto& [name, value] : values) {
        const QString shown = QString(value)
                                  .replace(QLatin1String("&quot;"), QLatin1String("\""))
                                  .replace(QLatin1String("&#10;"), QLatin1String("\n"));
        QTest::addRow("vendor-id %s", name)
            << vendor.arg(value, QStringLiteral("0xc001"), QStringLiteral("0x02"))
            << QStringLiteral("<vendor-device vendor-id=\"%1\">: not a number in 0x0000-0xffff").arg(shown)
            << canonical.arg(QStringLiteral("5853"), QStringLiteral("c001"), QStringLiteral("02"));
        QTest::addRow("device-id %s", name)
            << vendor.arg(QStringLiteral("0x5853"), value, QStringLiteral("0x02"))
            << QStringLiteral("<vendor-device device-id=\"%1\">: not a number in 0x0000-0xffff").arg(shown)
            << canonical.arg(QStringLiteral("5853"), QStringLiteral("c000"), QStringLiteral("02"));
        QTest::addRow("revision %s", name)
            << vendor.arg(QStringLiteral("0x5853"), QStringLiteral("0xc001"), value)
            << QStringLiteral("<vendor-device revision=\"%1\">: not a number in 0x00-0xff").arg(shown)
            << canonical.arg(QStringLiteral("5853"), QStringLiteral("c001"), QStringLiteral("01"));
    }
    // The flavour decides whether there is a -device at all; enabled whether it is added.
    QTest::newRow("flavour with a property")
        << QStringLiteral("<xp:device-model flavour=\"qemu-upstream,id=x\"/><xp:vendor-device enabled=\"yes\"/>")
        << QStringLiteral("<device-model flavour=\"qemu-upstream,id=x\">: unknown device model")
        << canonical.arg(QStringLiteral("5853"), QStringLiteral("c000"), QStringLiteral("01"));
    QTest::newRow("enabled with an argument")
        << QStringLiteral("<xp:vendor-device enabled=\"yes -device e1000\" device-id=\"0xc001\"/>")
        << QStringLiteral("<vendor-device enabled=\"yes -device e1000\">: expected yes or no")
        << canonical.arg(QStringLiteral("5853"), QStringLiteral("c001"), QStringLiteral("01"));
}

void tst_HostileInput::argumentsThroughMetadata()
{
    QFETCH(QString, element);
    QFETCH(QString, error);
    QFETCH(QString, device);
    for (const CommandLineDialect dialect : {CommandLineDialect::Qemu, CommandLineDialect::Xen}) {
        const QString ours =
            QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">%1</xp:platform>")
                .arg(element);
        const QString xml = domain(ours, kPlainForeign, {}, typeFor(dialect));
        VmConfig config;
        QVERIFY(DomainXmlReader::read(xml, config));
        QVERIFY2(config.metadataErrors.join(QLatin1Char('\n')).contains(error),
                 qPrintable(config.metadataErrors.join(QLatin1Char('\n'))));
        QVERIFY(!config.metadataReadOnly);
        const QStringList wanted{QStringLiteral("-device"), device};
        QCOMPARE(Realization::arguments(config, dialect), wanted);

        // The definition lacks the device the metadata asks for, so any push writes our pair (issue 17: a push
        // repairs what boots), from the numbers read, and keeps the bad text where it was (docs/metadata.md:
        // values it could not read stay as they were).
        const auto changes = changesOf({QStringLiteral("windows-update=automatic")});
        const PushItem item = DomainPush::prepareOn(uriFor(dialect), snapshotOf(xml), *changes);
        QVERIFY2(item.canWrite(), qPrintable(item.refusal));
        QCOMPARE(DomainPatcher::ownArguments(item.newXml, dialect), wanted);
        QVERIFY(item.plan.argumentsChanged);
        QCOMPARE(DomainPatcher::foreignArguments(item.newXml, dialect), kForeignArgs);
        VmConfig after;
        QVERIFY(DomainXmlReader::read(item.newXml, after));
        QCOMPARE(after.metadataErrors, config.metadataErrors);

        // A change of the vendor device rewrites the element and the pair, both in canonical form only.
        const auto vendorChange = changesOf({QStringLiteral("vendor-device=0xc002:0x03")});
        const PushItem rewrite = DomainPush::prepareOn(uriFor(dialect), snapshotOf(xml), *vendorChange);
        QVERIFY2(rewrite.canWrite(), qPrintable(rewrite.refusal));
        const QStringList own = DomainPatcher::ownArguments(rewrite.newXml, dialect);
        QCOMPARE(own.size(), 2);
        QCOMPARE(own.at(0), QStringLiteral("-device"));
        QVERIFY2(QRegularExpression(QStringLiteral("^xen-pvdevice,id=xpc-vendor,vendor-id=0x[0-9a-f]{4},"
                                                   "device-id=0xc002,revision=0x03$"))
                     .match(own.at(1))
                     .hasMatch(),
                 qPrintable(own.at(1)));
        QCOMPARE(DomainPatcher::foreignArguments(rewrite.newXml, dialect), kForeignArgs);
        QVERIFY(DomainPush::verify(rewrite, rewrite.newXml).isEmpty());
    }
}

// --- INF and pnputil files --------------------------------------------------------------------------------------

void tst_HostileInput::infFiles_data()
{
    QTest::addColumn<QString>("file");
    /// Empty: the file parses; else the whole error text (InfParser::Error::toString).
    QTest::addColumn<QString>("error");

    QTest::newRow("50 MB INF") << QStringLiteral("big.inf")
                               << QStringLiteral(
                                      "big.inf: The file is larger than 16 MiB, too large for a driver INF.");
    QTest::newRow("16 MiB INF: at the limit, parsed") << QStringLiteral("limit.inf") << QString();
    QTest::newRow("1 MiB of random bytes")
        << QStringLiteral("random.bin")
        << QStringLiteral("random.bin:%1: The file contains a NUL character: it is not text, or UTF-16 without a "
                          "byte-order mark.")
               .arg(m_randomNulLine);
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("utf16le.inf") << QString();
    QTest::newRow("UTF-16BE with BOM") << QStringLiteral("utf16be.inf") << QString();
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("utf8bom.inf") << QString();
    QTest::newRow("UTF-16LE without BOM") << QStringLiteral("utf16le-nobom.inf")
                                          << QStringLiteral("utf16le-nobom.inf:1: The file contains a NUL character: "
                                                            "it is not text, or UTF-16 without a byte-order mark.");
    QTest::newRow("NUL in the middle of a value")
        << QStringLiteral("nul.inf")
        << QStringLiteral(
               "nul.inf:4: The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.");
    QTest::newRow("a line of 10 MB") << QStringLiteral("longline.inf")
                                     << QStringLiteral("longline.inf:13: The line is longer than 65536 characters.");
    QTest::newRow("a comment of 10 MB") << QStringLiteral("longcomment.inf")
                                        << QStringLiteral(
                                               "longcomment.inf:13: The line is longer than 65536 characters.");
    QTest::newRow("Latin-1 bytes (ANSI code page)") << QStringLiteral("latin1.inf") << QString();
}

void tst_HostileInput::infFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    // Small files are written per row; the big ones once in initTestCase.
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (file == QLatin1String("limit.inf")) {
        QByteArray inf = kInfPrologue + "[Files]\r\n";
        const QByteArray copy = "file_with_a_long_name_to_copy.sys,,,0x00004000 ; comment, \"quoted\"\r\n";
        while (inf.size() + copy.size() <= InfParser::kMaxFileSize)
            inf += copy;
        inf += QByteArray(InfParser::kMaxFileSize - inf.size(), ' ');
        QCOMPARE(inf.size(), InfParser::kMaxFileSize);
        write(file, inf);
    } else if (file == QLatin1String("utf16le.inf")) {
        write(file, utf16(kInfPrologue, QStringConverter::Utf16LE));
    } else if (file == QLatin1String("utf16be.inf")) {
        write(file, utf16(kInfPrologue, QStringConverter::Utf16BE));
    } else if (file == QLatin1String("utf8bom.inf")) {
        write(file, "\xef\xbb\xbf" + kInfPrologue);
    } else if (file == QLatin1String("utf16le-nobom.inf")) {
        write(file, utf16(kInfPrologue, QStringConverter::Utf16LE).mid(2));
    } else if (file == QLatin1String("nul.inf")) {
        write(file, QByteArray(kInfPrologue).replace("Provider=%Vendor%", bytes("Provider=Evil\0Vendor")));
    } else if (file == QLatin1String("longline.inf")) {
        write(file, kInfPrologue + "Other=\"" + QByteArray(10 * 1000 * 1000, 'x') + "\"\r\n");
    } else if (file == QLatin1String("longcomment.inf")) {
        write(file, kInfPrologue + "; " + QByteArray(10 * 1000 * 1000, 'x') + "\r\n");
    } else if (file == QLatin1String("latin1.inf")) {
        write(file, QByteArray(kInfPrologue).replace("Example Vendor", "Exampl\xe9 Vendor"));
    }
    const QString path = m_dir.filePath(file);
    QElapsedTimer timer;
    timer.start();
    const InfParser::Result parsed = InfParser::parseFile(path);
    DriverCatalogue catalogue;
    QString importError;
    const bool imported = catalogue.importInf(path, &importError);
    const qint64 elapsed = timer.elapsed();
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->toString() : QString()));
        QVERIFY2(imported, qPrintable(importError));
        QCOMPARE(catalogue.packages().size(), 1);
        QCOMPARE(parsed.value.provider(), tag.startsWith(QLatin1String("Latin-1"))
                                              ? QString::fromUtf8("Exampl\u00e9 Vendor")
                                              : QStringLiteral("Example Vendor"));
        const QList<InfFile::ModelEntry> models = parsed.value.modelEntries(QStringLiteral("Models.NTamd64"));
        QCOMPARE(models.size(), 1);
        QCOMPARE(models.at(0).hardwareId, QStringLiteral("PCI\\VEN_5853&DEV_0001"));
        QCOMPARE(models.at(0).description, QStringLiteral("Example Device"));
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->toString(), error);
        QVERIFY(!imported);
        QCOMPARE(importError, error);
        QVERIFY(catalogue.packages().isEmpty());
    }
    qInfo("%s: %lld ms (parse and import), peak RSS %lld MiB", QTest::currentDataTag(), elapsed, peakRssMiB());
    QVERIFY2(elapsed < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

void tst_HostileInput::pnputilFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("packages");

    QTest::newRow("70 MB of records")
        << QStringLiteral("huge-pnputil.txt")
        << QStringLiteral("huge-pnputil.txt: The file is larger than 64 MiB, too large for pnputil output.") << 0;
    // Below the cap: parsed whole, in bounded time and memory (the figures are in docs/reliability.md).
    QTest::newRow("50 MB of records") << QStringLiteral("big-pnputil.txt") << QString() << m_bigPnputilPackages;
    QTest::newRow("1 MiB of random bytes")
        << QStringLiteral("random.bin")
        << QStringLiteral("random.bin:%1: The file contains a NUL character: it is not text, or UTF-16 without a "
                          "byte-order mark.")
               .arg(m_randomNulLine)
        << 0;
    QTest::newRow("UTF-16LE with BOM (PowerShell's >)") << QStringLiteral("utf16le.txt") << QString() << 5;
    QTest::newRow("NUL in a field")
        << QStringLiteral("nul.txt")
        << QStringLiteral(
               "nul.txt:4: The file contains a NUL character: it is not text, or UTF-16 without a byte-order mark.")
        << 0;
    QTest::newRow("a line of 10 MB") << QStringLiteral("longline.txt")
                                     << QStringLiteral("longline.txt:4: The line is longer than 65536 characters.")
                                     << 0;
}

void tst_HostileInput::pnputilFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    QFETCH(int, packages);
    QFile sampleFile(QStringLiteral(XP_TEST_DATA_DIR "/pnputil/enum-drivers-win11.txt"));
    QVERIFY(sampleFile.open(QIODevice::ReadOnly));
    const QByteArray records = sampleFile.readAll();
    if (file == QLatin1String("utf16le.txt"))
        write(file, utf16(records, QStringConverter::Utf16LE));
    else if (file == QLatin1String("nul.txt"))
        write(file, QByteArray(records).replace("Original Name:      prnms009.inf",
                                                bytes("Original Name:      prn\0ms009.inf")));
    else if (file == QLatin1String("longline.txt"))
        write(file, "Microsoft PnP Utility\n\nPublished Name:     oem4.inf\nProvider Name: " +
                        QByteArray(10 * 1000 * 1000, 'x') + "\n");
    QElapsedTimer timer;
    timer.start();
    const PnputilParser::Result parsed = PnputilParser::parseFile(m_dir.filePath(file));
    const qint64 elapsed = timer.elapsed();
    const QList<PnputilParser::Package> sample = PnputilParser::parse(records, file).value;
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error ? parsed.error->toString() : QString()));
        QCOMPARE(parsed.value.size(), packages);
        for (qsizetype i = 0; i < parsed.value.size(); i += std::max<qsizetype>(1, parsed.value.size() / 100)) {
            PnputilParser::Package expected = sample.at(i % sample.size());
            expected.lineNumber = parsed.value.at(i).lineNumber;
            QCOMPARE(parsed.value.at(i), expected);
        }
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->toString(), error);
        QVERIFY(parsed.value.isEmpty());
    }
    qInfo("%s: %lld ms, peak RSS %lld MiB", QTest::currentDataTag(), elapsed, peakRssMiB());
    QVERIFY2(elapsed < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

// --- xpctl ------------------------------------------------------------------------------------------------------

void tst_HostileInput::xpctl_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString vm = QStringLiteral("erp-db-01");
    QTest::newRow("show --inf 50 MB") << QStringList{QStringLiteral("show"), vm, QStringLiteral("--inf"),
                                                     QStringLiteral("@DIR@/big.inf")}
                                      << 2 << QStringLiteral("xpctl: big.inf: The file is larger than 16 MiB");
    QTest::newRow("preview --inf random bytes")
        << QStringList{QStringLiteral("preview"), vm, QStringLiteral("--inf"), QStringLiteral("@DIR@/random.bin")} << 2
        << QStringLiteral("xpctl: random.bin:%1: The file contains a NUL character").arg(m_randomNulLine);
    QTest::newRow("show --pnputil 70 MB")
        << QStringList{QStringLiteral("show"), vm, QStringLiteral("--pnputil"),
                       QStringLiteral("@DIR@/huge-pnputil.txt")}
        << 2 << QStringLiteral("xpctl: huge-pnputil.txt: The file is larger than 64 MiB");
    QTest::newRow("preview --set with a comma")
        << QStringList{QStringLiteral("preview"), vm, QStringLiteral("--set"),
                       QStringLiteral("vendor-device=0xc000,addr=0x5")}
        << 2 << QStringLiteral("xpctl: --set vendor-device=0xc000,addr=0x5: expected off or ID[:REV]");
    QTest::newRow("apply --set with a line break")
        << QStringList{QStringLiteral("apply"), vm, QStringLiteral("--dry-run"), QStringLiteral("--set"),
                       QStringLiteral("vendor-device=0xc000\n-device e1000")}
        << 2 << QStringLiteral("xpctl: --set vendor-device=0xc000\\n-device e1000: the text contains a line break");
    // libvirt's test driver reads the node file with libxml2, which refuses the bytes before we see them.
    QTest::newRow("node file with invalid UTF-8")
        << QStringList{QStringLiteral("--connect"), QStringLiteral("test://@DIR@/bad-utf8-node.xml"),
                       QStringLiteral("list")}
        << 3
        << QStringLiteral("xpctl: cannot open test://@DIR@/bad-utf8-node.xml: @DIR@/bad-utf8-node.xml:1: Input is not "
                          "proper UTF-8");
    QTest::newRow("node file nested 300 deep")
        << QStringList{QStringLiteral("--connect"), QStringLiteral("test://@DIR@/deep-node.xml"),
                       QStringLiteral("list")}
        << 3 << QStringLiteral("Excessive depth in document");
}

void tst_HostileInput::xpctl()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QByteArray node = "<node><domain type='test'><name>u</name><memory>1024</memory><os><type>hvm</type></os>"
                            "<metadata>@M@</metadata></domain></node>";
    write(QStringLiteral("bad-utf8-node.xml"),
          QByteArray(node).replace("@M@", "<inv:a xmlns:inv='http://example.org/inventory/1'>\xff\xfe</inv:a>"));
    write(QStringLiteral("deep-node.xml"), QByteArray(node).replace("@M@", nested(300).toUtf8()));
    for (QString& arg : args)
        arg.replace(QLatin1String("@DIR@"), m_dir.path());
    message.replace(QLatin1String("@DIR@"), m_dir.path());

    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(CtlApplication(o, e).run(QStringList{QStringLiteral("xpctl")} + args), status);
    const qint64 elapsed = timer.elapsed();
    o.flush();
    e.flush();
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(out.isEmpty(), qPrintable(out.left(500)));
    qInfo("%s: %lld ms", QTest::currentDataTag(), elapsed);
    QVERIFY2(elapsed < kHangMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_HostileInput.moc"
