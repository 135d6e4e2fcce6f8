// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"
#include "model/binding/GuestFacts.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

/// The JSON of what was observed of a guest (issue 18), in the xpctl contract's words: "guest_agent",
/// "inventory", "guest_facts" and "prediction_check". Shared by VmReport::toJson and VmJson, so both write the same.
class ObservationJson
{
public:
    /// null when the agent was never asked.
    static QJsonValue agent(const AgentReport& report);
    /// null when no inventory was imported.
    static QJsonValue inventory(const std::optional<DriverInventory>& inventory);
    static QJsonArray facts(const GuestFacts& facts);
    /// null when there is nothing to check (no inventory of the devices).
    static QJsonValue check(const PredictionCheck& check);

    static QString stateName(AgentReport::State state);
    /// "2026-12-07T10:00:00Z", or empty for an invalid time.
    static QString time(const QDateTime& at);

    /// @p value as QJsonDocument::toJson(Indented) writes it nested at level @p indent (the first line not
    /// indented), for VmJson.
    static void append(QByteArray& out, const QJsonValue& value, int indent);
};
