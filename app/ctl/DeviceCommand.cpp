// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DeviceCommand.h"

#include "CtlExitStatus.h"
#include "device/Blacklist.h"
#include "device/NumberParser.h"
#include "device/PlatformDevice.h"
#include "device/PvDevice.h"
#include "model/core/DeviceMessages.h"
#include "model/core/DeviceText.h"
#include "model/core/HexText.h"

#include <QTextStream>
#include <optional>
#include <variant>

using namespace xp::device;

namespace {

struct Options
{
    QString model;
    Flavour flavour = Flavour::QemuUpstream;
    bool flavourGiven = false;
    std::optional<std::uint16_t> vendorId;
    std::optional<std::uint16_t> deviceId;
    std::optional<std::uint8_t> revision;
    std::optional<std::uint32_t> size;
    Blacklist blacklist;
    QStringList operations;
};

struct Operation
{
    enum Kind { PortRead, PortWrite, ConfigRead, ConfigWrite } kind;
    AccessWidth width;
    std::uint16_t address;
    std::uint32_t value = 0;
    QString mnemonic;
};

std::optional<AccessWidth> widthFromBits(QStringView bits)
{
    if (bits == u"8")
        return AccessWidth::Byte;
    if (bits == u"16")
        return AccessWidth::Word;
    if (bits == u"32")
        return AccessWidth::Dword;
    return std::nullopt;
}

int hexDigits(AccessWidth width)
{
    return 2 * int(width);
}

/// Either a device ready for I/O or the message of why it could not be built.
using AnyDevice = std::variant<PlatformDevice, PvDevice>;

} // namespace

