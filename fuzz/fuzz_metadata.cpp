// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// MetadataCodec::read on arbitrary text, then write() of an edited copy and a second read.
//
// Input layout: the element XML, followed by 3 bytes that choose the edit (FuzzedDataProvider takes
// integers from the end). The seeds in fuzz/corpus/fuzz_metadata/ end with those 3 bytes.
#include "FuzzCheck.h"
#include "device/ProductRegistry.h"
#include "model/core/InventoryMetadata.h"
#include "model/core/MetadataCodec.h"

#include <QDomDocument>
#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

namespace {

/// Text a user can type into the console's fields: XML specials, blanks and non-ASCII.
const QString kTexts[] = {
    QStringLiteral("xenbus"),    QStringLiteral("a\"b<c>&d'e"),        QStringLiteral("  spaced  "),
    QStringLiteral("x\ty\nz\r"), QStringLiteral("\u00e4\u65e5\u672c"), QStringLiteral("%s%n]]>")};

void edit(VmConfig& config, std::uint16_t what, std::uint8_t parameter)
{
    const QString& text = kTexts[parameter % std::size(kTexts)];
    if (what & 0x0001) {
        config.flavourFromMetadata = true;
        config.flavour = static_cast<xp::device::Flavour>(parameter % 3);
    }
    if (what & 0x0002) {
        config.platform.enabled = !config.platform.enabled;
        config.platform.deviceId = (parameter & 1) ? std::optional<quint16>(quint16(0x0002 + parameter)) : std::nullopt;
        config.platform.revision = (parameter & 2) ? std::optional<quint8>(parameter) : std::nullopt;
    }
    if (what & 0x0004) {
        config.vendor.enabled = !config.vendor.enabled;
        config.vendor.deviceId = quint16(0xc000 + parameter);
        config.vendor.revision = parameter;
    }
    if (what & 0x0008) {
        const auto products = xp::device::ProductRegistry::all();
        const quint16 product = products[parameter % products.size()].number;
        const quint32 first = parameter * 1000u;
        config.blacklist.append(BlacklistItem{product, first, first + ((parameter & 4) ? 0u : 99u), text});
    }
    if ((what & 0x0010) && !config.blacklist.isEmpty())
        config.blacklist.removeFirst();
    if ((what & 0x0020) && config.blacklist.size() > 1)
        std::reverse(config.blacklist.begin(), config.blacklist.end());
    if ((what & 0x0040) && !config.blacklist.isEmpty())
        config.blacklist.first().comment = text;
    if (what & 0x0080) {
        config.guest.os = static_cast<GuestOs>(1 + parameter % 5); // never Unknown: no field offers it
        config.guest.release = text;
    }
    if (what & 0x0100)
        config.guest.cmdline = QStringLiteral("quiet xen_emul_unplug=") + text;
    if (what & 0x0200)
        config.guest.windowsUpdate =
            config.guest.windowsUpdate == WindowsUpdate::Off ? WindowsUpdate::Automatic : WindowsUpdate::Off;
    if (what & 0x0400)
        config.guest.drivers.append(text);
    if ((what & 0x0800) && !config.guest.drivers.isEmpty())
        config.guest.drivers.removeLast();
    if (what & 0x1000)
        config.guest.xenbusActiveDeviceId =
            config.guest.xenbusActiveDeviceId ? std::nullopt : std::optional<quint16>(quint16(parameter));
    if (what & 0x2000) {
        // A re-import replaces the inventory whole; the texts come from the guest, as an import's are made safe.
        DriverInventory inventory;
        inventory.origin = InventoryMetadata::xmlSafe(text);
        inventory.taken = QDateTime::fromSecsSinceEpoch(1700000000 + parameter * 86400LL, Qt::UTC);
        inventory.hasDevices = parameter & 1;
        inventory.hasPackages = !(parameter & 1);
        inventory.otherPackages = parameter;
        inventory.packages.append(InventoryPackage{
            QStringLiteral("oem%1.inf").arg(parameter), InventoryMetadata::xmlSafe(text), {}, {}, {}, {}, {}});
        inventory.devices.append(InventoryDevice{
            InventoryMetadata::xmlSafe(QStringLiteral("PCI\\VEN_5853&") + text), {}, {}, {}, {}, {}, {}, {}, {}, {}});
        config.observed.inventory = (parameter & 2) ? std::nullopt : std::optional<DriverInventory>(inventory);
    }
}

/// The fields our element stores, as read back.
bool sameMetadata(const VmConfig& a, const VmConfig& b)
{
    return a.flavourFromMetadata == b.flavourFromMetadata && (!a.flavourFromMetadata || a.flavour == b.flavour) &&
           a.platform == b.platform && a.vendor == b.vendor && a.blacklist == b.blacklist && a.guest == b.guest &&
           a.observed.inventory == b.observed.inventory;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto what = input.ConsumeIntegral<std::uint16_t>();
    const auto parameter = input.ConsumeIntegral<std::uint8_t>();
    const std::string bytes = input.ConsumeRemainingBytesAsString();
    const QString xml = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));

    VmConfig baseline;
    MetadataCodec::read(xml, baseline);
    if (baseline.metadataReadOnly)
        return 0; // never written: not well-formed, not our element, or a newer schema

    VmConfig edited = baseline;
    edit(edited, what, parameter);

    const QString written = MetadataCodec::write(xml, baseline, edited);
    VmConfig reread;
    MetadataCodec::read(written, reread);
    XP_FUZZ_CHECK(reread.hasMetadata);
    XP_FUZZ_CHECK(!reread.metadataReadOnly);
    // Writing may keep what it could not parse, but never adds a problem.
    XP_FUZZ_CHECK(reread.metadataErrors.size() <= baseline.metadataErrors.size());
    // From clean metadata, what was written reads back as the edit.
    if (baseline.metadataErrors.isEmpty())
        XP_FUZZ_CHECK(sameMetadata(reread, edited));

    // Writing what was read with no edit is stable.
    const QString again = MetadataCodec::write(written, reread, reread);
    VmConfig third;
    MetadataCodec::read(again, third);
    XP_FUZZ_CHECK(third.metadataErrors == reread.metadataErrors && sameMetadata(third, reread));
    return 0;
}
