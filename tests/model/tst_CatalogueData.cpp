// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/InfParser.h"
#include "model/core/GuestObservations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
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

/// All of @p text is a version, as the current-versions table requires ("9.4.2", not "9.4.2-rc1").
bool isVersion(const QString& text)
{
    qsizetype suffix = 0;
    return !QVersionNumber::fromString(text, &suffix).isNull() && suffix == text.size();
}

/// A catalogue directory with xenserver-vmtools-9 alone and @p currentVersions as its table.
bool writeCatalogue(const QTemporaryDir& dir, const QJsonObject& package, const QJsonArray& currentVersions)
{
    const QString inf = package.value(QStringLiteral("inf")).toString();
    if (!QFile::copy(QDir(dataDir()).filePath(inf), dir.filePath(inf)))
        return false;
    QFile file(dir.filePath(QStringLiteral("catalogue.json")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                         {QStringLiteral("packages"), QJsonArray{package}},
                                         {QStringLiteral("currentVersions"), currentVersions}})
                   .toJson());
    return true;
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
    void currentVersions_data();
    void currentVersions();
    void everyWindowsPackageHasOneLine();
    void currency_data();
    void currency();
    void malformedCurrentVersionsAreWarnings();
    void currentDriverVersionMakesItCurrent();

private:
    QJsonArray m_packages;
    QHash<QString, QJsonObject> m_byId;
    QJsonArray m_currentVersions;
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
    m_currentVersions = doc.object().value(QStringLiteral("currentVersions")).toArray();
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

void tst_CatalogueData::currentVersions_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue& value : std::as_const(m_currentVersions))
        QTest::newRow(qPrintable(value.toObject().value(QStringLiteral("line")).toString())) << value.toObject();
}

void tst_CatalogueData::currentVersions()
{
    // docs/catalogue.md "Current versions": every fact with a source, no version that is not one.
    QFETCH(QJsonObject, entry);
    QVERIFY(!entry.value(QStringLiteral("name")).toString().isEmpty());
    const QJsonArray packages = entry.value(QStringLiteral("packages")).toArray();
    QVERIFY(!packages.isEmpty());
    for (const QJsonValue& id : packages) {
        QVERIFY2(m_byId.contains(id.toString()), qPrintable(id.toString()));
        // Linux and BSD drivers follow the kernel's version: no line for them.
        QCOMPARE(m_byId.value(id.toString()).value(QStringLiteral("os")).toString(), QStringLiteral("windows"));
    }
    QVERIFY(entry.value(QStringLiteral("source")).toString().size() > 20);
    QVERIFY(entry.value(QStringLiteral("uncertain")).isArray());
    for (const QJsonValue& phrase : entry.value(QStringLiteral("uncertain")).toArray())
        QVERIFY(!phrase.toString().isEmpty());
    QVERIFY(entry.value(QStringLiteral("maintained")).isBool());
    if (entry.value(QStringLiteral("maintained")).toBool()) {
        QVERIFY2(isVersion(entry.value(QStringLiteral("current")).toString()),
                 qPrintable(entry.value(QStringLiteral("current")).toVariant().toString()));
        QVERIFY(!entry.contains(QStringLiteral("successor")));
    } else {
        QVERIFY(entry.value(QStringLiteral("current")).isNull());
        const QString successor = entry.value(QStringLiteral("successor")).toString();
        if (!successor.isEmpty()) {
            bool maintained = false;
            for (const QJsonValue& other : std::as_const(m_currentVersions))
                if (other.toObject().value(QStringLiteral("line")).toString() == successor)
                    maintained = other.toObject().value(QStringLiteral("maintained")).toBool();
            QVERIFY2(maintained, qPrintable(successor));
        }
        if (entry.contains(QStringLiteral("lastRelease")))
            QVERIFY(isVersion(entry.value(QStringLiteral("lastRelease")).toString()));
    }
    if (entry.contains(QStringLiteral("released")))
        QVERIFY(QDate::fromString(entry.value(QStringLiteral("released")).toString(), Qt::ISODate).isValid());
    if (entry.contains(QStringLiteral("outdatedBelow"))) {
        QCOMPARE(entry.value(QStringLiteral("driver")).toString(), QStringLiteral("xenbus"));
        const QJsonObject floor = entry.value(QStringLiteral("outdatedBelow")).toObject();
        // A DriverVer: four parts, so that 9.0.9048 does not sort below 9.0.9048.0.
        const QString version = floor.value(QStringLiteral("version")).toString();
        QVERIFY2(isVersion(version) && QVersionNumber::fromString(version).segmentCount() == 4, qPrintable(version));
        QVERIFY(!floor.value(QStringLiteral("fact")).toString().isEmpty());
        // The floor must be a release no newer than the current one, or "below it" would not mean "outdated".
        if (floor.contains(QStringLiteral("release")))
            QVERIFY(QVersionNumber::fromString(floor.value(QStringLiteral("release")).toString()) <=
                    QVersionNumber::fromString(entry.value(QStringLiteral("current")).toString()));
    }
}

