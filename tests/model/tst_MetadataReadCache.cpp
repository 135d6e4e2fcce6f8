// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/MetadataCodec.h"
#include "model/core/MetadataReadCache.h"
#include "model/core/ParallelStream.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

// The memo must be invisible: whatever element it is given, the config comes out as MetadataCodec makes it, on the
// first read (a miss) and on every later one (hits), from any thread.
class tst_MetadataReadCache : public QObject
{
    Q_OBJECT

private slots:
    void sameAsTheCodec_data();
    void sameAsTheCodec();
    void uncheckedElementsAreChecked_data();
    void uncheckedElementsAreChecked();
    void demoFleetThroughTheReader();
    void capacity();
    void concurrentReaders();
};

namespace {

QString wrap(const QString& inner)
{
    return QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"1\">%1</xp:platform>")
        .arg(inner);
}

VmConfig byCodec(const QString& element)
{
    VmConfig config;
    MetadataCodec::readWithinLimits(element, config);
    return config;
}

/// Every <domain> of the bundled demo node, as written there.
QStringList demoDomains()
{
    QFile file(QStringLiteral(XP_SOURCE_DIR "/data/demo-fleet.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QStringList domains;
    static const QRegularExpression domain(QStringLiteral("<domain[ >].*?</domain>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (auto it = domain.globalMatch(text); it.hasNext();)
        domains.append(it.next().captured());
    return domains;
}

} // namespace

void tst_MetadataReadCache::sameAsTheCodec_data()
{
    QTest::addColumn<QString>("element");
    QTest::newRow("none") << QString();
    QTest::newRow("every field") << wrap(
        QStringLiteral("<xp:device-model flavour=\"xenserver-trad\"/><xp:platform-device enabled=\"yes\" "
                       "device-id=\"0x0002\" revision=\"0x02\"/><xp:vendor-device vendor-id=\"0x5853\" "
                       "device-id=\"0xc000\" revision=\"0x01\"/><xp:blacklist><xp:entry product=\"1\" "
                       "builds=\"1-90\" comment=\"c\"/></xp:blacklist><xp:guest os=\"windows\" "
                       "edition=\"server\" release=\"10.0.17763\" windows-update=\"automatic\"><xp:driver "
                       "package=\"citrix-legacy-6.0\"/><xp:xenbus-active device-id=\"0x0001\"/></xp:guest>"
                       "<xp:migration package=\"linux\" steps=\"2\" completed=\"1\" state=\"in-progress\"/>"));
    QTest::newRow("xenserver with its profile") << wrap(
        QStringLiteral("<xp:device-model flavour=\"xenserver\" profile=\"qemu-upstream-uefi\"/><xp:platform-device "
                       "device-id=\"0x0002\"/>"));
    QTest::newRow("bad values") << wrap(QStringLiteral("<xp:platform-device device-id=\"0x10000\"/>"
                                                       "<xp:guest os=\"plan9\"/>"));
    QTest::newRow("newer schema") << QStringLiteral(
        "<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\" schema=\"9\"/>");
    QTest::newRow("not well-formed") << QStringLiteral("<xp:platform xmlns:xp=\"urn:xpconsole:platform:1\"><xp:guest");
    QTest::newRow("foreign root") << QStringLiteral("<a:platform xmlns:a=\"urn:example\"/>");
}

void tst_MetadataReadCache::sameAsTheCodec()
{
    QFETCH(QString, element);
    MetadataReadCache cache;
    const VmConfig expected = byCodec(element);
    for (int pass = 0; pass < 3; ++pass) {
        VmConfig config;
        cache.read(element, config);
        QVERIFY2(config == expected, qPrintable(QStringLiteral("pass %1").arg(pass)));
    }
    QCOMPARE(cache.size(), 1);
}

void tst_MetadataReadCache::uncheckedElementsAreChecked_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<bool>("refusedByLimits");
    QTest::newRow("every field") << wrap(QStringLiteral(
                                        "<xp:device-model flavour=\"xenserver-trad\"/><xp:platform-device "
                                        "device-id=\"0x0002\" revision=\"0x02\"/>"))
                                 << false;
    // As libvirt 9.0 answers virDomainGetMetadata, with the namespace made the default one (NextBoot).
    QTest::newRow("default namespace")
        << QStringLiteral("<platform xmlns=\"urn:xpconsole:platform:1\" schema=\"1\">\n  <device-model "
                          "flavour=\"qemu-traditional\"/>\n</platform>")
        << false;
    QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE x [<!ENTITY a \"b\">]>") + wrap(QString()) << true;
    QTest::newRow("nested 600 deep") << wrap(QStringLiteral("<xp:guest>").repeated(600) +
                                             QStringLiteral("</xp:guest>").repeated(600))
                                     << true;
}

void tst_MetadataReadCache::uncheckedElementsAreChecked()
{
    // An element that no reader has checked (libvirt's answer to virDomainGetMetadata) gets XmlLimits' checks on a
    // miss, and its hits give what MetadataCodec::read gives, refusal included.
    QFETCH(QString, element);
    QFETCH(bool, refusedByLimits);
    VmConfig expected;
    MetadataCodec::read(element, expected);
    QCOMPARE(expected.metadataReadOnly, refusedByLimits);
    MetadataReadCache cache(MetadataReadCache::Source::Unchecked);
    for (int pass = 0; pass < 3; ++pass) {
        VmConfig config;
        cache.read(element, config);
        QVERIFY2(config == expected, qPrintable(QStringLiteral("pass %1").arg(pass)));
    }
    QCOMPARE(cache.size(), 1);
}

void tst_MetadataReadCache::demoFleetThroughTheReader()
{
    const QStringList domains = demoDomains();
    QVERIFY(domains.size() >= 20);
    MetadataReadCache::shared().clear();
    for (const QString& xml : domains) {
        VmConfig first;
        VmConfig second;
        QVERIFY(DomainXmlReader::read(xml, first));
        QVERIFY(DomainXmlReader::read(xml, second));
        QCOMPARE(second, first);
        // The demo node has no element the reader itself complains about, so the metadata fields are the codec's.
        const VmConfig codec = byCodec(DomainXmlReader::metadataElement(xml));
        QCOMPARE(first.flavour, codec.flavour);
        QCOMPARE(first.flavourFromMetadata, codec.flavourFromMetadata);
        QCOMPARE(first.platform, codec.platform);
        QCOMPARE(first.vendor, codec.vendor);
        QCOMPARE(first.blacklist, codec.blacklist);
        QCOMPARE(first.guest, codec.guest);
        QCOMPARE(first.migration, codec.migration);
        QCOMPARE(first.metadataErrors, codec.metadataErrors);
        QCOMPARE(first.metadataReadOnly, codec.metadataReadOnly);
        QCOMPARE(first.hasMetadata, codec.hasMetadata);
    }
    QVERIFY(MetadataReadCache::shared().size() > 0);
}

void tst_MetadataReadCache::capacity()
{
    MetadataReadCache cache;
    for (qsizetype i = 0; i < MetadataReadCache::kCapacity; ++i) {
        VmConfig config;
        cache.read(wrap(QStringLiteral("<xp:guest release=\"%1\"/>").arg(i)), config);
        QCOMPARE(config.guest.release, QString::number(i));
    }
    QCOMPARE(cache.size(), MetadataReadCache::kCapacity);
    VmConfig config;
    cache.read(wrap(QStringLiteral("<xp:guest release=\"new\"/>")), config);
    QCOMPARE(config.guest.release, QStringLiteral("new"));
    QCOMPARE(cache.size(), 1);
}

void tst_MetadataReadCache::concurrentReaders()
{
    MetadataReadCache cache;
    QList<QString> elements;
    for (int i = 0; i < 64; ++i)
        elements.append(
            wrap(QStringLiteral("<xp:blacklist><xp:entry product=\"1\" build=\"%1\"/></xp:blacklist>").arg(i)));
    struct Read
    {
        QString element;
        VmConfig config;
    };
    xp::ParallelStream<Read> stream([&cache](Read& r) { cache.read(r.element, r.config); }, 3);
    for (int i = 0; i < 4096; ++i)
        stream.push(Read{elements.at(i % elements.size()), {}});
    for (const Read& r : stream.finish())
        QCOMPARE(r.config, byCodec(r.element));
}

QTEST_GUILESS_MAIN(tst_MetadataReadCache)
#include "tst_MetadataReadCache.moc"
