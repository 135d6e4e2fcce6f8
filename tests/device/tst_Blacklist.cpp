// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/Blacklist.h"

#include <QTest>

using xp::device::Blacklist;
using xp::device::BlacklistEntry;
using xp::device::ErrorCode;
using xp::device::Flavour;
using xp::device::PlatformIdentity;

Q_DECLARE_METATYPE(xp::device::Flavour)
Q_DECLARE_METATYPE(xp::device::ErrorCode)

namespace {
Blacklist listOf(const QStringList& entries)
{
    Blacklist blacklist;
    for (const QString& entry : entries) {
        if (!blacklist.add(entry.toStdString()))
            qFatal("bad blacklist entry in test data");
    }
    return blacklist;
}
} // namespace

class tst_Blacklist : public QObject
{
    Q_OBJECT

private slots:
    void makeEntry_data();
    void makeEntry();
    void makeEntryError_data();
    void makeEntryError();
    void parseEntry_data();
    void parseEntry();
    void parseEntryError_data();
    void parseEntryError();
    void addAndRemove();
    void blacklisted_data();
    void blacklisted();
    void enforced_data();
    void enforced();
    void xenstorePath_data();
    void xenstorePath();
    void xenstorePathError_data();
    void xenstorePathError();
};

void tst_Blacklist::makeEntry_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    QTest::addColumn<int>("number");
    // facts§2 product registry, by name or number.
    QTest::newRow("facts§2 name xensource-windows single build") << "xensource-windows" << 7u << 7u << 1;
    QTest::newRow("facts§2 number 2 range") << "2" << 10u << 20u << 2;
    QTest::newRow("facts§2 hex 0xffff whole range") << "0xffff" << 0u << 0xffffffffu << 0xffff;
    QTest::newRow("facts§2 linux accepted though trad ignores it") << "linux" << 1u << 1u << 3;
    QTest::newRow("facts§2 xenserver-windows-v7.2+") << "xenserver-windows-v7.2+" << 0u << 5u << 5;
}

void tst_Blacklist::makeEntry()
{
    QFETCH(QString, product);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    QFETCH(int, number);
    const auto entry = Blacklist::makeEntry(product.toStdString(), first, last, "known bad");
    QVERIFY(entry);
    QCOMPARE(int(entry->product), number);
    QCOMPARE(entry->firstBuild, first);
    QCOMPARE(entry->lastBuild, last);
    QCOMPARE(entry->comment, std::string("known bad"));
}

void tst_Blacklist::makeEntryError_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unregistered number 6") << "6" << 1u << 1u << ErrorCode::UnknownProduct << "6";
    QTest::newRow("product 0") << "0" << 1u << 1u << ErrorCode::UnknownProduct << "0";
    QTest::newRow("unknown name") << "citrix" << 1u << 1u << ErrorCode::UnknownProduct << "citrix";
    QTest::newRow("empty product") << "" << 1u << 1u << ErrorCode::UnknownProduct << "";
    QTest::newRow("first above last") << "1" << 10u << 9u << ErrorCode::InvalidRange << "10-9";
    QTest::newRow("first all ones last 0") << "1" << 0xffffffffu << 0u << ErrorCode::InvalidRange << "4294967295-0";
}

void tst_Blacklist::makeEntryError()
{
    QFETCH(QString, product);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detail);
    const auto entry = Blacklist::makeEntry(product.toStdString(), first, last);
    QVERIFY(!entry);
    QCOMPARE(entry.error().code, code);
    QCOMPARE(QString::fromStdString(entry.error().detail), detail);
}

void tst_Blacklist::parseEntry_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("product");
    QTest::addColumn<quint32>("first");
    QTest::addColumn<quint32>("last");
    // PRODUCT §8: PRODUCT:BUILD[-BUILD], numbers decimal or 0x hex.
    QTest::newRow("number single build") << "1:100" << 1 << 100u << 100u;
    QTest::newRow("name range") << "gplpv-windows:5-10" << 2 << 5u << 10u;
    QTest::newRow("name with dash and plus, hex range") << "xenserver-windows-v7.0+:0x10-0x20" << 4 << 16u << 32u;
    QTest::newRow("largest build") << "experimental:4294967295" << 0xffff << 0xffffffffu << 0xffffffffu;
    QTest::newRow("equal ends") << "linux:1-1" << 3 << 1u << 1u;
}

