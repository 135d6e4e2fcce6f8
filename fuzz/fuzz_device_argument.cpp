// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// DeviceArgumentParser on the word after -device, as another tool or a hand edit leaves it in the definition:
// alone, and as DomainXmlReader reads it from <qemu:commandline> and <xen:commandline>. What it reads decides
// which argument a push rewrites or removes (ours) and which boot the prediction warns about (refusals), so
// besides its own contracts the result is compared with a second, deliberately plain reading of QEMU's rules
// (util/qemu-option.c opts_parse: the first id, the last of any other key; qemu_strtou64 for the numbers), each
// rule checked by hand against QEMU 7.2's xen-pvdevice.
//
// Input: the argument's text as UTF-8, whole. Its first five bytes also give the numbers of an argument of our
// own, written by Realization::arguments and read back.
#include "FuzzCheck.h"
#include "model/core/DeviceArgumentParser.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/Realization.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace {

/// The text as QEMU's option parser splits it for -device (implied first key "driver").
struct Reference
{
    QString driver;
    /// opts_parse_id reads the id before everything else and stops at the first one.
    std::optional<QString> id;
    /// Every other key's last value: qemu_opts_to_qdict keeps the last of a repeated key.
    QHash<QString, QString> last;
};

/// Reads a value up to a single comma; ",," is a comma of the value. Leaves @p i on the comma or the end.
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

/// One pass over the options; with @p impliedFirst a first item without '=' is the value of "driver" (and may
/// hold ",,"), without it every item without '=' is a flag ("foo" is foo=on, "nofoo" foo=off).
template<typename Visit>
void forEachOption(const QString& text, bool impliedFirst, Visit visit)
{
    qsizetype i = 0;
    bool first = true;
    while (i < text.size()) {
        qsizetype end = i;
        while (end < text.size() && text.at(end) != QLatin1Char('=') && text.at(end) != QLatin1Char(','))
            ++end;
        if (end < text.size() && text.at(end) == QLatin1Char('=')) {
            const QString name = text.mid(i, end - i);
            i = end + 1;
            visit(name, readValue(text, i));
        } else if (first && impliedFirst) {
            visit(QStringLiteral("driver"), readValue(text, i));
        } else {
            const QString name = text.mid(i, end - i);
            i = end;
            if (name.startsWith(QLatin1String("no")))
                visit(name.mid(2), QStringLiteral("off"));
            else
                visit(name, QStringLiteral("on"));
        }
        first = false;
        if (i < text.size())
            ++i; // the comma
    }
}

Reference referenceReading(const QString& text)
{
    Reference r;
    forEachOption(text, false, [&](const QString& name, const QString& value) {
        if (name != QLatin1String("id"))
            return;
        if (!r.id)
            r.id = value;
    });
    forEachOption(text, true, [&](const QString& name, const QString& value) {
        if (name == QLatin1String("driver"))
            r.driver = value;
        if (name != QLatin1String("id"))
            r.last.insert(name, value);
    });
    return r;
}

/// util/id.c id_wellformed, written out plainly.
bool wellFormedReference(const QString& id)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (id.isEmpty() || !letters.contains(id.at(0)))
        return false;
    for (const QChar c : id)
        if (!letters.contains(c) && !(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && c != QLatin1Char('-') &&
            c != QLatin1Char('.') && c != QLatin1Char('_'))
            return false;
    return true;
}

/// What QEMU's keyval visitor makes of a property's number (qemu_strtou64: strtoull with base 0, then nothing
/// may follow): blanks before it and a sign are taken, a minus wraps around, an overflow is refused. Checked
/// against QEMU 7.2's xen-pvdevice ("info qtree"): "+5", " 5" and "-0" are taken, "0x 5" and "0x0x5" refused.
std::optional<quint64> referenceNumber(const QString& text)
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
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return 99;
    };
    int base = 10;
    if (digitAt(i) == 0) {
        base = 8;
        // "0x" counts as a prefix only before a hex digit; "0x" alone is a 0 followed by garbage.
        if (i + 1 < text.size() && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X')) &&
            digitAt(i + 2) < 16) {
            base = 16;
            i += 2;
        }
    }
    if (i == text.size())
        return std::nullopt; // no digits
    quint64 n = 0;
    bool overflow = false;
    for (; i < text.size(); ++i) {
        const int digit = digitAt(i);
        if (digit >= base)
            return std::nullopt; // trailing garbage
        if (n > (UINT64_MAX - quint64(digit)) / quint64(base))
            overflow = true;
        n = n * quint64(base) + quint64(digit);
    }
    if (overflow)
        return std::nullopt;
    return negative ? quint64(0) - n : n;
}

