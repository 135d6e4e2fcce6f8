// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/InfParser.h"
#include "model/binding/PnputilDeviceParser.h"
#include "model/binding/PnputilInput.h"
#include "model/binding/PnputilParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using Kind = PnputilInput::Kind;

namespace {
QByteArray readFixture(const char* name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/pnputil/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray utf16(const QString& text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    return encoder.encode(text);
}

QByteArray utf16WithoutBom(const QString& text)
{
    QStringEncoder encoder(QStringEncoder::Utf16LE);
    return encoder.encode(text);
}

/// -1 for an error, else the Kind.
int kindOf(const PnputilInput::Result& result)
{
    return result.ok() ? int(result.value) : -1;
}

// Localised output. Only the Portuguese field names are confirmed (a capture of the older enum-drivers layout in
// github.com/johnstevenson/pl2303-win10 issue 4); the German and Japanese ones are illustrative, written after the
// English layout. The check does not depend on them: it recognises pnputil's values, which no translation changes.
const QByteArray kGermanDrivers = "Microsoft-PnP-Dienstprogramm\r\n\r\n"
                                  "Veröffentlichter Name:  oem7.inf\r\n"
                                  "Originalname:           xenbus.inf\r\n"
                                  "Anbietername:           XenServer\r\n"
                                  "Klassenname:            System\r\n"
                                  "Klassen-GUID:           {4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
                                  "Treiberversion:         08/20/2025 9.1.0.7\r\n"
                                  "Signaturgebername:      Microsoft Windows Hardware Compatibility Publisher\r\n";
const QByteArray kGermanDevices =
    "Microsoft-PnP-Dienstprogramm\r\n\r\n"
    "Instanz-ID:                 PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18\r\n"
    "Gerätebeschreibung:         XenServer PV Bus (0001)\r\n"
    "Klassenname:                System\r\n"
    "Klassen-GUID:               {4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
    "Herstellername:             XenServer\r\n"
    "Status:                     Gestartet\r\n"
    "Treibername:                oem7.inf\r\n";
// Fullwidth colons, as CJK text may have them.
const QByteArray kJapaneseDrivers = "Microsoft PnP ユーティリティ\r\n\r\n"
                                    "公開名：                   oem7.inf\r\n"
                                    "元の名前：                 xenbus.inf\r\n"
                                    "プロバイダー名：           XenServer\r\n"
                                    "クラス名：                 システム デバイス\r\n"
                                    "クラス GUID：              {4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
                                    "ドライバー バージョン：    08/20/2025 9.1.0.7\r\n"
                                    "署名者名：                 Microsoft Windows Hardware Compatibility Publisher\r\n";
const QByteArray kPortugueseLegacy = "Utilitário PnP da Microsoft\r\n\r\n"
                                     "Nome publicado:            oem42.inf\r\n"
                                     "Provedor de pacotes de drivers:   Prolific\r\n"
                                     "Classe:                     Portas (COM e LPT)\r\n"
                                     "Data e versão do driver:   07/20/2020 3.8.37.0\r\n"
                                     "Nome do signatário:               Microsoft Windows Hardware Compatibility "
                                     "Publisher\r\n";
// Illustrative English output of another command (field names after Microsoft's description of /enum-interfaces).
const QByteArray kEnumInterfaces =
    "Microsoft PnP Utility\r\n\r\n"
    "Interface Path:         \\\\?\\PCI#VEN_5853&DEV_0001#3&267a616a&0&18#"
    "{4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
    "Interface Description:  XenServer PV Bus (0001)\r\n"
    "Interface Class GUID:   {4d36e97d-e325-11ce-bfc1-08002be10318}\r\n"
    "Device Instance ID:     PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18\r\n"
    "Interface Status:       Enabled\r\n";

// Older Windows 10 prints the usage text for /drivers (github.com/johnstevenson/pl2303-legacy issue 5); this one is
// shortened and written after it.
const QByteArray kUsage =
    QByteArray("Microsoft PnP Utility\r\n\r\nPNPUTIL [/add-driver <...> | /delete-driver <...> |\r\n"
               "         /enum-devices [<...>] | /?]\r\n\r\nCommands:\r\n\r\n"
               "  /enum-devices [/connected | /disconnected] [/instanceid <instance ID>]\r\n\r\n"
               "    Enumerate all devices on the system.\r\n\r\n    Examples:\r\n"
               "      Enumerate device with specific instance ID:\r\n"
               "        pnputil /enum-devices /instanceid \"ROOT\\SYSTEM\\0000\"\r\n");

const QString kOtherLanguage = QStringLiteral("in.txt: The file is pnputil output in another language (it has the "
                                              "fields %1): this build reads only the English field names, such as "
                                              "\"Published Name:\" and \"Instance ID:\".");
const QString kNotPnputil = QStringLiteral("in.txt: The file is not pnputil output: none of its lines is a field of "
                                           "pnputil /enum-drivers or /enum-devices, such as \"Published Name:\" or "
                                           "\"Instance ID:\".");
const QString kEmpty = QStringLiteral("in.txt: The file is empty: it holds no pnputil output.");
const QString kNul = QStringLiteral("%1:%2: The file contains a NUL character: it is not text, or UTF-16 without a "
                                    "byte-order mark.");

/// Random bytes, the same every run, with no NUL (a NUL is the other, simpler error).
QByteArray randomBytesWithoutNul(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(18);
    for (char& c : bytes)
        c = char(generator.bounded(1, 256));
    // Not a byte-order mark by chance: the bytes are read as UTF-8, or Latin-1 when they are not UTF-8.
    bytes[0] = 'M';
    bytes[1] = 'Z';
    return bytes;
}

/// Latin-1 characters that are no text: C0 controls other than tab and the line and page breaks, DEL and the C1
/// controls (0x80-0x9f). Counted independently of the classifier, for the expected message.
qsizetype latin1Controls(const QByteArray& bytes)
{
    qsizetype count = 0;
    for (char c : bytes) {
        const uchar u = uchar(c);
        count += (u < 0x20 && u != '\t' && u != '\n' && u != '\v' && u != '\f' && u != '\r') || (u >= 0x7f && u < 0xa0);
    }
    return count;
}
} // namespace

class tst_PnputilInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classify_data();
    void classify();
    void classifyFile_data();
    void classifyFile();
    void parsersRefuseAlike_data();
    void parsersRefuseAlike();
    void wrongCommand();
    void dateAndVersion_data();
    void dateAndVersion();
    void maxFileSize();

private:
    QString write(const QString& name, const QByteArray& data);
    /// Writes @p head, then @p chunk until the file holds at least @p size bytes; returns the size written.
    qint64 fill(const QString& name, const QByteArray& head, const QByteArray& chunk, qint64 size);
    /// Writes @p head and extends the file to @p size bytes without writing them (a sparse file: the rest reads as
    /// NULs, so a reader that reads past the head reports a NUL instead of the size).
    void sparse(const QString& name, const QByteArray& head, qint64 size);

