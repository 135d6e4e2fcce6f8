// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "BlacklistText.h"

#include "HexText.h"
#include "MetadataCodec.h"
#include "device/Blacklist.h"
#include "device/NumberParser.h"
#include "device/ProductRegistry.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

using xp::device::Blacklist;
using xp::device::Flavour;
using xp::device::NumberParser;
using xp::device::ProductRegistry;

namespace {
constexpr quint16 kXensourceWindows = 0x0001;
constexpr quint16 kLinux = 0x0003;
constexpr quint16 kXenServerWindows70 = 0x0004;
constexpr quint16 kExperimental = 0xffff; // what upstream win-xenbus writes (facts §6.1)

bool registered(quint16 product)
{
    return ProductRegistry::byNumber(product).has_value();
}

QString registryNames()
{
    QStringList names;
    for (const auto& p : ProductRegistry::all())
        names.append(QString::fromLatin1(p.name.data(), qsizetype(p.name.size())));
    return names.join(QStringLiteral(", "));
}

std::optional<quint32> parseBuild(const QString& text)
{
    const auto value = NumberParser::parse(text.trimmed().toStdString(), 0xffffffffu);
    if (!value)
        return std::nullopt;
    return quint32(*value);
}

QString buildsPhrase(const BlacklistItem& item)
{
    const QString builds = BlacklistText::buildsText(item.firstBuild, item.lastBuild);
    return item.firstBuild == item.lastBuild ? BlacklistText::tr("build %1").arg(builds)
                                             : BlacklistText::tr("builds %1").arg(builds);
}
} // namespace

QString BlacklistText::productLabel(quint16 product)
{
    if (registered(product))
        return QStringLiteral("%1 (%2)").arg(MetadataCodec::productName(product), HexText::id(product));
    return tr("%1 (unknown)", "a product number not in Xen's registry").arg(HexText::id(product));
}

QString BlacklistText::productEditText(quint16 product)
{
    return MetadataCodec::productName(product);
}

QString BlacklistText::buildsText(quint32 firstBuild, quint32 lastBuild)
{
    if (firstBuild == lastBuild)
        return QString::number(firstBuild);
    return QStringLiteral("%1\u2013%2").arg(firstBuild).arg(lastBuild);
}

QString BlacklistText::buildsEditText(quint32 firstBuild, quint32 lastBuild)
{
    if (firstBuild == lastBuild)
        return QString::number(firstBuild);
    return QStringLiteral("%1-%2").arg(firstBuild).arg(lastBuild);
}

QString BlacklistText::entryLabel(const BlacklistItem& item)
{
    return QStringLiteral("%1 %2").arg(productEditText(item.product), buildsText(item.firstBuild, item.lastBuild));
}

std::optional<quint16> BlacklistText::parseProduct(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter a product: a name of Xen's product registry (%1) or its number.").arg(registryNames());
        return std::nullopt;
    }
    if (const auto product = ProductRegistry::parse(trimmed.toStdString()))
        return product->number;
    if (const auto number = NumberParser::parse(trimmed.toStdString(), 0xffff))
        *error = tr("Product number %1 is not in Xen's product registry, so no device model can look it up.")
                     .arg(HexText::id(quint16(*number)));
    else
        *error = tr("'%1' is neither a product of Xen's registry (%2) nor a number from 0 to 0xffff.")
                     .arg(trimmed, registryNames());
    return std::nullopt;
}

std::optional<std::pair<quint32, quint32>> BlacklistText::parseBuilds(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter a build number or a range FIRST-LAST.");
        return std::nullopt;
    }
    static const QRegularExpression dash(QStringLiteral("[-\u2013]"));
    const QStringList parts = trimmed.split(dash);
    if (parts.size() > 2 ||
        std::any_of(parts.cbegin(), parts.cend(), [](const QString& p) { return p.trimmed().isEmpty(); })) {
        *error = tr("'%1' is not a build or a range: use N or FIRST-LAST.").arg(trimmed);
        return std::nullopt;
    }
    const auto first = parseBuild(parts.constFirst());
    const auto last = parts.size() == 2 ? parseBuild(parts.constLast()) : first;
    if (!first || !last) {
        *error = tr("'%1' is not a build number: use decimal or 0x hex, from 0 to 4294967295.")
                     .arg((!first ? parts.constFirst() : parts.constLast()).trimmed());
        return std::nullopt;
    }
    if (*first > *last) {
        *error =
            tr("The range %1 is reversed: the first build must not be above the last.").arg(buildsText(*first, *last));
        return std::nullopt;
    }
    return std::pair{*first, *last};
}

std::optional<bool> BlacklistText::enforced(const BlacklistItem& item, std::optional<Flavour> flavour)
{
    if (!flavour)
        return std::nullopt;
    return Blacklist::enforced(*flavour, item.product);
}

