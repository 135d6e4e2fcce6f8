// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/InfParser.h"

#include <QElapsedTimer>
#include <QTest>

using Arch = WindowsVersion::Architecture;
using Product = WindowsVersion::ProductType;

Q_DECLARE_METATYPE(WindowsVersion::Architecture)
Q_DECLARE_METATYPE(WindowsVersion::ProductType)

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(XP_TEST_DATA_DIR "/inf/") + QLatin1String(name);
}

// Seven lines every inline INF starts with, so the rows' own lines begin at line 8.
const QByteArray kPrologue = "[Version]\n"
                             "Signature=\"$Windows NT$\"\n"
                             "DriverVer=01/02/2024,1.0.0.0\n"
                             "[Manufacturer]\n"
                             "%Mfg%=Models,NTamd64\n"
                             "[Strings]\n"
                             "Mfg=Example\n";

WindowsVersion win10(Arch arch = Arch::Amd64)
{
    return WindowsVersion(10, 0, 19045, arch);
}
} // namespace

class tst_InfParser : public QObject
{
    Q_OBJECT

private slots:
    void versionSection_data();
    void versionSection();
    void xenbusModels_data();
    void xenbusModels();
    void targetOs_data();
    void targetOs();
    void ignoredTargets();
    void ddInstall_data();
    void ddInstall();
    void localizedStrings_data();
    void localizedStrings();
    void syntax_data();
    void syntax();
    void sectionsAreCaseInsensitive();
    void parseError_data();
    void parseError();
    void fileError();
    void hostileTokenExpansionIsBounded();
    void largeFileParsesInLinearTime();
};

void tst_InfParser::versionSection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<int>("pnpLockdown");
    // facts §6.1: Class=System {4d36e97d-...}, PnpLockdown=1.
    QTest::newRow("facts-6.1-vendor-build")
        << fixture("xenbus-vendor.inf") << QStringLiteral("XenServer") << QDate(2025, 8, 20)
        << QStringLiteral("9.1.0.7") << QStringLiteral("xenbus.cat") << 1;
    QTest::newRow("facts-6.1-upstream-build")
        << fixture("xenbus-upstream.inf") << QStringLiteral("Xen Project") << QDate(2025, 8, 20)
        << QStringLiteral("9.1.0.3") << QStringLiteral("xenbus.cat") << 1;
    QTest::newRow("facts-6.1-pre-2025-no-lockdown")
        << fixture("xenbus-2015.inf") << QStringLiteral("Citrix") << QDate(2015, 11, 4) << QStringLiteral("8.1.0.38")
        << QStringLiteral("xenbus.cat") << -1;
}

void tst_InfParser::versionSection()
{
    QFETCH(QString, file);
    QFETCH(QString, provider);
    QFETCH(QDate, date);
    QFETCH(QString, version);
    QFETCH(QString, catalog);
    QFETCH(int, pnpLockdown);
    const InfParser::Result result = InfParser::parseFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value.signature(), QStringLiteral("$Windows NT$"));
    QCOMPARE(result.value.className(), QStringLiteral("System"));
    QCOMPARE(result.value.classGuid(), QStringLiteral("{4d36e97d-e325-11ce-bfc1-08002be10318}"));
    QCOMPARE(result.value.provider(), provider);
    QCOMPARE(result.value.driverDate(), date);
    QCOMPARE(result.value.driverVersion().toString(), version);
    QCOMPARE(result.value.catalogFile(), catalog);
    QCOMPARE(result.value.pnpLockdown().value_or(-1), pnpLockdown);
    QCOMPARE(result.value.stringsSection(), QStringLiteral("Strings"));
}

