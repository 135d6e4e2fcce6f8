// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "RecentConnections.h"

#include <QSettings>
#include <algorithm>

namespace {
const QString kArray = QStringLiteral("connections/recent");
const QString kUri = QStringLiteral("uri");
const QString kReadOnly = QStringLiteral("readOnly");
} // namespace

QList<RecentConnection> RecentConnections::load()
{
    QSettings settings;
    QList<RecentConnection> recent;
    const int size = settings.beginReadArray(kArray);
    for (int i = 0; i < size && recent.size() < kMaximum; ++i) {
        settings.setArrayIndex(i);
        const QString uri = settings.value(kUri).toString().trimmed();
        // A hand-edited file may repeat a URI or leave one empty; the first (most recent) entry wins.
        const bool known = std::any_of(recent.cbegin(), recent.cend(),
                                       [&uri](const RecentConnection& entry) { return entry.uri == uri; });
        if (!uri.isEmpty() && !known)
            recent.append({uri, settings.value(kReadOnly, false).toBool()});
    }
    settings.endArray();
    return recent;
}

void RecentConnections::remember(const QString& uri, bool readOnly)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<RecentConnection> recent = load();
    recent.removeIf([&trimmed](const RecentConnection& entry) { return entry.uri == trimmed; });
    recent.prepend({trimmed, readOnly});
    save(recent.mid(0, kMaximum));
}

void RecentConnections::forget(const QString& uri)
{
    QList<RecentConnection> recent = load();
    if (recent.removeIf([&uri](const RecentConnection& entry) { return entry.uri == uri; }) > 0)
        save(recent);
}

void RecentConnections::save(const QList<RecentConnection>& recent)
{
    QSettings settings;
    // Rewritten whole: a shorter list must not leave old entries behind.
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(recent.size()));
    for (int i = 0; i < recent.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(kUri, recent.at(i).uri);
        settings.setValue(kReadOnly, recent.at(i).readOnly);
    }
    settings.endArray();
}
