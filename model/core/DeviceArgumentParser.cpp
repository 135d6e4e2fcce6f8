// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DeviceArgumentParser.h"

#include <QList>
#include <QPair>

namespace {

using Option = QPair<QString, QString>;

/// QemuOpts' split: ",," is a literal comma, a bare first word is the implied key ("driver"), a later bare word
/// is a flag set to "on" ("nofoo" is foo=off).
QList<Option> splitOptions(const QString& text, const QString& impliedKey)
{
    QList<Option> options;
    qsizetype i = 0;
    bool first = true;
    while (i <= text.size()) {
        QString name;
        while (i < text.size() && text.at(i) != QLatin1Char('=') && text.at(i) != QLatin1Char(','))
            name += text.at(i++);
        QString value;
        const bool hasValue = i < text.size() && text.at(i) == QLatin1Char('=');
        if (hasValue) {
            ++i;
            while (i < text.size()) {
                if (text.at(i) == QLatin1Char(',')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char(',')) {
                        value += QLatin1Char(',');
                        i += 2;
                        continue;
                    }
                    break;
                }
                value += text.at(i++);
            }
        }
        if (hasValue)
            options.append({name, value});
        else if (first && !impliedKey.isEmpty())
            options.append({impliedKey, name});
        else if (name.startsWith(QLatin1String("no")))
            options.append({name.mid(2), QStringLiteral("off")});
        else if (!name.isEmpty())
            options.append({name, QStringLiteral("on")});
        first = false;
        ++i; // the comma, or past the end
    }
    return options;
}

/// qemu_strtou64 with base 0, then the property's range check (visit_type_uint16/uint8).
std::optional<quint64> cNumber(const QString& text)
{
    bool ok = false;
    quint64 n = 0;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        n = text.mid(2).toULongLong(&ok, 16);
    else if (text.size() > 1 && text.startsWith(QLatin1Char('0')))
        n = text.mid(1).toULongLong(&ok, 8);
    else
        n = text.toULongLong(&ok, 10);
    // toULongLong accepts a sign and surrounding blanks that QEMU's check for trailing garbage would not.
    if (!ok || text.isEmpty() || !text.at(text.size() - 1).isLetterOrNumber() || text.contains(QLatin1Char('+')) ||
        text.at(0).isSpace())
        return std::nullopt;
    return n;
}

/// Properties every PCI device takes (hw/pci/pci.c pci_props, qdev's id and bus); they do not change what the
/// guest's drivers bind to.
bool isGenericPciProperty(const QString& name)
{
    static const QStringList generic{QStringLiteral("id"),
                                     QStringLiteral("bus"),
                                     QStringLiteral("addr"),
                                     QStringLiteral("romfile"),
                                     QStringLiteral("romsize"),
                                     QStringLiteral("rombar"),
                                     QStringLiteral("multifunction"),
                                     QStringLiteral("failover_pair_id"),
                                     QStringLiteral("acpi-index"),
                                     QStringLiteral("driver")};
    return generic.contains(name) || name.startsWith(QLatin1String("x-"));
}

} // namespace

std::optional<DeviceArgument> DeviceArgumentParser::parse(const QString& value)
{
    DeviceArgument device;
    device.value = value;
    if (value.size() > kMaxValueLength)
        return std::nullopt;
    if (value.trimmed().startsWith(QLatin1Char('{'))) {
        // QEMU 6.2+ also takes -device as JSON; only its driver name is looked for here.
        const bool pv = value.contains(QLatin1String("\"xen-pvdevice\""));
        if (!pv && !value.contains(QLatin1String("\"xen-platform\"")))
            return std::nullopt;
        device.model = pv ? DeviceArgument::Model::XenPvdevice : DeviceArgument::Model::XenPlatform;
        device.unread.append(tr("The argument is in QEMU's JSON form, which xpconsole does not read: its "
                                "properties are unknown."));
        return device;
    }
    QString driver;
    const QList<Option> options = splitOptions(value, QStringLiteral("driver"));
    for (const Option& o : options)
        if (o.first == QLatin1String("driver"))
            driver = o.second;
    if (driver == QLatin1String("xen-pvdevice"))
        device.model = DeviceArgument::Model::XenPvdevice;
    else if (driver == QLatin1String("xen-platform"))
        device.model = DeviceArgument::Model::XenPlatform;
    else
        return std::nullopt;

    const bool pv = device.model == DeviceArgument::Model::XenPvdevice;
    auto number = [&](const Option& o, quint64 max, const char* type) -> std::optional<quint64> {
        const auto n = cNumber(o.second);
        if (!n || *n > max) {
            device.refusals.append(
                tr("QEMU refuses '%1=%2': the property expects %3.").arg(o.first, o.second, QLatin1String(type)));
            return std::nullopt;
        }
        return n;
    };
    for (const Option& o : options) {
        const QString& key = o.first;
        if (key == QLatin1String("id")) {
            device.id = o.second;
        } else if (key == QLatin1String("device-id")) {
            // Upstream xen-platform has no device-id; XenServer's patched QEMU has (facts §8).
            if (const auto n = number(o, 0xffff, "uint16_t"))
                device.deviceId = quint16(*n);
        } else if (key == QLatin1String("revision")) {
            if (const auto n = number(o, 0xff, "uint8_t"))
                device.revision = quint8(*n);
        } else if (key == QLatin1String("vendor-id") && pv) {
            if (const auto n = number(o, 0xffff, "uint16_t"))
                device.vendorId = quint16(*n);
        } else if (key == QLatin1String("size") && pv) {
            number(o, 0xffffffff, "uint32_t");
        } else if (!isGenericPciProperty(key)) {
            device.unread.append(tr("'%1=%2' is a property xpconsole does not model; QEMU may refuse it or it may "
                                    "change the device.")
                                     .arg(key, o.second));
        }
    }
    device.ours = device.id.startsWith(QLatin1String("xpc-"));
    return device;
}

bool DeviceArgumentParser::asksForXenEmulation(const QString& value)
{
    if (value.size() > kMaxValueLength)
        return false;
    for (const Option& o : splitOptions(value, QString()))
        if (o.first == QLatin1String("xen-version"))
            return true;
    return false;
}