void tst_CatalogueData::everyWindowsPackageHasOneLine()
{
    QHash<QString, QString> lineOf;
    for (const QJsonValue& value : std::as_const(m_currentVersions))
        for (const QJsonValue& id : value.toObject().value(QStringLiteral("packages")).toArray()) {
            QVERIFY2(!lineOf.contains(id.toString()), qPrintable(id.toString()));
            lineOf.insert(id.toString(), value.toObject().value(QStringLiteral("line")).toString());
        }
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it)
        if (it->value(QStringLiteral("os")).toString() == QLatin1String("windows"))
            QVERIFY2(lineOf.contains(it.key()), qPrintable(it.key()));
    // The loader reads the table as the data test does, without a warning.
    DriverCatalogue catalogue;
    QVERIFY(catalogue.load(dataDir()));
    QVERIFY2(catalogue.warnings().isEmpty(), qPrintable(catalogue.warnings().join(QLatin1Char('\n'))));
    QCOMPARE(catalogue.currentVersions().size(), m_currentVersions.size());
    for (auto it = lineOf.cbegin(); it != lineOf.cend(); ++it) {
        QVERIFY(catalogue.currentVersionOf(it.key()));
        QCOMPARE(catalogue.currentVersionOf(it.key())->line, it.value());
    }
    QVERIFY(!catalogue.currency(QStringLiteral("linux")));
}

void tst_CatalogueData::currency_data()
{
    QTest::addColumn<QString>("package");
    // The xenbus the guest's inventory shows bound to its platform device; empty: none imported.
    QTest::addColumn<QString>("bound");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("certain");
    QTest::addColumn<QString>("from");
    // Nobody ships these any more: outdated whatever the build.
    QTest::newRow("citrix-legacy") << "citrix-legacy-6.0" << QString() << "outdated" << true << QString();
    QTest::newRow("citrix-standard") << "xenserver-6.1" << QString() << "outdated" << true << QString();
    QTest::newRow("xenbus 7.0") << "xenserver-7.0" << QString() << "outdated" << true << QString();
    QTest::newRow("gplpv") << "gplpv-1.0" << QString() << "outdated" << true << QString();
    // The catalogue's DriverVer is a placeholder: below the XSA-468 floor, but only "outdated?".
    QTest::newRow("vmtools, no inventory") << "xenserver-vmtools-9" << QString() << "outdated" << false << "catalogue";
    QTest::newRow("vmtools, old xenbus") << "xenserver-vmtools-9"
                                         << "9.1.0.100"
                                         << "outdated" << true << "inventory";
    QTest::newRow("vmtools, fixed xenbus") << "xenserver-vmtools-9"
                                           << "9.1.11.115"
                                           << "unknown" << false << "inventory";
    QTest::newRow("xcp-ng, no inventory") << "xcpng-tools-8.3" << QString() << "unknown" << false << "catalogue";
    QTest::newRow("xcp-ng, pre-XSA xenbus") << "xcpng-tools-8.3"
                                            << "9.0.9030.0"
                                            << "outdated" << true << "inventory";
    // The Xen Project floor is inferred, not seen: even the guest's own old xenbus is only "outdated?".
    QTest::newRow("xen project, old xenbus") << "xenproject-9.1"
                                             << "9.1.0.0"
                                             << "outdated" << false << "inventory";
}

void tst_CatalogueData::currency()
{
    QFETCH(QString, package);
    QFETCH(QString, bound);
    QFETCH(QString, verdict);
    QFETCH(bool, certain);
    QFETCH(QString, from);
    DriverCatalogue catalogue;
    QVERIFY(catalogue.load(dataDir()));
    DriverInventory inventory;
    InventoryDevice device;
    device.instanceId = QStringLiteral("PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01\\3&267a616a&0&18");
    device.originalName = QStringLiteral("xenbus.inf");
    device.version = bound;
    device.catalogueId = package;
    inventory.devices.append(device);
    // A xeniface of the same provider is not the bus driver: its version must not count.
    InventoryPackage iface;
    iface.originalName = QStringLiteral("xeniface.inf");
    iface.version = QStringLiteral("99.0.0.0");
    iface.catalogueId = package;
    inventory.packages.append(iface);
    const std::optional<CurrentVersionVerdict> v = catalogue.currency(package, bound.isEmpty() ? nullptr : &inventory);
    QVERIFY(v);
    QCOMPARE(CurrentVersionVerdict::stateName(v->state), verdict);
    QCOMPARE(v->certain, certain);
    QCOMPARE(CurrentVersionVerdict::evidenceName(v->evidence), from);
    if (!bound.isEmpty())
        QCOMPARE(v->installedVersion, QVersionNumber::fromString(bound));
    QVERIFY(!v->reason.isEmpty());
    QCOMPARE(v->current.isEmpty(), !v->maintained);
}

