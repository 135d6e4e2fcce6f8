// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "FleetWhatIf.h"

#include <QByteArray>
#include <QList>

/// A fleet what-if written out for scripts (issue 20 item 1): the JSON contract of `xpctl what-if --format json` and
/// its CSV (RFC 4180: comma-separated, fields quoted when they hold a comma, quote or line break; finding lists
/// joined by ";", uncertain facts, which may hold ";" themselves, one per line of their field). Rows come in the
/// order given.
class WhatIfOutput
{
public:
    /// {"counts": {CLASS: N}, "uncertain": {CLASS: N}, "vms": [{"name", "uuid", "host", "class", "before":
    /// {"active_driver", "findings"}, "after": {...}, "gained", "lost", "uncertain": [fact...], "error"}]}.
    /// @p hosts holds each outcome's connection URI, in the same order.
    static QByteArray json(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts);
    /// The header and one line per VM, each line ending in CRLF as RFC 4180 says.
    static QByteArray csv(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts);
    /// The CSV header's field names.
    static QStringList csvHeader();
    /// @p field quoted for CSV when it needs it.
    static QString csvField(const QString& field);
};
