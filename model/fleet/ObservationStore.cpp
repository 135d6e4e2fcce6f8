// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ObservationStore.h"

#include "model/core/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int kFormat = 1;
// A store is a cache: one larger than this (a fleet of 100,000 VMs is about 40 MiB) is not read.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

QString time(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace

QString ObservationStore::fileFor(const QString& uri)
{
    const QByteArray hash = QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/observations/") +
           QString::fromLatin1(hash) + QStringLiteral(".json");
}

ObservationStore::Entries ObservationStore::load(const QString& uri)
{
    Entries entries;
    QFile file(fileFor(uri));
    if (!file.exists() || file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly))
        return entries;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    // Another URI hashed alike, or another format: not ours to read.
    if (root.value(QLatin1String("format")).toInt() != kFormat || root.value(QLatin1String("uri")).toString() != uri)
        return entries;
    const QJsonObject vms = root.value(QLatin1String("vms")).toObject();
    for (auto it = vms.begin(); it != vms.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        if (const QDateTime boot = parseTime(o.value(QLatin1String("last_boot"))); boot.isValid())
            e.lastBoot = boot;
        const QJsonObject a = o.value(QLatin1String("agent")).toObject();
        if (!a.isEmpty()) {
            AgentReport r;
            r.state = AgentReport::State::Reported;
            r.at = parseTime(a.value(QLatin1String("at")));
            auto text = [&](const char* key) { return a.value(QLatin1String(key)).toString().left(256); };
            r.osId = text("os_id");
            r.name = text("name");
            r.prettyName = text("pretty_name");
            r.version = text("version");
            r.versionId = text("version_id");
            r.kernelRelease = text("kernel_release");
            r.kernelVersion = text("kernel_version");
            r.machine = text("machine");
            r.variant = text("variant");
            r.variantId = text("variant_id");
            if (r.at.isValid())
                e.agent = r;
        }
        if (e.agent || e.lastBoot)
            entries.insert(it.key(), e);
    }
    return entries;
}

bool ObservationStore::save(const QString& uri, const Entries& entries)
{
    QJsonObject vms;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QJsonObject o;
        if (it->lastBoot)
            o.insert(QLatin1String("last_boot"), time(*it->lastBoot));
        if (it->agent) {
            const AgentReport& r = *it->agent;
            o.insert(QLatin1String("agent"), QJsonObject{{QLatin1String("at"), time(r.at)},
                                                         {QLatin1String("os_id"), r.osId},
                                                         {QLatin1String("name"), r.name},
                                                         {QLatin1String("pretty_name"), r.prettyName},
                                                         {QLatin1String("version"), r.version},
                                                         {QLatin1String("version_id"), r.versionId},
                                                         {QLatin1String("kernel_release"), r.kernelRelease},
                                                         {QLatin1String("kernel_version"), r.kernelVersion},
                                                         {QLatin1String("machine"), r.machine},
                                                         {QLatin1String("variant"), r.variant},
                                                         {QLatin1String("variant_id"), r.variantId}});
        }
        vms.insert(it.key(), o);
    }
    const QJsonObject root{
        {QLatin1String("format"), kFormat}, {QLatin1String("uri"), uri}, {QLatin1String("vms"), vms}};
    const QString path = fileFor(uri);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        qCWarning(lcModel) << "cannot write the observation store" << path << file.errorString();
        return false;
    }
    return true;
}