void tst_Blacklist::parseEntry()
{
    QFETCH(QString, text);
    QFETCH(int, product);
    QFETCH(quint32, first);
    QFETCH(quint32, last);
    const auto entry = Blacklist::parseEntry(text.toStdString());
    QVERIFY(entry);
    QCOMPARE(int(entry->product), product);
    QCOMPARE(entry->firstBuild, first);
    QCOMPARE(entry->lastBuild, last);
    QVERIFY(entry->comment.empty());
}

void tst_Blacklist::parseEntryError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no build") << "1" << ErrorCode::InvalidNumber << "1";
    QTest::newRow("empty build") << "1:" << ErrorCode::InvalidNumber << "";
    QTest::newRow("build not a number") << "1:abc" << ErrorCode::InvalidNumber << "abc";
    QTest::newRow("open range end") << "1:5-" << ErrorCode::InvalidNumber << "";
    QTest::newRow("open range start") << "1:-5" << ErrorCode::InvalidNumber << "";
    QTest::newRow("three ends") << "1:5-6-7" << ErrorCode::InvalidNumber << "6-7";
    QTest::newRow("build over 32 bits") << "1:4294967296" << ErrorCode::InvalidNumber << "4294967296";
    QTest::newRow("reversed range") << "1:10-5" << ErrorCode::InvalidRange << "10-5";
    QTest::newRow("unknown product") << "foo:1" << ErrorCode::UnknownProduct << "foo";
    QTest::newRow("empty text") << "" << ErrorCode::InvalidNumber << "";
}

void tst_Blacklist::parseEntryError()
{
    QFETCH(QString, text);
    QFETCH(ErrorCode, code);
    QFETCH(QString, detail);
    const auto entry = Blacklist::parseEntry(text.toStdString());
    QVERIFY(!entry);
    QCOMPARE(entry.error().code, code);
    QCOMPARE(QString::fromStdString(entry.error().detail), detail);
}

void tst_Blacklist::addAndRemove()
{
    Blacklist blacklist;
    QVERIFY(blacklist.empty());
    QVERIFY(blacklist.add("xensource-windows", 1, 5, "first"));
    QVERIFY(blacklist.add("2:7"));
    QVERIFY(!blacklist.add("1", 9, 8));
    QVERIFY(!blacklist.add("nope:1"));
    QCOMPARE(blacklist.entries().size(), std::size_t(2));
    QCOMPARE(blacklist.entries()[0], (BlacklistEntry{1, 1, 5, "first"}));
    QVERIFY(blacklist.listed(1, 1));
    QVERIFY(blacklist.listed(1, 5));
    QVERIFY(!blacklist.listed(1, 6));
    QVERIFY(!blacklist.listed(2, 3));
    QVERIFY(!blacklist.remove(1, 1, 4));
    QVERIFY(blacklist.remove(1, 1, 5));
    QCOMPARE(blacklist.entries().size(), std::size_t(1));
    QVERIFY(!blacklist.listed(1, 3));
    QVERIFY(blacklist.listed(2, 7));
}