/// @p value as XML attribute text between single quotes; nullopt for a character XML 1.0 cannot carry at all
/// (so libvirt never hands one over).
std::optional<QString> xmlAttribute(const QString& value)
{
    QString out;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xfffe || u == 0xffff)
            return std::nullopt;
        switch (u) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'\'': out += QLatin1String("&apos;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        // Literal blanks in an attribute are normalized to spaces; references keep them.
        case u'\t': out += QLatin1String("&#9;"); break;
        case u'\n': out += QLatin1String("&#10;"); break;
        case u'\r': out += QLatin1String("&#13;"); break;
        default: out += c;
        }
    }
    return out;
}

/// The domain DomainXmlReader gets when the argument follows -device (or --device) and then @p accelOption.
void checkThroughDomainXml(const QString& value, const QString& attribute, const QString& domainType,
                           const QString& prefix, const QString& ns, const QString& deviceOption,
                           const QString& accelOption)
{
    const QString arg = QStringLiteral("<%1:arg value='%2'/>");
    const QString xml = QStringLiteral("<domain type='%1'><%2:commandline xmlns:%2='%3'>").arg(domainType, prefix, ns) +
                        arg.arg(prefix, deviceOption) + arg.arg(prefix, attribute) + arg.arg(prefix, accelOption) +
                        arg.arg(prefix, attribute) + QStringLiteral("</%1:commandline></domain>").arg(prefix);
    VmConfig config;
    XP_FUZZ_CHECK(DomainXmlReader::read(xml, config));
    XP_FUZZ_CHECK(config.metadataErrors.isEmpty());
    QList<DeviceArgument> expected;
    if (auto device = DeviceArgumentParser::parse(value))
        expected.append(*device);
    XP_FUZZ_CHECK(config.definition.devices == expected);
    const QString emulation =
        DeviceArgumentParser::asksForXenEmulation(value) ? accelOption + QLatin1Char(' ') + value : QString();
    XP_FUZZ_CHECK(config.definition.xenEmulationArgument == emulation);
}

/// A property against the reference: its field (when the parser keeps one) is the last value when QEMU takes it,
/// and there is a refusal when QEMU does not. Clears @p allTaken when QEMU refuses the value.
void checkNumber(const DeviceArgument& device, const Reference& r, const char* key, quint64 max,
                 std::optional<quint64> field, bool kept, bool& allTaken)
{
    const auto it = r.last.constFind(QLatin1String(key));
    if (it == r.last.cend()) {
        XP_FUZZ_CHECK(!field);
        return;
    }
    const QString& text = *it;
    const std::optional<quint64> n = referenceNumber(text);
    if (n && *n <= max) {
        if (kept)
            XP_FUZZ_CHECK(field == n);
    } else {
        allTaken = false;
        XP_FUZZ_CHECK(!device.refusals.isEmpty());
    }
}