    QTemporaryDir m_dir;
    int m_randomNulLine = 0;
};

QString tst_PnputilInput::write(const QString& name, const QByteArray& data)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

qint64 tst_PnputilInput::fill(const QString& name, const QByteArray& head, const QByteArray& chunk, qint64 size)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(head) != head.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    QByteArray block;
    while (block.size() < 1024 * 1024)
        block += chunk;
    while (file.size() < size)
        if (file.write(block) != block.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.size();
}

void tst_PnputilInput::sparse(const QString& name, const QByteArray& head, qint64 size)
{
    write(name, head);
    if (!QFile::resize(m_dir.filePath(name), size))
        qFatal("cannot extend %s", qPrintable(name));
}

void tst_PnputilInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Generated once per run, never committed.
    const QByteArray devices = readFixture("enum-devices-drivers-win10.txt");
    const QByteArray drivers = readFixture("enum-drivers-win11.txt");
    QVERIFY(!devices.isEmpty() && !drivers.isEmpty());
    QVERIFY(fill(QStringLiteral("devices-50MB.txt"), {}, devices, 50 * 1000 * 1000) >= 50 * 1000 * 1000);
    sparse(QStringLiteral("devices-head-sparse-50MB.txt"), devices, 50 * 1000 * 1000);
    sparse(QStringLiteral("drivers-head-sparse-50MB.txt"), drivers, 50 * 1000 * 1000);
    sparse(QStringLiteral("drivers-head-sparse-70MB.txt"), drivers, 70 * 1000 * 1000);

    // More than the head, cut inside a character: valid UTF-8 must not turn into Latin-1 (and look binary).
    QByteArray japanese = kJapaneseDrivers;
    while (japanese.size() <= 2 * PnputilInput::kHeadSize)
        japanese += "\r\n" + kJapaneseDrivers.mid(kJapaneseDrivers.indexOf("\r\n\r\n") + 4);
    while ((uchar(japanese.at(PnputilInput::kHeadSize)) & 0xc0) != 0x80)
        japanese.prepend(' ');
    write(QStringLiteral("japanese-utf8.txt"), japanese);

    // UTF-16 longer than the head, cut after an odd number of bytes.
    QString wide = InfParser::decode(readFixture("enum-devices-drivers-win11.txt"));
    const QString records = wide.mid(wide.indexOf(QLatin1String("Instance ID:")));
    while (wide.size() <= PnputilInput::kHeadSize)
        wide += QLatin1String("\r\n") + records;
    write(QStringLiteral("devices-utf16.txt"), utf16(wide));

    QByteArray random(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(8);
    for (char& c : random)
        c = char(generator.bounded(256));
    random[0] = 'M';
    random[1] = 'Z';
    write(QStringLiteral("random.bin"), random);
    m_randomNulLine = int(random.left(random.indexOf('\0')).count('\n')) + 1;
}

