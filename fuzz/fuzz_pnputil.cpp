// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// PnputilParser::parse on arbitrary bytes (saved `pnputil /enum-drivers` output from a guest).
#include "FuzzCheck.h"
#include "model/binding/PnputilParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const PnputilParser::Result result = PnputilParser::parse(bytes, QStringLiteral("fuzz.txt"));
    if (result.error) {
        XP_FUZZ_CHECK(result.error->line >= 0);
        XP_FUZZ_CHECK(!result.error->toString().isEmpty());
        return 0;
    }
    int previousLine = 0;
    for (const PnputilParser::Package& package : result.value) {
        // Records come in input order, each starting on a line of its own.
        XP_FUZZ_CHECK(package.lineNumber > previousLine);
        previousLine = package.lineNumber;
        (void)package.version.toString();
        (void)package.date.toString(Qt::ISODate);
    }
    return 0;
}
