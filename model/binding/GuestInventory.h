// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "PnputilParser.h"
#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class DriverCatalogue;

/// A guest's driver store as `pnputil /enum-drivers` printed it, matched against the catalogue, so that
/// the preview starts from what is really installed.
class GuestInventory
{
    Q_DECLARE_TR_FUNCTIONS(GuestInventory)

public:
    struct Match
    {
        PnputilParser::Package package;
        /// The catalogue package it is, or empty when none fits.
        QString catalogueId;
        /// Why it matched or did not, one translated sentence.
        QString reason;
    };

    /// Matches by provider (as the INF's Provider string), class GUID where pnputil prints one, and the
    /// DriverVer major version; among several the one with the nearest version wins.
    static QList<Match> match(const QList<PnputilParser::Package>& packages, const DriverCatalogue& catalogue);

    /// Sets the guest's installed packages to the matched catalogue ids (each once, in store order) and
    /// returns the ids that were added.
    static QStringList importInto(VmConfig& config, const QList<Match>& matches);
};
