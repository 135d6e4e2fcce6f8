// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "Finding.h"
#include "PreviewOutcome.h"
#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/// Whether the prediction came true (issue 18 item 4): the driver the guest's own inventory says is bound to each
/// Xen PCI device, compared with the driver the console predicts for the boot that inventory describes.
///
/// Only an inventory of the current boot can check anything: one older than the VM's last boot describes an earlier
/// one, and a running VM whose definition changed since its start boots something else next time.
class PredictionCheck
{
    Q_DECLARE_TR_FUNCTIONS(PredictionCheck)

public:
    enum class State { Unchecked, Confirmed, Differs };

    struct Device
    {
        /// The device's most specific hardware ID, "PCI\VEN_5853&DEV_0001&SUBSYS_00015853&REV_01".
        QString hardwareId;
        /// The catalogue package predicted to bind it; empty: none.
        QString predicted;
        /// The catalogue package the inventory shows bound; empty: none, or one the catalogue does not know (then
        /// observedDriver names it).
        QString observed;
        /// The bound driver as the inventory names it ("xenbus.inf 9.1.0.21"), or why none is ("no driver").
        QString observedDriver;
        /// The device was exposed in the prediction (false: only the guest listed it) and listed by the guest.
        bool predictedExposed = true;
        bool listedByGuest = true;
        bool matches = false;
    };

    State state = State::Unchecked;
    /// Why nothing was checked, or one sentence on the result; empty when there is no inventory (see text()).
    QString summary;
    QList<Device> devices;
    /// The console did not see the VM's last boot: the inventory is taken to describe it.
    bool bootUnknown = false;
    QDateTime inventoryTaken;

    /// Compares @p config's inventory with @p outcome, the prediction for @p config's current definition;
    /// @p pendingChanges (NextBoot) says the running VM's next boot differs from the one that runs.
    static PredictionCheck of(const VmConfig& config, const PreviewOutcome& outcome, const QStringList& pendingChanges);

    /// "unchecked", "confirmed", "differs".
    static QString stateName(State state);
    /// summary, or the sentence for a VM without an inventory of its devices.
    QString text() const;
    /// The finding for a check that differs (XP-PREDICTION-DIFFERS); nullopt otherwise.
    std::optional<Finding> finding() const;
};
