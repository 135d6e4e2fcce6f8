// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConnectionPreset.h"

#include "model/core/DataPaths.h"

#include <QRegularExpression>
#include <QUrl>

// libvirt URIs follow driver[+transport]://[username@][hostname][:port]/[path][?extraparameters]
// (https://libvirt.org/uri.html, "Remote URIs"; https://libvirt.org/remote.html). An IPv6 literal host is written
// in square brackets as in any URI (RFC 3986 §3.2.2), so that a port can follow it. A URI without "://" may be an
// alias from libvirt.conf's uri_aliases, made of a-Z, 0-9, _ and - (libvirt.org/uri.html, "Configuring URI
// aliases").

namespace {
const QString kSystemPath = QStringLiteral("/system");

bool isIpv6Literal(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f:.]+$"));
    return text.count(QLatin1Char(':')) >= 2 && pattern.match(text).hasMatch();
}

bool isHostName(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

bool isPort(const QString& text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    return ok && port >= 1 && port <= 65535 && !text.startsWith(QLatin1Char('+'));
}
} // namespace

QList<ConnectionPreset::Kind> ConnectionPreset::all()
{
    return {Kind::Xen, Kind::QemuSystem, Kind::XenSsh, Kind::QemuSsh, Kind::Custom, Kind::Demo};
}

QString ConnectionPreset::label(Kind kind)
{
    switch (kind) {
    case Kind::Xen: return tr("Xen (this host)");
    case Kind::QemuSystem: return tr("QEMU/KVM (this host)");
    case Kind::QemuSsh: return tr("QEMU/KVM over SSH");
    case Kind::XenSsh: return tr("Xen over SSH");
    case Kind::Custom: return tr("Custom URI");
    case Kind::Demo: return tr("Demo node (bundled)");
    }
    return {};
}

bool ConnectionPreset::isRemote(Kind kind)
{
    return kind == Kind::QemuSsh || kind == Kind::XenSsh;
}

ConnectionPreset::Built ConnectionPreset::build(Kind kind, const QString& host, const QString& user,
                                                const QString& customUri)
{
    switch (kind) {
    case Kind::Xen: return {QStringLiteral("xen:///system"), {}};
    case Kind::QemuSystem: return {QStringLiteral("qemu:///system"), {}};
    case Kind::QemuSsh: return remoteUri(QStringLiteral("qemu+ssh"), host, user);
    case Kind::XenSsh: return remoteUri(QStringLiteral("xen+ssh"), host, user);
    case Kind::Demo: return {DataPaths::demoNodeUri(), {}};
    case Kind::Custom: break;
    }
    const QString uri = customUri.trimmed();
    return {uri, problemWith(uri)};
}

ConnectionPreset::Built ConnectionPreset::remoteUri(const QString& scheme, const QString& hostField,
                                                    const QString& userField)
{
    const QString host = hostField.trimmed();
    const QString user = userField.trimmed();
    if (host.isEmpty())
        return {{}, tr("Enter the host to connect to.")};
    QString authority;
    static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]*)\\](?::(.*))?$"));
    const QRegularExpressionMatch inBrackets = bracketed.match(host);
    if (inBrackets.hasMatch()) {
        if (!isIpv6Literal(inBrackets.captured(1)))
            return {{}, tr("Only an IPv6 address goes in square brackets.")};
        if (inBrackets.capturedLength(2) > 0 && !isPort(inBrackets.captured(2)))
            return {{}, tr("The port must be a number from 1 to 65535.")};
        authority = host;
    } else if (isIpv6Literal(host)) {
        authority = QLatin1Char('[') + host + QLatin1Char(']');
    } else {
        const qsizetype colon = host.indexOf(QLatin1Char(':'));
        const QString name = colon < 0 ? host : host.left(colon);
        if (colon >= 0 && !isPort(host.mid(colon + 1)))
            return {{}, tr("The port must be a number from 1 to 65535.")};
        if (!isHostName(name))
            return {{}, tr("\"%1\" is not a host name or address.").arg(name)};
        authority = host;
    }
    if (!user.isEmpty())
        authority.prepend(QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@'));
    return {scheme + QStringLiteral("://") + authority + kSystemPath, {}};
}

QString ConnectionPreset::problemWith(const QString& uri)
{
    if (uri.isEmpty())
        return tr("Enter a connection URI.");
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (uri.contains(space))
        return tr("A URI cannot contain spaces.");
    static const QRegularExpression alias(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!uri.contains(QStringLiteral("://")))
        return alias.match(uri).hasMatch()
                   ? QString()
                   : tr("Expected driver[+transport]://[user@][host][:port]/path, for example qemu:///system.");
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9]*(\\+[A-Za-z0-9]+)?://"));
    if (!scheme.match(uri).hasMatch())
        return tr("The URI must start with a driver such as xen://, qemu:// or qemu+ssh://.");
    if (!QUrl(uri, QUrl::StrictMode).isValid())
        return tr("This URI is malformed; check the host, port and user name.");
    return {};
}

ConnectionPreset::Match ConnectionPreset::match(const QString& uri)
{
    if (uri == DataPaths::demoNodeUri())
        return {Kind::Demo, {}, {}};
    if (uri == QLatin1String("xen:///system"))
        return {Kind::Xen, {}, {}};
    if (uri == QLatin1String("qemu:///system"))
        return {Kind::QemuSystem, {}, {}};
    const QUrl url(uri, QUrl::StrictMode);
    const QString scheme = url.scheme();
    const bool remote = scheme == QLatin1String("qemu+ssh") || scheme == QLatin1String("xen+ssh");
    if (!url.isValid() || !remote || url.path() != kSystemPath || url.hasQuery() || url.hasFragment() ||
        url.host().isEmpty())
        return {Kind::Custom, {}, {}};
    QString host =
        url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
    if (url.port() != -1)
        host += QLatin1Char(':') + QString::number(url.port());
    const Match found{scheme == QLatin1String("qemu+ssh") ? Kind::QemuSsh : Kind::XenSsh, host, url.userName()};
    // Only when the fields give back this very URI; anything else stays a custom URI, untouched.
    return build(found.kind, found.host, found.user).uri == uri ? found : Match{};
}
