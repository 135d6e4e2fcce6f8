// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/DriverRank.h"
#include "model/binding/InfParser.h"
#include "model/binding/PciIds.h"

#include <QTest>

using Kind = DriverRank::MatchKind;
using Signer = DriverRank::Signer;

Q_DECLARE_METATYPE(DriverRank::MatchKind)
Q_DECLARE_METATYPE(DriverRank::Signer)

namespace {
QString fixture(const QString& name)
{
    return QStringLiteral(XP_TEST_DATA_DIR "/inf/") + name;
}

/// The PCI functions of facts §7.1/§8: upstream platform device 0001 (rev 1, class FF80),
/// XenServer's platform device 0002 (rev 2, class 0100) and the vendor device C000 (class 0880).
PciIds::Function xenDevice(const QString& name)
{
    PciIds::Function f;
    f.vendorId = 0x5853;
    f.subsystemVendorId = 0x5853;
    if (name == QLatin1String("0001")) {
        f.deviceId = f.subsystemId = 0x0001;
        f.revision = 0x01;
        f.baseClass = 0xff;
        f.subClass = 0x80;
    } else if (name == QLatin1String("0002")) {
        f.deviceId = f.subsystemId = 0x0002;
        f.revision = 0x02;
        f.baseClass = 0x01;
    } else {
        f.deviceId = f.subsystemId = 0xc000;
        f.revision = name == QLatin1String("C000-rev02") ? 0x02 : 0x01;
        f.baseClass = 0x08;
        f.subClass = 0x80;
    }
    return f;
}
} // namespace

class tst_DriverRank : public QObject
{
    Q_OBJECT

private slots:
    void xenbusIdentifierScores_data();
    void xenbusIdentifierScores();
    void matchKinds_data();
    void matchKinds();
    void composition();
    void signatureScores_data();
    void signatureScores();
    void signerFromName_data();
    void signerFromName();
    void unconfirmedFactsAreFlagged();
};

void tst_DriverRank::xenbusIdentifierScores_data()
{
    QTest::addColumn<QString>("inf");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("infId");
    const QString vendor = QStringLiteral("xenbus-vendor.inf");
    const QString upstream = QStringLiteral("xenbus-upstream.inf");
    const QString old = QStringLiteral("xenbus-2015.inf");
    const QString win10 = QStringLiteral("10.0.19045");
    const QString win7 = QStringLiteral("6.1.7601");
    const QString c000 = QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01");
    const QString dev2 = QStringLiteral("PCI\\VEN_5853&DEV_0002");
    const QString dev1 = QStringLiteral("PCI\\VEN_5853&DEV_0001");
    // facts §7.2, derived for the current xenbus INF (vendor build, one Models entry).
    QTest::newRow("facts-7.2-current-c000-win10")
        << vendor << "C000" << win10 << Kind::HardwareToHardware << 0x0000 << c000;
    QTest::newRow("facts-7.2-current-0002-win10")
        << vendor << "0002" << win10 << Kind::CompatibleToCompatible << 0x3001 << dev2;
    QTest::newRow("facts-7.2-current-0001-win10-unconfirmed-k")
        << vendor << "0001" << win10 << Kind::CompatibleToCompatible << 0x3101 << dev1;
    // facts §7.2: upstream build without vendor ID.
    QTest::newRow("facts-7.2-upstream-0002-win10")
        << upstream << "0002" << win10 << Kind::CompatibleToHardware << 0x2001 << dev2;
    QTest::newRow("facts-7.2-upstream-0001-win10-unconfirmed-k")
        << upstream << "0001" << win10 << Kind::CompatibleToCompatible << 0x3001 << dev1;
    // facts §7.2: pre-2025 INF, one line per ID.
    QTest::newRow("facts-7.2-pre-2025-0001-win10")
        << old << "0001" << win10 << Kind::CompatibleToHardware << 0x2001 << dev1;
    QTest::newRow("facts-7.2-pre-2025-0002-win10")
        << old << "0002" << win10 << Kind::CompatibleToHardware << 0x2001 << dev2;
    QTest::newRow("facts-7.2-pre-2025-0001-win7")
        << old << "0001" << win7 << Kind::HardwareToHardware << 0x0003 << dev1;
    QTest::newRow("facts-7.2-pre-2025-0002-win7")
        << old << "0002" << win7 << Kind::HardwareToHardware << 0x0003 << dev2;
    // Derived from the §7.2 rules (not listed in the facts): on Windows 7 VEN&DEV is hardware ID #3,
    // and it meets the current INF's compatible IDs.
    QTest::newRow("derived-7.2-current-c000-win7")
        << vendor << "C000" << win7 << Kind::HardwareToHardware << 0x0000 << c000;
    QTest::newRow("derived-7.2-current-0002-win7")
        << vendor << "0002" << win7 << Kind::HardwareToCompatible << 0x1003 << dev2;
    QTest::newRow("derived-7.2-current-0001-win7")
        << vendor << "0001" << win7 << Kind::HardwareToCompatible << 0x1003 << dev1;
    // facts §6.1: a vendor device with revision other than 01 does not match this INF at all.
    QTest::newRow("facts-6.1-c000-rev02-no-match") << vendor << "C000-rev02" << win10 << Kind::None << 0 << QString();
    QTest::newRow("facts-6.1-upstream-no-c000") << upstream << "C000" << win10 << Kind::None << 0 << QString();
}

