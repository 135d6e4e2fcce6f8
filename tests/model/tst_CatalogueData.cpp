// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/InfParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QVersionNumber>
#include <optional>

// Checks the shipped driver catalogue (data/drivers/, docs/catalogue.md) as data: the JSON
// descriptors are complete and consistent, and every Windows package's INF parses and binds the
// IDs its descriptor and the facts promise.

namespace {
QString dataDir()
{
    return QStringLiteral(XP_SOURCE_DIR "/data/drivers");
}

/// A JSON number or a "0x..." string, as the catalogue allows for product and build numbers.
std::optional<quint64> number(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d != double(quint64(d)))
            return std::nullopt;
        return quint64(d);
    }
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const quint64 parsed = text.mid(2).toULongLong(&ok, 16);
    return ok ? std::optional(parsed) : std::nullopt;
}

QStringList strings(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

const QString kDev1 = QStringLiteral("PCI\\VEN_5853&DEV_0001");
const QString kDev2 = QStringLiteral("PCI\\VEN_5853&DEV_0002");
const QString kVendor = QStringLiteral("PCI\\VEN_5853&DEV_C000&SUBSYS_C0005853&REV_01");
const QString kDev2Rev2 = QStringLiteral("PCI\\VEN_5853&DEV_0002&SUBSYS_00025853&REV_02");
} // namespace

class tst_CatalogueData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requiredFields();
    void uniqueIds();
    void productPackagesExist();
    void windowsUpdateTargetsAreInfHardwareIds();
    void linuxBindings();
    void windowsInf_data();
    void windowsInf();
    void everyWindowsPackageHasARow();

private:
    QJsonArray m_packages;
    QHash<QString, QJsonObject> m_byId;
};

void tst_CatalogueData::initTestCase()
{
    QFile file(QDir(dataDir()).filePath(QStringLiteral("catalogue.json")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("schema")).toInt(), 1);
    m_packages = doc.object().value(QStringLiteral("packages")).toArray();
    QVERIFY(!m_packages.isEmpty());
    for (const QJsonValue& value : std::as_const(m_packages)) {
        QVERIFY(value.isObject());
        const QJsonObject o = value.toObject();
        m_byId.insert(o.value(QStringLiteral("id")).toString(), o);
    }
}

