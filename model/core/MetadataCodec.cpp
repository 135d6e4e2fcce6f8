// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MetadataCodec.h"

#include "DeviceText.h"
#include "HexText.h"
#include "InventoryMetadata.h"
#include "MigrationMetadata.h"
#include "XmlLimits.h"
#include "device/NumberParser.h"
#include "device/ProductRegistry.h"

#include <QDomDocument>
#include <QRegularExpression>
#include <array>

using xp::device::NumberParser;
using xp::device::ProductRegistry;

namespace {

const QString kPlatform = QStringLiteral("platform");
const QString kDeviceModel = QStringLiteral("device-model");
const QString kPlatformDevice = QStringLiteral("platform-device");
const QString kVendorDevice = QStringLiteral("vendor-device");
const QString kBlacklist = QStringLiteral("blacklist");
const QString kEntry = QStringLiteral("entry");
const QString kGuest = QStringLiteral("guest");
const QString kDriver = QStringLiteral("driver");
const QString kXenbusActive = QStringLiteral("xenbus-active");
const QString kEnumKey = QStringLiteral("enum-key");

/// A PCI device's full PnP device ID, as Windows stores it in ActiveDeviceID and under Enum\PCI.
bool isPciDeviceId(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^PCI\\\\VEN_[0-9A-F]{4}&DEV_[0-9A-F]{4}&SUBSYS_[0-9A-F]{8}&"
                                                        "REV_[0-9A-F]{2}$"),
                                         QRegularExpression::CaseInsensitiveOption);
    return form.match(text).hasMatch();
}

struct Reader
{
    VmConfig& config;

    void error(const QString& message) { config.metadataErrors.append(message); }

    std::optional<quint64> number(const QDomElement& e, const QString& attribute, quint64 max, const QString& range)
    {
        const QString text = e.attribute(attribute);
        const auto value = NumberParser::parse(text.toStdString(), max);
        if (!value)
            error(MetadataCodec::tr("<%1 %2=\"%3\">: not a number in %4 (decimal or 0x hex)")
                      .arg(e.localName(), attribute, text, range));
        return value;
    }

    /// A hardware-id attribute: a full PCI device ID, kept as written (Windows compares them case-insensitively);
    /// empty, and reported, when it is not one.
    QString deviceIdAttribute(const QDomElement& e, const QString& element)
    {
        const QString text = e.attribute(QStringLiteral("hardware-id"));
        if (isPciDeviceId(text))
            return text;
        error(MetadataCodec::tr("<%1 hardware-id=\"%2\">: not a full PCI device ID such as "
                                "PCI\\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01")
                  .arg(element, text));
        return {};
    }

    std::optional<bool> yesNo(const QDomElement& e, const QString& attribute)
    {
        if (!e.hasAttribute(attribute))
            return std::nullopt;
        const QString text = e.attribute(attribute);
        if (text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("no"))
            return false;
        error(MetadataCodec::tr("<%1 %2=\"%3\">: expected yes or no").arg(e.localName(), attribute, text));
        return std::nullopt;
    }

    void readDeviceModel(const QDomElement& e)
    {
        const QString name = e.attribute(QStringLiteral("flavour"));
        const auto flavour = xp::device::parseFlavour(name.toStdString());
        if (!flavour) {
            error(MetadataCodec::tr("<device-model flavour=\"%1\">: unknown device model (one of %2)")
                      .arg(name, DeviceText::flavourNames()));
            return;
        }
        config.flavour = *flavour;
        config.flavourFromMetadata = true;
        if (!e.hasAttribute(QStringLiteral("profile")))
            return;
        const QString profileName = e.attribute(QStringLiteral("profile"));
        const auto profile = xp::device::parseProfile(profileName.toStdString());
        if (!profile)
            error(MetadataCodec::tr("<device-model profile=\"%1\">: unknown XenServer device-model profile (one of "
                                    "qemu-upstream-compat, qemu-upstream-uefi)")
                      .arg(profileName));
        else
            config.xenServerProfile = *profile;
    }