void tst_DriverRank::xenbusIdentifierScores()
{
    QFETCH(QString, inf);
    QFETCH(QString, device);
    QFETCH(QString, windows);
    QFETCH(Kind, kind);
    QFETCH(int, score);
    QFETCH(QString, infId);
    const InfParser::Result parsed = InfParser::parseFile(fixture(inf));
    QVERIFY(parsed.ok());
    const WindowsVersion version = *WindowsVersion::parse(windows);
    const PciIds ids = PciIds::forFunction(xenDevice(device), version);
    // Several Models entries (pre-2025 INF) compete; the best one counts.
    DriverRank::IdentifierMatch best;
    for (const InfFile::ModelEntry& entry : parsed.value.modelsFor(version)) {
        const DriverRank::IdentifierMatch match =
            DriverRank::matchIdentifiers(ids.hardwareIds(), ids.compatibleIds(), entry.hardwareId, entry.compatibleIds);
        if (match.matched() && (!best.matched() || match.score < best.score))
            best = match;
    }
    QCOMPARE(best.kind, kind);
    QCOMPARE(int(best.score), score);
    QCOMPARE(best.infId, infId);
}

void tst_DriverRank::matchKinds_data()
{
    QTest::addColumn<QStringList>("hardware");
    QTest::addColumn<QStringList>("compatible");
    QTest::addColumn<QString>("infHardware");
    QTest::addColumn<QStringList>("infCompatible");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("score");
    QTest::addColumn<int>("devicePosition");
    QTest::addColumn<int>("infPosition");
    const QStringList hw{QStringLiteral("H0"), QStringLiteral("H1"), QStringLiteral("H2")};
    const QStringList cid{QStringLiteral("C0"), QStringLiteral("C1"), QStringLiteral("C2")};
    // facts §7.2: the four match types and their ranges.
    QTest::newRow("facts-7.2-hw-to-hw") << hw << cid << QStringLiteral("H2") << QStringList{}
                                        << Kind::HardwareToHardware << 0x0002 << 2 << -1;
    QTest::newRow("facts-7.2-hw-to-compat") << hw << cid << QStringLiteral("X") << QStringList{QStringLiteral("H1")}
                                            << Kind::HardwareToCompatible << 0x1001 << 1 << 0;
    QTest::newRow("facts-7.2-compat-to-hw")
        << hw << cid << QStringLiteral("C2") << QStringList{} << Kind::CompatibleToHardware << 0x2002 << 2 << -1;
    QTest::newRow("facts-7.2-compat-to-compat")
        << hw << cid << QStringLiteral("X")
        << QStringList{QStringLiteral("Y"), QStringLiteral("Z"), QStringLiteral("C1")} << Kind::CompatibleToCompatible
        << 0x3201 << 1 << 2;
    // The best type wins even when a worse type would match earlier in the lists.
    QTest::newRow("hardware-match-beats-earlier-compatible")
        << hw << cid << QStringLiteral("H2") << QStringList{QStringLiteral("H0")} << Kind::HardwareToHardware << 0x0002
        << 2 << -1;
    QTest::newRow("lowest-k-wins") << hw << cid << QStringLiteral("X")
                                   << QStringList{QStringLiteral("C2"), QStringLiteral("C0")}
                                   << Kind::CompatibleToCompatible << 0x3002 << 2 << 0;
    // facts §7.2 (PnP IDs compare case-insensitively).
    QTest::newRow("facts-7.2-case-insensitive")
        << QStringList{QStringLiteral("PCI\\VEN_5853&DEV_C000")} << QStringList{}
        << QStringLiteral("pci\\ven_5853&dev_c000") << QStringList{} << Kind::HardwareToHardware << 0x0000 << 0 << -1;
    QTest::newRow("nothing-matches") << hw << cid << QStringLiteral("X") << QStringList{QStringLiteral("Y")}
                                     << Kind::None << 0 << -1 << -1;
}

void tst_DriverRank::matchKinds()
{
    QFETCH(QStringList, hardware);
    QFETCH(QStringList, compatible);
    QFETCH(QString, infHardware);
    QFETCH(QStringList, infCompatible);
    QFETCH(Kind, kind);
    QFETCH(int, score);
    QFETCH(int, devicePosition);
    QFETCH(int, infPosition);
    const DriverRank::IdentifierMatch match =
        DriverRank::matchIdentifiers(hardware, compatible, infHardware, infCompatible);
    QCOMPARE(match.kind, kind);
    QCOMPARE(int(match.score), score);
    QCOMPARE(match.devicePosition, devicePosition);
    QCOMPARE(match.infPosition, infPosition);
}

