// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PnputilInput.h"

#include "InfParser.h"
#include "PnputilDeviceParser.h"
#include "PnputilParser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringConverter>
#include <QStringList>
#include <QStringTokenizer>
#include <algorithm>

namespace {

/// How an English field name tells the command apart. A record key decides at once; the others only
/// when no key is in the file (a broken record still gets its parser's precise error).
enum class Label { DriversKey, DevicesKey, Drivers, Devices, Shared };

/// Field names of both commands, lower-case with single spaces, as pnputil prints them in English
/// (tests/data/pnputil/README.md names the sources).
const QHash<QString, Label>& englishLabels()
{
    static const QHash<QString, Label> labels{
        {QStringLiteral("published name"), Label::DriversKey},
        {QStringLiteral("instance id"), Label::DevicesKey},
        {QStringLiteral("driver package provider"), Label::Drivers},
        {QStringLiteral("class"), Label::Drivers},
        {QStringLiteral("driver date and version"), Label::Drivers},
        {QStringLiteral("extension id"), Label::Drivers},
        {QStringLiteral("device description"), Label::Devices},
        {QStringLiteral("manufacturer name"), Label::Devices},
        {QStringLiteral("status"), Label::Devices},
        {QStringLiteral("driver name"), Label::Devices},
        {QStringLiteral("extension driver names"), Label::Devices},
        {QStringLiteral("problem code"), Label::Devices},
        {QStringLiteral("problem status"), Label::Devices},
        {QStringLiteral("matching drivers"), Label::Devices},
        {QStringLiteral("matching device id"), Label::Devices},
        {QStringLiteral("driver rank"), Label::Devices},
        {QStringLiteral("driver status"), Label::Devices},
        // Both: the newer enum-drivers layout and the matching-driver blocks of /enum-devices /drivers.
        {QStringLiteral("original name"), Label::Shared},
        {QStringLiteral("provider name"), Label::Shared},
        {QStringLiteral("class name"), Label::Shared},
        {QStringLiteral("class guid"), Label::Shared},
        {QStringLiteral("driver version"), Label::Shared},
        {QStringLiteral("signer name"), Label::Shared},
    };
    return labels;
}

/// Words of the English field names of pnputil's other commands (/enum-interfaces, /enum-classes, /enum-containers
/// and the extra flags of /enum-devices). A file whose unknown field names are all made of these is English output
/// of another command; any other word makes it output in another language.
bool isEnglishWord(const QString& word)
{
    static const QSet<QString> words{
        QStringLiteral("address"),      QStringLiteral("and"),        QStringLiteral("bus"),
        QStringLiteral("capabilities"), QStringLiteral("category"),   QStringLiteral("children"),
        QStringLiteral("class"),        QStringLiteral("code"),       QStringLiteral("compatible"),
        QStringLiteral("connected"),    QStringLiteral("container"),  QStringLiteral("count"),
        QStringLiteral("date"),         QStringLiteral("default"),    QStringLiteral("description"),
        QStringLiteral("device"),       QStringLiteral("devices"),    QStringLiteral("disabled"),
        QStringLiteral("display"),      QStringLiteral("driver"),     QStringLiteral("drivers"),
        QStringLiteral("enabled"),      QStringLiteral("enumerator"), QStringLiteral("extension"),
        QStringLiteral("file"),         QStringLiteral("files"),      QStringLiteral("filters"),
        QStringLiteral("friendly"),     QStringLiteral("guid"),       QStringLiteral("hardware"),
        QStringLiteral("id"),           QStringLiteral("ids"),        QStringLiteral("inf"),
        QStringLiteral("instance"),     QStringLiteral("interface"),  QStringLiteral("interfaces"),
        QStringLiteral("location"),     QStringLiteral("lower"),      QStringLiteral("manufacturer"),
        QStringLiteral("matching"),     QStringLiteral("model"),      QStringLiteral("name"),
        QStringLiteral("names"),        QStringLiteral("of"),         QStringLiteral("original"),
        QStringLiteral("package"),      QStringLiteral("parent"),     QStringLiteral("path"),
        QStringLiteral("power"),        QStringLiteral("present"),    QStringLiteral("problem"),
        QStringLiteral("properties"),   QStringLiteral("provider"),   QStringLiteral("published"),
        QStringLiteral("rank"),         QStringLiteral("reference"),  QStringLiteral("resources"),
        QStringLiteral("service"),      QStringLiteral("services"),   QStringLiteral("setup"),
        QStringLiteral("signer"),       QStringLiteral("stack"),      QStringLiteral("state"),
        QStringLiteral("status"),       QStringLiteral("string"),     QStringLiteral("type"),
        QStringLiteral("upper"),        QStringLiteral("version"),
    };
    return words.contains(word.toLower());
}

bool isEnglishLabel(const QString& label)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z]+"));
    for (QChar c : label)
        if (c.unicode() > 0x7f)
            return false;
    const QStringList parts = label.split(separators, Qt::SkipEmptyParts);
    return !parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), isEnglishWord);
}

