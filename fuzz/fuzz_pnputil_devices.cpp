// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// PnputilDeviceParser::parse on arbitrary bytes (saved `pnputil /enum-devices /drivers` output from a guest), with
// PnputilInput::classify on the same bytes.
#include "FuzzCheck.h"
#include "model/binding/InfParser.h"
#include "model/binding/PnputilDeviceParser.h"
#include "model/binding/PnputilInput.h"

#include <QStringEncoder>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.txt");
    const PnputilDeviceParser::Result result = PnputilDeviceParser::parse(bytes, name);

    // The same bytes give the same answer (no state kept between calls, no dependence on memory contents).
    const PnputilDeviceParser::Result again = PnputilDeviceParser::parse(bytes, name);
    XP_FUZZ_CHECK(again.error == result.error);
    XP_FUZZ_CHECK(again.value == result.value);

    // What the classifier refuses as a whole the parser refuses with the same error; what the parser reads the
    // classifier calls /enum-devices output or the title alone.
    const PnputilInput::Result kind = PnputilInput::classify(bytes, name);
    if (kind.error)
        XP_FUZZ_CHECK(result.error == kind.error);
    else if (kind.value == PnputilInput::Kind::EnumDrivers)
        XP_FUZZ_CHECK(result.error && result.error->line == 0);
    if (result.ok())
        XP_FUZZ_CHECK(kind.ok() && kind.value != PnputilInput::Kind::EnumDrivers);

    const QString text = InfParser::decode(bytes);
    if (result.error) {
        XP_FUZZ_CHECK(result.error->line >= 0);
        XP_FUZZ_CHECK(result.error->line <= text.count(QLatin1Char('\n')) + 1);
        XP_FUZZ_CHECK(result.error->fileName == name);
        XP_FUZZ_CHECK(!result.error->message.isEmpty());
        XP_FUZZ_CHECK(result.value.isEmpty());
        return 0;
    }

    // Records in input order: each device after everything of the one before, each driver after its device.
    int lastLine = 0;
    for (const PnputilDeviceParser::Device& device : result.value) {
        XP_FUZZ_CHECK(!device.instanceId.isEmpty());
        XP_FUZZ_CHECK(device.instanceId == device.instanceId.trimmed());
        XP_FUZZ_CHECK(device.lineNumber > lastLine);
        XP_FUZZ_CHECK(device.problemCode >= 0);
        lastLine = device.lineNumber;
        for (const PnputilDeviceParser::MatchingDriver& driver : device.matchingDrivers) {
            XP_FUZZ_CHECK(!driver.driverName.isEmpty());
            XP_FUZZ_CHECK(driver.lineNumber > lastLine);
            lastLine = driver.lineNumber;
            // A date is only ever read together with its version.
            XP_FUZZ_CHECK(driver.date.isValid() == !driver.version.isNull());
            XP_FUZZ_CHECK(driver.rank.size() <= 8);
            XP_FUZZ_CHECK(!driver.installed || driver.status.contains(QLatin1String("installed"), Qt::CaseInsensitive));
        }
    }

    // The encoding does not matter: the text as PowerShell's redirection writes it (UTF-16LE with a byte-order
    // mark) reads the same, as long as it stays below the size cap.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray wide = utf16.encode(text);
    if (wide.size() <= PnputilDeviceParser::kMaxFileSize) {
        const PnputilDeviceParser::Result widened = PnputilDeviceParser::parse(wide, name);
        XP_FUZZ_CHECK(widened.ok());
        XP_FUZZ_CHECK(widened.value == result.value);
    }
    return 0;
}
