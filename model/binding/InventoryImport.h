// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "ParseResult.h"
#include "PnputilDeviceParser.h"
#include "PnputilParser.h"
#include "model/core/GuestObservations.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

class DriverCatalogue;

/// Turns one guest's pnputil outputs (`/enum-drivers`, `/enum-devices /drivers`, either or both) into the driver
/// inventory kept in its metadata (issue 18 item 2): the packages the prediction can use and the Xen devices with
/// the driver bound to each, matched against the catalogue; everything else is counted, not kept.
class InventoryImport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryImport)

public:
    using Result = ParseResult<DriverInventory>;

    /// Reads @p paths (each classified by its content, not its name) as one guest's inventory, taken when the
    /// oldest of them was last modified and imported at @p now. Any file that is not usable pnputil output, or
    /// two outputs of the same command, is an error naming the file; then there is no inventory.
    static Result fromFiles(const QStringList& paths, const DriverCatalogue& catalogue, const QDateTime& now);

    /// The same for outputs already in memory (a guest-exec's), each named for errors and taken at @p taken.
    static Result fromOutputs(const QList<QPair<QString, QByteArray>>& outputs, const DriverCatalogue& catalogue,
                              DriverInventory::Source source, const QDateTime& taken, const QDateTime& now);

    /// The inventory of what the parsers read; either list may be absent (that output was not imported).
    static DriverInventory build(const std::optional<QList<PnputilParser::Package>>& packages,
                                 const std::optional<QList<PnputilDeviceParser::Device>>& devices,
                                 const DriverCatalogue& catalogue);

    /// A device of the Xen PV stack: the platform and vendor PCI devices (vendor 5853) and the devices the PV
    /// bus drivers enumerate (XENBUS\..., XENVIF\..., XEN\...).
    static bool isXenDevice(const QString& instanceId);
};