void tst_Blacklist::blacklisted_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<int>("product");
    QTest::addColumn<quint32>("build");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<int>("revision");
    QTest::addColumn<bool>("expected");
    const auto up = Flavour::QemuUpstream;
    const auto trad = Flavour::QemuTraditional;
    const auto xs = Flavour::XenServerTrad;
    const QStringList all{QStringLiteral("1:100-200"), QStringLiteral("2:100-200"), QStringLiteral("3:100-200"),
                          QStringLiteral("4:100-200"), QStringLiteral("5:100-200"), QStringLiteral("0xffff:100-200")};
    // facts§1.2, pitfall 2: upstream never blacklists.
    QTest::newRow("facts§1.2 upstream product 1 listed") << up << all << 1 << 150u << 1 << 1 << false;
    QTest::newRow("facts§1.2 upstream product ffff listed") << up << all << 0xffff << 150u << 1 << 1 << false;
    // facts§1.3: trad products 1, 2, 0xffff only.
    QTest::newRow("facts§1.3 trad product 1 listed") << trad << all << 1 << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.3 trad product 2 listed") << trad << all << 2 << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.3 trad product ffff listed") << trad << all << 0xffff << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.3 trad product 3 linux never") << trad << all << 3 << 150u << 1 << 1 << false;
    QTest::newRow("facts§1.3 trad product 4 never") << trad << all << 4 << 150u << 1 << 1 << false;
    QTest::newRow("facts§1.3 trad product 5 never") << trad << all << 5 << 150u << 1 << 1 << false;
    QTest::newRow("trad range first build inclusive") << trad << all << 1 << 100u << 1 << 1 << true;
    QTest::newRow("trad range last build inclusive") << trad << all << 1 << 200u << 1 << 1 << true;
    QTest::newRow("trad below range") << trad << all << 1 << 99u << 1 << 1 << false;
    QTest::newRow("trad above range") << trad << all << 1 << 201u << 1 << 1 << false;
    QTest::newRow("trad empty list") << trad << QStringList{} << 1 << 150u << 1 << 1 << false;
    QTest::newRow("trad ignores platform device id") << trad << QStringList{} << 1 << 150u << 2 << 2 << false;
    // facts§1.5: xenserver-trad explicit entries as trad, plus the version-2 rules.
    QTest::newRow("facts§1.5 xenserver-trad product 1 listed") << xs << all << 1 << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 2 listed") << xs << all << 2 << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.5 xenserver-trad product ffff listed") << xs << all << 0xffff << 150u << 1 << 1 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 1 on 0001 unlisted")
        << xs << QStringList{} << 1 << 150u << 1 << 1 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 1 on 0002") << xs << QStringList{} << 1 << 150u << 2 << 2 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 1 on c200")
        << xs << QStringList{} << 1 << 150u << 0xc200 << 2 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 2 on 0002 no rule")
        << xs << QStringList{} << 2 << 150u << 2 << 2 << false;
    QTest::newRow("facts§1.5 xenserver-trad linux device_id 0 on default 0001")
        << xs << QStringList{} << 3 << 1u << 1 << 1 << false;
    QTest::newRow("facts§1.5 xenserver-trad linux device_id 0 on 0002")
        << xs << QStringList{} << 3 << 1u << 2 << 2 << true;
    QTest::newRow("facts§1.5 xenserver-trad linux device_id 0 revision byte ignored")
        << xs << QStringList{} << 3 << 0xffu << 1 << 9 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 3 encodes 0002 rev 2 on 0002/2")
        << xs << QStringList{} << 3 << 0x0202u << 2 << 2 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 3 encodes rev 1 below 2")
        << xs << QStringList{} << 3 << 0x0201u << 2 << 2 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 3 encodes 0001 on 0002")
        << xs << QStringList{} << 3 << 0x0102u << 2 << 2 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 4 encodes 0001 rev 1 on default")
        << xs << QStringList{} << 4 << 0x0101u << 1 << 1 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 4 device_id 0 is not special")
        << xs << QStringList{} << 4 << 0x0001u << 1 << 1 << true;
    QTest::newRow("facts§1.5 xenserver-trad product 4 newer revision ok")
        << xs << QStringList{} << 4 << 0xc20005u << 0xc200 << 2 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 4 high byte outside the encoding")
        << xs << QStringList{} << 4 << 0xff000101u << 1 << 1 << false;
    QTest::newRow("facts§1.5 xenserver-trad product 5 no rule")
        << xs << QStringList{} << 5 << 0x0001u << 2 << 2 << false;
    // Explicit entries for products 3/4 are not consulted; only the rules decide.
    QTest::newRow("xenserver-trad product 3 listed but rule passes") << xs << all << 3 << 150u << 1 << 1 << false;
    // facts§10.1: XenServer 8 runs upstream QEMU; no patch of xcp-ng-rpms/qemu sets drivers_blacklisted, so
    // neither the entries nor the version-2 rules of its predecessor refuse anything.
    const auto xs8 = Flavour::XenServer;
    QTest::newRow("facts§10.1 xenserver product 1 listed") << xs8 << all << 1 << 150u << 1 << 1 << false;
    QTest::newRow("facts§10.1 xenserver product 1 on 0002") << xs8 << QStringList{} << 1 << 150u << 2 << 2 << false;
    QTest::newRow("facts§10.1 xenserver linux device_id 0 on 0002")
        << xs8 << QStringList{} << 3 << 0x0001u << 2 << 2 << false;
    QTest::newRow("facts§10.1 xenserver product 4 revision too old")
        << xs8 << QStringList{} << 4 << 0x000201u << 2 << 2 << false;
}

