// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"

#include <QByteArray>

/// Writes a VM's JSON object of the xpctl contract (PRODUCT §8) straight into bytes: the same bytes that
/// QJsonDocument::toJson(Indented) makes of VmReport::toJson(record, false), list's object without guest_facts,
/// without building the QJsonObject (every insert a sorted-key lookup in CBOR) and serialising it again. xpctl
/// list on 10,000 VMs spent a fifth of its per-VM work there. tst_VmJson holds both to the same bytes.
class VmJson
{
public:
    /// The object as it stands at nesting level @p indent (its members one level deeper); the opening brace is not
    /// indented and nothing follows the closing one, as inside QJsonDocument's own output.
    static QByteArray object(const VmRecord& record, int indent);

    /// @p text as a JSON string literal, quotes included, escaped as QJsonDocument escapes it.
    static void appendString(QByteArray& out, const QString& text);
};
