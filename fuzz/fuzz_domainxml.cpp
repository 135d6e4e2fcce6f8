// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// DomainXmlReader on arbitrary text: the domain XML libvirt hands over (and another tool may have written).
#include "FuzzCheck.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/MetadataCodec.h"
#include "model/core/XmlLimits.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString xml = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    VmConfig config;
    const bool ok = DomainXmlReader::read(xml, config);
    if (!ok)
        XP_FUZZ_CHECK(!config.metadataErrors.isEmpty());
    // One pass makes XmlLimits' checks on the way: whatever they refuse, read() refuses too.
    if (!XmlLimits::problem(xml).isEmpty())
        XP_FUZZ_CHECK(!ok);
    // The second read takes our element from the metadata memo: the same config.
    VmConfig again;
    XP_FUZZ_CHECK(DomainXmlReader::read(xml, again) == ok);
    XP_FUZZ_CHECK(again == config);
    const QString element = DomainXmlReader::metadataElement(xml);
    if (ok) {
        // The element a push patches (metadataElement) is the one read() took its settings from.
        VmConfig alone;
        MetadataCodec::read(element, alone);
        XP_FUZZ_CHECK(alone.hasMetadata == config.hasMetadata);
        // read() adds errors of its own: a second element of ours in <metadata>, prefixes the copy cannot keep.
        XP_FUZZ_CHECK(config.metadataErrors.mid(0, alone.metadataErrors.size()) == alone.metadataErrors);
        XP_FUZZ_CHECK(config.metadataErrors.size() <= alone.metadataErrors.size() + 2);
        XP_FUZZ_CHECK(alone.platform == config.platform && alone.blacklist == config.blacklist);
    }
    for (const EmulatedDisk& disk : std::as_const(config.disks))
        (void)disk.target.size();
    return 0;
}
