// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InfParser.h"

#include "model/core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
/// One logical line as the lexer sees it, before %strkey% substitution.
struct RawLine
{
    int lineNumber = 0;
    bool isHeader = false;
    bool isBlank = true;
    bool hasKey = false;
    QString header;
    QString key;
    QStringList fields;
};

/// A stretch of the file belonging to one section; a section written twice has two chunks, and
/// Windows treats it as one section.
struct Chunk
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int firstLine = 0;
};

/// A field under construction: quoted text keeps its surrounding blanks, unquoted edges are trimmed.
struct FieldBuilder
{
    QString text;
    qsizetype quotedFrom = -1;
    qsizetype quotedTo = -1;

    QString take()
    {
        qsizetype start = 0;
        qsizetype end = text.size();
        while (start < end && text.at(start).isSpace() && (quotedFrom < 0 || start < quotedFrom))
            ++start;
        while (end > start && text.at(end - 1).isSpace() && (quotedTo < 0 || end > quotedTo))
            --end;
        QString result = text.mid(start, end - start);
        *this = {};
        return result;
    }
};

bool isAllDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

std::optional<int> parseByte(QStringView text)
{
    bool ok = false;
    const uint value =
        text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? text.mid(2).toUInt(&ok, 16) : text.toUInt(&ok, 10);
    if (!ok || value > 0xff)
        return std::nullopt;
    return int(value);
}

/// Collapses "%%" to "%" in [Strings] keys and values, which are never substituted themselves.
QString unescapePercent(QString text)
{
    return text.replace(QStringLiteral("%%"), QStringLiteral("%"));
}

const QString kStringsPrefix = QStringLiteral("strings.");
} // namespace

class InfParser::Run
{
public:
    Run(QString text, QString fileName, quint16 languageId)
        : m_text(std::move(text))
        , m_languageId(languageId)
    {
        m_file.m_fileName = std::move(fileName);
    }

    Result run();

private:
    bool fail(int line, const QString& message);
    void seek(const Chunk& chunk);
    bool readLine(RawLine& out, bool splitFields, bool collect);
    bool scanSections();
    bool loadStrings();
    bool expand(const QString& raw, int line, QString& out);
    const InfFile::Section* loadSection(const QString& name);
    bool readVersion();
    bool readManufacturers();
    bool readModels(const QString& name);
    bool readFeatureScores(const QString& installSection);

    QString m_text;
    quint16 m_languageId = 0;
    InfFile m_file;
    std::optional<Error> m_error;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    int m_line = 1;
    QHash<QString, QList<Chunk>> m_chunks; ///< lower-case section name -> its stretches
    QHash<QString, QString> m_strings;     ///< lower-case key -> value
};

bool InfParser::Run::fail(int line, const QString& message)
{
    if (!m_error)
        m_error = Error{m_file.m_fileName, line, message};
    return false;
}

void InfParser::Run::seek(const Chunk& chunk)
{
    m_pos = chunk.begin;
    m_end = chunk.end;
    m_line = chunk.firstLine;
}

