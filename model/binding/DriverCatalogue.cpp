// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DriverCatalogue.h"

#include "InfParser.h"
#include "device/NumberParser.h"
#include "model/core/DataPaths.h"
#include "model/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

bool DriverCatalogue::load(const QString& directory)
{
    m_packages.clear();
    m_byId.clear();
    m_warnings.clear();
    m_error.clear();

    const QString path = QDir(directory).filePath(QStringLiteral("catalogue.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the driver catalogue %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        m_error = tr("The driver catalogue %1 is not valid JSON at offset %2: %3")
                      .arg(path)
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1) {
        m_error = tr("The driver catalogue %1 has schema %2; this build reads schema 1.")
                      .arg(path, root.value(QStringLiteral("schema")).toVariant().toString());
        return false;
    }

    for (const QJsonValue& entry : root.value(QStringLiteral("packages")).toArray()) {
        const QJsonObject o = entry.toObject();
        CataloguePackage p;
        p.id = o.value(QStringLiteral("id")).toString();
        auto skip = [&](const QString& why) {
            m_warnings.append(tr("%1: package '%2' skipped: %3").arg(path, p.id, why));
        };
        if (p.id.isEmpty()) {
            skip(tr("it has no id"));
            continue;
        }
        p.name = o.value(QStringLiteral("name")).toString(p.id);
        const auto os = osFromName(o.value(QStringLiteral("os")).toString());
        if (!os) {
            skip(tr("unknown os '%1'").arg(o.value(QStringLiteral("os")).toString()));
            continue;
        }
        p.os = *os;
        p.stack = o.value(QStringLiteral("stack")).toString();
        p.rootEnumerated = strings(o.value(QStringLiteral("rootEnumerated")));
        p.source = o.value(QStringLiteral("source")).toString();
        p.uncertain = strings(o.value(QStringLiteral("uncertain")));

        const QJsonObject hs = o.value(QStringLiteral("handshake")).toObject();
        const auto kind = handshakeFromName(hs.value(QStringLiteral("kind")).toString(QStringLiteral("none")));
        if (!kind) {
            skip(tr("unknown handshake kind '%1'").arg(hs.value(QStringLiteral("kind")).toString()));
            continue;
        }
        p.handshake = *kind;
        if (hs.contains(QStringLiteral("product"))) {
            const auto product = number(hs.value(QStringLiteral("product")), 0xffff);
            if (!product) {
                skip(tr("bad handshake product"));
                continue;
            }
            p.product = quint16(*product);
        }
        if (hs.contains(QStringLiteral("build"))) {
            const auto build = number(hs.value(QStringLiteral("build")), 0xffffffff);
            if (!build) {
                skip(tr("bad handshake build"));
                continue;
            }
            p.build = quint32(*build);
        }
        p.xenbusVersion = QVersionNumber::fromString(hs.value(QStringLiteral("version")).toString());
        const QString force = hs.value(QStringLiteral("forceActivate")).toString(QStringLiteral("unknown"));
        if (force == QLatin1String("yes"))
            p.forceActivate = CataloguePackage::ForceActivate::Yes;
        else if (force == QLatin1String("no"))
            p.forceActivate = CataloguePackage::ForceActivate::No;
        else if (force != QLatin1String("unknown")) {
            skip(tr("handshake forceActivate must be yes, no or unknown, not '%1'").arg(force));
            continue;
        }

        p.pvWithoutPciDriver = o.value(QStringLiteral("pvWithoutPciDriver")).toBool();

        const QJsonObject wu = o.value(QStringLiteral("windowsUpdate")).toObject();
        p.published = wu.value(QStringLiteral("published")).toBool();
        p.wuTargets = strings(wu.value(QStringLiteral("targets")));

        for (const QJsonValue& b : o.value(QStringLiteral("binds")).toArray()) {
            const QJsonObject bo = b.toObject();
            const auto id = number(bo.value(QStringLiteral("deviceId")), 0xffff);
            if (!id) {
                m_warnings.append(tr("%1: package '%2': bad deviceId in binds").arg(path, p.id));
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
            if (!signer) {
                skip(tr("unknown signer '%1'").arg(o.value(QStringLiteral("signer")).toString()));
                continue;
            }
            p.signer = *signer;
            const InfParser::Result inf = InfParser::parseFile(QDir(directory).filePath(p.infFileName));
            if (!inf.ok()) {
                skip(inf.error->toString());
                continue;
            }
            p.inf = inf.value;
            const QJsonObject alternative = o.value(QStringLiteral("alternativeInf")).toObject();
            if (!alternative.isEmpty()) {
                const InfParser::Result alt =
                    InfParser::parseFile(QDir(directory).filePath(alternative.value(QStringLiteral("inf")).toString()));
                if (!alt.ok()) {
                    skip(alt.error->toString());
                    continue;
                }
                p.alternativeInf = alt.value;
                p.alternativeFact = alternative.value(QStringLiteral("fact")).toString();
            }
        }
        const QString id = p.id;
        if (!add(std::move(p)))
            m_warnings.append(tr("%1: package id '%2' appears twice; the first one is kept").arg(path, id));
    }
    for (const QString& warning : std::as_const(m_warnings))
        qCWarning(lcModel) << warning;
    return true;
}

bool DriverCatalogue::importInf(const QString& path, QString* error)
{
    const InfParser::Result inf = InfParser::parseFile(path);
    if (!inf.ok()) {
        if (error)
            *error = inf.error->toString();
        return false;
    }
    CataloguePackage p;
    p.id = QStringLiteral("user:") + QFileInfo(path).fileName();
    p.name = QFileInfo(path).fileName();
    p.os = GuestOs::Windows;
    p.stack = QStringLiteral("imported");
    p.infFileName = QFileInfo(path).fileName();
    p.inf = inf.value;
    // An imported INF tells nothing about its signature or its unplug behaviour.
    p.signer = DriverRank::Signer::Unknown;
    p.imported = true;
    p.uncertain = {tr("signature, handshake and stack of an imported INF")};
    p.source = path;
    if (!add(p)) {
        if (error)
            *error = tr("A package named '%1' is already in the catalogue.").arg(p.id);
        return false;
    }
    return true;
}

const CataloguePackage* DriverCatalogue::find(const QString& id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_packages.at(*it);
}

const DriverCatalogue& DriverCatalogue::shipped()
{
    static const DriverCatalogue catalogue = [] {
        DriverCatalogue c;
        if (!c.load(DataPaths::driversDirectory()))
            qCWarning(lcModel) << c.errorString();
        return c;
    }();
    return catalogue;
}

bool DriverCatalogue::add(CataloguePackage package)
{
    if (m_byId.contains(package.id))
        return false;
    m_byId.insert(package.id, m_packages.size());
    package.uncertainNamed.clear();
    for (const QString& fact : std::as_const(package.uncertain))
        package.uncertainNamed.append(QStringLiteral("%1: %2").arg(package.id, fact));
    m_packages.append(std::move(package));
    return true;
}