    void readPlatformDevice(const QDomElement& e)
    {
        if (auto enabled = yesNo(e, QStringLiteral("enabled")))
            config.platform.enabled = *enabled;
        if (e.hasAttribute(QStringLiteral("device-id")))
            if (auto id = number(e, QStringLiteral("device-id"), 0xffff, QStringLiteral("0x0000-0xffff")))
                config.platform.deviceId = quint16(*id);
        if (e.hasAttribute(QStringLiteral("revision")))
            if (auto rev = number(e, QStringLiteral("revision"), 0xff, QStringLiteral("0x00-0xff")))
                config.platform.revision = quint8(*rev);
    }

    void readVendorDevice(const QDomElement& e)
    {
        config.vendor.enabled = yesNo(e, QStringLiteral("enabled")).value_or(true);
        if (e.hasAttribute(QStringLiteral("vendor-id")))
            if (auto id = number(e, QStringLiteral("vendor-id"), 0xffff, QStringLiteral("0x0000-0xffff")))
                config.vendor.vendorId = quint16(*id);
        if (e.hasAttribute(QStringLiteral("device-id")))
            if (auto id = number(e, QStringLiteral("device-id"), 0xffff, QStringLiteral("0x0000-0xffff")))
                config.vendor.deviceId = quint16(*id);
        if (e.hasAttribute(QStringLiteral("revision")))
            if (auto rev = number(e, QStringLiteral("revision"), 0xff, QStringLiteral("0x00-0xff")))
                config.vendor.revision = quint8(*rev);
    }

    void readEntry(const QDomElement& e)
    {
        BlacklistItem item;
        const QString productText = e.attribute(QStringLiteral("product"));
        const auto product = ProductRegistry::parse(productText.toStdString());
        if (!product) {
            error(MetadataCodec::tr("<entry product=\"%1\">: not a product of Xen's registry").arg(productText));
            return;
        }
        item.product = product->number;
        if (e.hasAttribute(QStringLiteral("build"))) {
            const auto build = number(e, QStringLiteral("build"), 0xffffffff, QStringLiteral("0-4294967295"));
            if (!build)
                return;
            item.firstBuild = item.lastBuild = quint32(*build);
        } else if (e.hasAttribute(QStringLiteral("builds"))) {
            const QString range = e.attribute(QStringLiteral("builds"));
            const auto first = NumberParser::parse(range.section(QLatin1Char('-'), 0, 0).toStdString(), 0xffffffff);
            const auto last = NumberParser::parse(range.section(QLatin1Char('-'), 1).toStdString(), 0xffffffff);
            if (!first || !last || range.count(QLatin1Char('-')) != 1) {
                error(MetadataCodec::tr("<entry builds=\"%1\">: expected FIRST-LAST").arg(range));
                return;
            }
            if (*first > *last) {
                error(MetadataCodec::tr("<entry builds=\"%1\">: the range is inverted").arg(range));
                return;
            }
            item.firstBuild = quint32(*first);
            item.lastBuild = quint32(*last);
        } else {
            error(MetadataCodec::tr("<entry product=\"%1\">: needs build or builds").arg(productText));
            return;
        }
        item.comment = e.attribute(QStringLiteral("comment"));
        config.blacklist.append(item);
    }

