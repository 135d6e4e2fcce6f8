// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CurrentVersionReader.h"

#include <QJsonArray>

QVersionNumber CurrentVersionReader::strictVersion(const QString& text)
{
    qsizetype suffix = 0;
    const QVersionNumber v = QVersionNumber::fromString(text, &suffix);
    // "9.4.2-beta" or "9.4." would parse to a prefix; a release the report names must be the whole string.
    return suffix == text.size() ? v : QVersionNumber();
}

std::optional<CurrentVersion> CurrentVersionReader::read(const QJsonObject& o,
                                                         const std::function<bool(const QString&)>& isWindowsPackage,
                                                         QString* why, QStringList* warnings)
{
    auto fail = [why](const QString& reason) -> std::optional<CurrentVersion> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    auto warn = [warnings](const QString& text) {
        if (warnings)
            warnings->append(text);
    };
    CurrentVersion v;
    v.line = o.value(QStringLiteral("line")).toString();
    if (v.line.isEmpty())
        return fail(tr("it has no line id"));
    v.name = o.value(QStringLiteral("name")).toString(v.line);

    for (const QJsonValue& p : o.value(QStringLiteral("packages")).toArray()) {
        const QString id = p.toString();
        if (isWindowsPackage(id))
            v.packages.append(id);
        else
            warn(tr("current versions '%1': '%2' is not a Windows package of the catalogue; left out")
                     .arg(v.line, id.isEmpty() ? p.toVariant().toString() : id));
    }
    if (v.packages.isEmpty())
        return fail(tr("it names no Windows package of the catalogue"));

    const QJsonValue maintained = o.value(QStringLiteral("maintained"));
    if (!maintained.isBool())
        return fail(tr("'maintained' must be true or false"));
    v.maintained = maintained.toBool();
    const QJsonValue current = o.value(QStringLiteral("current"));
    if (v.maintained) {
        v.current = current.toString();
        if (strictVersion(v.current).isNull())
            return fail(tr("a maintained line needs its current release as a version, not '%1'")
                            .arg(current.toVariant().toString()));
    } else if (!current.isNull() && !current.isUndefined()) {
        // A current release of a product nobody maintains would be read as "upgrade to it".
        return fail(tr("a line that is not maintained has no current release"));
    }

    if (o.contains(QStringLiteral("released"))) {
        const QDate date = QDate::fromString(o.value(QStringLiteral("released")).toString(), Qt::ISODate);
        if (date.isValid())
            v.released = date;
        else
            warn(tr("current versions '%1': 'released' is not a date (YYYY-MM-DD); left out").arg(v.line));
    }
    v.lastRelease = o.value(QStringLiteral("lastRelease")).toString();
    v.successor = o.value(QStringLiteral("successor")).toString();

    v.driver = o.value(QStringLiteral("driver")).toString();
    const bool compares =
        o.contains(QStringLiteral("outdatedBelow")) || o.contains(QStringLiteral("currentDriverVersion"));
    if (compares && v.driver.isEmpty())
        warn(tr("current versions '%1': a driver version to compare needs 'driver', the INF it is of; left out")
                 .arg(v.line));
    if (o.contains(QStringLiteral("outdatedBelow")) && !v.driver.isEmpty()) {
        const QJsonObject f = o.value(QStringLiteral("outdatedBelow")).toObject();
        CurrentVersion::DriverFloor floor;
        floor.version = strictVersion(f.value(QStringLiteral("version")).toString());
        floor.release = f.value(QStringLiteral("release")).toString();
        floor.fact = f.value(QStringLiteral("fact")).toString();
        floor.uncertain = f.value(QStringLiteral("uncertain")).toString();
        if (floor.version.isNull() || floor.fact.isEmpty())
            warn(tr("current versions '%1': 'outdatedBelow' needs a version and a fact; left out").arg(v.line));
        else
            v.outdatedBelow = floor;
    }
    if (o.contains(QStringLiteral("currentDriverVersion")) && !v.driver.isEmpty()) {
        v.currentDriverVersion = strictVersion(o.value(QStringLiteral("currentDriverVersion")).toString());
        if (v.currentDriverVersion.isNull())
            warn(tr("current versions '%1': 'currentDriverVersion' is not a version; left out").arg(v.line));
    }

    v.source = o.value(QStringLiteral("source")).toString();
    if (v.source.isEmpty())
        return fail(tr("it has no source"));
    const QJsonValue uncertain = o.value(QStringLiteral("uncertain"));
    if (!uncertain.isUndefined() && !uncertain.isArray())
        warn(tr("current versions '%1': 'uncertain' must be a list of phrases").arg(v.line));
    for (const QJsonValue& phrase : uncertain.toArray())
        if (!phrase.toString().isEmpty())
            v.uncertain.append(phrase.toString());
    return v;
}
