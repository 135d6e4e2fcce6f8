// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CataloguePackageReader.h"

#include "InfParser.h"
#include "device/NumberParser.h"

#include <QDir>
#include <QJsonArray>

namespace {

std::optional<GuestOs> osFromName(const QString& name)
{
    if (name == QLatin1String("windows"))
        return GuestOs::Windows;
    if (name == QLatin1String("linux"))
        return GuestOs::Linux;
    if (name == QLatin1String("freebsd"))
        return GuestOs::FreeBsd;
    if (name == QLatin1String("netbsd"))
        return GuestOs::NetBsd;
    if (name == QLatin1String("openbsd"))
        return GuestOs::OpenBsd;
    return std::nullopt;
}

std::optional<CataloguePackage::Handshake> handshakeFromName(const QString& name)
{
    using H = CataloguePackage::Handshake;
    static const QHash<QString, H> kinds{
        {QStringLiteral("none"), H::None},     {QStringLiteral("legacy-citrix"), H::LegacyCitrix},
        {QStringLiteral("xenbus"), H::Xenbus}, {QStringLiteral("xen-doc"), H::XenDoc},
        {QStringLiteral("linux"), H::Linux},   {QStringLiteral("freebsd"), H::FreeBsd},
        {QStringLiteral("netbsd"), H::NetBsd}};
    const auto it = kinds.constFind(name);
    return it == kinds.cend() ? std::nullopt : std::optional(*it);
}

std::optional<DriverRank::Signer> signerFromName(const QString& name)
{
    if (name == QLatin1String("whql"))
        return DriverRank::Signer::Whql;
    if (name == QLatin1String("authenticode"))
        return DriverRank::Signer::Authenticode;
    if (name == QLatin1String("unsigned"))
        return DriverRank::Signer::Unsigned;
    if (name == QLatin1String("inbox"))
        return DriverRank::Signer::Inbox;
    return std::nullopt;
}

/// JSON numbers or "0x..." strings, as everywhere in the project.
std::optional<quint64> number(const QJsonValue& value, quint64 max)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > double(max) || d != double(quint64(d)))
            return std::nullopt;
        return quint64(d);
    }
    return xp::device::NumberParser::parse(value.toString().toStdString(), max);
}

} // namespace

QStringList CataloguePackageReader::strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

std::optional<CataloguePackage> CataloguePackageReader::read(const QJsonObject& o, const QString& directory,
                                                             QString* why, QStringList* warnings)
{
    const QDir dir(directory);
    CataloguePackage p;
    auto fail = [why](const QString& reason) -> std::optional<CataloguePackage> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        return fail(tr("it has no id"));
    p.name = o.value(QStringLiteral("name")).toString(p.id);
    const auto os = osFromName(o.value(QStringLiteral("os")).toString());
    if (!os)
        return fail(tr("unknown os '%1'").arg(o.value(QStringLiteral("os")).toString()));
    p.os = *os;
    p.stack = o.value(QStringLiteral("stack")).toString();
    p.rootEnumerated = strings(o.value(QStringLiteral("rootEnumerated")));
    p.source = o.value(QStringLiteral("source")).toString();
    p.uncertain = strings(o.value(QStringLiteral("uncertain")));

    const QJsonObject hs = o.value(QStringLiteral("handshake")).toObject();
    const auto kind = handshakeFromName(hs.value(QStringLiteral("kind")).toString(QStringLiteral("none")));
    if (!kind)
        return fail(tr("unknown handshake kind '%1'").arg(hs.value(QStringLiteral("kind")).toString()));
    p.handshake = *kind;
    if (hs.contains(QStringLiteral("product"))) {
        const auto product = number(hs.value(QStringLiteral("product")), 0xffff);
        if (!product)
            return fail(tr("bad handshake product"));
        p.product = quint16(*product);
    }
    if (hs.contains(QStringLiteral("build"))) {
        const auto build = number(hs.value(QStringLiteral("build")), 0xffffffff);
        if (!build)
            return fail(tr("bad handshake build"));
        p.build = quint32(*build);
    }
    p.xenbusVersion = QVersionNumber::fromString(hs.value(QStringLiteral("version")).toString());
    const QString force = hs.value(QStringLiteral("forceActivate")).toString(QStringLiteral("unknown"));
    if (force == QLatin1String("yes"))
        p.forceActivate = CataloguePackage::ForceActivate::Yes;
    else if (force == QLatin1String("no"))
        p.forceActivate = CataloguePackage::ForceActivate::No;
    else if (force != QLatin1String("unknown"))
        return fail(tr("handshake forceActivate must be yes, no or unknown, not '%1'").arg(force));

    p.pvWithoutPciDriver = o.value(QStringLiteral("pvWithoutPciDriver")).toBool();

    const QJsonObject wu = o.value(QStringLiteral("windowsUpdate")).toObject();
    p.published = wu.value(QStringLiteral("published")).toBool();
    p.wuTargets = strings(wu.value(QStringLiteral("targets")));

    for (const QJsonValue& b : o.value(QStringLiteral("binds")).toArray()) {
        const QJsonObject bo = b.toObject();
        const auto id = number(bo.value(QStringLiteral("deviceId")), 0xffff);
        if (!id) {
            if (warnings)
                warnings->append(tr("package '%1': bad deviceId in binds").arg(p.id));
            continue;
        }
        CataloguePackage::Binding binding;
        binding.deviceId = quint16(*id);
        binding.minKernel = QVersionNumber::fromString(bo.value(QStringLiteral("minKernel")).toString());
        for (const QString& v : strings(bo.value(QStringLiteral("backports"))))
            binding.backports.append(QVersionNumber::fromString(v));
        for (const QString& v : strings(bo.value(QStringLiteral("unconfirmedBackports"))))
            binding.unconfirmedBackports.append(QVersionNumber::fromString(v));
        binding.uncertain = bo.value(QStringLiteral("uncertain")).toBool();
        p.binds.append(binding);
    }

    if (p.isWindows()) {
        p.infFileName = o.value(QStringLiteral("inf")).toString();
        const auto signer = signerFromName(o.value(QStringLiteral("signer")).toString());
        if (!signer)
            return fail(tr("unknown signer '%1'").arg(o.value(QStringLiteral("signer")).toString()));
        p.signer = *signer;
        const InfParser::Result inf = InfParser::parseFile(dir.filePath(p.infFileName));
        if (!inf.ok())
            return fail(inf.error->toString());
        p.inf = inf.value;
        const QJsonObject alternative = o.value(QStringLiteral("alternativeInf")).toObject();
        if (!alternative.isEmpty()) {
            const InfParser::Result alt =
                InfParser::parseFile(dir.filePath(alternative.value(QStringLiteral("inf")).toString()));
            if (!alt.ok())
                return fail(alt.error->toString());
            p.alternativeInf = alt.value;
            p.alternativeFact = alternative.value(QStringLiteral("fact")).toString();
        }
    }
    p.whatIf = o.value(QStringLiteral("whatIf")).toBool();
    p.refusesOverStacks = strings(o.value(QStringLiteral("refusesOverStacks")));
    return p;
}