bool InfParser::Run::readLine(RawLine& out, bool splitFields, bool collect)
{
    out = RawLine{};
    out.lineNumber = m_line;
    qsizetype consumed = 0;
    bool first = true;
    FieldBuilder field;
    bool keyPossible = true;
    while (m_pos < m_end) {
        qsizetype lineEnd = m_text.indexOf(QLatin1Char('\n'), m_pos);
        if (lineEnd < 0 || lineEnd > m_end)
            lineEnd = m_end;
        QStringView content(m_text.constData() + m_pos, lineEnd - m_pos);
        if (content.endsWith(QLatin1Char('\r')))
            content.chop(1);
        const int physicalLine = m_line;
        m_pos = lineEnd + 1;
        ++m_line;
        consumed += content.size();
        if (consumed > kMaxLineLength)
            return fail(out.lineNumber, InfParser::tr("The line is longer than %1 characters.").arg(kMaxLineLength));

        const QStringView trimmed = content.trimmed();
        if (first && trimmed.startsWith(QLatin1Char('['))) {
            const qsizetype close = trimmed.indexOf(QLatin1Char(']'));
            if (close < 0)
                return fail(physicalLine, InfParser::tr("The section header is not closed: ']' is missing."));
            const QStringView rest = trimmed.mid(close + 1).trimmed();
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(';')))
                return fail(physicalLine, InfParser::tr("Unexpected text after the section header."));
            out.header = trimmed.mid(1, close - 1).trimmed().toString();
            if (out.header.isEmpty())
                return fail(physicalLine, InfParser::tr("The section name is empty."));
            out.isHeader = true;
            out.isBlank = false;
            return true;
        }
        first = false;

        bool inQuote = false;
        qsizetype i = 0;
        for (; i < content.size(); ++i) {
            const QChar c = content.at(i);
            if (inQuote) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < content.size() && content.at(i + 1) == QLatin1Char('"')) {
                        if (collect)
                            field.text.append(c);
                        ++i;
                    } else {
                        inQuote = false;
                        field.quotedTo = field.text.size();
                    }
                } else if (collect) {
                    field.text.append(c);
                }
                continue;
            }
            if (c == QLatin1Char(';'))
                break;
            if (c == QLatin1Char('"')) {
                inQuote = true;
                out.isBlank = false;
                if (field.quotedFrom < 0)
                    field.quotedFrom = field.text.size();
                field.quotedTo = field.text.size();
                continue;
            }
            if (!c.isSpace())
                out.isBlank = false;
            if (c == QLatin1Char('=') && keyPossible) {
                keyPossible = false;
                out.hasKey = true;
                out.key = field.take();
                continue;
            }
            if (c == QLatin1Char(',') && splitFields) {
                keyPossible = false;
                out.fields.append(field.take());
                continue;
            }
            if (collect)
                field.text.append(c);
        }
        if (inQuote)
            return fail(physicalLine, InfParser::tr("The quoted string is not terminated: '\"' is missing."));

        // A backslash ending the line (before any comment) joins the next line to this one.
        bool continues = false;
        if (collect) {
            qsizetype end = field.text.size();
            while (end > 0 && field.text.at(end - 1).isSpace() && end > field.quotedTo)
                --end;
            continues = end > 0 && end > field.quotedTo && field.text.at(end - 1) == QLatin1Char('\\');
            if (continues)
                field.text.truncate(end - 1);
        } else {
            const QStringView code = content.first(i).trimmed();
            // Without collected text, look at the raw line; a quote right before the backslash
            // would have closed on this line, so the backslash is outside any quote.
            continues = code.endsWith(QLatin1Char('\\'));
        }
        if (!continues)
            break;
    }
    if (!out.isBlank || out.hasKey || !out.fields.isEmpty())
        out.fields.append(field.take());
    return true;
}

bool InfParser::Run::scanSections()
{
    m_pos = 0;
    m_end = m_text.size();
    m_line = 1;
    QString current;
    RawLine line;
    while (m_pos < m_end) {
        const qsizetype lineStart = m_pos;
        if (!readLine(line, true, false))
            return false;
        if (!line.isHeader)
            continue;
        if (!current.isEmpty())
            m_chunks[current].last().end = lineStart;
        current = line.header.toLower();
        if (!m_file.m_allSections.contains(current)) {
            m_file.m_allSections.insert(current, line.header);
            m_file.m_sectionNames.append(line.header);
        }
        m_chunks[current].append(Chunk{m_pos, m_text.size(), m_line});
    }
    return true;
}

bool InfParser::Run::loadStrings()
{
    // Choice of the Strings section (inf-strings-section): the exact LANGID, then the primary
    // language with SUBLANG_NEUTRAL, then any sublanguage of it, then the undecorated [Strings].
    QString exact;
    QString neutral;
    QString sameLanguage;
    for (const QString& name : std::as_const(m_file.m_sectionNames)) {
        const QString lower = name.toLower();
        if (!lower.startsWith(kStringsPrefix))
            continue;
        bool ok = false;
        const uint id = QStringView(lower).mid(kStringsPrefix.size()).toUInt(&ok, 16);
        if (!ok || id > 0xffff || m_languageId == 0)
            continue;
        if (id == m_languageId && exact.isEmpty())
            exact = lower;
        else if (id == (m_languageId & 0x3ffu) && neutral.isEmpty())
            neutral = lower;
        else if ((id & 0x3ffu) == (m_languageId & 0x3ffu) && sameLanguage.isEmpty())
            sameLanguage = lower;
    }
    QString chosen = !exact.isEmpty() ? exact : !neutral.isEmpty() ? neutral : sameLanguage;
    if (chosen.isEmpty() && m_chunks.contains(QStringLiteral("strings")))
        chosen = QStringLiteral("strings");
    if (chosen.isEmpty())
        return true;
    m_file.m_stringsSection = m_file.m_allSections.value(chosen);
    RawLine line;
    for (const Chunk& chunk : m_chunks.value(chosen)) {
        seek(chunk);
        while (m_pos < m_end) {
            if (!readLine(line, false, true))
                return false;
            if (!line.hasKey)
                continue;
            const QString value = unescapePercent(line.fields.value(0));
            if (value.size() > kMaxStringLength)
                return fail(line.lineNumber,
                            InfParser::tr("The string is longer than %1 characters.").arg(kMaxStringLength));
            m_strings.insert(unescapePercent(line.key).toLower(), value);
        }
    }
    return true;
}

