// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/fleet/FleetWhatIf.h"

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

/// `xpctl what-if`: one proposed change previewed on every VM of every connection given (or those --where
/// selects), without writing anything; each VM classified (FleetWhatIf) and the counts per class printed as a
/// table, JSON or CSV (issue 20 item 1). The connections are opened read-only.
class WhatIfCommand
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfCommand)

public:
    /// @p uris: every --connect given; none means the demo node.
    WhatIfCommand(QTextStream& out, QTextStream& err, const QStringList& uris);

    /// @p args: the words after "what-if". Returns an xpctl exit status.
    int run(const QStringList& args);

private:
    int usageError(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_uris;
};
