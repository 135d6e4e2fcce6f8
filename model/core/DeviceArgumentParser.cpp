// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DeviceArgumentParser.h"

#include <QList>
#include <QPair>
#include <algorithm>
#include <limits>

namespace {

using Option = QPair<QString, QString>;

/// A value up to a single comma; ",," is a comma of the value (util/qemu-option.c get_opt_value). Leaves @p i on
/// the comma or the end.
QString readValue(const QString& text, qsizetype& i)
{
    QString value;
    while (i < text.size()) {
        if (text.at(i) == QLatin1Char(',')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char(','))
                break;
            ++i;
        }
        value += text.at(i++);
    }
    return value;
}

/// QemuOpts' split (util/qemu-option.c get_opt_name_value): an item whose first '=' or ',' is not '=' is, when it
/// comes first and @p impliedKey is given, that key's value (read with ",," escapes, so "xen-pvdevice,,id=x" is one
/// driver name); later, a flag ("foo" is foo=on, "nofoo" foo=off). Every other item is name=value.
QList<Option> splitOptions(const QString& text, const QString& impliedKey)
{
    QList<Option> options;
    qsizetype i = 0;
    bool first = true;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && text.at(end) != QLatin1Char('=') && text.at(end) != QLatin1Char(','))
            ++end;
        if (end < text.size() && text.at(end) == QLatin1Char('=')) {
            const QString name = text.mid(i, end - i);
            i = end + 1;
            options.append({name, readValue(text, i)});
        } else if (first && !impliedKey.isEmpty()) {
            options.append({impliedKey, readValue(text, i)});
        } else {
            const QString name = text.mid(i, end - i);
            i = end;
            if (name.startsWith(QLatin1String("no")))
                options.append({name.mid(2), QStringLiteral("off")});
            else
                options.append({name, QStringLiteral("on")});
        }
        first = false;
        if (i < text.size())
            ++i; // the comma
    }
    return options;
}

/// qemu_strtou64 (util/cutils.c): strtoull with base 0, so blanks before the number and a sign are taken (a minus
/// wraps around), 0x is hex before a hex digit and a leading 0 octal, and nothing may follow; an overflow is refused.
std::optional<quint64> cNumber(const QString& text)
{
    qsizetype i = 0;
    while (i < text.size() && QStringView(u" \t\n\v\f\r").contains(text.at(i)))
        ++i;
    bool negative = false;
    if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
        negative = text.at(i++) == QLatin1Char('-');
    auto digitAt = [&](qsizetype at) {
        const char16_t c = at < text.size() ? text.at(at).unicode() : u'\0';
        if (c >= u'0' && c <= u'9')
            return int(c - u'0');
        if (c >= u'a' && c <= u'f')
            return int(c - u'a' + 10);
        if (c >= u'A' && c <= u'F')
            return int(c - u'A' + 10);
        return 99;
    };
    int base = 10;
    if (digitAt(i) == 0) {
        base = 8;
        if (i + 1 < text.size() && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X')) &&
            digitAt(i + 2) < 16) {
            base = 16;
            i += 2;
        }
    }
    if (i >= text.size())
        return std::nullopt;
    quint64 n = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const int digit = digitAt(i);
        if (digit >= base)
            return std::nullopt;
        if (n > (std::numeric_limits<quint64>::max() - quint64(digit)) / quint64(base))
            overflow = true;
        n = n * quint64(base) + quint64(digit);
    }
    if (overflow)
        return std::nullopt;
    return negative ? quint64(0) - n : n;
}

/// QEMU's id_wellformed (util/id.c): a letter, then letters, digits, '-', '.' and '_'.
bool wellFormedId(const QString& id)
{
    auto ascii = [](QChar c, bool letterOnly) {
        const char16_t u = c.unicode();
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        return letterOnly ? letter : letter || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_';
    };
    if (id.isEmpty() || !ascii(id.at(0), true))
        return false;
    return std::all_of(id.cbegin() + 1, id.cend(), [&](QChar c) { return ascii(c, false); });
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
    // softmmu/vl.c takes the JSON form only when the word starts with '{'.
    if (value.startsWith(QLatin1Char('{'))) {
        const bool pv = value.contains(QLatin1String("\"xen-pvdevice\""));
        if (!pv && !value.contains(QLatin1String("\"xen-platform\"")))
            return std::nullopt;
        device.model = pv ? DeviceArgument::Model::XenPvdevice : DeviceArgument::Model::XenPlatform;
        device.unread.append(tr("The argument is in QEMU's JSON form, which xpconsole does not read: its "
                                "properties are unknown."));
        return device;
    }
    // qemu_opts_to_qdict keeps the last value of a repeated key (the driver too); the id is the first one given
    // (opts_parse_id), and QEMU refuses one that is not an identifier.
    const QList<Option> options = splitOptions(value, QStringLiteral("driver"));
    QList<Option> last;
    bool idSeen = false;
    for (const Option& o : options) {
        if (o.first == QLatin1String("id")) {
            if (!idSeen)
                device.id = o.second;
            idSeen = true;
            continue;
        }
        const auto it = std::find_if(last.begin(), last.end(), [&](const Option& l) { return l.first == o.first; });
        if (it != last.end())
            it->second = o.second;
        else
            last.append(o);
    }
    QString driver;
    for (const Option& o : std::as_const(last))
        if (o.first == QLatin1String("driver"))
            driver = o.second;
    if (driver == QLatin1String("xen-pvdevice"))
        device.model = DeviceArgument::Model::XenPvdevice;
    else if (driver == QLatin1String("xen-platform"))
        device.model = DeviceArgument::Model::XenPlatform;
    else
        return std::nullopt;

    const bool pv = device.model == DeviceArgument::Model::XenPvdevice;
    if (idSeen && !wellFormedId(device.id))
        device.refusals.append(tr("QEMU refuses 'id=%1': an id is a letter followed by letters, digits, '-', '.' "
                                  "and '_'.")
                                   .arg(device.id));
    auto number = [&](const Option& o, quint64 max, const char* type) -> std::optional<quint64> {
        const auto n = cNumber(o.second);
        if (!n || *n > max) {
            device.refusals.append(
                tr("QEMU refuses '%1=%2': the property expects %3.").arg(o.first, o.second, QLatin1String(type)));
            return std::nullopt;
        }
        return n;
    };
    for (const Option& o : std::as_const(last)) {
        const QString& key = o.first;
        if (key == QLatin1String("device-id")) {
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
    // Only xpconsole's own xen-pvdevice: any other device, whatever its id, is never rewritten or removed.
    device.ours = pv && device.id.startsWith(QLatin1String("xpc-"));
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