void tst_PnputilInput::classify_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");

    QTest::newRow("enum-drivers-legacy.txt")
        << readFixture("enum-drivers-legacy.txt") << int(Kind::EnumDrivers) << QString();
    QTest::newRow("enum-drivers-win11.txt")
        << readFixture("enum-drivers-win11.txt") << int(Kind::EnumDrivers) << QString();
    QTest::newRow("enum-devices-drivers-win10.txt")
        << readFixture("enum-devices-drivers-win10.txt") << int(Kind::EnumDevices) << QString();
    QTest::newRow("enum-devices-drivers-win11.txt (UTF-16LE)")
        << readFixture("enum-devices-drivers-win11.txt") << int(Kind::EnumDevices) << QString();
    QTest::newRow("enum-devices-win10.txt (no /drivers)")
        << readFixture("enum-devices-win10.txt") << int(Kind::EnumDevices) << QString();
    QTest::newRow("title only") << QByteArray("Microsoft PnP Utility\r\n\r\n") << int(Kind::NoRecords) << QString();
    QTest::newRow("localised title only")
        << QByteArray("Microsoft-PnP-Dienstprogramm\r\n\r\n") << int(Kind::NoRecords) << QString();
    // A first record without its key still tells the command, so that its parser names the missing key.
    QTest::newRow("drivers record without published name")
        << QByteArray("Original Name: xenbus.inf\nProvider Name: XenServer\n") << int(Kind::EnumDrivers) << QString();
    QTest::newRow("devices record without instance ID")
        << QByteArray("Device Description: Xen\nStatus: Started\n") << int(Kind::EnumDevices) << QString();

    QTest::newRow("empty") << QByteArray() << -1 << kEmpty;
    QTest::newRow("blank lines only") << QByteArray("\r\n \r\n\t\n") << -1 << kEmpty;
    QTest::newRow("UTF-8 byte-order mark only") << QByteArray("\xef\xbb\xbf") << -1 << kEmpty;
    QTest::newRow("UTF-16LE without byte-order mark") << utf16WithoutBom(QStringLiteral("Microsoft PnP Utility\r\n"))
                                                      << -1 << kNul.arg(QStringLiteral("in.txt")).arg(1);
    QTest::newRow("NUL on line 3") << QByteArray("Microsoft PnP Utility\n\nPublished Name: oem") + '\0' +
                                          QByteArray(".inf\n")
                                   << -1 << kNul.arg(QStringLiteral("in.txt")).arg(3);
    QByteArray controls;
    for (int i = 0; i < 100; ++i)
        controls += "\x01"
                    "A";
    QTest::newRow("half control characters")
        << controls << -1
        << QStringLiteral("in.txt: The file is not text: 100 of its first 200 characters are control characters or no "
                          "characters at all.");
    const QByteArray random = randomBytesWithoutNul(4096);
    QTest::newRow("4 KiB of random bytes without NUL")
        << random << -1
        << QStringLiteral("in.txt: The file is not text: %1 of its first 4096 characters are control characters or no "
                          "characters at all.")
               .arg(latin1Controls(random));

    QTest::newRow("plain text") << QByteArray("Hello.\nThis is a note about the guest's drivers.\n") << -1
                                << kNotPnputil;
    QTest::newRow("name: value text") << QByteArray("name: xpconsole\nversion: 1.0\nlicense: GPL-2.0-or-later\n") << -1
                                      << kNotPnputil;
    QTest::newRow("systeminfo output")
        << QByteArray("Host Name:                 WIN11-XEN\r\nOS Name:                   Microsoft Windows 11 Pro\r\n"
                      "OS Version:                10.0.22631 N/A Build 22631\r\n")
        << -1 << kNotPnputil;
    QTest::newRow("a driver INF") << readFixture("../inf/xenbus-vendor.inf") << -1 << kNotPnputil;

    QTest::newRow("German enum-drivers")
        << kGermanDrivers << -1
        << kOtherLanguage.arg(
               QStringLiteral("\"Veröffentlichter Name\", \"Originalname\", \"Klassen-GUID\", \"Treiberversion\""));
    QTest::newRow("German enum-devices")
        << kGermanDevices << -1
        << kOtherLanguage.arg(
               QStringLiteral("\"Instanz-ID\", \"Klassen-GUID\", \"Treibername\", \"Gerätebeschreibung\""));
    QTest::newRow("German enum-devices as UTF-16LE")
        << utf16(QString::fromUtf8(kGermanDevices)) << -1
        << kOtherLanguage.arg(
               QStringLiteral("\"Instanz-ID\", \"Klassen-GUID\", \"Treibername\", \"Gerätebeschreibung\""));
    QTest::newRow("Japanese enum-drivers")
        << kJapaneseDrivers << -1
        << kOtherLanguage.arg(QStringLiteral("\"公開名\", \"元の名前\", \"クラス GUID\", \"ドライバー バージョン\""));
    QTest::newRow("Portuguese enum-drivers, older layout")
        << kPortugueseLegacy << -1
        << kOtherLanguage.arg(QStringLiteral(
               "\"Nome publicado\", \"Data e versão do driver\", \"Provedor de pacotes de drivers\", \"Classe\""));
    QTest::newRow("usage text")
        << kUsage << -1
        << QStringLiteral("in.txt: The file is pnputil's usage text, which it prints for a command or flag its "
                          "Windows does not know: /enum-devices needs Windows 10 1903 or later, its /drivers flag "
                          "Windows 10 2004 or later.");
    QTest::newRow("English output of another command")
        << kEnumInterfaces << -1
        << QStringLiteral("in.txt: The file is pnputil output, but of another command than /enum-drivers or "
                          "/enum-devices (it has the fields \"Interface Class GUID\", \"Device Instance ID\", "
                          "\"Interface Path\", \"Interface Description\").");
}