void tst_InfParser::xenbusModels_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Arch>("arch");
    QTest::addColumn<QStringList>("hardwareIds");
    QTest::addColumn<QList<QStringList>>("compatibleIds");
    QTest::addColumn<int>("featureScore");
    const QString c000 = QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01");
    const QString dev2 = QStringLiteral("PCI\\VEN_5853&DEV_0002");
    const QString dev1 = QStringLiteral("PCI\\VEN_5853&DEV_0001");
    // facts §6.1: one Models entry since e8fcae5, FeatureScore=0xFE.
    QTest::newRow("facts-6.1-one-entry-amd64")
        << fixture("xenbus-vendor.inf") << Arch::Amd64 << QStringList{c000} << QList<QStringList>{{dev2, dev1}} << 0xfe;
    QTest::newRow("facts-6.1-one-entry-x86")
        << fixture("xenbus-vendor.inf") << Arch::X86 << QStringList{c000} << QList<QStringList>{{dev2, dev1}} << 0xfe;
    // facts §6.1: without VENDOR_DEVICE_ID the vendor line is dropped; 0002 becomes the hardware ID.
    QTest::newRow("facts-6.1-upstream-no-vendor")
        << fixture("xenbus-upstream.inf") << Arch::Amd64 << QStringList{dev2} << QList<QStringList>{{dev1}} << 0xfe;
    // facts §6.1: before 2025 one line per ID; no FeatureScore, so the default 0xFF (§7.2).
    QTest::newRow("facts-6.1-pre-2025-lines")
        << fixture("xenbus-2015.inf") << Arch::Amd64 << QStringList{c000, dev2, dev1} << QList<QStringList>{{}, {}, {}}
        << 0xff;
    // An amd64-only INF has nothing for arm64.
    QTest::newRow("no-arm64-models") << fixture("xenbus-vendor.inf") << Arch::Arm64 << QStringList{}
                                     << QList<QStringList>{} << 0xfe;
}

void tst_InfParser::xenbusModels()
{
    QFETCH(QString, file);
    QFETCH(Arch, arch);
    QFETCH(QStringList, hardwareIds);
    QFETCH(QList<QStringList>, compatibleIds);
    QFETCH(int, featureScore);
    const InfParser::Result result = InfParser::parseFile(file);
    QVERIFY(result.ok());
    const QList<InfFile::ModelEntry> entries = result.value.modelsFor(win10(arch));
    QStringList actualHardware;
    QList<QStringList> actualCompatible;
    for (const InfFile::ModelEntry& entry : entries) {
        actualHardware << entry.hardwareId;
        actualCompatible << entry.compatibleIds;
        QCOMPARE(entry.installSection, QStringLiteral("XenBus_Inst"));
        QVERIFY(entry.description.endsWith(QLatin1String("PV Bus")));
    }
    QCOMPARE(actualHardware, hardwareIds);
    QCOMPARE(actualCompatible, compatibleIds);
    QCOMPARE(result.value.featureScore(QStringLiteral("XenBus_Inst"), arch), featureScore);
}

void tst_InfParser::targetOs_data()
{
    QTest::addColumn<QString>("windows");
    QTest::addColumn<Arch>("arch");
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("chosen");
    // inf-manufacturer-section: the highest version not above the running one wins.
    QTest::newRow("win10-1709-build-decoration") << QStringLiteral("10.0.16299") << Arch::Amd64 << Product::Workstation
                                                 << QStringLiteral("NTamd64.10.0...16299");
    QTest::newRow("win10-1809-above-build") << QStringLiteral("10.0.17763") << Arch::Amd64 << Product::Workstation
                                            << QStringLiteral("NTamd64.10.0...16299");
    // BuildNumber counts only when major.minor match exactly; 14393 is below 16299.
    QTest::newRow("win10-1607-below-build")
        << QStringLiteral("10.0.14393") << Arch::Amd64 << Product::Workstation << QStringLiteral("NTamd64.6.1");
    // Releases before 14310 ignore decorations with a BuildNumber.
    QTest::newRow("win10-1507-ignores-build")
        << QStringLiteral("10.0.10240") << Arch::Amd64 << Product::Workstation << QStringLiteral("NTamd64.6.1");
    // A product type is matched only by that product type, and a version beats it.
    QTest::newRow("server-2016-version-beats-product")
        << QStringLiteral("10.0.14393") << Arch::Amd64 << Product::Server << QStringLiteral("NTamd64.10.0.3");
    QTest::newRow("server-2019-build-beats-product")
        << QStringLiteral("10.0.17763") << Arch::Amd64 << Product::Server << QStringLiteral("NTamd64.10.0...16299");
    QTest::newRow("win7-amd64") << QStringLiteral("6.1.7601") << Arch::Amd64 << Product::Workstation
                                << QStringLiteral("NTamd64.6.1");
    QTest::newRow("vista-amd64-plain") << QStringLiteral("6.0.6002") << Arch::Amd64 << Product::Workstation
                                       << QStringLiteral("NTamd64");
    QTest::newRow("win81-x86-version") << QStringLiteral("6.3.9600") << Arch::X86 << Product::Workstation
                                       << QStringLiteral("NTx86.6.3");
    QTest::newRow("win7-x86-platform") << QStringLiteral("6.1.7601") << Arch::X86 << Product::Workstation
                                       << QStringLiteral("NTx86");
    QTest::newRow("arm64") << QStringLiteral("10.0.22631") << Arch::Arm64 << Product::Workstation
                           << QStringLiteral("NTarm64");
}

