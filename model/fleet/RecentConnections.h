// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QList>
#include <QString>

/// One connection the user opened before.
struct RecentConnection
{
    QString uri;
    bool readOnly = false;

    bool operator==(const RecentConnection&) const = default;
};

/// The connections opened recently, kept in QSettings (most recent first, one entry per URI, at most kMaximum),
/// so the "Add Connection" dialog can offer them again.
class RecentConnections
{
public:
    static constexpr int kMaximum = 10;

    /// Most recent first.
    static QList<RecentConnection> load();
    /// Puts @p uri first (replacing an older entry for the same URI, with its read-only flag) and drops the
    /// oldest beyond kMaximum.
    static void remember(const QString& uri, bool readOnly);
    static void forget(const QString& uri);

private:
    static void save(const QList<RecentConnection>& recent);
};