void tst_PnputilInput::classify()
{
    QFETCH(QByteArray, data);
    QFETCH(int, kind);
    QFETCH(QString, error);
    const PnputilInput::Result result = PnputilInput::classify(data, QStringLiteral("in.txt"));
    QCOMPARE(result.error ? result.error->toString() : QString(), error);
    QCOMPARE(kindOf(result), kind);
}

void tst_PnputilInput::classifyFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");

    // Refused by its size once the head tells the command; the sparse file shows nothing past the head is read.
    const QString devicesTooLarge = QStringLiteral("%1: The file is larger than 16 MiB, too large for pnputil output.");
    QTest::newRow("50 MB of enum-devices output")
        << QStringLiteral("devices-50MB.txt") << -1 << devicesTooLarge.arg(QStringLiteral("devices-50MB.txt"));
    QTest::newRow("enum-devices head, 50 MB sparse")
        << QStringLiteral("devices-head-sparse-50MB.txt") << -1
        << devicesTooLarge.arg(QStringLiteral("devices-head-sparse-50MB.txt"));
    // PnputilParser reads up to 64 MiB (tst_HostileInput parses 50 MB of it).
    QTest::newRow("enum-drivers head, 50 MB sparse")
        << QStringLiteral("drivers-head-sparse-50MB.txt") << int(Kind::EnumDrivers) << QString();
    QTest::newRow("enum-drivers head, 70 MB sparse")
        << QStringLiteral("drivers-head-sparse-70MB.txt") << -1
        << QStringLiteral(
               "drivers-head-sparse-70MB.txt: The file is larger than 64 MiB, too large for pnputil output.");
    QTest::newRow("UTF-8 cut inside a character at the head's end")
        << QStringLiteral("japanese-utf8.txt") << -1
        << kOtherLanguage.arg(QStringLiteral("\"公開名\", \"元の名前\", \"クラス GUID\", \"ドライバー バージョン\""))
               .replace(QLatin1String("in.txt"), QLatin1String("japanese-utf8.txt"));
    QTest::newRow("UTF-16 cut inside a character at the head's end")
        << QStringLiteral("devices-utf16.txt") << int(Kind::EnumDevices) << QString();
    QTest::newRow("1 MiB of random bytes")
        << QStringLiteral("random.bin") << -1 << kNul.arg(QStringLiteral("random.bin")).arg(m_randomNulLine);
}

