// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/binding/WindowsVersion.h"

#include <QTest>

using Arch = WindowsVersion::Architecture;
using Product = WindowsVersion::ProductType;

class tst_WindowsVersion : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseError_data();
    void parseError();
    void parseArchitecture_data();
    void parseArchitecture();
    void displayName_data();
    void displayName();
    void windows10IdRules_data();
    void windows10IdRules();
    void allSignersEqual_data();
    void allSignersEqual();
    void targetOsBuildNumber_data();
    void targetOsBuildNumber();
};

void tst_WindowsVersion::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("build");
    QTest::newRow("server-2019") << QStringLiteral("10.0.17763") << 10 << 0 << 17763;
    QTest::newRow("with-update-revision") << QStringLiteral("10.0.17763.1234") << 10 << 0 << 17763;
    QTest::newRow("windows-7-sp1") << QStringLiteral("6.1.7601") << 6 << 1 << 7601;
    QTest::newRow("surrounding-blanks") << QStringLiteral(" 6.3.9600 ") << 6 << 3 << 9600;
}

void tst_WindowsVersion::parse()
{
    QFETCH(QString, text);
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, build);
    const std::optional<WindowsVersion> version = WindowsVersion::parse(text, Arch::X86, Product::Server);
    QVERIFY(version);
    QCOMPARE(version->majorVersion(), major);
    QCOMPARE(version->minorVersion(), minor);
    QCOMPARE(version->build(), build);
    QCOMPARE(version->architecture(), Arch::X86);
    QCOMPARE(version->productType(), Product::Server);
}

void tst_WindowsVersion::parseError_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("two-parts") << QStringLiteral("10.0");
    QTest::newRow("five-parts") << QStringLiteral("10.0.1.2.3");
    QTest::newRow("letters") << QStringLiteral("10.0.abc");
    QTest::newRow("negative") << QStringLiteral("10.-1.17763");
    QTest::newRow("empty-part") << QStringLiteral("10..17763");
    QTest::newRow("overlong-number") << QStringLiteral("10.0.99999999999");
}

void tst_WindowsVersion::parseError()
{
    QFETCH(QString, text);
    QVERIFY(!WindowsVersion::parse(text));
}

void tst_WindowsVersion::parseArchitecture_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Arch>("architecture");
    QTest::newRow("amd64") << QStringLiteral("amd64") << true << Arch::Amd64;
    QTest::newRow("x64-alias") << QStringLiteral("X64") << true << Arch::Amd64;
    QTest::newRow("x86") << QStringLiteral("x86") << true << Arch::X86;
    QTest::newRow("arm64") << QStringLiteral("ARM64") << true << Arch::Arm64;
    QTest::newRow("ia64-unsupported") << QStringLiteral("ia64") << false << Arch::X86;
}

void tst_WindowsVersion::parseArchitecture()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Arch, architecture);
    const std::optional<Arch> parsed = WindowsVersion::parseArchitecture(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, architecture);
        QCOMPARE(WindowsVersion::architectureName(*parsed),
                 text.toLower() == QLatin1String("x64") ? QStringLiteral("amd64") : text.toLower());
    }
}

