// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"
#include "VmRow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class BindingEngine;
struct DomainSnapshot;

/// Builds VmRecords from libvirt's listing and renders them: the JSON of the xpctl contract (PRODUCT §8),
/// the text of `xpctl show`, and the VM table's row.
class VmReport
{
    Q_DECLARE_TR_FUNCTIONS(VmReport)

public:
    static VmRecord record(const QString& uri, const DomainSnapshot& snapshot, const BindingEngine& engine);

    static QJsonObject toJson(const VmRecord& record);
    static QString toText(const VmRecord& record);
    static VmRow toRow(const VmRecord& record);

    static QString stateName(const DomainSnapshot& snapshot);
    static QString osText(const VmConfig& config);
};
