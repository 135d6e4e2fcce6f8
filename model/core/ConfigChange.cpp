// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ConfigChange.h"

#include "DeviceText.h"
#include "HexText.h"
#include "device/Blacklist.h"
#include "device/NumberParser.h"

#include <QRegularExpression>

using xp::device::NumberParser;

namespace {

/// off, or ID[:REV] with ID 16 bits and REV 8 bits; with @p allowDefault also default[:REV] (no ID: the
/// flavour's own device), which is what a VM without a device-id attribute has.
bool parseDevice(const QString& value, bool allowDefault, bool& enabled, std::optional<quint16>& id,
                 std::optional<quint8>& revision)
{
    if (value == QLatin1String("off")) {
        enabled = false;
        return true;
    }
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    if (allowDefault && parts.at(0) == QLatin1String("default")) {
        id.reset();
    } else {
        const auto parsedId = NumberParser::parse(parts.at(0).toStdString(), 0xffff);
        if (!parsedId)
            return false;
        id = quint16(*parsedId);
    }
    if (parts.size() == 2) {
        const auto parsedRev = NumberParser::parse(parts.at(1).toStdString(), 0xff);
        if (!parsedRev)
            return false;
        revision = quint8(*parsedRev);
    }
    enabled = true;
    return true;
}

/// Line breaks (including U+2028/U+2029) and other control characters: no value has them, and a --set text with
/// one would print as two lines or hide what follows.
bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
           c.category() == QChar::Separator_Paragraph;
}

/// @p text for an error message, on one line: control characters as escapes.
QString printable(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (isControl(c))
            out += QStringLiteral("\\u%1").arg(HexText::digits(c.unicode(), 4));
        else
            out += c;
    }
    return out;
}

} // namespace

QString ConfigChange::usage()
{
    return QStringLiteral("platform-device=off|default[:REV]|ID[:REV], vendor-device=off|ID[:REV], flavour=F, "
                          "blacklist+=PRODUCT:BUILD[-BUILD], blacklist-=PRODUCT:BUILD[-BUILD], "
                          "windows-update=off|automatic, driver+=PACKAGE, driver-=PACKAGE, wu-publish+=PACKAGE@HWID, "
                          "take-over=vendor-device, override=host-check");
}

std::optional<ConfigChange> ConfigChange::parse(const QString& text, QString* error)
{
    static const QRegularExpression shape(QStringLiteral("^([a-z-]+?)([+-]?)=(.*)$"));
    const auto match = shape.match(text);
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("--set %1: %2").arg(printable(text), why);
        return std::nullopt;
    };
    // Before the shape: QRegularExpression's $ also matches before a final line break, which would accept
    // "windows-update=off\n" with the break kept in text().
    if (std::any_of(text.cbegin(), text.cend(), isControl))
        return fail(tr("the text contains a line break or another control character"));
    if (!match.hasMatch())
        return fail(tr("expected KEY=VALUE (%1)").arg(usage()));
    const QString key = match.captured(1);
    const QString op = match.captured(2);
    const QString value = match.captured(3);
    if (value.isEmpty())
        return fail(tr("the value is empty"));

    ConfigChange change;
    change.m_text = text;
    if ((key == QLatin1String("platform-device") || key == QLatin1String("vendor-device")) && op.isEmpty()) {
        change.m_kind = key == QLatin1String("platform-device") ? Kind::PlatformDevice : Kind::VendorDevice;
        const bool platform = change.m_kind == Kind::PlatformDevice;
        if (!parseDevice(value, platform, change.m_enabled, change.m_id, change.m_revision))
            return fail(platform ? tr("expected off, default[:REV] or ID[:REV] (16-bit ID, 8-bit revision, decimal "
                                      "or 0x hex)")
                                 : tr("expected off or ID[:REV] (16-bit ID, 8-bit revision, decimal or 0x hex)"));
        if (change.m_kind == Kind::VendorDevice && change.m_id == 0xffff)
            return fail(tr("xen-pvdevice refuses device ID 0xffff (it means unset)"));
    } else if (key == QLatin1String("flavour") && op.isEmpty()) {
        change.m_kind = Kind::Flavour;
        const auto flavour = xp::device::parseFlavour(value.toStdString());
        if (!flavour)
            return fail(tr("unknown device model (one of %1)").arg(DeviceText::flavourNames()));
        change.m_flavour = *flavour;
    } else if (key == QLatin1String("blacklist") && !op.isEmpty()) {
        change.m_kind = op == QLatin1String("+") ? Kind::BlacklistAdd : Kind::BlacklistRemove;
        const auto entry = xp::device::Blacklist::parseEntry(value.toStdString());
        if (!entry)
            return fail(tr("expected PRODUCT:BUILD or PRODUCT:FIRST-LAST with a product of Xen's registry "
                           "and FIRST not above LAST"));
        change.m_entry = BlacklistItem{entry->product, entry->firstBuild, entry->lastBuild, {}};
    } else if (key == QLatin1String("windows-update") && op.isEmpty()) {
        change.m_kind = Kind::WindowsUpdate;
        if (value == QLatin1String("off"))
            change.m_windowsUpdate = WindowsUpdate::Off;
        else if (value == QLatin1String("automatic"))
            change.m_windowsUpdate = WindowsUpdate::Automatic;
        else
            return fail(tr("expected off or automatic"));
    } else if (key == QLatin1String("driver") && !op.isEmpty()) {
        change.m_kind = op == QLatin1String("+") ? Kind::DriverAdd : Kind::DriverRemove;
        // Package ids end up in XML attributes and on screens: letters, digits and a few separators only
        // (fuzzing found control characters that made the stored metadata unreadable).
        static const QRegularExpression packageId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+:@-]{0,127}$"));
        if (!packageId.match(value).hasMatch())
            return fail(tr("a package id is letters, digits and . _ + : @ - (at most 128)"));
        change.m_package = value;
    } else if (key == QLatin1String("wu-publish") && op == QLatin1String("+")) {
        change.m_kind = Kind::WuPublish;
        change.m_package = value.section(QLatin1Char('@'), 0, 0);
        change.m_hardwareId = value.section(QLatin1Char('@'), 1);
        if (change.m_package.isEmpty() || change.m_hardwareId.isEmpty())
            return fail(tr("expected PACKAGE@HARDWARE-ID"));
    } else if (key == QLatin1String("take-over") && op.isEmpty()) {
        change.m_kind = Kind::TakeOver;
        if (value != QLatin1String("vendor-device"))
            return fail(tr("expected vendor-device"));
    } else if (key == QLatin1String("override") && op.isEmpty()) {
        change.m_kind = Kind::Override;
        if (value != QLatin1String("host-check"))
            return fail(tr("expected host-check"));
    } else {
        return fail(tr("unknown key (%1)").arg(usage()));
    }
    return change;
}

