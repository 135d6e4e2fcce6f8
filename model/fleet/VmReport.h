// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "VmRecord.h"
#include "VmRow.h"
#include "model/binding/GuestFacts.h"

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

    /// @p withGuestFacts: `show`'s object, with "guest_facts" (each fact, its source and age); `list` leaves it out,
    /// as it costs more per VM than the rest of the object together.
    static QJsonObject toJson(const VmRecord& record, bool withGuestFacts = true);
    static QString toText(const VmRecord& record);
    static VmRow toRow(const VmRecord& record);

    static QString stateName(const DomainSnapshot& snapshot);
    /// The guest OS the prediction uses; one taken from libosinfo says so unless @p markSource is false.
    static QString osText(const VmConfig& config, bool markSource = true);

    /// What boots and where each fact came from (BootView), in the JSON's words: the "boot" object and "os_source".
    struct BootSummary
    {
        QString basis;                               ///< "definition" or "metadata"
        QString basisSource;                         ///< one sentence
        QString flavour;                             ///< the device model that boots
        QString deviceModelSource;                   ///< empty on the metadata basis
        QString platformSource;                      ///< empty on the metadata basis
        QString hostXenDevices;                      ///< "yes", "no", "unknown", "not-asked"
        QList<QPair<QString, bool>> vendorArguments; ///< each -device word of a vendor device, and whether it is ours
        QString osSource;                            ///< "guest-agent", "metadata", "libosinfo" or empty (not recorded)
        /// Each guest fact the prediction uses, with its source and age (issue 18); only when asked for.
        std::optional<GuestFacts> facts;
    };
    static BootSummary bootSummary(const VmConfig& config, bool withGuestFacts = false);
};