bool InfParser::Run::expand(const QString& raw, int line, QString& out)
{
    // Single pass: substituted text is never scanned again, so a token whose value contains
    // %tokens% cannot recurse or grow without bound.
    out.clear();
    qsizetype i = 0;
    while (i < raw.size()) {
        const qsizetype percent = raw.indexOf(QLatin1Char('%'), i);
        if (percent < 0) {
            out.append(QStringView(raw).mid(i));
            break;
        }
        out.append(QStringView(raw).mid(i, percent - i));
        const qsizetype close = raw.indexOf(QLatin1Char('%'), percent + 1);
        if (close < 0) {
            out.append(QStringView(raw).mid(percent));
            break;
        }
        const QStringView token = QStringView(raw).mid(percent + 1, close - percent - 1);
        if (token.isEmpty()) {
            out.append(QLatin1Char('%'));
        } else if (isAllDigits(token)) {
            // %10%, %11%...: directory IDs, resolved at install time, not strings.
            out.append(QStringView(raw).mid(percent, close - percent + 1));
        } else {
            const auto it = m_strings.constFind(token.toString().toLower());
            if (it == m_strings.cend()) {
                const QString section =
                    m_file.m_stringsSection.isEmpty() ? QStringLiteral("Strings") : m_file.m_stringsSection;
                return fail(line, InfParser::tr("Unknown string token %%1%: [%2] does not define it.")
                                      .arg(token.toString(), section));
            }
            out.append(*it);
        }
        if (out.size() > kMaxStringLength)
            return fail(line, InfParser::tr("The value is longer than %1 characters after string substitution.")
                                  .arg(kMaxStringLength));
        i = close + 1;
    }
    if (out.size() > kMaxStringLength)
        return fail(
            line,
            InfParser::tr("The value is longer than %1 characters after string substitution.").arg(kMaxStringLength));
    return true;
}

const InfFile::Section* InfParser::Run::loadSection(const QString& name)
{
    const QString lower = name.toLower();
    if (const InfFile::Section* loaded = m_file.section(lower))
        return loaded;
    const auto chunks = m_chunks.constFind(lower);
    if (chunks == m_chunks.cend())
        return nullptr;
    InfFile::Section section;
    section.name = m_file.m_allSections.value(lower);
    section.lineNumber = chunks->constFirst().firstLine - 1;
    RawLine raw;
    for (const Chunk& chunk : *chunks) {
        seek(chunk);
        while (m_pos < m_end) {
            if (!readLine(raw, true, true))
                return nullptr;
            if (raw.isBlank)
                continue;
            InfFile::Line line;
            line.lineNumber = raw.lineNumber;
            line.hasKey = raw.hasKey;
            if (raw.hasKey && !expand(raw.key, raw.lineNumber, line.key))
                return nullptr;
            QString value;
            for (const QString& field : std::as_const(raw.fields)) {
                if (!expand(field, raw.lineNumber, value))
                    return nullptr;
                line.values.append(value);
            }
            section.lines.append(std::move(line));
        }
    }
    m_file.m_sectionIndex.insert(lower, m_file.m_sections.size());
    m_file.m_sections.append(std::move(section));
    return &m_file.m_sections.constLast();
}

