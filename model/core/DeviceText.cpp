// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DeviceText.h"

#include "HexText.h"

using xp::device::HandshakeStep;

QString DeviceText::hexDump(const std::array<quint8, 256>& bytes)
{
    QString text;
    text.reserve(16 * 52);
    for (int line = 0; line < 16; ++line) {
        text += QStringLiteral("%1:").arg(HexText::digits(line * 16, 2));
        for (int i = 0; i < 16; ++i)
            text += QStringLiteral(" %1").arg(HexText::digits(bytes[std::size_t(line * 16 + i)], 2));
        text += QLatin1Char('\n');
    }
    return text;
}

QString DeviceText::stepText(HandshakeStep step)
{
    switch (step) {
    case HandshakeStep::ReadMagic: return tr("read magic (0x49d2 expected)");
    case HandshakeStep::ReadProtocolVersion: return tr("read protocol version");
    case HandshakeStep::WriteProductNumber: return tr("write product number");
    case HandshakeStep::WriteBuildNumber: return tr("write build number");
    case HandshakeStep::ReReadMagic: return tr("re-read magic (0xd249 = blacklisted)");
    case HandshakeStep::WriteUnplugMask: return tr("write unplug mask");
    case HandshakeStep::WriteDiskUnplugMask: return tr("write disk unplug mask");
    case HandshakeStep::WriteNicUnplugMask: return tr("write NIC unplug mask");
    case HandshakeStep::WriteUnplugType: return tr("write unplug type (version 2)");
    case HandshakeStep::WriteProtocolVersion: return tr("write protocol version (version 2)");
    case HandshakeStep::WriteUnplugIndex: return tr("write unplug index (version 2)");
    }
    return {};
}

QString DeviceText::classText(quint32 classCode)
{
    const quint16 word = quint16(classCode >> 8);
    QString name;
    switch (word) {
    case 0xff80: name = tr("Unassigned class"); break;
    case 0x0100: name = tr("SCSI storage controller"); break;
    case 0x0880: name = tr("System peripheral"); break;
    default: name = tr("class %1").arg(HexText::digits(word, 4)); break;
    }
    return QStringLiteral("%1 [%2]").arg(name).arg(HexText::digits(classCode, 6));
}

QString DeviceText::flavourName(xp::device::Flavour flavour)
{
    const std::string_view name = xp::device::flavourName(flavour);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString DeviceText::flavourNames()
{
    QStringList names;
    for (const xp::device::Flavour flavour : xp::device::kAllFlavours)
        names.append(flavourName(flavour));
    return names.join(QStringLiteral(", "));
}

QString DeviceText::flavourDescription(xp::device::Flavour flavour)
{
    using xp::device::Flavour;
    switch (flavour) {
    case Flavour::QemuUpstream:
        return tr("Upstream QEMU (qemu-xen on Xen, or with KVM's Xen emulation): fixed platform device 5853:0001, no "
                  "blacklist.");
    case Flavour::QemuTraditional:
        // facts §10.11: desupported except as a stub device model since 2020 (xen 8587160b3e, after XSA-335).
        return tr("Xen's old qemu-dm: only on old Xen hosts and stub domains (desupported since 2020); blacklist "
                  "through xenstore keys.");
    case Flavour::XenServer:
        return tr("XenServer / XCP-ng 8.0 and later: upstream QEMU with XenServer's patches; the device ID is set "
                  "through XAPI; no blacklist.");
    case Flavour::XenServerTrad:
        return tr("XenServer 7.x and earlier: XenServer's patched qemu-traditional with the version-2 blacklist "
                  "rules.");
    }
    return {};
}