void tst_Blacklist::blacklisted()
{
    QFETCH(Flavour, flavour);
    QFETCH(QStringList, entries);
    QFETCH(int, product);
    QFETCH(quint32, build);
    QFETCH(int, deviceId);
    QFETCH(int, revision);
    QFETCH(bool, expected);
    const Blacklist blacklist = listOf(entries);
    QCOMPARE(
        blacklist.blacklisted(flavour, quint16(product), build, PlatformIdentity{quint16(deviceId), quint8(revision)}),
        expected);
}

void tst_Blacklist::enforced_data()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("product");
    QTest::addColumn<bool>("expected");
    // PRODUCT §3: upstream entries are "modeled, not enforced"; facts§1.3 trad names only 1, 2, 0xffff.
    for (const int product : {1, 2, 3, 4, 5, 0xffff}) {
        QTest::addRow("facts§1.2 upstream product %x not enforced", product)
            << Flavour::QemuUpstream << product << false;
        QTest::addRow("facts§10.1 xenserver product %x not enforced", product)
            << Flavour::XenServer << product << false;
    }
    for (const int product : {1, 2, 0xffff}) {
        QTest::addRow("facts§1.3 trad product %x enforced", product) << Flavour::QemuTraditional << product << true;
        QTest::addRow("facts§1.5 xenserver-trad product %x enforced", product)
            << Flavour::XenServerTrad << product << true;
    }
    for (const int product : {3, 4, 5}) {
        QTest::addRow("facts§1.3 trad product %x not enforced", product)
            << Flavour::QemuTraditional << product << false;
        QTest::addRow("facts§1.5 xenserver-trad explicit product %x not enforced", product)
            << Flavour::XenServerTrad << product << false;
    }
}

void tst_Blacklist::enforced()
{
    QFETCH(Flavour, flavour);
    QFETCH(int, product);
    QFETCH(bool, expected);
    QCOMPARE(Blacklist::enforced(flavour, quint16(product)), expected);
}

void tst_Blacklist::xenstorePath_data()
{
    QTest::addColumn<int>("product");
    QTest::addColumn<quint32>("build");
    QTest::addColumn<QString>("path");
    // facts§1.3: /mh/driver-blacklist/<name>/<build>, build printed with "%d".
    QTest::newRow("facts§1.3 xensource-windows 100") << 1 << 100u << "/mh/driver-blacklist/xensource-windows/100";
    QTest::newRow("facts§1.3 gplpv-windows 0") << 2 << 0u << "/mh/driver-blacklist/gplpv-windows/0";
    QTest::newRow("facts§1.3 experimental largest positive")
        << 0xffff << 0x7fffffffu << "/mh/driver-blacklist/experimental/2147483647";
    QTest::newRow("facts§1.3 build 0x80000000 negative")
        << 1 << 0x80000000u << "/mh/driver-blacklist/xensource-windows/-2147483648";
    QTest::newRow("facts§1.3 build 0xffffffff is -1")
        << 1 << 0xffffffffu << "/mh/driver-blacklist/xensource-windows/-1";
    QTest::newRow("facts§1.3 win-xenbus style build 9.1.0")
        << 0xffff << 0x090100u << "/mh/driver-blacklist/experimental/590080";
    QTest::newRow("facts§2 linux path exists though trad never reads it") << 3 << 1u << "/mh/driver-blacklist/linux/1";
}

void tst_Blacklist::xenstorePath()
{
    QFETCH(int, product);
    QFETCH(quint32, build);
    QFETCH(QString, path);
    const auto result = Blacklist::xenstorePath(quint16(product), build);
    QVERIFY(result);
    QCOMPARE(QString::fromStdString(*result), path);
}

void tst_Blacklist::xenstorePathError_data()
{
    QTest::addColumn<int>("product");
    QTest::newRow("product 0") << 0;
    QTest::newRow("product 6") << 6;
    QTest::newRow("product fffe") << 0xfffe;
}

void tst_Blacklist::xenstorePathError()
{
    QFETCH(int, product);
    const auto result = Blacklist::xenstorePath(quint16(product), 1);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::UnknownProduct);
    QCOMPARE(QString::fromStdString(result.error().detail), QString::number(product));
}

QTEST_APPLESS_MAIN(tst_Blacklist)
#include "tst_Blacklist.moc"