void tst_CatalogueData::requiredFields()
{
    static const QSet<QString> oses{QStringLiteral("windows"), QStringLiteral("linux"), QStringLiteral("freebsd"),
                                    QStringLiteral("netbsd"), QStringLiteral("openbsd")};
    static const QSet<QString> stacks{QStringLiteral("citrix-legacy"),   QStringLiteral("gplpv"),
                                      QStringLiteral("citrix-standard"), QStringLiteral("xenbus"),
                                      QStringLiteral("linux"),           QStringLiteral("freebsd"),
                                      QStringLiteral("netbsd"),          QStringLiteral("openbsd")};
    static const QSet<QString> kinds{
        QStringLiteral("legacy-citrix"), QStringLiteral("xenbus"), QStringLiteral("xen-doc"), QStringLiteral("linux"),
        QStringLiteral("freebsd"),       QStringLiteral("netbsd"), QStringLiteral("none")};
    static const QSet<QString> signers{QStringLiteral("whql"), QStringLiteral("authenticode"),
                                       QStringLiteral("unsigned")};
    for (const QJsonValue& value : std::as_const(m_packages)) {
        const QJsonObject o = value.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QByteArray where = id.toUtf8();
        QVERIFY2(!id.isEmpty(), "a package has no id");
        QVERIFY2(!o.value(QStringLiteral("name")).toString().isEmpty(), where.constData());
        const QString os = o.value(QStringLiteral("os")).toString();
        QVERIFY2(oses.contains(os), where.constData());
        QVERIFY2(stacks.contains(o.value(QStringLiteral("stack")).toString()), where.constData());
        QVERIFY2(o.value(QStringLiteral("rootEnumerated")).isArray(), where.constData());
        QVERIFY2(o.value(QStringLiteral("binds")).isArray(), where.constData());
        QVERIFY2(!o.value(QStringLiteral("source")).toString().isEmpty(), where.constData());
        QVERIFY2(o.value(QStringLiteral("uncertain")).isArray(), where.constData());
        for (const QJsonValue& phrase : o.value(QStringLiteral("uncertain")).toArray())
            QVERIFY2(!phrase.toString().isEmpty(), where.constData());

        const QJsonObject handshake = o.value(QStringLiteral("handshake")).toObject();
        const QString kind = handshake.value(QStringLiteral("kind")).toString();
        QVERIFY2(kinds.contains(kind), where.constData());
        if (kind == QLatin1String("xenbus") || kind == QLatin1String("legacy-citrix") ||
            kind == QLatin1String("xen-doc") || kind == QLatin1String("linux")) {
            const auto product = number(handshake.value(QStringLiteral("product")));
            QVERIFY2(product && *product >= 1 && *product <= 0xffff, where.constData());
            const auto build = number(handshake.value(QStringLiteral("build")));
            QVERIFY2(build && *build <= 0xffffffffu, where.constData());
        }
        if (kind == QLatin1String("xenbus"))
            QVERIFY2(!QVersionNumber::fromString(handshake.value(QStringLiteral("version")).toString()).isNull(),
                     where.constData());

        QVERIFY2(o.value(QStringLiteral("windowsUpdate")).isObject(), where.constData());
        const QJsonObject wu = o.value(QStringLiteral("windowsUpdate")).toObject();
        QVERIFY2(wu.value(QStringLiteral("published")).isBool(), where.constData());
        QVERIFY2(wu.value(QStringLiteral("targets")).isArray(), where.constData());
        // Published means targeted at something; unpublished packages target nothing.
        QCOMPARE(wu.value(QStringLiteral("published")).toBool(),
                 !wu.value(QStringLiteral("targets")).toArray().isEmpty());

        if (os == QLatin1String("windows")) {
            QCOMPARE(o.value(QStringLiteral("inf")).toString(), id + QStringLiteral(".inf"));
            QVERIFY2(signers.contains(o.value(QStringLiteral("signer")).toString()), where.constData());
            QVERIFY2(o.value(QStringLiteral("binds")).toArray().isEmpty(), where.constData());
        } else {
            QVERIFY2(!o.contains(QStringLiteral("inf")), where.constData());
            QVERIFY2(!wu.value(QStringLiteral("published")).toBool(), where.constData());
            for (const QJsonValue& b : o.value(QStringLiteral("binds")).toArray()) {
                const auto deviceId = number(b.toObject().value(QStringLiteral("deviceId")));
                QVERIFY2(deviceId && *deviceId <= 0xffff, where.constData());
            }
        }
    }
}

void tst_CatalogueData::uniqueIds()
{
    QSet<QString> seen;
    for (const QJsonValue& value : std::as_const(m_packages)) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
}

void tst_CatalogueData::productPackagesExist()
{
    // PRODUCT.md section 5: these ids are a contract.
    const QStringList ids{QStringLiteral("citrix-legacy-6.0"),
                          QStringLiteral("gplpv-1.0"),
                          QStringLiteral("xenserver-6.1"),
                          QStringLiteral("xenserver-7.0"),
                          QStringLiteral("xenserver-vmtools-9"),
                          QStringLiteral("xenproject-9.1"),
                          QStringLiteral("xcpng-tools-8.3"),
                          QStringLiteral("linux"),
                          QStringLiteral("freebsd"),
                          QStringLiteral("netbsd"),
                          QStringLiteral("openbsd")};
    for (const QString& id : ids)
        QVERIFY2(m_byId.contains(id), qPrintable(id));
    QCOMPARE(m_byId.value(QStringLiteral("citrix-legacy-6.0")).value(QStringLiteral("rootEnumerated")).toArray(),
             QJsonArray{QStringLiteral("ROOT\\XENEVTCHN")});
    // Only the vendor build is on Windows Update (PRODUCT.md section 6).
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it) {
        const bool published =
            it->value(QStringLiteral("windowsUpdate")).toObject().value(QStringLiteral("published")).toBool();
        QCOMPARE(published, it.key() == QLatin1String("xenserver-vmtools-9"));
    }
}