void tst_CatalogueData::malformedCurrentVersionsAreWarnings()
{
    // The table is advice for the report: a bad entry costs its line, never the catalogue.
    QTemporaryDir dir;
    const QJsonObject good{{QStringLiteral("line"), QStringLiteral("vmtools")},
                           {QStringLiteral("packages"), QJsonArray{QStringLiteral("xenserver-vmtools-9")}},
                           {QStringLiteral("maintained"), true},
                           {QStringLiteral("current"), QStringLiteral("9.4.2")},
                           {QStringLiteral("source"), QStringLiteral("a test")}};
    QJsonObject noVersion = good;
    noVersion.insert(QStringLiteral("line"), QStringLiteral("no-version"));
    noVersion.insert(QStringLiteral("current"), QStringLiteral("latest"));
    QJsonObject unknownPackage = good;
    unknownPackage.insert(QStringLiteral("line"), QStringLiteral("unknown-package"));
    unknownPackage.insert(QStringLiteral("packages"), QJsonArray{QStringLiteral("linux"), QStringLiteral("nope")});
    QJsonObject noSource = good;
    noSource.insert(QStringLiteral("line"), QStringLiteral("no-source"));
    noSource.remove(QStringLiteral("source"));
    QJsonObject secondLine = good;
    secondLine.insert(QStringLiteral("line"), QStringLiteral("second"));
    QVERIFY(writeCatalogue(dir, m_byId.value(QStringLiteral("xenserver-vmtools-9")),
                           {good, noVersion, unknownPackage, noSource, secondLine, QStringLiteral("not an object")}));
    // Each bad part is logged once, as the catalogue's other warnings are: seven of them here.
    for (int i = 0; i < 7; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("catalogue\\.json: ")));
    DriverCatalogue catalogue;
    QVERIFY2(catalogue.load(dir.path()), qPrintable(catalogue.errorString()));
    QCOMPARE(catalogue.warnings().size(), 7);
    QCOMPARE(catalogue.packages().size(), 1);
    QCOMPARE(catalogue.currentVersions().size(), 1);
    QCOMPARE(catalogue.currentVersionOf(QStringLiteral("xenserver-vmtools-9"))->line, QStringLiteral("vmtools"));
    const QString warnings = catalogue.warnings().join(QLatin1Char('\n'));
    for (const char* named : {"no-version", "unknown-package", "no-source", "second"})
        QVERIFY2(warnings.contains(QLatin1String(named)), qPrintable(warnings));
}

void tst_CatalogueData::currentDriverVersionMakesItCurrent()
{
    // No source publishes the xenbus of a current release yet; when one does, the table can say so.
    QTemporaryDir dir;
    const QJsonObject line{{QStringLiteral("line"), QStringLiteral("vmtools")},
                           {QStringLiteral("packages"), QJsonArray{QStringLiteral("xenserver-vmtools-9")}},
                           {QStringLiteral("maintained"), true},
                           {QStringLiteral("current"), QStringLiteral("9.4.2")},
                           {QStringLiteral("driver"), QStringLiteral("xenbus")},
                           {QStringLiteral("currentDriverVersion"), QStringLiteral("9.1.12.0")},
                           {QStringLiteral("source"), QStringLiteral("a test")},
                           {QStringLiteral("uncertain"), QJsonArray{}}};
    QVERIFY(writeCatalogue(dir, m_byId.value(QStringLiteral("xenserver-vmtools-9")), {line}));
    DriverCatalogue catalogue;
    QVERIFY(catalogue.load(dir.path()));
    QVERIFY2(catalogue.warnings().isEmpty(), qPrintable(catalogue.warnings().join(QLatin1Char('\n'))));
    auto verdictFor = [&catalogue](const QString& version) {
        DriverInventory inventory;
        InventoryPackage p;
        p.originalName = QStringLiteral("XENBUS.INF");
        p.version = version;
        p.catalogueId = QStringLiteral("xenserver-vmtools-9");
        inventory.packages.append(p);
        return *catalogue.currency(QStringLiteral("xenserver-vmtools-9"), &inventory);
    };
    const CurrentVersionVerdict current = verdictFor(QStringLiteral("9.1.12.0"));
    QCOMPARE(current.state, CurrentVersionVerdict::State::Current);
    QVERIFY(current.certain);
    const CurrentVersionVerdict older = verdictFor(QStringLiteral("9.1.11.200"));
    QCOMPARE(older.state, CurrentVersionVerdict::State::Outdated);
    QVERIFY(older.certain);
    // Without an inventory only the placeholder is left: the same comparison, no longer certain.
    const std::optional<CurrentVersionVerdict> placeholder = catalogue.currency(QStringLiteral("xenserver-vmtools-9"));
    QCOMPARE(placeholder->state, CurrentVersionVerdict::State::Outdated);
    QVERIFY(!placeholder->certain);
}

QTEST_GUILESS_MAIN(tst_CatalogueData)
#include "tst_CatalogueData.moc"