void tst_InfParser::targetOs()
{
    QFETCH(QString, windows);
    QFETCH(Arch, arch);
    QFETCH(Product, product);
    QFETCH(QString, chosen);
    const InfParser::Result result = InfParser::parseFile(fixture("targetos.inf"));
    QVERIFY(result.ok());
    const std::optional<WindowsVersion> version = WindowsVersion::parse(windows, arch, product);
    const QList<InfFile::ModelEntry> entries = result.value.modelsFor(*version);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().description, chosen);
    QCOMPARE(entries.constFirst().modelsSection, QStringLiteral("Models.") + chosen);
}

void tst_InfParser::ignoredTargets()
{
    const InfParser::Result result = InfParser::parseFile(fixture("targetos.inf"));
    QVERIFY(result.ok());
    QCOMPARE(result.value.manufacturers().size(), 1);
    const InfFile::Manufacturer& manufacturer = result.value.manufacturers().constFirst();
    QCOMPARE(manufacturer.name, QStringLiteral("Example Vendor"));
    QCOMPARE(manufacturer.lineNumber, 13);
    // A BuildNumber below 10.0.14310 invalidates the decoration; "Win7" lacks the NT prefix.
    QCOMPARE(manufacturer.ignoredTargets, (QStringList{QStringLiteral("NT.6.1...7601"), QStringLiteral("Win7")}));
    QCOMPARE(manufacturer.targets.size(), 8);
}

void tst_InfParser::ddInstall_data()
{
    QTest::addColumn<Arch>("arch");
    QTest::addColumn<QString>("section");
    QTest::addColumn<bool>("nt");
    QTest::addColumn<int>("featureScore");
    // creating-inf-files-for-multiple-platforms: .nt<arch>, then .nt, then undecorated.
    QTest::newRow("amd64-takes-ntamd64") << Arch::Amd64 << QStringLiteral("Inst.NTamd64") << true << 0x80;
    QTest::newRow("x86-falls-back-to-nt") << Arch::X86 << QStringLiteral("Inst.NT") << true << 0x20;
    QTest::newRow("arm64-falls-back-to-nt") << Arch::Arm64 << QStringLiteral("Inst.NT") << true << 0x20;
}

void tst_InfParser::ddInstall()
{
    QFETCH(Arch, arch);
    QFETCH(QString, section);
    QFETCH(bool, nt);
    QFETCH(int, featureScore);
    const InfParser::Result result = InfParser::parseFile(fixture("targetos.inf"));
    QVERIFY(result.ok());
    QCOMPARE(result.value.ddInstallSection(QStringLiteral("inst"), arch), section);
    QCOMPARE(result.value.hasNtDDInstall(QStringLiteral("Inst"), arch), nt);
    QCOMPARE(result.value.featureScore(QStringLiteral("Inst"), arch), featureScore);
    QCOMPARE(result.value.featureScore(QStringLiteral("NoSuchSection"), arch), InfFile::kDefaultFeatureScore);
}