bool ConfigChange::applyTo(VmConfig& config, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("--set %1: %2").arg(m_text, why);
        return false;
    };
    switch (m_kind) {
    case Kind::PlatformDevice:
        config.platform.enabled = m_enabled;
        if (m_enabled) {
            config.platform.deviceId = m_id;
            config.platform.revision = m_revision;
        }
        return true;
    case Kind::VendorDevice:
        config.vendor.enabled = m_enabled;
        if (m_enabled) {
            config.vendor.deviceId = *m_id;
            config.vendor.revision = m_revision.value_or(0x01);
        }
        return true;
    case Kind::Flavour:
        config.flavour = m_flavour;
        config.flavourFromMetadata = true;
        return true;
    case Kind::BlacklistAdd:
        for (const BlacklistItem& item : std::as_const(config.blacklist))
            if (item.product == m_entry.product && item.firstBuild == m_entry.firstBuild &&
                item.lastBuild == m_entry.lastBuild)
                return fail(tr("the entry is already in the blacklist"));
        config.blacklist.append(m_entry);
        return true;
    case Kind::BlacklistRemove: {
        const auto removed = config.blacklist.removeIf([&](const BlacklistItem& item) {
            return item.product == m_entry.product && item.firstBuild == m_entry.firstBuild &&
                   item.lastBuild == m_entry.lastBuild;
        });
        return removed > 0 ? true : fail(tr("no such entry in the blacklist"));
    }
    case Kind::WindowsUpdate: config.guest.windowsUpdate = m_windowsUpdate; return true;
    case Kind::DriverAdd:
        if (config.guest.drivers.contains(m_package))
            return fail(tr("the package is already installed"));
        config.guest.drivers.append(m_package);
        return true;
    case Kind::DriverRemove:
        return config.guest.drivers.removeAll(m_package) > 0 ? true : fail(tr("the package is not installed"));
    case Kind::WuPublish: config.wuPublications.append(WuPublication{m_package, m_hardwareId}); return true;
    case Kind::TakeOver:
        // The guest keeps the device it has: the metadata adopts its identity (a later vendor-device= may change it).
        for (const DeviceArgument& argument : std::as_const(config.definition.devices)) {
            if (argument.ours || argument.model != DeviceArgument::Model::XenPvdevice || !argument.refusals.isEmpty())
                continue;
            // A refused change leaves the configuration as it was.
            if (argument.deviceId.value_or(0xffff) == 0xffff)
                return fail(tr("its device ID is unset, which QEMU refuses (0xffff)"));
            config.vendor.enabled = true;
            config.vendor.vendorId = argument.vendorId.value_or(0x5853);
            config.vendor.deviceId = *argument.deviceId;
            config.vendor.revision = argument.revision.value_or(0x01);
            config.definition.push.takeOverForeignVendor = true;
            return true;
        }
        return fail(tr("the definition has no vendor device of another tool"));
    case Kind::Override: config.definition.push.overrideHostCheck = true; return true;
    }
    return false;
}
