// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibosinfoOs.h"

#include <QHash>

namespace {

struct Windows
{
    const char* release;
    bool server;
    bool exact;
};

/// osinfo-db's Windows ids and their builds (Microsoft's release information). Where an id spans several builds
/// the last one is taken and said to be a guess: Vista and 2008 at SP2, 7 and 2008 R2 at SP1, 10 at 22H2, 11 at
/// 23H2.
const QHash<QString, Windows>& windowsIds()
{
    static const QHash<QString, Windows> ids{
        {QStringLiteral("xp"), {"5.1.2600", false, true}},    {QStringLiteral("2k3"), {"5.2.3790", true, true}},
        {QStringLiteral("2k3r2"), {"5.2.3790", true, true}},  {QStringLiteral("vista"), {"6.0.6002", false, false}},
        {QStringLiteral("2k8"), {"6.0.6002", true, false}},   {QStringLiteral("7"), {"6.1.7601", false, false}},
        {QStringLiteral("2k8r2"), {"6.1.7601", true, false}}, {QStringLiteral("8"), {"6.2.9200", false, true}},
        {QStringLiteral("2k12"), {"6.2.9200", true, true}},   {QStringLiteral("8.1"), {"6.3.9600", false, true}},
        {QStringLiteral("2k12r2"), {"6.3.9600", true, true}}, {QStringLiteral("10"), {"10.0.19045", false, false}},
        {QStringLiteral("2k16"), {"10.0.14393", true, true}}, {QStringLiteral("2k19"), {"10.0.17763", true, true}},
        {QStringLiteral("2k22"), {"10.0.20348", true, true}}, {QStringLiteral("2k25"), {"10.0.26100", true, true}},
        {QStringLiteral("11"), {"10.0.22631", false, false}},
    };
    return ids;
}

/// The kernel series a distribution release ships (Debian's, Ubuntu's and Red Hat's release notes). Point
/// releases differ by update level, which libosinfo does not know.
const QHash<QString, const char*>& linuxKernels()
{
    static const QHash<QString, const char*> kernels{
        {QStringLiteral("debian.org/debian/9"), "4.9"},        {QStringLiteral("debian.org/debian/10"), "4.19"},
        {QStringLiteral("debian.org/debian/11"), "5.10"},      {QStringLiteral("debian.org/debian/12"), "6.1"},
        {QStringLiteral("debian.org/debian/13"), "6.12"},      {QStringLiteral("ubuntu.com/ubuntu/18.04"), "4.15"},
        {QStringLiteral("ubuntu.com/ubuntu/20.04"), "5.4"},    {QStringLiteral("ubuntu.com/ubuntu/22.04"), "5.15"},
        {QStringLiteral("ubuntu.com/ubuntu/24.04"), "6.8"},    {QStringLiteral("redhat.com/rhel/7"), "3.10"},
        {QStringLiteral("redhat.com/rhel/8"), "4.18"},         {QStringLiteral("redhat.com/rhel/9"), "5.14"},
        {QStringLiteral("centos.org/centos/7"), "3.10"},       {QStringLiteral("centos.org/centos/8"), "4.18"},
        {QStringLiteral("rockylinux.org/rocky/8"), "4.18"},    {QStringLiteral("rockylinux.org/rocky/9"), "5.14"},
        {QStringLiteral("almalinux.org/almalinux/8"), "4.18"}, {QStringLiteral("almalinux.org/almalinux/9"), "5.14"},
    };
    return kernels;
}

} // namespace

std::optional<LibosinfoOs::Installed> LibosinfoOs::parse(const QString& id)
{
    static const QString scheme = QStringLiteral("http://");
    if (!id.startsWith(scheme) || id.size() > 256)
        return std::nullopt;
    const QString path = id.mid(scheme.size());
    Installed installed;
    installed.id = id;
    if (path.startsWith(QLatin1String("microsoft.com/win/"))) {
        const auto found = windowsIds().constFind(path.mid(18));
        if (found == windowsIds().cend())
            return std::nullopt;
        installed.os = GuestOs::Windows;
        installed.release = QString::fromLatin1(found->release);
        installed.server = found->server;
        if (!found->exact)
            installed.releaseUncertainty =
                tr("Windows build: libosinfo's %1 covers several builds; %2 is assumed").arg(id, installed.release);
        return installed;
    }
    for (const auto& [prefix, os] : {std::pair{QStringLiteral("freebsd.org/freebsd/"), GuestOs::FreeBsd},
                                     std::pair{QStringLiteral("netbsd.org/netbsd/"), GuestOs::NetBsd},
                                     std::pair{QStringLiteral("openbsd.org/openbsd/"), GuestOs::OpenBsd}}) {
        if (path.startsWith(prefix)) {
            installed.os = os;
            installed.release = path.mid(prefix.size());
            return installed.release.isEmpty() ? std::nullopt : std::optional<Installed>(installed);
        }
    }
    // RHEL's and its rebuilds' minor releases share the major release's kernel series.
    QString key = path;
    if (!linuxKernels().contains(key)) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        key = path.left(slash + 1) + path.mid(slash + 1).section(QLatin1Char('.'), 0, 0);
    }
    const auto kernel = linuxKernels().constFind(key);
    if (kernel == linuxKernels().cend())
        return std::nullopt;
    installed.os = GuestOs::Linux;
    installed.release = QString::fromLatin1(*kernel);
    installed.releaseUncertainty = tr("Linux kernel: libosinfo's %1 names the distribution, whose kernel series is "
                                      "%2; the point release, which decides 0002 support, is not known")
                                       .arg(id, installed.release);
    return installed;
}