/// A value only pnputil's records hold, in any language: an INF name (oemNN.inf), a GUID in braces, a device
/// instance ID (ENUMERATOR\...), a driver date and version in any date order.
bool isPnputilValue(const QString& value)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:[\\w.-]+\\.inf"
                       "|\\{[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}\\}"
                       "|[a-z0-9_]{2,}\\\\\\S+"
                       "|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\s+\\d{1,5}(?:\\.\\d{1,5}){1,3})$"),
        QRegularExpression::CaseInsensitiveOption);
    return shape.match(value).hasMatch();
}

/// Characters no text file holds: controls other than line and page breaks and tabs, unpaired surrogates,
/// unassigned and private-use code points, and U+FFFD, which a decoder writes for bytes it could not decode.
qsizetype nonTextCharacters(QStringView text, qsizetype* examined)
{
    qsizetype count = 0;
    const qsizetype end = std::min<qsizetype>(text.size(), PnputilInput::kHeadSize);
    for (qsizetype i = 0; i < end; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < end && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        switch (c.category()) {
        case QChar::Other_Control: count += !QStringView(u"\t\n\v\f\r").contains(c); break;
        case QChar::Other_Surrogate:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse: ++count; break;
        default: count += c == QChar::ReplacementCharacter; break;
        }
    }
    *examined = end;
    return count;
}

QString quotedList(const QStringList& labels)
{
    QStringList quoted;
    for (const QString& label : labels)
        quoted << QStringLiteral("\"%1\"").arg(label);
    return quoted.join(QStringLiteral(", "));
}

QString tooLarge(qsizetype maxFileSize)
{
    return PnputilInput::tr("The file is larger than %1 MiB, too large for pnputil output.")
        .arg(maxFileSize / (1024 * 1024));
}

constexpr qsizetype kLargestFile = std::max(PnputilParser::kMaxFileSize, PnputilDeviceParser::kMaxFileSize);

/// Names shown in the other-language and other-command errors; the first few tell enough.
constexpr qsizetype kLabelsShown = 4;
/// A field name is a few words; a longer text before a colon is a sentence.
constexpr qsizetype kMaxLabelLength = 64;

PnputilInput::Result classifySized(const QByteArray& data, const QString& fileName, qint64 size)
{
    PnputilInput::Result result{};
    if (size > kLargestFile) {
        result.error = ParseError{fileName, 0, tooLarge(kLargestFile)};
        return result;
    }
    result = PnputilInput::classifyText(InfParser::decode(data), fileName);
    if (result.ok() && size > PnputilInput::maxFileSize(result.value))
        result.error = ParseError{fileName, 0, tooLarge(PnputilInput::maxFileSize(result.value))};
    return result;
}

} // namespace

PnputilInput::Result PnputilInput::classify(const QByteArray& data, const QString& fileName)
{
    return classifySized(data, fileName, data.size());
}

