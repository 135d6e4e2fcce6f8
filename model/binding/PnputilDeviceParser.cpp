// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PnputilDeviceParser.h"

#include "InfParser.h"
#include "PnputilInput.h"
#include "model/core/Logging.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <optional>

namespace {
enum class DeviceField {
    InstanceId,
    Description,
    ClassName,
    ClassGuid,
    Manufacturer,
    Status,
    DriverName,
    Problem,
    MatchingDrivers,
    Other
};
enum class DriverField {
    DriverName,
    OriginalName,
    Provider,
    ClassName,
    ClassGuid,
    DateAndVersion,
    Signer,
    MatchingDeviceId,
    Rank,
    Status,
    Other
};

/// Labels lower-case with single spaces.
DeviceField deviceFieldFor(const QString& label)
{
    static const QHash<QString, DeviceField> fields{
        {QStringLiteral("instance id"), DeviceField::InstanceId},
        {QStringLiteral("device description"), DeviceField::Description},
        {QStringLiteral("class name"), DeviceField::ClassName},
        {QStringLiteral("class guid"), DeviceField::ClassGuid},
        {QStringLiteral("manufacturer name"), DeviceField::Manufacturer},
        {QStringLiteral("status"), DeviceField::Status},
        {QStringLiteral("driver name"), DeviceField::DriverName},
        {QStringLiteral("problem code"), DeviceField::Problem},
        {QStringLiteral("matching drivers"), DeviceField::MatchingDrivers},
    };
    return fields.value(label, DeviceField::Other);
}

DriverField driverFieldFor(const QString& label)
{
    static const QHash<QString, DriverField> fields{
        {QStringLiteral("driver name"), DriverField::DriverName},
        {QStringLiteral("original name"), DriverField::OriginalName},
        {QStringLiteral("provider name"), DriverField::Provider},
        {QStringLiteral("class name"), DriverField::ClassName},
        {QStringLiteral("class guid"), DriverField::ClassGuid},
        {QStringLiteral("driver version"), DriverField::DateAndVersion},
        {QStringLiteral("signer name"), DriverField::Signer},
        {QStringLiteral("matching device id"), DriverField::MatchingDeviceId},
        {QStringLiteral("driver rank"), DriverField::Rank},
        {QStringLiteral("driver status"), DriverField::Status},
    };
    return fields.value(label, DriverField::Other);
}

/// A field printed twice in one record keeps its first value; the second is not lost but kept as an
/// uninterpreted field.
void assign(QString& slot, const QString& label, const QString& value, PnputilDeviceParser::Fields& otherFields)
{
    if (slot.isEmpty())
        slot = value;
    else
        otherFields.append({label, value});
}

bool isInstalled(const QString& status)
{
    for (QStringView part : QStringView(status).split(QLatin1Char('/')))
        if (part.trimmed().compare(QLatin1String("Installed"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

qsizetype indentation(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && line[indent].isSpace())
        ++indent;
    return indent;
}
} // namespace

PnputilDeviceParser::Result PnputilDeviceParser::parse(const QByteArray& data, const QString& fileName)
{
    Result result;
    const auto fail = [&](int line, const QString& message) {
        result.error = Error{fileName, line, message};
        result.value.clear();
        return result;
    };
    if (data.size() > kMaxFileSize)
        return fail(
            0, tr("The file is larger than %1 MiB, too large for pnputil output.").arg(kMaxFileSize / (1024 * 1024)));
    const QString text = InfParser::decode(data);
    const PnputilInput::Result kind = PnputilInput::classifyText(text, fileName);
    if (kind.error) {
        result.error = kind.error;
        return result;
    }
    if (std::optional<Error> wrong =
            PnputilInput::wrongCommand(kind.value, PnputilInput::Kind::EnumDevices, fileName)) {
        result.error = std::move(wrong);
        return result;
    }
    static const QRegularExpression problemCode(QStringLiteral("^(\\d{1,9})(?:\\s|$)"));
    static const QRegularExpression hexRank(QStringLiteral("^[0-9A-Fa-f]{1,8}$"));

    std::optional<Device> device;
    std::optional<MatchingDriver> driver;
    bool inMatching = false;
    // Indentation of the first field after "Matching Drivers:": a field indented less is the device's again.
    qsizetype driverIndent = -1;
    // The field a value-only line continues: its value column, its label, and whether it is a driver's.
    qsizetype continuationColumn = -1;
    QString continuedLabel;
    bool continuesDriver = false;

    const auto finishDriver = [&]() {
        if (driver)
            device->matchingDrivers.append(std::move(*driver));
        driver.reset();
    };
    const auto finishDevice = [&]() {
        if (device) {
            finishDriver();
            result.value.append(std::move(*device));
        }
        device.reset();
        inMatching = false;
    };

    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.size() > kMaxLineLength)
            return fail(lineNumber, tr("The line is longer than %1 characters.").arg(kMaxLineLength));
        const qsizetype indent = indentation(line);
        const QStringView content = line.trimmed();
        if (content.isEmpty()) {
            continuationColumn = -1;
            continue;
        }
        if (continuationColumn >= 0 && indent >= continuationColumn) {
            // "Extension Driver Names:" and other list fields print one value a line, aligned under the first.
            (continuesDriver ? driver->otherFields : device->otherFields).append({continuedLabel, content.toString()});
            continue;
        }
        const qsizetype colon = content.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            // The title line, or text pnputil adds around the records; neither describes a device.
            qCDebug(lcModel) << fileName << "line" << lineNumber << "is not a field, skipped";
            continuationColumn = -1;
            continue;
        }
        const QString label = content.first(colon).trimmed().toString().simplified();
        const QString value = content.mid(colon + 1).trimmed().toString();
        const QString key = label.toLower();
        qsizetype valueStart = colon + 1;
        while (valueStart < content.size() && content[valueStart].isSpace())
            ++valueStart;
        continuationColumn = value.isEmpty() ? -1 : indent + valueStart;
        continuedLabel = label;

        if (key == QLatin1String("instance id")) {
            finishDevice();
            if (value.isEmpty())
                return fail(lineNumber, tr("The device record has no instance ID."));
            device = Device{};
            device->instanceId = value;
            device->lineNumber = lineNumber;
            continuesDriver = false;
            continue;
        }
        if (!device)
            return fail(
                lineNumber,
                tr("The field \"%1\" comes before the first \"Instance ID:\", outside any device record.").arg(label));

        if (inMatching) {
            if (driverIndent < 0)
                driverIndent = indent;
            if (indent < driverIndent) {
                finishDriver();
                inMatching = false;
            }
        }
        if (inMatching) {
            continuesDriver = true;
            const DriverField field = driverFieldFor(key);
            if (field == DriverField::DriverName) {
                finishDriver();
                if (value.isEmpty())
                    return fail(lineNumber, tr("The matching driver has no driver name."));
                driver = MatchingDriver{};
                driver->driverName = value;
                driver->lineNumber = lineNumber;
                continue;
            }
            if (!driver)
                return fail(lineNumber,
                            tr("The matching driver's field \"%1\" comes before its \"Driver Name:\".").arg(label));
            switch (field) {
            case DriverField::DriverName: break;
            case DriverField::OriginalName: assign(driver->originalName, label, value, driver->otherFields); break;
            case DriverField::Provider: assign(driver->provider, label, value, driver->otherFields); break;
            case DriverField::ClassName: assign(driver->className, label, value, driver->otherFields); break;
            case DriverField::ClassGuid: assign(driver->classGuid, label, value, driver->otherFields); break;
            case DriverField::Signer: assign(driver->signer, label, value, driver->otherFields); break;
            case DriverField::MatchingDeviceId:
                assign(driver->matchingDeviceId, label, value, driver->otherFields);
                break;
            case DriverField::Other: driver->otherFields.append({label, value}); break;
            case DriverField::DateAndVersion: {
                const std::optional<PnputilInput::DateAndVersion> parsed = PnputilInput::dateAndVersion(value);
                if (!parsed)
                    return fail(lineNumber,
                                tr("The driver date and version '%1' is not 'mm/dd/yyyy w.x.y.z'.").arg(value));
                if (driver->date.isValid()) {
                    driver->otherFields.append({label, value});
                    break;
                }
                driver->date = parsed->date;
                driver->version = parsed->version;
                break;
            }
            case DriverField::Rank:
                if (!hexRank.match(value).hasMatch())
                    return fail(lineNumber,
                                tr("The driver rank '%1' is not a hexadecimal number of up to 8 digits.").arg(value));
                assign(driver->rank, label, value, driver->otherFields);
                break;
            case DriverField::Status:
                assign(driver->status, label, value, driver->otherFields);
                driver->installed = isInstalled(driver->status);
                break;
            }
            continue;
        }

        continuesDriver = false;
        switch (deviceFieldFor(key)) {
        case DeviceField::InstanceId: break;
        case DeviceField::Description: assign(device->description, label, value, device->otherFields); break;
        case DeviceField::ClassName: assign(device->className, label, value, device->otherFields); break;
        case DeviceField::ClassGuid: assign(device->classGuid, label, value, device->otherFields); break;
        case DeviceField::Manufacturer: assign(device->manufacturer, label, value, device->otherFields); break;
        case DeviceField::Status: assign(device->status, label, value, device->otherFields); break;
        case DeviceField::DriverName: assign(device->driverName, label, value, device->otherFields); break;
        case DeviceField::Other: device->otherFields.append({label, value}); break;
        case DeviceField::MatchingDrivers:
            inMatching = true;
            driverIndent = -1;
            if (!value.isEmpty())
                device->otherFields.append({label, value});
            break;
        case DeviceField::Problem: {
            // "28 (0x1C) [CM_PROB_FAILED_INSTALL]": the decimal code, then its hexadecimal and symbolic names.
            const QRegularExpressionMatch match = problemCode.match(value);
            if (!match.hasMatch())
                return fail(lineNumber, tr("The problem code '%1' does not start with a number.").arg(value));
            if (device->problemCode != 0) {
                device->otherFields.append({label, value});
                break;
            }
            device->problemCode = match.captured(1).toInt();
            break;
        }
        }
    }
    finishDevice();
    return result;
}

PnputilDeviceParser::Result PnputilDeviceParser::parseFile(const QString& path)
{
    const ParseResult<QByteArray> read = PnputilInput::readFile(path, kMaxFileSize);
    if (read.error) {
        Result result;
        result.error = read.error;
        return result;
    }
    return parse(read.value, QFileInfo(path).fileName());
}
