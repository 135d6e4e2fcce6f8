// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "MigrationMetadata.h"

#include "ConfigChange.h"
#include "HexText.h"
#include "device/NumberParser.h"

#include <QDomDocument>
#include <array>

using xp::device::NumberParser;

namespace {

const QString kRollback = QStringLiteral("rollback");

/// "ID:REV" with a 16-bit ID and an 8-bit revision.
bool parseIdentity(const QString& text, quint16& id, quint8& revision)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    const auto parsedId = NumberParser::parse(parts.at(0).toStdString(), 0xffff);
    const auto parsedRev = NumberParser::parse(parts.at(1).toStdString(), 0xff);
    if (!parsedId || !parsedRev)
        return false;
    id = quint16(*parsedId);
    revision = quint8(*parsedRev);
    return true;
}

QString qualified(const QString& prefix, const QString& localName)
{
    return prefix.isEmpty() ? localName : prefix + QLatin1Char(':') + localName;
}

} // namespace

QString MigrationMetadata::platformText(const MigrationTarget& target)
{
    return HexText::id(target.platformDeviceId) + QLatin1Char(':') + HexText::revision(target.platformRevision);
}

QString MigrationMetadata::vendorText(const MigrationTarget& target)
{
    if (!target.vendorEnabled)
        return QStringLiteral("off");
    return HexText::id(target.vendorDeviceId) + QLatin1Char(':') + HexText::revision(target.vendorRevision);
}

std::optional<MigrationProgress> MigrationMetadata::read(const QDomElement& e, QStringList& errors)
{
    const qsizetype errorsBefore = errors.size();
    auto bad = [&](const QString& attribute, const QString& expected) {
        errors.append(tr("<migration %1=\"%2\">: %3").arg(attribute, e.attribute(attribute), expected));
    };
    MigrationProgress p;
    p.target.package = e.attribute(QStringLiteral("package"));
    if (p.target.package.isEmpty())
        errors.append(tr("<migration>: the package attribute is missing"));

    const QString platform = e.attribute(QStringLiteral("platform-device"), QStringLiteral("0x0001:0x01"));
    if (!parseIdentity(platform, p.target.platformDeviceId, p.target.platformRevision))
        bad(QStringLiteral("platform-device"), tr("expected ID:REV"));
    const QString vendor = e.attribute(QStringLiteral("vendor-device"), QStringLiteral("off"));
    p.target.vendorEnabled = vendor != QLatin1String("off");
    if (p.target.vendorEnabled && !parseIdentity(vendor, p.target.vendorDeviceId, p.target.vendorRevision))
        bad(QStringLiteral("vendor-device"), tr("expected off or ID:REV"));

    const QString blacklist = e.attribute(QStringLiteral("temporary-blacklist"), QStringLiteral("yes"));
    if (blacklist != QLatin1String("yes") && blacklist != QLatin1String("no"))
        bad(QStringLiteral("temporary-blacklist"), tr("expected yes or no"));
    p.target.temporaryBlacklist = blacklist != QLatin1String("no");

    const auto steps = NumberParser::parse(e.attribute(QStringLiteral("steps")).toStdString(), 1000);
    if (!steps)
        bad(QStringLiteral("steps"), tr("expected the number of steps (0-1000)"));
    else
        p.stepCount = int(*steps);
    const auto completed = NumberParser::parse(e.attribute(QStringLiteral("completed")).toStdString(), 1000);
    if (!completed || int(*completed) > p.stepCount)
        bad(QStringLiteral("completed"), tr("expected a number of completed steps, at most steps"));
    else
        p.completedSteps = int(*completed);

    const QString state = e.attribute(QStringLiteral("state"));
    const std::array states{MigrationProgress::State::InProgress, MigrationProgress::State::Done,
                            MigrationProgress::State::RolledBack};
    const auto found = std::find_if(states.cbegin(), states.cend(), [&](MigrationProgress::State s) {
        return MigrationProgress::stateName(s) == state;
    });
    if (found == states.cend())
        bad(QStringLiteral("state"), tr("expected in-progress, done or rolled-back"));
    else
        p.state = *found;

    p.by = e.attribute(QStringLiteral("by"));
    if (e.hasAttribute(QStringLiteral("at"))) {
        p.at = QDateTime::fromString(e.attribute(QStringLiteral("at")), Qt::ISODate);
        if (!p.at.isValid())
            bad(QStringLiteral("at"), tr("expected an ISO 8601 date and time"));
    }
    for (QDomElement c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
        // The codec found <migration> in the metadata's namespace; its rollback children share it.
        if (c.namespaceURI() != e.namespaceURI() || c.localName() != kRollback)
            continue;
        const QString text = c.attribute(QStringLiteral("change"));
        QString error;
        if (!ConfigChange::parse(text, &error) || text.startsWith(QLatin1String("wu-publish")))
            errors.append(tr("<migration><rollback change=\"%1\">: not a --set change that can be written").arg(text));
        else
            p.rollback.append(text);
    }
    if (errors.size() != errorsBefore)
        return std::nullopt;
    return p;
}

void MigrationMetadata::write(QDomDocument& doc, QDomElement& root, const QString& prefix,
                              const std::optional<MigrationProgress>& progress)
{
    QDomElement e = root.firstChildElement(qualified(prefix, elementName()));
    if (!progress) {
        if (!e.isNull())
            root.removeChild(e);
        return;
    }
    if (e.isNull())
        e = root.appendChild(doc.createElement(qualified(prefix, elementName()))).toElement();
    const MigrationProgress& p = *progress;
    e.setAttribute(QStringLiteral("package"), p.target.package);
    e.setAttribute(QStringLiteral("platform-device"), platformText(p.target));
    e.setAttribute(QStringLiteral("vendor-device"), vendorText(p.target));
    e.setAttribute(QStringLiteral("temporary-blacklist"),
                   p.target.temporaryBlacklist ? QStringLiteral("yes") : QStringLiteral("no"));
    e.setAttribute(QStringLiteral("steps"), QString::number(p.stepCount));
    e.setAttribute(QStringLiteral("completed"), QString::number(p.completedSteps));
    e.setAttribute(QStringLiteral("state"), MigrationProgress::stateName(p.state));
    if (p.by.isEmpty())
        e.removeAttribute(QStringLiteral("by"));
    else
        e.setAttribute(QStringLiteral("by"), p.by);
    if (p.at.isValid())
        e.setAttribute(QStringLiteral("at"), p.at.toUTC().toString(Qt::ISODate));
    else
        e.removeAttribute(QStringLiteral("at"));
    const QString tag = qualified(prefix, kRollback);
    for (QDomElement c = e.firstChildElement(tag); !c.isNull(); c = e.firstChildElement(tag))
        e.removeChild(c);
    for (const QString& change : p.rollback) {
        QDomElement c = doc.createElement(tag);
        c.setAttribute(QStringLiteral("change"), change);
        e.appendChild(c);
    }
}