    void readGuest(const QDomElement& e)
    {
        const QString os = e.attribute(QStringLiteral("os"));
        // No os attribute means "not recorded" (the default); only a value we do not know is an error.
        if (e.hasAttribute(QStringLiteral("os"))) {
            const std::array known{GuestOs::Windows, GuestOs::Linux, GuestOs::FreeBsd, GuestOs::NetBsd,
                                   GuestOs::OpenBsd};
            const auto found = std::find_if(known.cbegin(), known.cend(),
                                            [&](GuestOs candidate) { return MetadataCodec::osName(candidate) == os; });
            if (found == known.cend())
                error(MetadataCodec::tr("<guest os=\"%1\">: expected windows, linux, freebsd, netbsd or openbsd")
                          .arg(os));
            else
                config.guest.os = *found;
        }
        config.guest.release = e.attribute(QStringLiteral("release"));
        config.guest.cmdline = e.attribute(QStringLiteral("cmdline"));
        const QString edition = e.attribute(QStringLiteral("edition"), QStringLiteral("workstation"));
        if (edition == QLatin1String("server"))
            config.guest.server = true;
        else if (edition != QLatin1String("workstation"))
            error(MetadataCodec::tr("<guest edition=\"%1\">: expected server or workstation").arg(edition));
        const QString wu = e.attribute(QStringLiteral("windows-update"), QStringLiteral("off"));
        if (wu == QLatin1String("automatic"))
            config.guest.windowsUpdate = WindowsUpdate::Automatic;
        else if (wu != QLatin1String("off"))
            error(MetadataCodec::tr("<guest windows-update=\"%1\">: expected off or automatic").arg(wu));
        for (QDomElement child = e.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
            if (child.namespaceURI() != MetadataCodec::namespaceUri())
                continue;
            if (child.localName() == kDriver) {
                const QString package = child.attribute(QStringLiteral("package"));
                if (package.isEmpty())
                    error(MetadataCodec::tr("<driver>: the package attribute is missing"));
                else
                    config.guest.drivers.append(package);
            } else if (child.localName() == kXenbusActive) {
                if (!child.hasAttribute(QStringLiteral("hardware-id")) ||
                    child.hasAttribute(QStringLiteral("device-id")))
                    if (auto id = number(child, QStringLiteral("device-id"), 0xffff, QStringLiteral("0x0000-0xffff")))
                        config.guest.xenbusActiveDeviceId = quint16(*id);
                if (child.hasAttribute(QStringLiteral("hardware-id")))
                    config.guest.xenbusActiveHardwareId = deviceIdAttribute(child, kXenbusActive);
            } else if (child.localName() == kEnumKey) {
                if (const QString key = deviceIdAttribute(child, kEnumKey); !key.isEmpty())
                    config.guest.enumKeys.append(key);
            }
        }
    }
};

/// The qualified name of the first element that the schema has at most once in its parent (docs/metadata.md) but
/// that @p root holds twice; empty when there is none.
QString duplicatedSingleton(const QDomElement& root)
{
    const QStringList once{kDeviceModel,
                           kPlatformDevice,
                           kVendorDevice,
                           kBlacklist,
                           kGuest,
                           MigrationMetadata::elementName(),
                           InventoryMetadata::elementName()};
    auto twice = [](const QDomElement& parent, const QStringList& names) -> QString {
        QStringList seen;
        for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            if (e.namespaceURI() != MetadataCodec::namespaceUri() || !names.contains(e.localName()))
                continue;
            if (seen.contains(e.localName()))
                return e.prefix().isEmpty() ? e.localName() : e.prefix() + QLatin1Char(':') + e.localName();
            seen << e.localName();
        }
        return {};
    };
    if (const QString found = twice(root, once); !found.isEmpty())
        return found;
    for (QDomElement e = root.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.namespaceURI() == MetadataCodec::namespaceUri() && e.localName() == kGuest)
            if (const QString found = twice(e, {kXenbusActive}); !found.isEmpty())
                return found;
    return {};
}

QDomElement child(const QDomElement& parent, const QString& localName)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.namespaceURI() == MetadataCodec::namespaceUri() && e.localName() == localName)
            return e;
    return {};
}

} // namespace

