// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/ProductRegistry.h"

#include <QTest>

using xp::device::ProductRegistry;

class tst_ProductRegistry : public QObject
{
    Q_OBJECT

private slots:
    void registry_data();
    void registry();
    void parse_data();
    void parse();
    void unknown_data();
    void unknown();
};

void tst_ProductRegistry::registry_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    // Source: xen-project/xen xen/include/public/hvm/pvdrivers.h (platform-facts §2).
    QTest::newRow("pvdrivers.h:1") << 0x0001 << "xensource-windows";
    QTest::newRow("pvdrivers.h:2") << 0x0002 << "gplpv-windows";
    QTest::newRow("pvdrivers.h:3") << 0x0003 << "linux";
    QTest::newRow("pvdrivers.h:4") << 0x0004 << "xenserver-windows-v7.0+";
    QTest::newRow("pvdrivers.h:5") << 0x0005 << "xenserver-windows-v7.2+";
    QTest::newRow("pvdrivers.h:ffff") << 0xffff << "experimental";
}

void tst_ProductRegistry::registry()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    const auto byNumber = ProductRegistry::byNumber(quint16(number));
    QVERIFY(byNumber);
    QCOMPARE(QString::fromUtf8(byNumber->name.data(), qsizetype(byNumber->name.size())), name);
    const auto byName = ProductRegistry::byName(name.toStdString());
    QVERIFY(byName);
    QCOMPARE(int(byName->number), number);
}

void tst_ProductRegistry::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("number");
    // PRODUCT §4: products are named by registry name or number.
    QTest::newRow("name") << "xensource-windows" << 1;
    QTest::newRow("decimal") << "3" << 3;
    QTest::newRow("hex") << "0x0004" << 4;
    QTest::newRow("experimental-hex") << "0xffff" << 0xffff;
    QTest::newRow("experimental-decimal") << "65535" << 0xffff;
}

void tst_ProductRegistry::parse()
{
    QFETCH(QString, text);
    QFETCH(int, number);
    const auto product = ProductRegistry::parse(text.toStdString());
    QVERIFY(product);
    QCOMPARE(int(product->number), number);
}

void tst_ProductRegistry::unknown_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unregistered-number") << "6";
    QTest::newRow("zero") << "0";
    QTest::newRow("over-16-bit") << "0x10000";
    QTest::newRow("unknown-name") << "citrix";
    QTest::newRow("case-differs") << "Linux";
    QTest::newRow("empty") << "";
}

void tst_ProductRegistry::unknown()
{
    QFETCH(QString, text);
    QVERIFY(!ProductRegistry::parse(text.toStdString()));
}

QTEST_APPLESS_MAIN(tst_ProductRegistry)
#include "tst_ProductRegistry.moc"