PnputilInput::Result PnputilInput::classifyText(QStringView text, const QString& fileName)
{
    Result result{};
    if (text.trimmed().isEmpty()) {
        result.error = Error{fileName, 0, tr("The file is empty: it holds no pnputil output.")};
        return result;
    }
    if (const int line = InfParser::nulLine(text)) {
        result.error = Error{fileName, line,
                             tr("The file contains a NUL character: it is not text, or UTF-16 without a byte-order "
                                "mark.")};
        return result;
    }
    qsizetype examined = 0;
    const qsizetype binary = nonTextCharacters(text, &examined);
    // Text holds none of them; an eighth is what random bytes give when decoded as Latin-1 or UTF-16.
    if (binary * 8 > examined) {
        result.error = Error{fileName, 0,
                             tr("The file is not text: %1 of its first %2 characters are control characters or "
                                "no characters at all.")
                                 .arg(binary)
                                 .arg(examined)};
        return result;
    }

    bool title = false;
    bool usage = false;
    bool firstLine = true;
    int devices = 0;
    int drivers = 0;
    int shared = 0;
    int pnputilValues = 0;
    int unknownFields = 0;
    bool unknownAllEnglish = true;
    QSet<QString> unknown;  // distinct unknown field names
    QStringList shownFirst; // the first few of them that hold a pnputil value, in order
    QStringList shownThen;  // the first few others
    for (QStringView line : qTokenize(text, u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.size() > PnputilParser::kMaxLineLength)
            continue;
        // The synopsis of the usage text, which pnputil prints for a command or flag its Windows does not know.
        usage = usage || line.startsWith(QLatin1String("pnputil [/"), Qt::CaseInsensitive);
        qsizetype colon = line.indexOf(QLatin1Char(':'));
        // Fullwidth colon: what CJK translations may put after a field name.
        const qsizetype wide = line.indexOf(QChar(0xff1a));
        if (colon < 0 || (wide >= 0 && wide < colon))
            colon = wide;
        if (colon < 0) {
            // The title ("Microsoft PnP Utility", translated on localised Windows) is the first line.
            title = title || (firstLine && line.contains(QLatin1String("PnP")));
            firstLine = false;
            continue;
        }
        firstLine = false;
        const QString label = line.first(colon).toString().simplified();
        if (label.isEmpty() || label.size() > kMaxLabelLength)
            continue;
        const QString value = line.mid(colon + 1).trimmed().toString();
        const auto known = englishLabels().constFind(label.toLower());
        if (known != englishLabels().cend()) {
            switch (*known) {
            case Label::DriversKey: result.value = Kind::EnumDrivers; return result;
            case Label::DevicesKey: result.value = Kind::EnumDevices; return result;
            case Label::Drivers: ++drivers; break;
            case Label::Devices: ++devices; break;
            case Label::Shared: ++shared; break;
            }
            pnputilValues += isPnputilValue(value);
            continue;
        }
        const bool data = isPnputilValue(value);
        pnputilValues += data;
        ++unknownFields;
        if (!unknown.contains(label)) {
            unknown.insert(label);
            unknownAllEnglish = unknownAllEnglish && isEnglishLabel(label);
            if (!data && shownThen.size() < kLabelsShown)
                shownThen << label;
        }
        // A name seen first without a pnputil value may hold one later: it moves to the front.
        if (data && shownFirst.size() < kLabelsShown && !shownFirst.contains(label)) {
            shownFirst << label;
            shownThen.removeOne(label);
        }
    }

    if (usage) {
        result.error = Error{fileName, 0,
                             tr("The file is pnputil's usage text, which it prints for a command or flag its Windows "
                                "does not know: /enum-devices needs Windows 10 1903 or later, its /drivers flag "
                                "Windows 10 2004 or later.")};
        return result;
    }
    // Mostly unknown field names holding two values of pnputil's records (one with the title) are pnputil output
    // that is not read here; a translation may keep a word ("Status"), so a few English names do not decide.
    if (unknownFields > devices + drivers + shared && pnputilValues + int(title) >= 2) {
        const QStringList shown = (shownFirst + shownThen).mid(0, kLabelsShown);
        if (unknownAllEnglish) {
            result.error = Error{fileName, 0,
                                 tr("The file is pnputil output, but of another command than /enum-drivers or "
                                    "/enum-devices (it has the fields %1).")
                                     .arg(quotedList(shown))};
            return result;
        }
        result.error = Error{fileName, 0,
                             tr("The file is pnputil output in another language (it has the fields %1): this build "
                                "reads only the English field names, such as \"Published Name:\" and \"Instance ID:\".")
                                 .arg(quotedList(shown))};
        return result;
    }
    // Without a record key (a broken first record), the English field names still tell the command.
    if (devices > 0) {
        result.value = Kind::EnumDevices;
        return result;
    }
    if (drivers + shared > 0) {
        result.value = Kind::EnumDrivers;
        return result;
    }
    if (title && unknown.isEmpty()) {
        result.value = Kind::NoRecords;
        return result;
    }
    result.error = Error{fileName, 0,
                         tr("The file is not pnputil output: none of its lines is a field of pnputil /enum-drivers or "
                            "/enum-devices, such as \"Published Name:\" or \"Instance ID:\".")};
    return result;
}

