// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QString>

/// What an admin can do about a finding, one translated sentence per finding id (PRODUCT §6), so that the Binding
/// tab says not only what would go wrong at the next boot but how to prevent it.
class FindingAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FindingAdvice)

public:
    /// Empty for an id without advice (an id added to the engine later).
    static QString forId(const QString& id);
    /// "warning" in the user's language, for texts a person reads (Finding::severityName() is the JSON token).
    static QString severityText(Finding::Severity severity);
};