DeviceCommand::DeviceCommand(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

QString DeviceCommand::usage()
{
    return QStringLiteral(
               "xpctl device dump --model xen-platform|xen-pvdevice [--flavour F] [--vendor-id N] [--device-id N]\n"
               "                  [--revision N] [--size N]\n"
               "xpctl device io --model xen-platform|xen-pvdevice [--flavour F] [--vendor-id N] [--device-id N]\n"
               "                [--revision N] [--size N] [--blacklist PRODUCT:BUILD[-BUILD]]... OP...\n"
               "  OP: r8|r16|r32 PORT, w8|w16|w32 PORT VALUE (fixed ports 0x10-0x1f, xen-platform only),\n"
               "      c8|c16|c32 OFFSET, cw8|cw16|cw32 OFFSET VALUE (configuration space)\n"
               "  F: %1 (qemu-upstream is the default)\n")
        .arg(DeviceText::flavourNames());
}

int DeviceCommand::fail(const QString& message)
{
    m_err << "xpctl device: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int DeviceCommand::run(const QStringList& args)
{
    if (args.isEmpty() || args.constFirst() == QLatin1String("--help") || args.constFirst() == QLatin1String("-h")) {
        (args.isEmpty() ? m_err : m_out) << usage();
        return args.isEmpty() ? CtlExitStatus::UsageError : CtlExitStatus::Done;
    }
    const QString action = args.constFirst();
    if (action != QLatin1String("dump") && action != QLatin1String("io"))
        return fail(tr("unknown action '%1' (use dump or io)").arg(action));

    Options options;
    QStringList rest = args.mid(1);
    auto number = [&](std::uint64_t max) -> std::optional<std::uint64_t> {
        if (rest.isEmpty())
            return std::nullopt;
        return NumberParser::parse(rest.takeFirst().toStdString(), max);
    };
    while (!rest.isEmpty() && rest.constFirst().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        const QString value = rest.value(0);
        if (option == QLatin1String("--model")) {
            if (rest.isEmpty())
                return fail(tr("%1 needs a value").arg(option));
            options.model = rest.takeFirst();
        } else if (option == QLatin1String("--flavour")) {
            if (rest.isEmpty())
                return fail(tr("%1 needs a value").arg(option));
            const auto flavour = parseFlavour(rest.takeFirst().toStdString());
            if (!flavour)
                return fail(DeviceMessages::describe({ErrorCode::UnknownFlavour, value.toStdString()}, option));
            options.flavour = *flavour;
            options.flavourGiven = true;
        } else if (option == QLatin1String("--vendor-id") || option == QLatin1String("--device-id")) {
            const auto parsed = number(0xffff);
            if (!parsed)
                return fail(DeviceMessages::describe({ErrorCode::InvalidNumber, value.toStdString()}, option));
            (option == QLatin1String("--vendor-id") ? options.vendorId : options.deviceId) = std::uint16_t(*parsed);
        } else if (option == QLatin1String("--revision")) {
            const auto parsed = number(0xff);
            if (!parsed)
                return fail(DeviceMessages::describe({ErrorCode::InvalidNumber, value.toStdString()}, option));
            options.revision = std::uint8_t(*parsed);
        } else if (option == QLatin1String("--size")) {
            const auto parsed = number(0xffffffff);
            if (!parsed)
                return fail(DeviceMessages::describe({ErrorCode::InvalidNumber, value.toStdString()}, option));
            options.size = std::uint32_t(*parsed);
        } else if (option == QLatin1String("--blacklist")) {
            if (rest.isEmpty())
                return fail(tr("%1 needs a value").arg(option));
            const auto added = options.blacklist.add(rest.takeFirst().toStdString());
            if (!added)
                return fail(DeviceMessages::describe(added.error(), option));
        } else {
            return fail(tr("unknown option '%1'").arg(option));
        }
    }
    options.operations = rest;
    if (action == QLatin1String("dump") && !options.operations.isEmpty())
        return fail(tr("dump takes no operations: '%1'").arg(options.operations.constFirst()));

    // Build the device exactly as the emulator would, refusing what it would refuse.
    std::optional<AnyDevice> device;
    if (options.model == QLatin1String("xen-pvdevice")) {
        if (options.flavourGiven)
            return fail(tr("--flavour applies to xen-platform only"));
        if (!options.blacklist.empty())
            return fail(tr("--blacklist applies to xen-platform only: xen-pvdevice has no unplug ports"));
        PvDeviceConfig config;
        config.vendorId = options.vendorId.value_or(config.vendorId);
        config.deviceId = options.deviceId.value_or(config.deviceId);
        config.revision = options.revision.value_or(config.revision);
        config.size = options.size.value_or(config.size);
        auto created = PvDevice::create(config);
        if (!created)
            return fail(DeviceMessages::describe(created.error()));
        device.emplace(std::move(*created));
    } else if (options.model == QLatin1String("xen-platform")) {
        if (options.vendorId)
            return fail(
                DeviceMessages::describe({ErrorCode::NotConfigurable, "vendor-id"}, QStringLiteral("--vendor-id")));
        if (options.size)
            return fail(DeviceMessages::describe({ErrorCode::NotConfigurable, "size"}, QStringLiteral("--size")));
        PlatformDeviceConfig config;
        config.flavour = options.flavour;
        config.deviceId = options.deviceId;
        config.revision = options.revision;
        config.blacklist = options.blacklist;
        auto created = PlatformDevice::create(config);
        if (!created)
            return fail(DeviceMessages::describe(created.error()));
        device.emplace(std::move(*created));
    } else if (options.model.isEmpty()) {
        return fail(tr("--model is required (xen-platform or xen-pvdevice)"));
    } else {
        return fail(tr("unknown model '%1' (use xen-platform or xen-pvdevice)").arg(options.model));
    }

    auto configSpace = [&]() -> PciConfigSpace& {
        return std::visit([](auto& d) -> PciConfigSpace& { return d.config(); }, *device);
    };

    if (action == QLatin1String("dump")) {
        std::array<quint8, 256> bytes{};
        std::copy(configSpace().bytes().begin(), configSpace().bytes().end(), bytes.begin());
        m_out << DeviceText::hexDump(bytes);
        return CtlExitStatus::Done;
    }

    // Parse every operation before running any, so a typo at the end does not leave half an output.
    QList<Operation> operations;
    QStringList words = options.operations;
    if (words.isEmpty())
        return fail(tr("io needs at least one operation"));
    while (!words.isEmpty()) {
        const QString mnemonic = words.takeFirst();
        Operation op{};
        op.mnemonic = mnemonic;
        QStringView bits;
        if (mnemonic.startsWith(QLatin1String("cw"))) {
            op.kind = Operation::ConfigWrite;
            bits = QStringView(mnemonic).mid(2);
        } else if (mnemonic.startsWith(QLatin1Char('c'))) {
            op.kind = Operation::ConfigRead;
            bits = QStringView(mnemonic).mid(1);
        } else if (mnemonic.startsWith(QLatin1Char('r'))) {
            op.kind = Operation::PortRead;
            bits = QStringView(mnemonic).mid(1);
        } else if (mnemonic.startsWith(QLatin1Char('w'))) {
            op.kind = Operation::PortWrite;
            bits = QStringView(mnemonic).mid(1);
        }
        const auto width = widthFromBits(bits);
        if (!width)
            return fail(tr("unknown operation '%1'").arg(mnemonic));
        op.width = *width;
        const bool port = op.kind == Operation::PortRead || op.kind == Operation::PortWrite;
        if (port && !std::holds_alternative<PlatformDevice>(*device))
            return fail(tr("'%1': port I/O needs --model xen-platform (xen-pvdevice has no I/O ports)").arg(mnemonic));
        if (words.isEmpty())
            return fail(tr("'%1' needs an address").arg(mnemonic));
        const QString addressText = words.takeFirst();
        const auto address = NumberParser::parse(addressText.toStdString(), port ? 0xffff : 0xff);
        if (!address)
            return fail(DeviceMessages::describe({ErrorCode::InvalidNumber, addressText.toStdString()}, mnemonic));
        op.address = std::uint16_t(*address);
        if (op.kind == Operation::PortWrite || op.kind == Operation::ConfigWrite) {
            if (words.isEmpty())
                return fail(tr("'%1' needs a value").arg(mnemonic));
            const QString valueText = words.takeFirst();
            const auto value = NumberParser::parse(valueText.toStdString(), widthMask(op.width));
            if (!value)
                return fail(DeviceMessages::describe({ErrorCode::InvalidNumber, valueText.toStdString()}, mnemonic));
            op.value = std::uint32_t(*value);
        }
        operations.append(op);
    }

    for (const Operation& op : std::as_const(operations)) {
        switch (op.kind) {
        case Operation::PortRead: {
            const std::uint32_t value = std::get<PlatformDevice>(*device).read(op.address, op.width);
            m_out << op.mnemonic << ' ' << HexText::prefixed(op.address, 2) << " = "
                  << HexText::prefixed(value, hexDigits(op.width)) << '\n';
            break;
        }
        case Operation::PortWrite: std::get<PlatformDevice>(*device).write(op.address, op.width, op.value); break;
        case Operation::ConfigRead: {
            const std::uint32_t value = configSpace().read(op.address, op.width);
            m_out << op.mnemonic << ' ' << HexText::prefixed(op.address, 2) << " = "
                  << HexText::prefixed(value, hexDigits(op.width)) << '\n';
            break;
        }
        case Operation::ConfigWrite: configSpace().write(op.address, op.width, op.value); break;
        }
    }

    if (auto* platform = std::get_if<PlatformDevice>(&*device)) {
        m_out << "unplug-mask = " << HexText::prefixed(platform->unplugMask(), 4) << '\n';
        m_out << "blacklisted = " << (platform->blacklisted() ? "yes" : "no") << '\n';
        for (const std::string& line : platform->log().takeLines())
            m_out << "log: " << QString::fromStdString(line) << '\n';
    } else {
        m_out << "unplug-mask = 0x0000\nblacklisted = no\n";
    }
    return CtlExitStatus::Done;
}
