// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/DriverSelection.h"
#include "model/binding/InfParser.h"
#include "model/binding/PciIds.h"

#include <QFile>
#include <QTest>

using Outcome = DriverSelection::Outcome;
using Signer = DriverRank::Signer;

namespace {
QByteArray readInf(const char* name)
{
    QFile file(QStringLiteral(XP_TEST_DATA_DIR "/inf/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A fixture INF, optionally with another DriverVer line, as a package.
DriverSelection::Package package(const char* id, const char* inf, Signer signer, const QByteArray& driverVer = {})
{
    QByteArray text = readInf(inf);
    if (!driverVer.isEmpty()) {
        const qsizetype start = text.indexOf("DriverVer=");
        text.replace(start, text.indexOf('\n', start) - start, "DriverVer=" + driverVer);
    }
    const InfParser::Result parsed = InfParser::parse(text, QString::fromLatin1(inf));
    return DriverSelection::Package{QString::fromLatin1(id), parsed.value, signer};
}

PciIds xenDevice(quint16 id, quint8 revision, const WindowsVersion& windows)
{
    PciIds::Function f;
    f.vendorId = f.subsystemVendorId = 0x5853;
    f.deviceId = f.subsystemId = id;
    f.revision = revision;
    f.baseClass = 0xff;
    f.subClass = 0x80;
    return PciIds::forFunction(f, windows);
}

/// "package rank outcome" per candidate, best first.
QStringList table(const DriverSelection::Result& result)
{
    QStringList rows;
    for (const DriverSelection::Candidate& candidate : result.candidates)
        rows << QStringLiteral("%1 %2 %3")
                    .arg(candidate.packageId, candidate.rank.toString(),
                         DriverSelection::outcomeName(candidate.outcome));
    return rows;
}
} // namespace

class tst_DriverSelection : public QObject
{
    Q_OBJECT

private slots:
    void select_data();
    void select();
    void candidateDetails();
    void reasons();
    void noCandidates();
};

void tst_DriverSelection::select_data()
{
    QTest::addColumn<QList<DriverSelection::Package>>("packages");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<QString>("windows");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("arbitrary");
    QTest::addColumn<bool>("unconfirmed");
    const auto vendor = package("vendor", "xenbus-vendor.inf", Signer::Whql);
    const auto old = package("old", "xenbus-2015.inf", Signer::Whql);
    const auto upstream = package("upstream", "xenbus-upstream.inf", Signer::Authenticode);
    const QString win10 = QStringLiteral("10.0.19045");
    const QString win7 = QStringLiteral("6.1.7601");

    // The last column stays false: facts §10.7 settled the INF compatible-ID numbering (k = 0), which was the only
    // unconfirmed part of an identifier score.
    // facts §6.1/§7.2: FeatureScore 0xFE lets the compatible-ID match beat the old INF's 0xFF.
    QTest::newRow("facts-7.2-feature-score-compensates-0001-win10")
        << QList<DriverSelection::Package>{old, vendor} << 0x0001 << win10
        << QStringList{QStringLiteral("vendor 0x00FE3101 selected"), QStringLiteral("old 0x00FF2001 worse rank")}
        << false << false;
    QTest::newRow("facts-7.2-feature-score-compensates-0001-win7")
        << QList<DriverSelection::Package>{old, vendor} << 0x0001 << win7
        << QStringList{QStringLiteral("vendor 0x00FE1003 selected"), QStringLiteral("old 0x00FF0003 worse rank")}
        << false << false;
    // facts §7.2: with AllSignersEqual, WHQL and Authenticode tie on SS; upstream's 0x2001 wins on 0002.
    QTest::newRow("facts-7.2-upstream-hardware-id-beats-vendor-compat-0002")
        << QList<DriverSelection::Package>{vendor, upstream} << 0x0002 << win10
        << QStringList{QStringLiteral("upstream 0x00FE2001 selected"), QStringLiteral("vendor 0x00FE3001 worse rank")}
        << false << false;
    QTest::newRow("facts-7.2-vendor-device-hardware-match")
        << QList<DriverSelection::Package>{upstream, vendor, old} << 0xc000 << win10
        << QStringList{QStringLiteral("vendor 0x00FE0000 selected"), QStringLiteral("old 0x00FF0000 worse rank")}
        << false << false;
    // facts §7.2: ties go to the newer DriverVer date, then the higher version, then arbitrary.
    QTest::newRow("facts-7.2-tie-newer-date-wins")
        << QList<DriverSelection::Package>{package("older", "xenbus-vendor.inf", Signer::Whql, "01/01/2025,9.9.0.0"),
                                           package("newer", "xenbus-vendor.inf", Signer::Whql, "02/01/2025,9.0.0.0")}
        << 0x0002 << win10
        << QStringList{QStringLiteral("newer 0x00FE3001 selected"), QStringLiteral("older 0x00FE3001 older date")}
        << false << false;
    QTest::newRow("facts-7.2-tie-higher-version-wins")
        << QList<DriverSelection::Package>{package("lower", "xenbus-vendor.inf", Signer::Whql, "02/01/2025,9.1.0.9"),
                                           package("higher", "xenbus-vendor.inf", Signer::Whql, "02/01/2025,9.1.0.10")}
        << 0x0002 << win10
        << QStringList{QStringLiteral("higher 0x00FE3001 selected"), QStringLiteral("lower 0x00FE3001 lower version")}
        << false << false;
    QTest::newRow("facts-7.2-full-tie-arbitrary")
        << QList<DriverSelection::Package>{package("first", "xenbus-vendor.inf", Signer::Whql),
                                           package("second", "xenbus-vendor.inf", Signer::Inbox)}
        << 0xc000 << win10
        << QStringList{QStringLiteral("first 0x00FE0000 selected (arbitrary tie)"),
                       QStringLiteral("second 0x00FE0000 arbitrary tie")}
        << true << false;
    // facts §7.2: a signed driver always beats an unsigned one, whatever its date.
    QTest::newRow("facts-7.2-signed-beats-newer-unsigned")
        << QList<DriverSelection::Package>{package("unsigned", "xenbus-vendor.inf", Signer::Unsigned,
                                                   "12/31/2030,99.0.0.0"),
                                           vendor}
        << 0xc000 << win10
        << QStringList{QStringLiteral("vendor 0x00FE0000 selected"), QStringLiteral("unsigned 0xC0FE0000 worse rank")}
        << false << false;
    // The pre-2025 INF offers three entries; only the one naming the device matches it.
    QTest::newRow("one-candidate-per-matching-entry")
        << QList<DriverSelection::Package>{old} << 0x0002 << win7
        << QStringList{QStringLiteral("old 0x00FF0003 selected")} << false << false;
}

void tst_DriverSelection::select()
{
    QFETCH(QList<DriverSelection::Package>, packages);
    QFETCH(int, deviceId);
    QFETCH(QString, windows);
    QFETCH(QStringList, expected);
    QFETCH(bool, arbitrary);
    QFETCH(bool, unconfirmed);
    const WindowsVersion version = *WindowsVersion::parse(windows);
    const PciIds ids = xenDevice(quint16(deviceId), 0x01, version);
    const DriverSelection::Result result =
        DriverSelection::select(ids.hardwareIds(), ids.compatibleIds(), packages, version);
    QCOMPARE(table(result), expected);
    QCOMPARE(result.arbitrary, arbitrary);
    QCOMPARE(result.dependsOnUnconfirmedFacts, unconfirmed);
}

void tst_DriverSelection::candidateDetails()
{
    const WindowsVersion win10(10, 0, 19045);
    const PciIds ids = xenDevice(0x0001, 0x01, win10);
    const DriverSelection::Result result = DriverSelection::select(
        ids.hardwareIds(), ids.compatibleIds(), {package("vendor", "xenbus-vendor.inf", Signer::Whql)}, win10);
    QVERIFY(result.hasSelection());
    const DriverSelection::Candidate& winner = result.selected();
    QCOMPARE(winner.infFileName, QStringLiteral("xenbus-vendor.inf"));
    QCOMPARE(winner.entry.modelsSection, QStringLiteral("Inst.NTamd64"));
    QCOMPARE(winner.entry.lineNumber, 32);
    QCOMPARE(winner.match.deviceId, QStringLiteral("PCI\\VEN_5853&DEV_0001"));
    QCOMPARE(winner.match.infId, QStringLiteral("PCI\\VEN_5853&DEV_0001"));
    QCOMPARE(winner.match.devicePosition, 1);
    QCOMPARE(winner.match.infPosition, 1);
    QCOMPARE(winner.date, QDate(2025, 8, 20));
    QCOMPARE(winner.version, QVersionNumber({9, 1, 0, 7}));
    QVERIFY(!winner.hasNtDDInstall);
    QCOMPARE(winner.signer, Signer::Whql);
}

void tst_DriverSelection::reasons()
{
    const WindowsVersion win10(10, 0, 19045);
    const PciIds ids = xenDevice(0x0002, 0x01, win10);
    const DriverSelection::Result result =
        DriverSelection::select(ids.hardwareIds(), ids.compatibleIds(),
                                {package("older", "xenbus-vendor.inf", Signer::Whql, "01/01/2025,9.1.0.1"),
                                 package("newer", "xenbus-vendor.inf", Signer::Whql, "02/01/2025,9.1.0.1"),
                                 package("old", "xenbus-2015.inf", Signer::Whql)},
                                win10);
    QCOMPARE(result.candidates.size(), 3);
    QCOMPARE(result.candidates.at(0).reason,
             QStringLiteral("Selected: rank 0x00FE3001 ties, and its DriverVer is newer."));
    QCOMPARE(result.candidates.at(1).reason,
             QStringLiteral("Same rank 0x00FE3001, but its DriverVer date 2025-01-01 is older than 2025-02-01."));
    QCOMPARE(result.candidates.at(2).reason,
             QStringLiteral("Rank 0x00FF2001 is worse than the selected driver's 0x00FE3001 (lower ranks win)."));

    const PciIds vendorDevice = xenDevice(0xc000, 0x01, win10);
    const DriverSelection::Result single =
        DriverSelection::select(vendorDevice.hardwareIds(), vendorDevice.compatibleIds(),
                                {package("vendor", "xenbus-vendor.inf", Signer::Whql)}, win10);
    QCOMPARE(single.selected().reason,
             QStringLiteral("Selected: rank 0x00FE0000 is the lowest (hardware ID matches the INF hardware ID)."));
}

void tst_DriverSelection::noCandidates()
{
    // facts §6.1: the vendor device at revision 02 matches no xenbus INF.
    const WindowsVersion win10(10, 0, 19045);
    const PciIds ids = xenDevice(0xc000, 0x02, win10);
    const DriverSelection::Result result = DriverSelection::select(
        ids.hardwareIds(), ids.compatibleIds(),
        {package("vendor", "xenbus-vendor.inf", Signer::Whql), package("old", "xenbus-2015.inf", Signer::Whql)}, win10);
    QVERIFY(!result.hasSelection());
    QVERIFY(!result.arbitrary);
}

QTEST_GUILESS_MAIN(tst_DriverSelection)
#include "tst_DriverSelection.moc"