bool InfParser::Run::readVersion()
{
    const InfFile::Section* version = loadSection(QStringLiteral("Version"));
    if (m_error)
        return false;
    if (!version)
        return fail(1, InfParser::tr("There is no [Version] section, so this is not a driver INF."));
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    static const QRegularExpression versionPattern(QStringLiteral("^\\d{1,5}(\\.\\d{1,5}){0,3}$"));
    bool hasSignature = false;
    for (const InfFile::Line& line : version->lines) {
        if (!line.hasKey)
            continue;
        const QString value = line.values.value(0);
        const QString key = line.key.toLower();
        if (key == QLatin1String("signature")) {
            hasSignature = true;
            m_file.m_signature = value;
        } else if (key == QLatin1String("class")) {
            m_file.m_className = value;
        } else if (key == QLatin1String("classguid")) {
            m_file.m_classGuid = value;
        } else if (key == QLatin1String("provider")) {
            m_file.m_provider = value;
        } else if (key == QLatin1String("catalogfile") ||
                   (key.startsWith(QLatin1String("catalogfile.")) && m_file.m_catalogFile.isEmpty())) {
            m_file.m_catalogFile = value;
        } else if (key == QLatin1String("pnplockdown")) {
            bool ok = false;
            const int lockdown = value.toInt(&ok);
            if (ok)
                m_file.m_pnpLockdown = lockdown;
        } else if (key == QLatin1String("driverver")) {
            const QRegularExpressionMatch date = datePattern.match(value);
            const QDate parsed =
                date.hasMatch() ? QDate(date.captured(3).toInt(), date.captured(1).toInt(), date.captured(2).toInt())
                                : QDate();
            if (!parsed.isValid())
                return fail(line.lineNumber,
                            InfParser::tr("DriverVer date '%1' is not a valid mm/dd/yyyy date.").arg(value));
            m_file.m_driverDate = parsed;
            if (line.values.size() > 1) {
                const QString text = line.values.at(1);
                const QVersionNumber number = QVersionNumber::fromString(text);
                bool inRange = versionPattern.match(text).hasMatch();
                for (int segment : number.segments())
                    inRange = inRange && segment <= 0xffff;
                if (!inRange)
                    return fail(
                        line.lineNumber,
                        InfParser::tr("DriverVer version '%1' is not w.x.y.z with numbers up to 65535.").arg(text));
                m_file.m_driverVersion = number;
            }
        }
    }
    if (!hasSignature)
        return fail(version->lineNumber, InfParser::tr("[Version] has no Signature entry."));
    return true;
}

bool InfParser::Run::readManufacturers()
{
    const InfFile::Section* section = loadSection(QStringLiteral("Manufacturer"));
    if (m_error)
        return false;
    if (!section)
        return true;
    for (const InfFile::Line& line : section->lines) {
        InfFile::Manufacturer manufacturer;
        manufacturer.lineNumber = line.lineNumber;
        manufacturer.modelsSection = line.values.value(0);
        // The "manufacturer-name" form names the models section directly.
        manufacturer.name = line.hasKey ? line.key : manufacturer.modelsSection;
        if (manufacturer.modelsSection.isEmpty())
            return fail(line.lineNumber, InfParser::tr("The manufacturer entry names no Models section."));
        for (qsizetype i = 1; i < line.values.size(); ++i) {
            if (line.values.at(i).isEmpty())
                continue;
            if (const std::optional<InfTargetOs> target = InfTargetOs::parse(line.values.at(i)))
                manufacturer.targets.append(*target);
            else
                manufacturer.ignoredTargets.append(line.values.at(i));
        }
        m_file.m_manufacturers.append(manufacturer);
    }
    for (const InfFile::Manufacturer& manufacturer : std::as_const(m_file.m_manufacturers)) {
        if (!readModels(manufacturer.modelsSection))
            return false;
        for (const InfTargetOs& target : manufacturer.targets) {
            const QString name = manufacturer.modelsSection + QLatin1Char('.') + target.text();
            if (!m_chunks.contains(name.toLower()))
                qCWarning(lcModel) << m_file.m_fileName << "has no Models section" << name
                                   << "although [Manufacturer] names it; it counts as empty";
            if (!readModels(name))
                return false;
        }
    }
    return true;
}