void tst_PnputilInput::classifyFile()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    const PnputilInput::Result result = PnputilInput::classifyFile(m_dir.filePath(file));
    QCOMPARE(result.error ? result.error->toString() : QString(), error);
    QCOMPARE(kindOf(result), kind);
    // Only the head is read, whatever the size (a hang detector, not a benchmark).
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));

    // The parser of the kind refuses the same files, and a file too large for it before reading anything.
    if (kind == int(Kind::EnumDevices) || error.contains(QLatin1String("16 MiB"))) {
        const PnputilDeviceParser::Result parsed = PnputilDeviceParser::parseFile(m_dir.filePath(file));
        QCOMPARE(parsed.error ? parsed.error->toString() : QString(), error);
        QCOMPARE(parsed.value.isEmpty(), !error.isEmpty());
    }
}

void tst_PnputilInput::parsersRefuseAlike_data()
{
    QTest::addColumn<QByteArray>("data");

    // Both parsers give PnputilInput's error for what is not their output. Before, PnputilParser said "no published
    // name" for the German file and took the others (no field it knew) for an empty driver store.
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain text") << QByteArray("Hello.\n");
    QTest::newRow("half control characters") << QByteArray("\x01"
                                                           "A\x02"
                                                           "B");
    QTest::newRow("German enum-drivers") << kGermanDrivers;
    QTest::newRow("German enum-devices") << kGermanDevices;
    QTest::newRow("Japanese enum-drivers") << kJapaneseDrivers;
    QTest::newRow("English output of another command") << kEnumInterfaces;
    QTest::newRow("usage text") << kUsage;
}

void tst_PnputilInput::parsersRefuseAlike()
{
    QFETCH(QByteArray, data);
    const PnputilInput::Result classified = PnputilInput::classify(data, QStringLiteral("in.txt"));
    QVERIFY(classified.error);
    const PnputilParser::Result drivers = PnputilParser::parse(data, QStringLiteral("in.txt"));
    QCOMPARE(drivers.error, classified.error);
    QVERIFY(drivers.value.isEmpty());
    const PnputilDeviceParser::Result devices = PnputilDeviceParser::parse(data, QStringLiteral("in.txt"));
    QCOMPARE(devices.error, classified.error);
    QVERIFY(devices.value.isEmpty());
}

