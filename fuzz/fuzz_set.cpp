// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// ConfigChange::parse and applyTo (xpctl --set, the what-if controls), then the metadata the changed
// VmConfig would be stored as: whatever --set accepts must be storable and read back unchanged.
//
// Input layout: up to 16 --set texts as FuzzedDataProvider strings, i.e. separated by a backslash and
// one more byte ("flavour=xenserver\\\nplatform-device=2" is two changes); "\\\\" is a literal backslash.
#include "FuzzCheck.h"
#include "model/core/ConfigChange.h"
#include "model/core/MetadataCodec.h"

#include <cstddef>
#include <cstdint>

namespace {} // namespace
#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    VmConfig config;
    config.guest.os = GuestOs::Windows;
    config.blacklist.append(BlacklistItem{1, 10, 20, {}});
    config.guest.drivers.append(QStringLiteral("xenbus"));

    for (int i = 0; i < 16 && input.remaining_bytes() > 0; ++i) {
        const std::string bytes = input.ConsumeRandomLengthString(512);
        const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
        QString error;
        const std::optional<ConfigChange> change = ConfigChange::parse(text, &error);
        if (!change) {
            XP_FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        XP_FUZZ_CHECK(error.isEmpty());
        XP_FUZZ_CHECK(change->text() == text);
        const VmConfig before = config;
        QString applyError;
        if (!change->applyTo(config, &applyError)) {
            XP_FUZZ_CHECK(!applyError.isEmpty());
            XP_FUZZ_CHECK(config == before); // a refused change changes nothing
        }
        XP_FUZZ_CHECK(config.vendor.deviceId != 0xffff); // xen-pvdevice would refuse to start
        for (const BlacklistItem& item : std::as_const(config.blacklist))
            XP_FUZZ_CHECK(item.firstBuild <= item.lastBuild);
    }

    // Store the result as a push to a domain without our metadata would (its baseline is all defaults),
    // and read it back.
    const QString written = MetadataCodec::write(QString(), VmConfig{}, config);
    VmConfig reread;
    MetadataCodec::read(written, reread);
    if (!reread.metadataErrors.isEmpty() || reread.metadataReadOnly)
        std::fprintf(stderr, "written: %s\nerror: %s\n", qPrintable(written),
                     qPrintable(reread.metadataErrors.value(0)));
    XP_FUZZ_CHECK(!reread.metadataReadOnly);
    XP_FUZZ_CHECK(reread.metadataErrors.isEmpty());
    XP_FUZZ_CHECK(reread.platform == config.platform);
    XP_FUZZ_CHECK(reread.vendor == config.vendor);
    XP_FUZZ_CHECK(reread.blacklist == config.blacklist);
    XP_FUZZ_CHECK(reread.guest.drivers == config.guest.drivers);
    XP_FUZZ_CHECK(reread.guest.windowsUpdate == config.guest.windowsUpdate);
    if (config.flavourFromMetadata)
        XP_FUZZ_CHECK(reread.flavour == config.flavour);
    return 0;
}