PnputilInput::Result PnputilInput::classifyFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    Result result{};
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error{name, 0, tr("Cannot read the file: %1").arg(file.errorString())};
        return result;
    }
    const qint64 size = file.size();
    if (size > kLargestFile)
        return classifySized({}, name, size);
    QByteArray head = file.read(kHeadSize);
    if (size > head.size()) {
        // Only whole lines: a character cut in two would make valid UTF-8 look like Latin-1.
        const qsizetype lastBreak = head.lastIndexOf('\n');
        if (lastBreak > 0)
            head.truncate(lastBreak + 1);
        const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(head);
        if (encoding == QStringConverter::Utf16 || encoding == QStringConverter::Utf16LE ||
            encoding == QStringConverter::Utf16BE)
            head.truncate(head.size() & ~qsizetype(1));
        else if (encoding == QStringConverter::Utf32 || encoding == QStringConverter::Utf32LE ||
                 encoding == QStringConverter::Utf32BE)
            head.truncate(head.size() & ~qsizetype(3));
    }
    return classifySized(head, name, size);
}

qsizetype PnputilInput::maxFileSize(Kind kind)
{
    switch (kind) {
    case Kind::EnumDrivers: return PnputilParser::kMaxFileSize;
    case Kind::EnumDevices: return PnputilDeviceParser::kMaxFileSize;
    case Kind::NoRecords: break;
    }
    return kLargestFile;
}

ParseResult<QByteArray> PnputilInput::readFile(const QString& path, qsizetype maxFileSize)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    ParseResult<QByteArray> result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error{name, 0, tr("Cannot read the file: %1").arg(file.errorString())};
        return result;
    }
    if (file.size() > maxFileSize) {
        result.error = Error{name, 0, tooLarge(maxFileSize)};
        return result;
    }
    result.value = file.readAll();
    return result;
}

std::optional<ParseError> PnputilInput::wrongCommand(Kind kind, Kind expected, const QString& fileName)
{
    if (kind == expected || kind == Kind::NoRecords)
        return std::nullopt;
    if (kind == Kind::EnumDevices)
        return Error{fileName, 0,
                     tr("The file is the output of pnputil /enum-devices; here the output of pnputil "
                        "/enum-drivers is read.")};
    return Error{fileName, 0,
                 tr("The file is the output of pnputil /enum-drivers; here the output of pnputil /enum-devices "
                    "is read.")};
}

std::optional<PnputilInput::DateAndVersion> PnputilInput::dateAndVersion(QStringView value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,5}(?:\\.\\d{1,5}){0,3})$"));
    const QRegularExpressionMatch match = pattern.match(value.toString().simplified());
    if (!match.hasMatch())
        return std::nullopt;
    DateAndVersion result{
        QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt()),
        QVersionNumber::fromString(match.captured(4)),
    };
    if (!result.date.isValid())
        return std::nullopt;
    for (int segment : result.version.segments())
        if (segment > 0xffff)
            return std::nullopt;
    return result;
}