void tst_PnputilInput::wrongCommand()
{
    const PnputilParser::Result drivers =
        PnputilParser::parse(readFixture("enum-devices-drivers-win10.txt"), QStringLiteral("devices.txt"));
    QCOMPARE(drivers.error ? drivers.error->toString() : QString(),
             QStringLiteral("devices.txt: The file is the output of pnputil /enum-devices; here the output of pnputil "
                            "/enum-drivers is read."));
    const PnputilDeviceParser::Result devices =
        PnputilDeviceParser::parse(readFixture("enum-drivers-legacy.txt"), QStringLiteral("drivers.txt"));
    QCOMPARE(devices.error ? devices.error->toString() : QString(),
             QStringLiteral("drivers.txt: The file is the output of pnputil /enum-drivers; here the output of pnputil "
                            "/enum-devices is read."));
    // The title alone is either command's output when nothing is listed.
    QVERIFY(!PnputilInput::wrongCommand(Kind::NoRecords, Kind::EnumDrivers, QStringLiteral("x")));
    QVERIFY(!PnputilInput::wrongCommand(Kind::NoRecords, Kind::EnumDevices, QStringLiteral("x")));
    QVERIFY(!PnputilInput::wrongCommand(Kind::EnumDevices, Kind::EnumDevices, QStringLiteral("x")));
}

void tst_PnputilInput::dateAndVersion_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // "yyyy-mm-dd version", empty when refused

    // pnputil prints an INF's DriverVer as mm/dd/yyyy and the version (README: the sources).
    QTest::newRow("four parts") << QStringLiteral("08/20/2025 9.1.0.7") << QStringLiteral("2025-08-20 9.1.0.7");
    QTest::newRow("one-digit month and day, one part")
        << QStringLiteral("8/2/2025 1") << QStringLiteral("2025-08-02 1");
    QTest::newRow("two spaces") << QStringLiteral("08/20/2025  9.1.0.7") << QStringLiteral("2025-08-20 9.1.0.7");
    QTest::newRow("part of 65535") << QStringLiteral("06/21/2006 10.0.65535.1")
                                   << QStringLiteral("2006-06-21 10.0.65535.1");
    QTest::newRow("day first") << QStringLiteral("20.08.2025 9.1.0.7") << QString();
    QTest::newRow("February 30") << QStringLiteral("02/30/2025 1.0") << QString();
    QTest::newRow("part over 65535") << QStringLiteral("08/20/2025 1.70000") << QString();
    QTest::newRow("five parts") << QStringLiteral("08/20/2025 1.2.3.4.5") << QString();
    QTest::newRow("no version") << QStringLiteral("08/20/2025") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_PnputilInput::dateAndVersion()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const std::optional<PnputilInput::DateAndVersion> parsed = PnputilInput::dateAndVersion(value);
    QCOMPARE(parsed ? parsed->date.toString(Qt::ISODate) + QLatin1Char(' ') + parsed->version.toString() : QString(),
             expected);
}

void tst_PnputilInput::maxFileSize()
{
    QCOMPARE(PnputilInput::maxFileSize(Kind::EnumDrivers), PnputilParser::kMaxFileSize);
    QCOMPARE(PnputilInput::maxFileSize(Kind::EnumDevices), PnputilDeviceParser::kMaxFileSize);
    QCOMPARE(PnputilInput::maxFileSize(Kind::NoRecords), PnputilParser::kMaxFileSize);
    // 50 MB of /enum-devices output is refused, 50 MB of /enum-drivers output is read (tst_HostileInput).
    QVERIFY(PnputilDeviceParser::kMaxFileSize < 50 * 1000 * 1000);
    QVERIFY(PnputilParser::kMaxFileSize > 50 * 1000 * 1000);
}

QTEST_GUILESS_MAIN(tst_PnputilInput)
#include "tst_PnputilInput.moc"
