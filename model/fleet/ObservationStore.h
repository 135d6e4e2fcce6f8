// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/GuestObservations.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <optional>

/// What the console observed of the guests on one connection, kept between its runs (issue 18): each VM's last
/// guest agent report (and, for a caller that wants it, the last start it saw). Without it, a console started
/// today would know nothing of what a VM shut off yesterday said it runs.
///
/// One JSON file per connection in the user's data location (QStandardPaths::AppDataLocation/observations/, named
/// by a hash of the URI), written whole with QSaveFile. A file that is missing, unreadable or not this format is
/// an empty store: observations are a cache of what the guests said, never configuration.
class ObservationStore
{
public:
    struct Entry
    {
        /// Only a report the agent gave (State::Reported); the other states say nothing about the guest.
        std::optional<AgentReport> agent;
        std::optional<QDateTime> lastBoot;

        bool operator==(const Entry&) const = default;
    };
    using Entries = QHash<QString, Entry>; ///< by domain UUID

    static QString fileFor(const QString& uri);
    static Entries load(const QString& uri);
    /// Replaces the connection's file; false when it could not be written.
    static bool save(const QString& uri, const Entries& entries);
};