void tst_CatalogueData::windowsUpdateTargetsAreInfHardwareIds()
{
    for (const QJsonValue& value : std::as_const(m_packages)) {
        const QJsonObject o = value.toObject();
        const QStringList targets =
            strings(o.value(QStringLiteral("windowsUpdate")).toObject().value(QStringLiteral("targets")).toArray());
        if (targets.isEmpty())
            continue;
        const InfParser::Result result =
            InfParser::parseFile(QDir(dataDir()).filePath(o.value(QStringLiteral("inf")).toString()));
        QVERIFY(result.ok());
        QStringList hardwareIds;
        for (const InfFile::ModelEntry& entry : result.value.modelsFor(WindowsVersion(10, 0, 17763)))
            hardwareIds << entry.hardwareId;
        for (const QString& target : targets)
            QVERIFY2(hardwareIds.contains(target), qPrintable(target));
    }
}

void tst_CatalogueData::linuxBindings()
{
    // facts 4.1: 0001 always; 0002 from 2356f15caefc (mainline v6.15, stable backports).
    const QJsonArray binds = m_byId.value(QStringLiteral("linux")).value(QStringLiteral("binds")).toArray();
    QCOMPARE(binds.size(), 2);
    QCOMPARE(number(binds.at(0).toObject().value(QStringLiteral("deviceId"))), std::optional<quint64>(0x0001));
    QVERIFY(!binds.at(0).toObject().contains(QStringLiteral("minKernel")));
    const QJsonObject dev2 = binds.at(1).toObject();
    QCOMPARE(number(dev2.value(QStringLiteral("deviceId"))), std::optional<quint64>(0x0002));
    QCOMPARE(dev2.value(QStringLiteral("minKernel")).toString(), QStringLiteral("6.15"));
    const QStringList backports = strings(dev2.value(QStringLiteral("backports")).toArray());
    QVERIFY(backports.contains(QStringLiteral("5.4.294")));
    for (const QString& backport : backports) {
        const QVersionNumber v = QVersionNumber::fromString(backport);
        QCOMPARE(v.segmentCount(), 3);
        QVERIFY2(v < QVersionNumber(6, 15), qPrintable(backport));
    }
    // facts 4.2: XEN_IOPORT_LINUX_PRODNUM 3, XEN_IOPORT_LINUX_DRVVER 1.
    const QJsonObject handshake = m_byId.value(QStringLiteral("linux")).value(QStringLiteral("handshake")).toObject();
    QCOMPARE(handshake.value(QStringLiteral("kind")).toString(), QStringLiteral("linux"));
    QCOMPARE(number(handshake.value(QStringLiteral("product"))), std::optional<quint64>(3));
    QCOMPARE(number(handshake.value(QStringLiteral("build"))), std::optional<quint64>(1));
}