std::optional<quint64> widened(const auto& field)
{
    return field ? std::optional<quint64>(*field) : std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString value = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<DeviceArgument> device = DeviceArgumentParser::parse(value);
    // No state between calls: the same text reads the same.
    XP_FUZZ_CHECK(DeviceArgumentParser::parse(value) == device);
    XP_FUZZ_CHECK(Realization::isOwnDeviceValue(value) == (device && device->ours));
    const bool asks = DeviceArgumentParser::asksForXenEmulation(value);
    XP_FUZZ_CHECK(DeviceArgumentParser::asksForXenEmulation(value) == asks);
    if (value.size() > DeviceArgumentParser::kMaxValueLength) {
        XP_FUZZ_CHECK(!device && !asks);
        return 0;
    }
    if (asks)
        XP_FUZZ_CHECK(value.contains(QLatin1String("xen-version")));

    // softmmu/vl.c reads the word as JSON only when it starts with '{'.
    const bool json = value.startsWith(QLatin1Char('{'));
    if (device) {
        XP_FUZZ_CHECK(device->value == value);
        const bool pv = device->model == DeviceArgument::Model::XenPvdevice;
        // ours means written by Realization::arguments: a xen-pvdevice with id=xpc-...; never another device.
        XP_FUZZ_CHECK(device->ours == (pv && device->id.startsWith(QLatin1String("xpc-"))));
        if (!pv)
            XP_FUZZ_CHECK(!device->vendorId);
        if (json) {
            // Nothing but the driver is read from the JSON form, and the device is marked uncertain.
            XP_FUZZ_CHECK(!device->ours && !device->vendorId && !device->deviceId && !device->revision);
            XP_FUZZ_CHECK(!device->unread.isEmpty());
        }
    }
    const Reference r = referenceReading(value);
    // QEMU reads the JSON form with a JSON parser, and no argv word holds a NUL.
    if (!json && !value.contains(QChar(u'\0'))) {
        const bool pv = r.driver == QLatin1String("xen-pvdevice");
        XP_FUZZ_CHECK(bool(device) == (pv || r.driver == QLatin1String("xen-platform")));
        if (device) {
            XP_FUZZ_CHECK(device->model ==
                          (pv ? DeviceArgument::Model::XenPvdevice : DeviceArgument::Model::XenPlatform));
            XP_FUZZ_CHECK(device->id == r.id.value_or(QString()));
            // util/id.c id_wellformed: QEMU refuses an id that is not a letter followed by [A-Za-z0-9._-].
            bool allTaken = !r.id || wellFormedReference(*r.id);
            checkNumber(*device, r, "device-id", 0xffff, widened(device->deviceId), true, allTaken);
            checkNumber(*device, r, "revision", 0xff, widened(device->revision), true, allTaken);
            if (pv) {
                checkNumber(*device, r, "vendor-id", 0xffff, widened(device->vendorId), true, allTaken);
                checkNumber(*device, r, "size", 0xffffffff, std::nullopt, false, allTaken); // checked, not kept
            }
            // A refusal says QEMU would not start the VM: only for a value QEMU actually takes and refuses.
            if (allTaken)
                XP_FUZZ_CHECK(device->refusals.isEmpty());
        }
        // A key QEMU's accelerator or machine options would see as xen-version is always recognised.
        bool xenVersion = false;
        forEachOption(value, true, [&](const QString& name, const QString&) {
            xenVersion = xenVersion || name == QLatin1String("xen-version");
        });
        if (xenVersion)
            XP_FUZZ_CHECK(asks);
    }

    // The same word inside a definition, in both dialects and both spellings of the option.
    if (const std::optional<QString> attribute = xmlAttribute(value)) {
        checkThroughDomainXml(value, *attribute, QStringLiteral("kvm"), QStringLiteral("qemu"),
                              Realization::qemuNamespace(), QStringLiteral("-device"), QStringLiteral("-accel"));
        checkThroughDomainXml(value, *attribute, QStringLiteral("xen"), QStringLiteral("xen"),
                              Realization::xenNamespace(), QStringLiteral("--device"), QStringLiteral("-M"));
    }

    // What a push writes is read back as ours, with the numbers it was printed from.
    if (size >= 5) {
        VmConfig config;
        config.flavour = xp::device::Flavour::QemuUpstream;
        config.vendor.enabled = true;
        config.vendor.vendorId = quint16(data[0] << 8 | data[1]);
        config.vendor.deviceId = quint16(data[2] << 8 | data[3]);
        config.vendor.revision = data[4];
        for (const CommandLineDialect dialect : {CommandLineDialect::Qemu, CommandLineDialect::Xen}) {
            const QStringList arguments = Realization::arguments(config, dialect);
            XP_FUZZ_CHECK(arguments.size() == 2 && arguments.at(0) == QLatin1String("-device"));
            const std::optional<DeviceArgument> own = DeviceArgumentParser::parse(arguments.at(1));
            XP_FUZZ_CHECK(own && own->ours && own->model == DeviceArgument::Model::XenPvdevice);
            XP_FUZZ_CHECK(own->vendorId == config.vendor.vendorId && own->deviceId == config.vendor.deviceId &&
                          own->revision == config.vendor.revision);
            XP_FUZZ_CHECK(own->refusals.isEmpty() && own->unread.isEmpty());
            XP_FUZZ_CHECK(Realization::isOwnDeviceValue(arguments.at(1)));
        }
    }
    return 0;
}
