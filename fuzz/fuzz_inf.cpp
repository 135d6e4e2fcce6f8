// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// InfParser::parse on arbitrary bytes, then every query driver selection makes of the result.
#include "FuzzCheck.h"
#include "model/binding/InfParser.h"

#include <cstddef>
#include <cstdint>

namespace {

void query(const InfFile& file)
{
    using Arch = WindowsVersion::Architecture;
    const WindowsVersion windows[] = {WindowsVersion(), WindowsVersion(6, 1, 7601, Arch::X86),
                                      WindowsVersion(10, 0, 22631, Arch::Arm64, WindowsVersion::ProductType::Server)};
    for (const InfFile::Manufacturer& manufacturer : file.manufacturers()) {
        for (const WindowsVersion& version : windows)
            (void)file.chooseTarget(manufacturer, version);
        (void)file.modelEntries(manufacturer.modelsSection);
    }
    for (const WindowsVersion& version : windows) {
        for (const InfFile::ModelEntry& entry : file.modelsFor(version)) {
            for (Arch arch : {Arch::X86, Arch::Amd64, Arch::Arm64}) {
                (void)file.ddInstallSection(entry.installSection, arch);
                (void)file.hasNtDDInstall(entry.installSection, arch);
                (void)file.featureScore(entry.installSection, arch);
            }
        }
    }
    // section() is null for the sections driver selection does not read, but every one is listed.
    for (const QString& name : file.sectionNames())
        XP_FUZZ_CHECK(file.hasSection(name));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    // The undecorated [Strings], then German ([Strings.0407]) as the localisation tests do.
    for (quint16 language : {quint16{0}, quint16{0x0407}}) {
        const InfParser::Result result = InfParser::parse(bytes, QStringLiteral("fuzz.inf"), language);
        if (result.error) {
            XP_FUZZ_CHECK(result.error->line >= 0);
            XP_FUZZ_CHECK(!result.error->toString().isEmpty());
            continue;
        }
        query(result.value);
    }
    return 0;
}