void tst_InfParser::localizedStrings_data()
{
    QTest::addColumn<int>("languageId");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("description");
    // inf-strings-section: exact LANGID, then SUBLANG_NEUTRAL, then same language, then [Strings].
    QTest::newRow("neutral-undecorated") << 0 << QStringLiteral("Strings")
                                         << QStringLiteral("Platform device; \"generic\" driver at 100% speed");
    QTest::newRow("exact-german") << 0x0407 << QStringLiteral("Strings.0407")
                                  << QStringLiteral("Plattformgerät für Xen");
    QTest::newRow("swiss-german-same-language")
        << 0x0807 << QStringLiteral("Strings.0407") << QStringLiteral("Plattformgerät für Xen");
    QTest::newRow("us-english-sublang-neutral")
        << 0x0409 << QStringLiteral("Strings.0009") << QStringLiteral("Platform device (neutral English)");
    QTest::newRow("french-same-language")
        << 0x040c << QStringLiteral("Strings.0C0C") << QStringLiteral("Périphérique de plateforme (Canada)");
    QTest::newRow("japanese-falls-back") << 0x0411 << QStringLiteral("Strings")
                                         << QStringLiteral("Platform device; \"generic\" driver at 100% speed");
}

void tst_InfParser::localizedStrings()
{
    QFETCH(int, languageId);
    QFETCH(QString, section);
    QFETCH(QString, description);
    const InfParser::Result result = InfParser::parseFile(fixture("localized.inf"), quint16(languageId));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value.stringsSection(), section);
    const QList<InfFile::ModelEntry> entries = result.value.modelsFor(win10());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().description, description);
}

