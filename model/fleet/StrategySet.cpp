// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "StrategySet.h"

#include "model/binding/CataloguePackageReader.h"
#include "model/core/DataPaths.h"
#include "model/core/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool StrategySet::fail(const QString& message)
{
    m_error = message;
    m_strategies.clear();
    return false;
}

bool StrategySet::load(const QString& directory, const DriverCatalogue& base)
{
    m_catalogue = base;
    m_strategies.clear();
    m_error.clear();
    const QString path = QDir(directory).filePath(QStringLiteral("strategies.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the strategies %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return fail(tr("The strategies %1 are not valid JSON at offset %2: %3")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1)
        return fail(tr("The strategies %1 have schema %2; this build reads schema 1.")
                        .arg(path, root.value(QStringLiteral("schema")).toVariant().toString()));

    QStringList whatIf;
    for (const QJsonValue& entry : root.value(QStringLiteral("packages")).toArray()) {
        QString why;
        QStringList warnings;
        std::optional<CataloguePackage> p = CataloguePackageReader::read(entry.toObject(), directory, &why, &warnings);
        if (!p)
            return fail(tr("%1: package '%2' unusable: %3")
                            .arg(path, entry.toObject().value(QStringLiteral("id")).toString(), why));
        if (!warnings.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(path, warnings.join(QLatin1String("; "))));
        // Nothing the catalogue ships may be shadowed, and nothing here may look shipped.
        p->whatIf = true;
        const QString id = p->id;
        if (!m_catalogue.add(std::move(*p)))
            return fail(tr("%1: package id '%2' is already in the driver catalogue").arg(path, id));
        whatIf << id;
    }

    for (const QJsonValue& entry : root.value(QStringLiteral("strategies")).toArray()) {
        const QJsonObject o = entry.toObject();
        Strategy s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.name = o.value(QStringLiteral("name")).toString(s.id);
        s.source = o.value(QStringLiteral("source")).toString();
        s.uncertain = CataloguePackageReader::strings(o.value(QStringLiteral("uncertain")));
        if (s.id.isEmpty() || find(s.id))
            return fail(tr("%1: a strategy without an id, or with one used twice ('%2')").arg(path, s.id));
        for (const QString& text : CataloguePackageReader::strings(o.value(QStringLiteral("changes")))) {
            QString error;
            const auto change = ConfigChange::parse(text, &error);
            if (!change)
                return fail(tr("%1: strategy '%2': %3").arg(path, s.id, error));
            if (change->isWhatIfOnly()) {
                const CataloguePackage* p = m_catalogue.find(change->package());
                if (!p)
                    return fail(tr("%1: strategy '%2' publishes '%3', which no catalogue holds")
                                    .arg(path, s.id, change->package()));
                if (p->whatIf && !s.packages.contains(p->id))
                    s.packages << p->id;
            }
            s.changes << *change;
        }
        m_strategies << s;
    }
    if (m_strategies.isEmpty())
        return fail(tr("%1 holds no strategy").arg(path));
    return true;
}

const Strategy* StrategySet::find(const QString& id) const
{
    for (const Strategy& s : m_strategies)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString StrategySet::title(const Strategy& strategy)
{
    const QString& id = strategy.id;
    if (id == QLatin1String("do-nothing"))
        return tr("Do nothing");
    if (id == QLatin1String("publish-legacy-ids"))
        return tr("Publish for 0001");
    if (id == QLatin1String("platform-v2"))
        return tr("Platform device v2");
    if (id == QLatin1String("blacklist-old-builds"))
        return tr("Blacklist old builds");
    if (id == QLatin1String("expose-both"))
        return tr("Expose both devices");
    if (id == QLatin1String("wu-stub"))
        return tr("Stub through WU");
    if (id == QLatin1String("refuse-over-legacy"))
        return tr("Refuse over legacy");
    if (id == QLatin1String("what-shipped"))
        return tr("What shipped");
    return strategy.name;
}

QString StrategySet::summary(const Strategy& strategy)
{
    const QString& id = strategy.id;
    if (id == QLatin1String("do-nothing"))
        return tr("Nothing changes: the fleet as it is, the baseline of every other column.");
    if (id == QLatin1String("publish-legacy-ids"))
        return tr("Windows Update publishes today's xenbus drivers for the platform device IDs 0001 and 0002.");
    if (id == QLatin1String("platform-v2"))
        return tr("XenServer's 2013 proposal: platform device 5853:0002 with a revision from the device model's "
                  "command line; the new drivers are published for 0002 only.");
    if (id == QLatin1String("blacklist-old-builds"))
        return tr("The device model blacklists every build of product 1 (Citrix's drivers before xenbus) through the "
                  "unplug protocol; the new drivers are published for 0001.");
    if (id == QLatin1String("expose-both"))
        return tr("Every VM gets a xen-pvdevice 5853:0002 (its default in July 2013) next to the platform device "
                  "0001; the new drivers are published for 0002.");
    if (id == QLatin1String("wu-stub"))
        return tr("Windows Update publishes a self-disabling stub for 0001 and 0002: it binds them and starts no PV "
                  "connection.");
    if (id == QLatin1String("refuse-over-legacy"))
        return tr("Windows Update publishes new drivers for 0001 and 0002 whose installer refuses to install where a "
                  "legacy stack is installed.");
    if (id == QLatin1String("what-shipped"))
        return tr("The vendor device 5853:c000 on every VM, which Windows Update targets with the XenServer VM "
                  "Tools.");
    return {};
}

const StrategySet& StrategySet::shipped()
{
    static const StrategySet set = [] {
        StrategySet s;
        if (!s.load(DataPaths::dataDirectory() + QStringLiteral("/strategies"), DriverCatalogue::shipped()))
            qCWarning(lcModel) << s.errorString();
        return s;
    }();
    return set;
}
