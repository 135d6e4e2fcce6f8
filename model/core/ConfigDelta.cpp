// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConfigDelta.h"

#include "DeviceText.h"
#include "HexText.h"
#include "MetadataCodec.h"

namespace {

QString entryText(const BlacklistItem& item)
{
    QString text = MetadataCodec::productName(item.product) + QLatin1Char(':') + QString::number(item.firstBuild);
    if (item.lastBuild != item.firstBuild)
        text += QLatin1Char('-') + QString::number(item.lastBuild);
    return text;
}

template<typename T>
qsizetype commonPrefix(const QList<T>& a, const QList<T>& b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

bool ConfigDelta::sameSettings(const VmConfig& a, const VmConfig& b)
{
    return a.flavour == b.flavour && a.flavourFromMetadata == b.flavourFromMetadata && a.platform == b.platform &&
           a.vendor == b.vendor && a.blacklist == b.blacklist && a.guest.windowsUpdate == b.guest.windowsUpdate &&
           a.guest.drivers == b.guest.drivers;
}

std::optional<QList<ConfigChange>> ConfigDelta::between(const VmConfig& from, const VmConfig& to, QString* error)
{
    QStringList texts;
    if (from.flavourFromMetadata != to.flavourFromMetadata || from.flavour != to.flavour) {
        texts << QStringLiteral("flavour=") + DeviceText::flavourName(to.flavour);
    }
    if (from.platform != to.platform) {
        QString identity = to.platform.deviceId ? HexText::id(*to.platform.deviceId) : QStringLiteral("default");
        if (to.platform.revision)
            identity += QLatin1Char(':') + HexText::revision(*to.platform.revision);
        // "off" keeps the ID and revision, so they are set first when they differ.
        if (to.platform.enabled || from.platform.deviceId != to.platform.deviceId ||
            from.platform.revision != to.platform.revision)
            texts << QStringLiteral("platform-device=") + identity;
        if (!to.platform.enabled)
            texts << QStringLiteral("platform-device=off");
    }
    if (from.vendor != to.vendor) {
        const QString identity =
            HexText::id(to.vendor.deviceId) + QLatin1Char(':') + HexText::revision(to.vendor.revision);
        if (to.vendor.enabled || from.vendor.deviceId != to.vendor.deviceId ||
            from.vendor.revision != to.vendor.revision)
            texts << QStringLiteral("vendor-device=") + identity;
        if (!to.vendor.enabled)
            texts << QStringLiteral("vendor-device=off");
    }
    const qsizetype sameEntries = commonPrefix(from.blacklist, to.blacklist);
    for (qsizetype i = sameEntries; i < from.blacklist.size(); ++i)
        texts << QStringLiteral("blacklist-=") + entryText(from.blacklist.at(i));
    for (qsizetype i = sameEntries; i < to.blacklist.size(); ++i)
        texts << QStringLiteral("blacklist+=") + entryText(to.blacklist.at(i));
    if (from.guest.windowsUpdate != to.guest.windowsUpdate)
        texts << (to.guest.windowsUpdate == WindowsUpdate::Automatic ? QStringLiteral("windows-update=automatic")
                                                                     : QStringLiteral("windows-update=off"));
    const qsizetype sameDrivers = commonPrefix(from.guest.drivers, to.guest.drivers);
    for (qsizetype i = sameDrivers; i < from.guest.drivers.size(); ++i)
        texts << QStringLiteral("driver-=") + from.guest.drivers.at(i);
    for (qsizetype i = sameDrivers; i < to.guest.drivers.size(); ++i)
        texts << QStringLiteral("driver+=") + to.guest.drivers.at(i);

    auto changes = parse(texts, error);
    if (!changes)
        return std::nullopt;
    // The language has gaps (comments, vendor IDs, duplicate entries): check that the changes really arrive at
    // @p to rather than trusting the construction above.
    VmConfig check = from;
    for (const ConfigChange& change : std::as_const(*changes))
        if (!change.applyTo(check, error))
            return std::nullopt;
    if (!sameSettings(check, to)) {
        if (error)
            *error = tr("The difference cannot be expressed as --set changes (%1).").arg(texts.join(QLatin1Char(' ')));
        return std::nullopt;
    }
    return changes;
}

QStringList ConfigDelta::texts(const QList<ConfigChange>& changes)
{
    QStringList list;
    for (const ConfigChange& change : changes)
        list << change.text();
    return list;
}

std::optional<QList<ConfigChange>> ConfigDelta::parse(const QStringList& texts, QString* error)
{
    QList<ConfigChange> changes;
    for (const QString& text : texts) {
        const auto change = ConfigChange::parse(text, error);
        if (!change)
            return std::nullopt;
        changes.append(*change);
    }
    return changes;
}