void tst_DriverRank::composition()
{
    // facts §7.2: 0xSSGGTHHH.
    const DriverRank rank(0x00, 0xfe, 0x3001);
    QCOMPARE(rank.value(), 0x00fe3001u);
    QCOMPARE(rank.toString(), QStringLiteral("0x00FE3001"));
    QCOMPARE(int(rank.signatureScore()), 0x00);
    QCOMPARE(int(rank.featureScore()), 0xfe);
    QCOMPARE(int(rank.identifierScore()), 0x3001);
    QCOMPARE(DriverRank(0x0d, 0xff, 0).toString(), QStringLiteral("0x0DFF0000"));
    // FeatureScore 0xFE outranks the default 0xFF whatever the identifier score.
    QVERIFY(DriverRank(0, 0xfe, 0x3101) < DriverRank(0, 0xff, 0x0000));
    QVERIFY(DriverRank(0, 0xff, 0x0000) < DriverRank(0x80, 0x00, 0x0000));
}

void tst_DriverRank::signatureScores_data()
{
    QTest::addColumn<Signer>("better");
    QTest::addColumn<bool>("betterNt");
    QTest::addColumn<Signer>("worse");
    QTest::addColumn<bool>("worseNt");
    QTest::addColumn<bool>("allSignersEqual");
    QTest::addColumn<bool>("equal");
    // facts §7.2: trusted, then unsigned with .nt DDInstall, then unsigned without, then unknown.
    QTest::newRow("facts-7.2-trusted-beats-unsigned-nt")
        << Signer::Authenticode << false << Signer::Unsigned << true << true << false;
    QTest::newRow("facts-7.2-unsigned-nt-beats-unsigned")
        << Signer::Unsigned << true << Signer::Unsigned << false << true << false;
    QTest::newRow("facts-7.2-unsigned-beats-unknown")
        << Signer::Unsigned << false << Signer::Unknown << true << true << false;
    // facts §7.2: AllSignersEqual makes all signatures equal.
    QTest::newRow("facts-7.2-all-signers-equal-whql-authenticode")
        << Signer::Whql << false << Signer::Authenticode << false << true << true;
    QTest::newRow("facts-7.2-all-signers-equal-inbox-whql")
        << Signer::Inbox << false << Signer::Whql << true << true << true;
    QTest::newRow("policy-off-microsoft-beats-authenticode")
        << Signer::Whql << false << Signer::Authenticode << false << false << false;
    QTest::newRow("policy-off-authenticode-still-beats-unsigned")
        << Signer::Authenticode << false << Signer::Unsigned << true << false << false;
}

void tst_DriverRank::signatureScores()
{
    QFETCH(Signer, better);
    QFETCH(bool, betterNt);
    QFETCH(Signer, worse);
    QFETCH(bool, worseNt);
    QFETCH(bool, allSignersEqual);
    QFETCH(bool, equal);
    const quint8 a = DriverRank::signatureScore(better, betterNt, allSignersEqual);
    const quint8 b = DriverRank::signatureScore(worse, worseNt, allSignersEqual);
    if (equal)
        QCOMPARE(a, b);
    else
        QVERIFY2(a < b, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
}

void tst_DriverRank::signerFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Signer>("signer");
    QTest::newRow("whql") << QStringLiteral("Microsoft Windows Hardware Compatibility Publisher") << Signer::Whql;
    QTest::newRow("inbox") << QStringLiteral("microsoft windows") << Signer::Inbox;
    QTest::newRow("third-party") << QStringLiteral("Citrix Systems, Inc.") << Signer::Authenticode;
    QTest::newRow("empty") << QString() << Signer::Unknown;
}

void tst_DriverRank::signerFromName()
{
    QFETCH(QString, name);
    QFETCH(Signer, signer);
    QCOMPARE(DriverRank::signerFromName(name), signer);
}

void tst_DriverRank::unconfirmedFactsAreFlagged()
{
    // facts §7.2: the SS constants are UNCONFIRMED; facts §10.7 (Microsoft's "Driver Rank Example": INF_CID_1 ->
    // 0x3000 + j) settled the INF compatible-ID numbering at k = 0.
    QVERIFY(!DriverRank::kSignatureScoresConfirmed);
    QVERIFY(DriverRank::kInfCompatibleIdNumberingConfirmed);
    QVERIFY(DriverRank::kInfCompatibleIdsCountFromZero);
    DriverRank::IdentifierMatch match;
    match.kind = Kind::CompatibleToCompatible;
    QVERIFY(!match.dependsOnUnconfirmedNumbering());
    match.kind = Kind::CompatibleToHardware;
    QVERIFY(!match.dependsOnUnconfirmedNumbering());
}

QTEST_GUILESS_MAIN(tst_DriverRank)
#include "tst_DriverRank.moc"
