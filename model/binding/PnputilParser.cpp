// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PnputilParser.h"

#include "InfParser.h"
#include "PnputilInput.h"
#include "model/core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {
enum class Field { PublishedName, OriginalName, Provider, ClassName, ClassGuid, DateAndVersion, Signer, Other };

/// Labels of both layouts, lower-case with single spaces.
Field fieldFor(const QString& label)
{
    static const QHash<QString, Field> fields{
        {QStringLiteral("published name"), Field::PublishedName},
        {QStringLiteral("original name"), Field::OriginalName},
        {QStringLiteral("driver package provider"), Field::Provider},
        {QStringLiteral("provider name"), Field::Provider},
        {QStringLiteral("class"), Field::ClassName},
        {QStringLiteral("class name"), Field::ClassName},
        {QStringLiteral("class guid"), Field::ClassGuid},
        {QStringLiteral("driver date and version"), Field::DateAndVersion},
        {QStringLiteral("driver version"), Field::DateAndVersion},
        {QStringLiteral("signer name"), Field::Signer},
    };
    return fields.value(label, Field::Other);
}
} // namespace

PnputilParser::Result PnputilParser::parse(const QByteArray& data, const QString& fileName)
{
    Result result;
    if (data.size() > kMaxFileSize) {
        result.error = Error{
            fileName, 0,
            tr("The file is larger than %1 MiB, too large for pnputil output.").arg(kMaxFileSize / (1024 * 1024))};
        return result;
    }
    const QString text = InfParser::decode(data);
    if (const int line = InfParser::nulLine(text)) {
        result.error = Error{fileName, line,
                             tr("The file contains a NUL character: it is not text, or UTF-16 without a byte-order "
                                "mark.")};
        return result;
    }
    // An empty or binary file, other text, another command's output or English-less output of a localised
    // Windows would otherwise fail at its first record with "no published name", or pass as no packages.
    const PnputilInput::Result kind = PnputilInput::classifyText(text, fileName);
    if (kind.error) {
        result.error = kind.error;
        return result;
    }
    if (std::optional<Error> wrong =
            PnputilInput::wrongCommand(kind.value, PnputilInput::Kind::EnumDrivers, fileName)) {
        result.error = std::move(wrong);
        return result;
    }
    std::optional<Package> current;
    bool hasPublishedName = false;
    const auto flush = [&]() {
        if (!current)
            return true;
        if (!hasPublishedName) {
            result.error = Error{fileName, current->lineNumber,
                                 tr("The driver package record has no published name (oemNN.inf).")};
            return false;
        }
        result.value.append(std::move(*current));
        current.reset();
        hasPublishedName = false;
        return true;
    };

    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.size() > kMaxLineLength) {
            result.error =
                Error{fileName, lineNumber, tr("The line is longer than %1 characters.").arg(kMaxLineLength)};
            result.value.clear();
            return result;
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            if (!flush())
                return result;
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            // The title line, or text pnputil adds around the records; neither describes a package.
            qCDebug(lcModel) << fileName << "line" << lineNumber << "is not a field, skipped";
            continue;
        }
        const QString label = line.first(colon).trimmed().toString().simplified();
        const QString value = line.mid(colon + 1).trimmed().toString();
        const Field field = fieldFor(label.toLower());
        // A new published name starts a new record even when the blank line between them is missing.
        if (field == Field::PublishedName && hasPublishedName && !flush())
            return result;
        if (!current) {
            current = Package{};
            current->lineNumber = lineNumber;
        }
        switch (field) {
        case Field::PublishedName:
            current->publishedName = value;
            hasPublishedName = !value.isEmpty();
            break;
        case Field::OriginalName: current->originalName = value; break;
        case Field::Provider: current->provider = value; break;
        case Field::ClassName: current->className = value; break;
        case Field::ClassGuid: current->classGuid = value; break;
        case Field::Signer: current->signer = value; break;
        case Field::Other: current->otherFields.append({label, value}); break;
        case Field::DateAndVersion: {
            const std::optional<PnputilInput::DateAndVersion> parsed = PnputilInput::dateAndVersion(value);
            if (!parsed) {
                result.error = Error{fileName, lineNumber,
                                     tr("The driver date and version '%1' is not 'mm/dd/yyyy w.x.y.z'.").arg(value)};
                return result;
            }
            current->date = parsed->date;
            current->version = parsed->version;
            break;
        }
        }
    }
    flush();
    return result;
}

PnputilParser::Result PnputilParser::parseFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    Result result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error{name, 0, tr("Cannot read the file: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.error = Error{
            name, 0,
            tr("The file is larger than %1 MiB, too large for pnputil output.").arg(kMaxFileSize / (1024 * 1024))};
        return result;
    }
    return parse(file.readAll(), name);
}