void tst_InfParser::syntax_data()
{
    QTest::addColumn<QByteArray>("models");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("install");
    QTest::addColumn<QString>("hardwareId");
    QTest::addColumn<QStringList>("compatibleIds");
    QTest::addColumn<int>("line");
    const QString hw = QStringLiteral("PCI\\VEN_5853&DEV_0001");
    QTest::newRow("plain") << QByteArray("Dev=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("Dev")
                           << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("blanks-trimmed") << QByteArray("  Dev  =  Inst , PCI\\VEN_5853&DEV_0001 , CID  \n")
                                    << QStringLiteral("Dev") << QStringLiteral("Inst") << hw
                                    << QStringList{QStringLiteral("CID")} << 9;
    QTest::newRow("comment-stripped") << QByteArray("Dev=Inst,PCI\\VEN_5853&DEV_0001 ; ,NotAnId\n")
                                      << QStringLiteral("Dev") << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("semicolon-inside-quotes")
        << QByteArray("\"A;B\"=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("A;B") << QStringLiteral("Inst") << hw
        << QStringList{} << 9;
    QTest::newRow("doubled-quote-escape")
        << QByteArray("\"say \"\"hi\"\"\"=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("say \"hi\"")
        << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("quoted-blanks-kept") << QByteArray("\" padded \"=Inst,PCI\\VEN_5853&DEV_0001\n")
                                        << QStringLiteral(" padded ") << QStringLiteral("Inst") << hw << QStringList{}
                                        << 9;
    QTest::newRow("comma-and-equals-in-quotes")
        << QByteArray("\"a=b,c\"=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("a=b,c") << QStringLiteral("Inst")
        << hw << QStringList{} << 9;
    QTest::newRow("percent-escape") << QByteArray("100%%=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("100%")
                                    << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("token-in-quotes") << QByteArray("\"by %Mfg%\"=Inst,PCI\\VEN_5853&DEV_0001\n")
                                     << QStringLiteral("by Example") << QStringLiteral("Inst") << hw << QStringList{}
                                     << 9;
    QTest::newRow("token-case-insensitive")
        << QByteArray("%MFG%=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("Example") << QStringLiteral("Inst")
        << hw << QStringList{} << 9;
    QTest::newRow("dirid-kept") << QByteArray("%13%=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("%13%")
                                << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("continuation") << QByteArray("Dev=Inst,\\\n    PCI\\VEN_5853&DEV_0001,\\\n  CID\n")
                                  << QStringLiteral("Dev") << QStringLiteral("Inst") << hw
                                  << QStringList{QStringLiteral("CID")} << 9;
    QTest::newRow("continuation-before-comment")
        << QByteArray("Dev=Inst, \\ ; wrapped\nPCI\\VEN_5853&DEV_0001\n") << QStringLiteral("Dev")
        << QStringLiteral("Inst") << hw << QStringList{} << 9;
    QTest::newRow("quoted-trailing-backslash-no-continuation")
        << QByteArray("Dev=Inst,PCI\\VEN_5853&DEV_0001,\"C:\\\"\nOther=Inst2,PCI\\X\n") << QStringLiteral("Dev")
        << QStringLiteral("Inst") << hw << QStringList{QStringLiteral("C:\\")} << 9;
    QTest::newRow("crlf") << QByteArray("Dev=Inst,PCI\\VEN_5853&DEV_0001,CID\r\n") << QStringLiteral("Dev")
                          << QStringLiteral("Inst") << hw << QStringList{QStringLiteral("CID")} << 9;
    QTest::newRow("empty-compatible-skipped")
        << QByteArray("Dev=Inst,PCI\\VEN_5853&DEV_0001,,CID\n") << QStringLiteral("Dev") << QStringLiteral("Inst") << hw
        << QStringList{QStringLiteral("CID")} << 9;
    QTest::newRow("split-section-merged")
        << QByteArray("[Other]\nx=y\n[models.ntamd64]\nDev=Inst,PCI\\VEN_5853&DEV_0001\n") << QStringLiteral("Dev")
        << QStringLiteral("Inst") << hw << QStringList{} << 12;
}

void tst_InfParser::syntax()
{
    QFETCH(QByteArray, models);
    QFETCH(QString, description);
    QFETCH(QString, install);
    QFETCH(QString, hardwareId);
    QFETCH(QStringList, compatibleIds);
    QFETCH(int, line);
    const QByteArray text = kPrologue + "[Models.NTamd64]\n" + models;
    const InfParser::Result result = InfParser::parse(text, QStringLiteral("syntax.inf"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const QList<InfFile::ModelEntry> entries = result.value.modelEntries(QStringLiteral("Models.NTamd64"));
    QVERIFY(!entries.isEmpty());
    const InfFile::ModelEntry& entry = entries.constFirst();
    QCOMPARE(entry.description, description);
    QCOMPARE(entry.installSection, install);
    QCOMPARE(entry.hardwareId, hardwareId);
    QCOMPARE(entry.compatibleIds, compatibleIds);
    QCOMPARE(entry.lineNumber, line);
}

void tst_InfParser::sectionsAreCaseInsensitive()
{
    const QByteArray text = "\xEF\xBB\xBF[VERSION]\r\nsignature=\"$Windows NT$\"\r\n[manufacturer]\r\n"
                            "Vendor=MODELS,ntAMD64\r\n[models.NTAMD64]\r\nDev=inst,PCI\\VEN_5853&DEV_0001\r\n"
                            "[INST]\r\nfeaturescore=0x7f\r\n";
    const InfParser::Result result = InfParser::parse(text, QStringLiteral("case.inf"));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value.sectionNames(), (QStringList{QStringLiteral("VERSION"), QStringLiteral("manufacturer"),
                                                       QStringLiteral("models.NTAMD64"), QStringLiteral("INST")}));
    QVERIFY(result.value.section(QStringLiteral("Version")));
    QVERIFY(result.value.hasSection(QStringLiteral("inst")));
    QCOMPARE(result.value.modelsFor(win10()).size(), 1);
    QCOMPARE(result.value.featureScore(QStringLiteral("Inst"), Arch::Amd64), 0x7f);
    QCOMPARE(result.value.ddInstallSection(QStringLiteral("Inst"), Arch::Amd64), QStringLiteral("INST"));
    QVERIFY(!result.value.hasNtDDInstall(QStringLiteral("Inst"), Arch::Amd64));
}

void tst_InfParser::parseError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed-section-header") << QByteArray("[Models.NTamd64\n")
                                             << QStringLiteral("bad.inf:8: The section header is not closed: ']' "
                                                               "is missing.");
    QTest::newRow("truncated-header-at-end-of-file")
        << QByteArray("[Models.NTamd64]\nDev=Inst,PCI\\X\n[Str")
        << QStringLiteral("bad.inf:10: The section header is not closed: ']' is missing.");
    QTest::newRow("empty-section-name") << QByteArray("[ ]\n")
                                        << QStringLiteral("bad.inf:8: The section name is "
                                                          "empty.");
    QTest::newRow("text-after-header") << QByteArray("[Models.NTamd64] junk\n")
                                       << QStringLiteral("bad.inf:8: Unexpected text after the section header.");
    QTest::newRow("unknown-token") << QByteArray("[Models.NTamd64]\n%NoSuch%=Inst,PCI\\X\n")
                                   << QStringLiteral("bad.inf:9: Unknown string token %NoSuch%: [Strings] does not "
                                                     "define it.");
    QTest::newRow("unterminated-quote") << QByteArray("[Models.NTamd64]\n\"Dev=Inst,PCI\\X\n")
                                        << QStringLiteral("bad.inf:9: The quoted string is not terminated: '\"' is "
                                                          "missing.");
    QTest::newRow("unterminated-quote-in-other-section")
        << QByteArray("[SourceDisksFiles]\nxenbus.sys=\"1\n")
        << QStringLiteral("bad.inf:9: The quoted string is not terminated: '\"' is missing.");
    QTest::newRow("models-without-equals") << QByteArray("[Models.NTamd64]\nInst,PCI\\X\n")
                                           << QStringLiteral("bad.inf:9: The Models entry has no '=': expected "
                                                             "description = install-section, hardware-id[, "
                                                             "compatible-id...].");
    QTest::newRow("models-without-install-section") << QByteArray("[Models.NTamd64]\nDev=\n")
                                                    << QStringLiteral("bad.inf:9: The Models entry 'Dev' has no "
                                                                      "install section.");
    QTest::newRow("models-without-hardware-id") << QByteArray("[Models.NTamd64]\nDev=Inst\n")
                                                << QStringLiteral("bad.inf:9: The Models entry 'Dev' has no hardware "
                                                                  "ID.");
    QTest::newRow("models-empty-hardware-id") << QByteArray("[Models.NTamd64]\nDev=Inst, ,CID\n")
                                              << QStringLiteral("bad.inf:9: The Models entry 'Dev' has no hardware "
                                                                "ID.");
    QTest::newRow("feature-score-too-big") << QByteArray("[Models.NTamd64]\nDev=Inst,PCI\\X\n[Inst.NT]\n"
                                                         "FeatureScore=0x100\n")
                                           << QStringLiteral("bad.inf:11: FeatureScore '0x100' is not a number from "
                                                             "0x00 to 0xFF.");
    QTest::newRow("manufacturer-without-models") << QByteArray("[Manufacturer]\n%Mfg%=\n")
                                                 << QStringLiteral("bad.inf:9: The manufacturer entry names no Models "
                                                                   "section.");
}

void tst_InfParser::parseError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const InfParser::Result result = InfParser::parse(kPrologue + body, QStringLiteral("bad.inf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(), message);
}

void tst_InfParser::fileError()
{
    struct Row
    {
        const char* name;
        QByteArray text;
        QString message;
    };
    const QList<Row> rows{
        {"no-version-section", "[Manufacturer]\n",
         QStringLiteral("bad.inf:1: There is no [Version] section, so this is not a driver INF.")},
        {"no-signature", "; c\n[Version]\nClass=System\n",
         QStringLiteral("bad.inf:2: [Version] has no Signature entry.")},
        {"driverver-bad-date", "[Version]\nSignature=x\nDriverVer=13/01/2024,1.0\n",
         QStringLiteral("bad.inf:3: DriverVer date '13/01/2024' is not a valid mm/dd/yyyy date.")},
        {"driverver-impossible-day", "[Version]\nSignature=x\nDriverVer=02/30/2024,1.0\n",
         QStringLiteral("bad.inf:3: DriverVer date '02/30/2024' is not a valid mm/dd/yyyy date.")},
        {"driverver-iso-date", "[Version]\nSignature=x\nDriverVer=2024-01-02,1.0\n",
         QStringLiteral("bad.inf:3: DriverVer date '2024-01-02' is not a valid mm/dd/yyyy date.")},
        {"driverver-version-too-big", "[Version]\nSignature=x\nDriverVer=01/02/2024,1.65536.0.0\n",
         QStringLiteral("bad.inf:3: DriverVer version '1.65536.0.0' is not w.x.y.z with numbers up to 65535.")},
        {"driverver-version-five-parts", "[Version]\nSignature=x\nDriverVer=01/02/2024,1.2.3.4.5\n",
         QStringLiteral("bad.inf:3: DriverVer version '1.2.3.4.5' is not w.x.y.z with numbers up to 65535.")},
        {"driverver-version-letters", "[Version]\nSignature=x\nDriverVer=01/02/2024,1.2a\n",
         QStringLiteral("bad.inf:3: DriverVer version '1.2a' is not w.x.y.z with numbers up to 65535.")},
        {"localized-section-lacks-token",
         "[Version]\nSignature=x\nProvider=%Mfg%\n[Strings]\nMfg=A\n[Strings.0407]\nOther=B\n",
         QStringLiteral("bad.inf:3: Unknown string token %Mfg%: [Strings.0407] does not define it.")},
    };
    for (const Row& row : rows) {
        const InfParser::Result result = InfParser::parse(row.text, QStringLiteral("bad.inf"), 0x0407);
        QVERIFY2(!result.ok(), row.name);
        QCOMPARE(result.error->toString(), row.message);
    }
    const InfParser::Result missing = InfParser::parseFile(fixture("does-not-exist.inf"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error->line, 0);
    QVERIFY(missing.error->toString().startsWith(QLatin1String("does-not-exist.inf: Cannot read the file: ")));
}

void tst_InfParser::hostileTokenExpansionIsBounded()
{
    // Each token expands to 4000 characters; a handful of them must hit Windows' 4095 limit
    // instead of building a huge string, and a value naming tokens is not expanded again.
    QByteArray text = "[Version]\nSignature=x\nProvider=%Big%%Big%%Big%\n[Strings]\nBig=\"" + QByteArray(4000, 'x') +
                      "\"\nSelf=\"%Self%%Self%\"\n";
    InfParser::Result result = InfParser::parse(text, QStringLiteral("bomb.inf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(),
             QStringLiteral("bomb.inf:3: The value is longer than 4095 characters after string substitution."));

    text = "[Version]\nSignature=x\nProvider=%Self%\n[Strings]\nSelf=\"%Self% %Self%\"\n";
    result = InfParser::parse(text, QStringLiteral("self.inf"));
    QVERIFY(result.ok());
    QCOMPARE(result.value.provider(), QStringLiteral("%Self% %Self%"));

    text = "[Version]\nSignature=x\nProvider=" + QByteArray(InfParser::kMaxLineLength, 'y') + "\n";
    result = InfParser::parse(text, QStringLiteral("long.inf"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->toString(), QStringLiteral("long.inf:3: The line is longer than 65536 characters."));
}

void tst_InfParser::largeFileParsesInLinearTime()
{
    // Copy sections the parser only checks, up to its size limit (16 MiB), plus a models section of 20000 entries.
    QByteArray text = kPrologue + "[Models.NTamd64]\n";
    for (int i = 0; i < 20000; ++i)
        text += "Dev" + QByteArray::number(i) + "=Inst,PCI\\VEN_5853&DEV_" + QByteArray::number(i) + ",CID\n";
    const QByteArray filler = "file_with_a_long_name_to_copy.sys,,,0x00004000 ; comment, \"quoted\"\n";
    text += "[Files]\n";
    while (text.size() + filler.size() <= InfParser::kMaxFileSize)
        text += filler;
    QElapsedTimer timer;
    timer.start();
    const InfParser::Result result = InfParser::parse(text, QStringLiteral("large.inf"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(result.ok());
    QCOMPARE(result.value.modelEntries(QStringLiteral("Models.NTamd64")).size(), 20000);
    QVERIFY(!result.value.section(QStringLiteral("Files")));
    QVERIFY(result.value.hasSection(QStringLiteral("Files")));
    // Generous even for a debug or sanitizer build; a quadratic parser needs hours here.
    QVERIFY2(elapsed < 20000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(tst_InfParser)
#include "tst_InfParser.moc"
