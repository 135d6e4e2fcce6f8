// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/HexText.h"

#include <QTest>

class tst_HexText : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void idAndRevision_data();
    void idAndRevision();
};

void tst_HexText::formats_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("upper");
    QTest::addColumn<QString>("prefixed");

    QTest::newRow("zero, padded") << quint64(0) << 4 << "0000"
                                  << "0000"
                                  << "0x0000";
    QTest::newRow("vendor device c000") << quint64(0xc000) << 4 << "c000"
                                        << "C000"
                                        << "0xc000";
    QTest::newRow("revision 1 in two digits") << quint64(1) << 2 << "01"
                                              << "01"
                                              << "0x01";
    QTest::newRow("class code, six digits") << quint64(0xff8000) << 6 << "ff8000"
                                            << "FF8000"
                                            << "0xff8000";
    // A value wider than the field is never cut: an unplug mask or a rank keeps every digit.
    QTest::newRow("wider than the field") << quint64(0x12345) << 4 << "12345"
                                          << "12345"
                                          << "0x12345";
    QTest::newRow("driver rank, eight digits") << quint64(0x00ff2001) << 8 << "00ff2001"
                                               << "00FF2001"
                                               << "0x00ff2001";
    QTest::newRow("64-bit") << quint64(0xfedcba9876543210) << 16 << "fedcba9876543210"
                            << "FEDCBA9876543210"
                            << "0xfedcba9876543210";
}

void tst_HexText::formats()
{
    QFETCH(quint64, value);
    QFETCH(int, width);
    QFETCH(QString, digits);
    QFETCH(QString, upper);
    QFETCH(QString, prefixed);
    QCOMPARE(HexText::digits(value, width), digits);
    QCOMPARE(HexText::upperDigits(value, width), upper);
    QCOMPARE(HexText::prefixed(value, width), prefixed);
    // The formatter it replaced, QString::arg with a zero fill, gives the same text.
    QCOMPARE(QStringLiteral("%1").arg(value, width, 16, QLatin1Char('0')), digits);
}

void tst_HexText::idAndRevision_data()
{
    QTest::addColumn<quint16>("id");
    QTest::addColumn<quint8>("revision");
    QTest::addColumn<QString>("idText");
    QTest::addColumn<QString>("revisionText");

    // docs/metadata.md: IDs as 0x and four digits, revisions as 0x and two, lower case.
    QTest::newRow("platform 0001 rev 01") << quint16(0x0001) << quint8(0x01) << "0x0001"
                                          << "0x01";
    QTest::newRow("XenServer 0002 rev 02") << quint16(0x0002) << quint8(0x02) << "0x0002"
                                           << "0x02";
    QTest::newRow("vendor c000 rev ff") << quint16(0xc000) << quint8(0xff) << "0xc000"
                                        << "0xff";
    QTest::newRow("vendor id 5853") << quint16(0x5853) << quint8(0) << "0x5853"
                                    << "0x00";
}

void tst_HexText::idAndRevision()
{
    QFETCH(quint16, id);
    QFETCH(quint8, revision);
    QFETCH(QString, idText);
    QFETCH(QString, revisionText);
    QCOMPARE(HexText::id(id), idText);
    QCOMPARE(HexText::revision(revision), revisionText);
}

QTEST_APPLESS_MAIN(tst_HexText)
#include "tst_HexText.moc"