QString BlacklistText::effect(const BlacklistItem& item, std::optional<Flavour> flavour)
{
    const QString product = productLabel(item.product);
    const QString builds = buildsPhrase(item);
    if (!registered(item.product))
        return tr("%1 is not a product of Xen's registry: no device model can look it up.").arg(product);

    // Products 1, 2 and 0xffff are the only ones any flavour looks up: Blacklist::enforced() on trad.
    const bool lookedUpAnywhere = Blacklist::enforced(Flavour::QemuTraditional, item.product);
    if (!flavour) {
        if (lookedUpAnywhere)
            return tr("Enforcement depends on each VM's device model: drivers of %1 %2 are refused on "
                      "qemu-traditional and xenserver-trad, but not on qemu-upstream or xenserver, where the entry is "
                      "modeled only.")
                .arg(product, builds);
        return tr("Enforcement depends on each VM's device model, and none looks up %1: its drivers load "
                  "normally on every VM; the entry is modeled only.")
            .arg(product);
    }

    if (!Blacklist::enforced(*flavour, item.product)) {
        switch (*flavour) {
        case Flavour::QemuUpstream:
            // Facts §1.2 (drivers_blacklisted removed in 2021) and pitfall 2.
            return tr("Not enforced: upstream QEMU never answers 0xd249, so drivers of %1 %2 load normally; "
                      "the entry is modeled only.")
                .arg(product, builds);
        case Flavour::XenServer:
            // Facts §10.1: no blacklist patch in XenServer 8's queue (xcp-ng-rpms/qemu SPECS/qemu.spec).
            return tr("Not enforced: XenServer 8 and later run upstream QEMU, which never answers 0xd249, so drivers "
                      "of %1 %2 load normally; the entry is modeled only.")
                .arg(product, builds);
        case Flavour::XenServerTrad:
            // Facts §1.5: XenServer judges products 3 and 4 by the identity encoded in the build number.
            if (item.product == kLinux || item.product == kXenServerWindows70)
                return tr("Not enforced as an entry: XenServer 7.x judges %1 by the platform device ID and "
                          "revision encoded in the build number, never by blacklist entries.")
                    .arg(product);
            return tr("Not enforced: XenServer 7.x's device model looks up only products 1, 2 and 0xffff, so "
                      "drivers of %1 %2 load normally; the entry is modeled only.")
                .arg(product, builds);
        case Flavour::QemuTraditional:
            // Facts §1.3: xenstore_pv_driver_build_blacklisted() names only products 1, 2 and 0xffff.
            return tr("Not enforced: qemu-traditional looks up only products 1, 2 and 0xffff, so drivers of %1 %2 "
                      "load normally; the entry is modeled only.")
                .arg(product, builds);
        }
    }

    // Facts §6.1 and device/GuestHandshake::runWindowsXenbus(): win-xenbus only logs 0xd249.
    if (item.product == kExperimental)
        return tr("The device model answers 0xd249 to %1 %2, but the Xen Project xenbus drivers that use this "
                  "product only log it and unplug the emulated disks and NICs anyway.")
            .arg(product, builds);
    QString sentence = tr("Drivers of %1 %2 are refused: the device model answers 0xd249, drivers that obey it do "
                          "not load, and the guest keeps its emulated disks and NICs.")
                           .arg(product, builds);
    // Facts §1.5: the version-2 rule refuses product 1 on any platform device other than 0001, entry or not.
    if (*flavour == Flavour::XenServerTrad && item.product == kXensourceWindows)
        sentence +=
            QLatin1Char(' ') +
            tr("XenServer 7.x also refuses this product, any build, whenever the platform device ID is not 0x0001.");
    return sentence;
}

QString BlacklistText::flavourSummary(std::optional<Flavour> flavour)
{
    if (!flavour)
        return tr("Each VM's device model decides whether an entry is enforced: qemu-traditional and xenserver-trad "
                  "enforce entries for products 1, 2 and 0xffff, qemu-upstream and xenserver enforce none.");
    switch (*flavour) {
    case Flavour::QemuUpstream: return tr("Upstream QEMU never answers 0xd249: every entry is modeled, not enforced.");
    case Flavour::XenServer:
        return tr("XenServer 8 and later run upstream QEMU, which never answers 0xd249: every entry is modeled, not "
                  "enforced.");
    case Flavour::QemuTraditional:
        return tr("qemu-traditional enforces entries for products 1, 2 and 0xffff through the xenstore keys "
                  "/mh/driver-blacklist/<product>/<build>, which libvirt cannot write, so they are set by running "
                  "the plan's xenstore commands in dom0.");
    case Flavour::XenServerTrad:
        return tr("XenServer 7.x enforces entries for products 1, 2 and 0xffff through xenstore, and judges products "
                  "1, 3 and 4 by its version-2 rules as well.");
    }
    return {};
}