QString MetadataCodec::osName(GuestOs os)
{
    switch (os) {
    case GuestOs::Windows: return QStringLiteral("windows");
    case GuestOs::Linux: return QStringLiteral("linux");
    case GuestOs::FreeBsd: return QStringLiteral("freebsd");
    case GuestOs::NetBsd: return QStringLiteral("netbsd");
    case GuestOs::OpenBsd: return QStringLiteral("openbsd");
    case GuestOs::Unknown: break;
    }
    return {};
}

QString MetadataCodec::productName(quint16 product)
{
    if (const auto known = ProductRegistry::byNumber(product))
        return QString::fromLatin1(known->name.data(), qsizetype(known->name.size()));
    return HexText::id(product);
}

void MetadataCodec::read(const QString& elementXml, VmConfig& config)
{
    read(elementXml, config, true);
}

void MetadataCodec::readWithinLimits(const QString& elementXml, VmConfig& config)
{
    read(elementXml, config, false);
}

void MetadataCodec::read(const QString& elementXml, VmConfig& config, bool checkLimits)
{
    config.metadataErrors.clear();
    config.metadataReadOnly = false;
    config.hasMetadata = !elementXml.trimmed().isEmpty();
    if (!config.hasMetadata)
        return;

    QDomDocument doc;
    QString parseError;
    int errorLine = 0;
    int errorColumn = 0;
    Reader reader{config};
    if (const QString problem = checkLimits ? XmlLimits::problem(elementXml) : QString(); !problem.isEmpty()) {
        reader.error(tr("The xpconsole metadata is refused: %1 It is shown read-only and kept as it is.").arg(problem));
        config.metadataReadOnly = true;
        return;
    }
    if (!doc.setContent(elementXml, true, &parseError, &errorLine, &errorColumn)) {
        // Nothing of it can be trusted, and writing would destroy what another version wrote.
        reader.error(tr("The xpconsole metadata is not well-formed XML (line %1, column %2: %3); "
                        "it is shown read-only and kept as it is.")
                         .arg(errorLine)
                         .arg(errorColumn)
                         .arg(parseError));
        config.metadataReadOnly = true;
        return;
    }
    const QDomElement root = doc.documentElement();
    if (root.namespaceURI() != namespaceUri() || root.localName() != kPlatform) {
        reader.error(tr("The metadata element <%1> in namespace '%2' is not xpconsole's <platform>.")
                         .arg(root.localName(), root.namespaceURI()));
        config.metadataReadOnly = true;
        return;
    }
    // A prefix declared twice on our element (QDom accepts it, libvirt does not) would make reading and
    // writing disagree about which namespace wins; found by fuzzing.
    const QString startTag = elementXml.left(elementXml.indexOf(QLatin1Char('>')));
    const QString declaration = root.prefix().isEmpty() ? QStringLiteral("xmlns=")
                                                        : QStringLiteral("xmlns:") + root.prefix() + QLatin1Char('=');
    if (startTag.count(declaration) > 1) {
        reader.error(tr("The metadata element declares its namespace prefix twice; it is shown read-only."));
        config.metadataReadOnly = true;
        return;
    }
    // Writing finds our elements by their qualified names (see Writer), reading by namespace: both agree only while
    // every element of ours carries the root's prefix and no other element does.
    for (QDomElement e = root.firstChildElement(); !e.isNull();) {
        if ((e.namespaceURI() == namespaceUri()) != (e.prefix() == root.prefix())) {
            reader.error(tr("<%1> in namespace '%2': inside <%3>, the elements of xpconsole's namespace, and only "
                            "those, must use its namespace prefix; the metadata is shown read-only.")
                             .arg(e.tagName(), e.namespaceURI(), root.tagName()));
            config.metadataReadOnly = true;
            return;
        }
        // Depth first without recursion: down, else along, else up until there is a next sibling.
        QDomElement next = e.firstChildElement();
        for (QDomElement up = e; next.isNull() && up != root; up = up.parentNode().toElement())
            next = up.nextSiblingElement();
        e = next;
    }
    // An element the schema has once, found twice: which one holds is not clear, and reading one while writing the
    // other loses the edit (fuzzing found it with <xenbus-active>). Shown read-only, nothing written.
    if (const QString twice = duplicatedSingleton(root); !twice.isEmpty()) {
        reader.error(tr("<%1> appears more than once, where the schema has it once; which one holds is not clear, "
                        "so the metadata is shown read-only and kept as it is.")
                         .arg(twice));
        config.metadataReadOnly = true;
        return;
    }
    const QString schemaText = root.attribute(QStringLiteral("schema"), QStringLiteral("1"));
    bool ok = false;
    const int schema = schemaText.toInt(&ok);
    if (!ok || schema < 1) {
        reader.error(tr("<platform schema=\"%1\">: not a schema version").arg(schemaText));
        config.metadataReadOnly = true;
        return;
    }
    if (schema > kSchemaVersion) {
        reader.error(tr("The metadata uses schema %1, newer than this xpconsole understands (%2); "
                        "it is shown read-only. Update xpconsole to change this VM.")
                         .arg(schema)
                         .arg(kSchemaVersion));
        config.metadataReadOnly = true;
    }

    if (const QDomElement e = child(root, kDeviceModel); !e.isNull())
        reader.readDeviceModel(e);
    if (const QDomElement e = child(root, kPlatformDevice); !e.isNull())
        reader.readPlatformDevice(e);
    if (const QDomElement e = child(root, kVendorDevice); !e.isNull())
        reader.readVendorDevice(e);
    if (const QDomElement list = child(root, kBlacklist); !list.isNull()) {
        for (QDomElement e = list.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
            if (e.namespaceURI() == namespaceUri() && e.localName() == kEntry)
                reader.readEntry(e);
    }
    if (const QDomElement e = child(root, kGuest); !e.isNull())
        reader.readGuest(e);
    if (const QDomElement e = child(root, MigrationMetadata::elementName()); !e.isNull())
        config.migration = MigrationMetadata::read(e, config.metadataErrors);
    if (const QDomElement e = child(root, InventoryMetadata::elementName()); !e.isNull())
        config.observed.inventory = InventoryMetadata::read(e, config.metadataErrors);
}

namespace {

/// Edits the element without namespace processing, because QDom would otherwise repeat the xmlns
/// declaration on every element it serializes; our elements are found by their qualified tag name.
struct Writer
{
    QDomDocument& doc;
    QDomElement root;
    QString prefix;

    QString qualified(const QString& localName) const
    {
        return prefix.isEmpty() ? localName : prefix + QLatin1Char(':') + localName;
    }

    QDomElement find(const QDomElement& parent, const QString& localName) const
    {
        return parent.firstChildElement(qualified(localName));
    }

    QDomElement make(const QString& localName) { return doc.createElement(qualified(localName)); }

    /// Replaces every <localName> child of @p parent by one per value, each carrying it in @p attribute.
    void replaceList(QDomElement& parent, const QString& localName, const QString& attribute, const QStringList& values)
    {
        for (QDomElement old = find(parent, localName); !old.isNull(); old = find(parent, localName))
            parent.removeChild(old);
        for (const QString& value : values) {
            QDomElement e = make(localName);
            e.setAttribute(attribute, value);
            parent.appendChild(e);
        }
    }

    QDomElement ensure(const QString& localName)
    {
        QDomElement e = find(root, localName);
        if (e.isNull())
            e = root.appendChild(make(localName)).toElement();
        return e;
    }

    static void setOrRemove(QDomElement& e, const QString& attribute, const QString& value)
    {
        if (value.isEmpty())
            e.removeAttribute(attribute);
        else
            e.setAttribute(attribute, value);
    }
};

/// The prefix that @p root binds to our namespace ("" for a default namespace), if it is our element.
std::optional<QString> ourPrefix(const QDomElement& root)
{
    const QString tag = root.tagName();
    const QString prefix = tag.contains(QLatin1Char(':')) ? tag.section(QLatin1Char(':'), 0, 0) : QString();
    const QString declaration = prefix.isEmpty() ? QStringLiteral("xmlns") : QStringLiteral("xmlns:") + prefix;
    if (root.attribute(declaration) != MetadataCodec::namespaceUri() || tag.section(QLatin1Char(':'), -1) != kPlatform)
        return std::nullopt;
    return prefix;
}

/// The (product, first, last) of an existing entry element, if it is one this build understands.
std::optional<std::tuple<quint16, quint32, quint32>> entryKey(const QDomElement& e)
{
    const auto product = ProductRegistry::parse(e.attribute(QStringLiteral("product")).toStdString());
    if (!product)
        return std::nullopt;
    if (e.hasAttribute(QStringLiteral("build"))) {
        const auto build = NumberParser::parse(e.attribute(QStringLiteral("build")).toStdString(), 0xffffffff);
        if (!build)
            return std::nullopt;
        return std::tuple{product->number, quint32(*build), quint32(*build)};
    }
    const QString range = e.attribute(QStringLiteral("builds"));
    const auto first = NumberParser::parse(range.section(QLatin1Char('-'), 0, 0).toStdString(), 0xffffffff);
    const auto last = NumberParser::parse(range.section(QLatin1Char('-'), 1).toStdString(), 0xffffffff);
    if (!first || !last || *first > *last || range.count(QLatin1Char('-')) != 1)
        return std::nullopt;
    return std::tuple{product->number, quint32(*first), quint32(*last)};
}

} // namespace

QString MetadataCodec::write(const QString& originalXml, const VmConfig& baseline, const VmConfig& edited)
{
    QDomDocument doc;
    QDomElement root;
    std::optional<QString> rootPrefix;
    if (!originalXml.trimmed().isEmpty() && doc.setContent(originalXml, false)) {
        root = doc.documentElement();
        rootPrefix = ourPrefix(root);
    }
    if (!rootPrefix) {
        doc.clear();
        rootPrefix = prefix();
        root = doc.createElement(prefix() + QLatin1Char(':') + kPlatform);
        root.setAttribute(QStringLiteral("xmlns:") + prefix(), namespaceUri());
        doc.appendChild(root);
    }
    root.setAttribute(QStringLiteral("schema"), QString::number(kSchemaVersion));
    Writer w{doc, root, *rootPrefix};

    if (edited.flavourFromMetadata &&
        (edited.flavour != baseline.flavour || edited.flavourFromMetadata != baseline.flavourFromMetadata)) {
        QDomElement e = w.ensure(kDeviceModel);
        e.setAttribute(QStringLiteral("flavour"), DeviceText::flavourName(edited.flavour));
    }

    if (edited.platform != baseline.platform) {
        QDomElement e = w.ensure(kPlatformDevice);
        e.setAttribute(QStringLiteral("enabled"),
                       edited.platform.enabled ? QStringLiteral("yes") : QStringLiteral("no"));
        Writer::setOrRemove(e, QStringLiteral("device-id"),
                            edited.platform.deviceId ? HexText::id(*edited.platform.deviceId) : QString());
        Writer::setOrRemove(e, QStringLiteral("revision"),
                            edited.platform.revision ? HexText::revision(*edited.platform.revision) : QString());
    }

    if (edited.vendor != baseline.vendor) {
        QDomElement e = w.ensure(kVendorDevice);
        e.setAttribute(QStringLiteral("enabled"), edited.vendor.enabled ? QStringLiteral("yes") : QStringLiteral("no"));
        e.setAttribute(QStringLiteral("vendor-id"), HexText::id(edited.vendor.vendorId));
        e.setAttribute(QStringLiteral("device-id"), HexText::id(edited.vendor.deviceId));
        e.setAttribute(QStringLiteral("revision"), HexText::revision(edited.vendor.revision));
    }

    if (edited.blacklist != baseline.blacklist) {
        QDomElement list = w.ensure(kBlacklist);
        // Entries this build understands are rebuilt in the edited order, reusing their elements so that
        // foreign attributes on them survive; entries it cannot parse stay where they are.
        QList<std::pair<std::tuple<quint16, quint32, quint32>, QDomElement>> known;
        for (QDomElement e = list.firstChildElement(); !e.isNull();) {
            const QDomElement next = e.nextSiblingElement();
            if (e.tagName() == w.qualified(kEntry))
                if (const auto key = entryKey(e)) {
                    known.append({*key, e});
                    list.removeChild(e);
                }
            e = next;
        }
        for (const BlacklistItem& item : edited.blacklist) {
            const std::tuple key{item.product, item.firstBuild, item.lastBuild};
            auto reuse = std::find_if(known.begin(), known.end(), [&](const auto& k) { return k.first == key; });
            QDomElement e;
            if (reuse != known.end()) {
                e = reuse->second;
                known.erase(reuse);
            } else {
                e = w.make(kEntry);
                e.setAttribute(QStringLiteral("product"), productName(item.product));
                if (item.firstBuild == item.lastBuild)
                    e.setAttribute(QStringLiteral("build"), QString::number(item.firstBuild));
                else
                    e.setAttribute(QStringLiteral("builds"),
                                   QStringLiteral("%1-%2").arg(item.firstBuild).arg(item.lastBuild));
            }
            Writer::setOrRemove(e, QStringLiteral("comment"), item.comment);
            list.appendChild(e);
        }
    }

    if (edited.guest != baseline.guest) {
        QDomElement e = w.ensure(kGuest);
        const GuestSettings& g = edited.guest;
        Writer::setOrRemove(e, QStringLiteral("os"), MetadataCodec::osName(g.os));
        Writer::setOrRemove(e, QStringLiteral("release"), g.release);
        Writer::setOrRemove(e, QStringLiteral("cmdline"), g.cmdline);
        Writer::setOrRemove(e, QStringLiteral("edition"), g.server ? QStringLiteral("server") : QString());
        e.setAttribute(QStringLiteral("windows-update"), g.windowsUpdate == WindowsUpdate::Automatic
                                                             ? QStringLiteral("automatic")
                                                             : QStringLiteral("off"));
        if (g.drivers != baseline.guest.drivers)
            w.replaceList(e, kDriver, QStringLiteral("package"), g.drivers);
        if (g.xenbusActiveDeviceId != baseline.guest.xenbusActiveDeviceId ||
            g.xenbusActiveHardwareId != baseline.guest.xenbusActiveHardwareId) {
            QDomElement lock = w.find(e, kXenbusActive);
            if (!g.xenbusActiveDeviceId && g.xenbusActiveHardwareId.isEmpty()) {
                if (!lock.isNull())
                    e.removeChild(lock);
            } else {
                if (lock.isNull())
                    lock = e.appendChild(w.make(kXenbusActive)).toElement();
                Writer::setOrRemove(lock, QStringLiteral("device-id"),
                                    g.xenbusActiveDeviceId ? HexText::id(*g.xenbusActiveDeviceId) : QString());
                Writer::setOrRemove(lock, QStringLiteral("hardware-id"), g.xenbusActiveHardwareId);
            }
        }
        if (g.enumKeys != baseline.guest.enumKeys)
            w.replaceList(e, kEnumKey, QStringLiteral("hardware-id"), g.enumKeys);
    }
    if (edited.migration != baseline.migration)
        MigrationMetadata::write(doc, root, *rootPrefix, edited.migration);
    if (edited.observed.inventory != baseline.observed.inventory)
        InventoryMetadata::write(doc, root, *rootPrefix, edited.observed.inventory);
    return doc.toString(-1);
}
