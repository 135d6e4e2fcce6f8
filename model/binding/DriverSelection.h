// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DriverRank.h"
#include "InfFile.h"
#include "WindowsVersion.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

/// Picks the driver Windows installs on one device from a set of driver packages, the way
/// facts §7.2 describe it: every matching INF Models entry is a candidate with a rank; the lowest
/// rank wins, ties go to the newer DriverVer date, then to the higher DriverVer version, and any
/// remaining tie is arbitrary. The whole candidate table is returned so the UI can explain the choice.
class DriverSelection
{
    Q_DECLARE_TR_FUNCTIONS(DriverSelection)

public:
    /// A driver package available to the device (in the driver store or offered by Windows Update).
    struct Package
    {
        QString id; ///< catalogue id or published name, shown to the user
        InfFile inf;
        DriverRank::Signer signer = DriverRank::Signer::Unknown;
    };

    /// Why a candidate won or lost.
    enum class Outcome {
        Selected,            ///< best rank, or won a tie on date or version
        SelectedArbitrarily, ///< tied with another candidate on rank, date and version; listed first
        WorseRank,           ///< a lower rank won
        OlderDate,           ///< same rank, the winner's DriverVer date is newer
        LowerVersion,        ///< same rank and date, the winner's DriverVer version is higher
        ArbitraryTie,        ///< same rank, date and version as the winner; Windows' pick is arbitrary
    };

    struct Candidate
    {
        QString packageId;
        QString infFileName;
        InfFile::ModelEntry entry;
        DriverRank::IdentifierMatch match;
        DriverRank::Signer signer = DriverRank::Signer::Unknown;
        bool hasNtDDInstall = false;
        DriverRank rank;
        QDate date;
        QVersionNumber version;
        Outcome outcome = Outcome::WorseRank;
        /// One translated sentence for the table's tooltip.
        QString reason;
    };

    struct Result
    {
        /// Best first; the first one is the selected driver when there is any.
        QList<Candidate> candidates;
        /// The winner was picked among equals (Outcome::SelectedArbitrarily).
        bool arbitrary = false;
        /// Some identifier score in the table rests on the UNCONFIRMED INF compatible-ID numbering
        /// (DriverRank::kInfCompatibleIdNumberingConfirmed). The SS byte of every rank is a placeholder
        /// anyway (DriverRank::kSignatureScoresConfirmed), but only its documented order decides.
        bool dependsOnUnconfirmedFacts = false;

        bool hasSelection() const { return !candidates.isEmpty(); }
        const Candidate& selected() const { return candidates.constFirst(); }
    };

    /// Ranks every Models entry of @p packages that Windows @p windows reads (TargetOSVersion
    /// decorations, DDInstall platform extensions) against the device's ID lists.
    /// @p allSignersEqual is the AllSignersEqual policy (default on since Windows 7).
    static Result select(const QStringList& hardwareIds, const QStringList& compatibleIds,
                         const QList<Package>& packages, const WindowsVersion& windows, bool allSignersEqual = true);

    static QString outcomeName(Outcome outcome);
};