bool InfParser::Run::readModels(const QString& name)
{
    const QString lower = name.toLower();
    if (m_file.m_models.contains(lower))
        return true;
    const InfFile::Section* section = loadSection(name);
    if (m_error)
        return false;
    QList<InfFile::ModelEntry> entries;
    if (section) {
        for (const InfFile::Line& line : section->lines) {
            InfFile::ModelEntry entry;
            entry.modelsSection = section->name;
            entry.lineNumber = line.lineNumber;
            entry.description = line.key;
            if (!line.hasKey)
                return fail(line.lineNumber,
                            InfParser::tr("The Models entry has no '=': expected "
                                          "description = install-section, hardware-id[, compatible-id...]."));
            entry.installSection = line.values.value(0);
            if (entry.installSection.isEmpty())
                return fail(line.lineNumber,
                            InfParser::tr("The Models entry '%1' has no install section.").arg(entry.description));
            entry.hardwareId = line.values.value(1);
            if (entry.hardwareId.isEmpty())
                return fail(line.lineNumber,
                            InfParser::tr("The Models entry '%1' has no hardware ID.").arg(entry.description));
            for (qsizetype i = 2; i < line.values.size(); ++i) {
                // An empty field holds no ID; skipping it keeps the positions of the real ones.
                if (!line.values.at(i).isEmpty())
                    entry.compatibleIds.append(line.values.at(i));
            }
            if (!readFeatureScores(entry.installSection))
                return false;
            entries.append(entry);
        }
    }
    m_file.m_models.insert(lower, entries);
    return true;
}

bool InfParser::Run::readFeatureScores(const QString& installSection)
{
    // Every platform variant is read now, so a bad directive is reported whichever Windows is
    // previewed later. FeatureScore counts only here, in the DDInstall section (inf-featurescore-directive).
    static const QStringList suffixes{QStringLiteral(".ntamd64"),
                                      QStringLiteral(".ntx86"),
                                      QStringLiteral(".ntarm64"),
                                      QStringLiteral(".ntarm"),
                                      QStringLiteral(".ntia64"),
                                      QStringLiteral(".nt"),
                                      QString()};
    for (const QString& suffix : suffixes) {
        const QString lower = (installSection + suffix).toLower();
        if (m_file.m_featureScores.contains(lower) || m_file.section(lower) || !m_chunks.contains(lower))
            continue;
        const InfFile::Section* section = loadSection(lower);
        if (!section)
            return false;
        for (const InfFile::Line& line : section->lines) {
            if (!line.hasKey || line.key.compare(QLatin1String("FeatureScore"), Qt::CaseInsensitive) != 0)
                continue;
            const std::optional<int> score = parseByte(line.values.value(0));
            if (!score)
                return fail(
                    line.lineNumber,
                    InfParser::tr("FeatureScore '%1' is not a number from 0x00 to 0xFF.").arg(line.values.value(0)));
            m_file.m_featureScores.insert(lower, *score);
        }
    }
    return true;
}

InfParser::Result InfParser::Run::run()
{
    if (scanSections() && loadStrings() && readVersion())
        readManufacturers();
    if (m_error)
        return Result{InfFile{}, m_error};
    return Result{std::move(m_file), std::nullopt};
}

InfParser::Result InfParser::parse(const QByteArray& data, const QString& fileName, quint16 languageId)
{
    if (data.size() > kMaxFileSize)
        return Result{
            InfFile{},
            Error{fileName, 0,
                  tr("The file is larger than %1 MiB, too large for a driver INF.").arg(kMaxFileSize / (1024 * 1024))}};
    QString text = decode(data);
    // No text file holds one; inside a value (a provider, a hardware ID) it would print as nothing yet compare.
    if (const int line = nulLine(text))
        return Result{InfFile{}, Error{fileName, line,
                                       tr("The file contains a NUL character: it is not text, or UTF-16 without a "
                                          "byte-order mark.")}};
    return Run(std::move(text), fileName, languageId).run();
}

int InfParser::nulLine(QStringView text)
{
    const qsizetype nul = text.indexOf(QChar(0));
    return nul < 0 ? 0 : int(text.first(nul).count(QLatin1Char('\n'))) + 1;
}

InfParser::Result InfParser::parseFile(const QString& path, quint16 languageId)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return Result{InfFile{}, Error{name, 0, tr("Cannot read the file: %1").arg(file.errorString())}};
    if (file.size() > kMaxFileSize)
        return Result{
            InfFile{},
            Error{name, 0,
                  tr("The file is larger than %1 MiB, too large for a driver INF.").arg(kMaxFileSize / (1024 * 1024))}};
    return parse(file.readAll(), name, languageId);
}

QString InfParser::decode(const QByteArray& data)
{
    if (const std::optional<QStringConverter::Encoding> encoding = QStringConverter::encodingForData(data)) {
        QStringDecoder decoder(*encoding);
        return decoder.decode(data);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(data);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(data);
}
