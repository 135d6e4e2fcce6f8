// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/XmlLimits.h"

#include <QTest>

// LimitedXmlReader makes XmlLimits' checks while a document is read: it must refuse exactly what
// XmlLimits::problem() refuses, with the same sentence, wherever in the walk the limit is hit.
class tst_LimitedXmlReader : public QObject
{
    Q_OBJECT

private slots:
    void sameVerdictAsXmlLimits_data();
    void sameVerdictAsXmlLimits();
    void walk();
};

namespace {

QString nested(int depth)
{
    return QStringLiteral("<n>").repeated(depth) + QStringLiteral("</n>").repeated(depth);
}

/// Reads the whole document the way DomainXmlReader does: children of the root, each skipped.
QString walkAll(const QString& xml)
{
    LimitedXmlReader reader(xml);
    if (reader.nextStartElement())
        while (reader.nextStartElement())
            reader.skipElement();
    return reader.limitProblem();
}

} // namespace

void tst_LimitedXmlReader::sameVerdictAsXmlLimits_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("refused");
    QTest::newRow("plain") << QStringLiteral("<domain><name>a</name></domain>") << false;
    // kMaxDepth counts the root as 1: 512 levels are read, 513 are refused (XmlLimits.h).
    QTest::newRow("depth 512") << nested(XmlLimits::kMaxDepth) << false;
    QTest::newRow("depth 513") << nested(XmlLimits::kMaxDepth + 1) << true;
    QTest::newRow("depth 513 after a sibling")
        << QStringLiteral("<domain><a/>") + nested(XmlLimits::kMaxDepth) + QStringLiteral("</domain>") << true;
    QTest::newRow("depth 100000") << nested(100000) << true;
    QTest::newRow("DOCTYPE with an entity")
        << QStringLiteral("<!DOCTYPE domain [<!ENTITY a \"b\">]>\n<domain>&a;</domain>") << true;
    QTest::newRow("DOCTYPE with a system id")
        << QStringLiteral("<!DOCTYPE domain SYSTEM \"file:///etc/passwd\">\n<domain/>") << true;
    QTest::newRow("not well-formed is not a limit") << QStringLiteral("<domain><a></domain>") << false;
}

void tst_LimitedXmlReader::sameVerdictAsXmlLimits()
{
    QFETCH(QString, xml);
    QFETCH(bool, refused);
    const QString expected = XmlLimits::problem(xml);
    QCOMPARE(!expected.isEmpty(), refused);
    QCOMPARE(walkAll(xml), expected);
}

void tst_LimitedXmlReader::walk()
{
    LimitedXmlReader reader(QStringLiteral("<domain><name>vm-1</name><devices><disk><target dev='hda'/></disk>"
                                           "<interface/></devices></domain>"));
    QVERIFY(reader.nextStartElement());
    QCOMPARE(reader.depth(), 1);
    QVERIFY(reader.nextStartElement());
    QCOMPARE(reader.stream().name(), QLatin1String("name"));
    QCOMPARE(reader.elementText(), QStringLiteral("vm-1"));
    QCOMPARE(reader.depth(), 1);
    QVERIFY(reader.nextStartElement());
    QCOMPARE(reader.stream().name(), QLatin1String("devices"));
    QVERIFY(reader.nextStartElement());
    QCOMPARE(reader.depth(), 3);
    reader.skipElement();
    QCOMPARE(reader.depth(), 2);
    QVERIFY(reader.nextStartElement());
    QCOMPARE(reader.stream().name(), QLatin1String("interface"));
    reader.skipElement();
    QVERIFY(!reader.nextStartElement());
    QCOMPARE(reader.depth(), 1);
    QVERIFY(!reader.nextStartElement());
    QCOMPARE(reader.depth(), 0);
    QVERIFY(!reader.stream().hasError());
}

QTEST_GUILESS_MAIN(tst_LimitedXmlReader)
#include "tst_LimitedXmlReader.moc"
