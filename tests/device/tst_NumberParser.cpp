// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/NumberParser.h"

#include <QTest>

using xp::device::NumberParser;

class tst_NumberParser : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
};

void tst_NumberParser::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("max");
    QTest::addColumn<quint64>("expected");
    // PRODUCT §8: every number on the command line is decimal or 0x-prefixed hex.
    QTest::newRow("decimal") << "60" << quint64(0xffffffff) << quint64(60);
    QTest::newRow("hex-lower") << "0xc000" << quint64(0xffff) << quint64(0xc000);
    QTest::newRow("hex-upper-prefix") << "0XC000" << quint64(0xffff) << quint64(0xc000);
    QTest::newRow("zero") << "0" << quint64(0xff) << quint64(0);
    QTest::newRow("at-max") << "0xffff" << quint64(0xffff) << quint64(0xffff);
    QTest::newRow("leading-zero-decimal") << "010" << quint64(0xff) << quint64(10);
}

void tst_NumberParser::accepted()
{
    QFETCH(QString, text);
    QFETCH(quint64, max);
    QFETCH(quint64, expected);
    const auto result = NumberParser::parse(text.toStdString(), max);
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void tst_NumberParser::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("max");
    QTest::newRow("empty") << "" << quint64(0xffff);
    QTest::newRow("prefix-only") << "0x" << quint64(0xffff);
    QTest::newRow("over-max") << "0x10000" << quint64(0xffff);
    QTest::newRow("negative") << "-1" << quint64(0xffff);
    QTest::newRow("plus-sign") << "+1" << quint64(0xffff);
    QTest::newRow("trailing-text") << "12abc" << quint64(0xffff);
    QTest::newRow("trailing-space") << "12 " << quint64(0xffff);
    QTest::newRow("hex-without-prefix") << "c000" << quint64(0xffff);
    QTest::newRow("double-prefix") << "0x0x1" << quint64(0xffff);
    QTest::newRow("uint64-overflow") << "99999999999999999999999" << quint64(~0ULL);
    QTest::newRow("comma-injection") << "0xc000,addr=5" << quint64(0xffff);
}

void tst_NumberParser::refused()
{
    QFETCH(QString, text);
    QFETCH(quint64, max);
    QVERIFY(!NumberParser::parse(text.toStdString(), max).has_value());
}

QTEST_APPLESS_MAIN(tst_NumberParser)
#include "tst_NumberParser.moc"