void tst_CatalogueData::windowsInf_data()
{
    QTest::addColumn<QStringList>("hardwareIds");
    QTest::addColumn<QList<QStringList>>("compatibleIds");
    QTest::addColumn<int>("featureScore");
    // Expected Models entries for Windows 10 1809 amd64 (10.0.17763), one row per package.
    QTest::newRow("citrix-legacy-6.0") << QStringList{kDev1} << QList<QStringList>{{}} << 0xff;
    QTest::newRow("gplpv-1.0") << QStringList{kDev1} << QList<QStringList>{{}} << 0xff;
    QTest::newRow("xenserver-6.1") << QStringList{kDev2} << QList<QStringList>{{}} << 0xff;
    QTest::newRow("xenserver-7.0") << QStringList{kDev2Rev2} << QList<QStringList>{{}} << 0xff;
    QTest::newRow("xenserver-vmtools-9") << QStringList{kVendor} << QList<QStringList>{{kDev2, kDev1}} << 0xfe;
    QTest::newRow("xenproject-9.1") << QStringList{kDev2} << QList<QStringList>{{kDev1}} << 0xfe;
    QTest::newRow("xcpng-tools-8.3") << QStringList{kDev2} << QList<QStringList>{{kDev1}} << 0xfe;
}

void tst_CatalogueData::windowsInf()
{
    QFETCH(QStringList, hardwareIds);
    QFETCH(QList<QStringList>, compatibleIds);
    QFETCH(int, featureScore);
    const QString id = QString::fromUtf8(QTest::currentDataTag());
    QVERIFY2(m_byId.contains(id), qPrintable(id));
    const QJsonObject package = m_byId.value(id);
    QCOMPARE(package.value(QStringLiteral("os")).toString(), QStringLiteral("windows"));

    const InfParser::Result result =
        InfParser::parseFile(QDir(dataDir()).filePath(package.value(QStringLiteral("inf")).toString()));
    QVERIFY2(result.ok(), qPrintable(result.error ? result.error->toString() : QString()));
    const InfFile& inf = result.value;
    QCOMPARE(inf.signature().compare(QLatin1String("$Windows NT$"), Qt::CaseInsensitive), 0);
    QCOMPARE(inf.className(), QStringLiteral("System"));
    QCOMPARE(inf.classGuid().toLower(), QStringLiteral("{4d36e97d-e325-11ce-bfc1-08002be10318}"));
    QVERIFY(!inf.provider().isEmpty());
    QVERIFY(!inf.provider().contains(QLatin1Char('%')));
    QVERIFY(inf.catalogFile().endsWith(QLatin1String(".cat")));
    // DriverVer=mm/dd/yyyy,w.x.y.z
    QVERIFY(inf.driverDate().isValid());
    QCOMPARE(inf.driverVersion().segmentCount(), 4);

    const QList<InfFile::ModelEntry> entries = inf.modelsFor(WindowsVersion(10, 0, 17763));
    QStringList actualHardware;
    QList<QStringList> actualCompatible;
    for (const InfFile::ModelEntry& entry : entries) {
        actualHardware << entry.hardwareId;
        actualCompatible << entry.compatibleIds;
        QCOMPARE(inf.featureScore(entry.installSection, WindowsVersion::Architecture::Amd64), featureScore);
        QVERIFY(!inf.ddInstallSection(entry.installSection, WindowsVersion::Architecture::Amd64).isEmpty());
        QVERIFY(!entry.description.contains(QLatin1Char('%')));
    }
    QCOMPARE(actualHardware, hardwareIds);
    QCOMPARE(actualCompatible, compatibleIds);
}

void tst_CatalogueData::everyWindowsPackageHasARow()
{
    // A new Windows package must get its expectations in windowsInf_data().
    const QSet<QString> rows{QStringLiteral("citrix-legacy-6.0"),   QStringLiteral("gplpv-1.0"),
                             QStringLiteral("xenserver-6.1"),       QStringLiteral("xenserver-7.0"),
                             QStringLiteral("xenserver-vmtools-9"), QStringLiteral("xenproject-9.1"),
                             QStringLiteral("xcpng-tools-8.3")};
    QSet<QString> windows;
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it) {
        if (it->value(QStringLiteral("os")).toString() == QLatin1String("windows"))
            windows.insert(it.key());
    }
    QCOMPARE(windows, rows);
}

QTEST_GUILESS_MAIN(tst_CatalogueData)
#include "tst_CatalogueData.moc"
