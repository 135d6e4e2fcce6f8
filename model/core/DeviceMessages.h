// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "device/Error.h"

#include <QCoreApplication>
#include <QString>

/// Turns the device layer's error codes into sentences; xp_device itself has no user-facing text.
class DeviceMessages
{
    Q_DECLARE_TR_FUNCTIONS(DeviceMessages)

public:
    /// One sentence naming @p subject (e.g. "--device-id") and the offending value from the error.
    static QString describe(const xp::device::Error& error, const QString& subject = {});
};
