// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>
#include <QStringList>

/// One thing the preview found, with a stable id (part of the xpctl output contract, PRODUCT §6).
struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString id;
    Severity severity = Severity::Info;
    /// One translated sentence.
    QString message;
    /// Which device, package, rank or rule led to it; shown under the sentence.
    QStringList evidence;

    static QString severityName(Severity severity)
    {
        switch (severity) {
        case Severity::Info: return QStringLiteral("info");
        case Severity::Warning: return QStringLiteral("warning");
        case Severity::Error: return QStringLiteral("error");
        }
        return {};
    }

    bool operator==(const Finding&) const = default;
};