void tst_WindowsVersion::displayName_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<Product>("product");
    QTest::addColumn<QString>("name");
    QTest::newRow("server-2012-r2") << QStringLiteral("6.3.9600") << Product::Server
                                    << QStringLiteral("Windows Server 2012 R2");
    QTest::newRow("windows-8.1-same-version")
        << QStringLiteral("6.3.9600") << Product::Workstation << QStringLiteral("Windows 8.1");
    QTest::newRow("server-2016") << QStringLiteral("10.0.14393") << Product::Server
                                 << QStringLiteral("Windows Server 2016");
    QTest::newRow("server-2019") << QStringLiteral("10.0.17763") << Product::Server
                                 << QStringLiteral("Windows Server 2019");
    QTest::newRow("server-2022") << QStringLiteral("10.0.20348") << Product::Server
                                 << QStringLiteral("Windows Server 2022");
    QTest::newRow("server-unnamed-build")
        << QStringLiteral("10.0.26100") << Product::Server << QStringLiteral("Windows Server (build 26100)");
    QTest::newRow("windows-10-1809-client")
        << QStringLiteral("10.0.17763") << Product::Workstation << QStringLiteral("Windows 10 (build 17763)");
    QTest::newRow("windows-10-first-build")
        << QStringLiteral("10.0.10240") << Product::Workstation << QStringLiteral("Windows 10 (build 10240)");
    QTest::newRow("windows-11-first-build")
        << QStringLiteral("10.0.22000") << Product::Workstation << QStringLiteral("Windows 11 (build 22000)");
    QTest::newRow("windows-10-preview") << QStringLiteral("10.0.9926") << Product::Workstation
                                        << QStringLiteral("Windows 10.0.9926");
    QTest::newRow("windows-7") << QStringLiteral("6.1.7601") << Product::Workstation << QStringLiteral("Windows 7");
    QTest::newRow("server-2008-r2") << QStringLiteral("6.1.7601") << Product::Server
                                    << QStringLiteral("Windows Server 2008 R2");
    QTest::newRow("windows-xp-by-number")
        << QStringLiteral("5.1.2600") << Product::Workstation << QStringLiteral("Windows 5.1.2600");
}

void tst_WindowsVersion::displayName()
{
    QFETCH(QString, version);
    QFETCH(Product, product);
    QFETCH(QString, name);
    QCOMPARE(WindowsVersion::parse(version, Arch::Amd64, product)->displayName(), name);
}

void tst_WindowsVersion::windows10IdRules_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("applies");
    QTest::newRow("windows-7") << QStringLiteral("6.1.7601") << false;
    QTest::newRow("server-2012-r2") << QStringLiteral("6.3.9600") << false;
    QTest::newRow("windows-10") << QStringLiteral("10.0.10240") << true;
    QTest::newRow("windows-11") << QStringLiteral("10.0.22631") << true;
}

void tst_WindowsVersion::windows10IdRules()
{
    QFETCH(QString, version);
    QFETCH(bool, applies);
    QCOMPARE(WindowsVersion::parse(version)->usesWindows10IdRules(), applies);
}

void tst_WindowsVersion::allSignersEqual_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("on");
    // facts §10.7 (MicrosoftDocs install/overview-of-the-driver-selection-process.md): on from Windows 7, off by
    // default on Vista and Server 2008.
    QTest::newRow("facts§10.7 vista off") << QStringLiteral("6.0.6002") << false;
    QTest::newRow("facts§10.7 windows-7 on") << QStringLiteral("6.1.7601") << true;
    QTest::newRow("facts§10.7 server-2012-r2 on") << QStringLiteral("6.3.9600") << true;
    QTest::newRow("facts§10.7 windows-11 on") << QStringLiteral("10.0.22631") << true;
}

void tst_WindowsVersion::allSignersEqual()
{
    QFETCH(QString, version);
    QFETCH(bool, on);
    QCOMPARE(WindowsVersion::parse(version)->allSignersEqualByDefault(), on);
}

void tst_WindowsVersion::targetOsBuildNumber_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("understood");
    // inf-manufacturer-section: BuildNumber is parsed from Windows 10 build 14310 on.
    QTest::newRow("build-10240-ignores") << QStringLiteral("10.0.10240") << false;
    QTest::newRow("build-14309-ignores") << QStringLiteral("10.0.14309") << false;
    QTest::newRow("build-14310-parses") << QStringLiteral("10.0.14310") << true;
    QTest::newRow("windows-7-ignores") << QStringLiteral("6.1.7601") << false;
}

void tst_WindowsVersion::targetOsBuildNumber()
{
    QFETCH(QString, version);
    QFETCH(bool, understood);
    QCOMPARE(WindowsVersion::parse(version)->understandsTargetOsBuildNumber(), understood);
}

QTEST_GUILESS_MAIN(tst_WindowsVersion)
#include "tst_WindowsVersion.moc"
