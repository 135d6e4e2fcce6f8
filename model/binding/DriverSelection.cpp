// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DriverSelection.h"

#include <algorithm>

namespace {
/// Negative when @p a is the better candidate. A missing date or version counts as the oldest.
int compareCandidates(const DriverSelection::Candidate& a, const DriverSelection::Candidate& b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    if (a.date != b.date) {
        if (!a.date.isValid())
            return 1;
        if (!b.date.isValid())
            return -1;
        return a.date > b.date ? -1 : 1;
    }
    const int versionOrder = QVersionNumber::compare(a.version, b.version);
    if (versionOrder != 0)
        return versionOrder > 0 ? -1 : 1;
    return 0;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : DriverSelection::tr("no date");
}
} // namespace

DriverSelection::Result DriverSelection::select(const QStringList& hardwareIds, const QStringList& compatibleIds,
                                                const QList<Package>& packages, const WindowsVersion& windows,
                                                bool allSignersEqual)
{
    Result result;
    for (const Package& package : packages) {
        for (const InfFile::ModelEntry& entry : package.inf.modelsFor(windows)) {
            const DriverRank::IdentifierMatch match =
                DriverRank::matchIdentifiers(hardwareIds, compatibleIds, entry.hardwareId, entry.compatibleIds);
            if (!match.matched())
                continue;
            Candidate candidate;
            candidate.packageId = package.id;
            candidate.infFileName = package.inf.fileName();
            candidate.entry = entry;
            candidate.match = match;
            candidate.signer = package.signer;
            candidate.hasNtDDInstall = package.inf.hasNtDDInstall(entry.installSection, windows.architecture());
            const int feature = package.inf.featureScore(entry.installSection, windows.architecture());
            candidate.rank =
                DriverRank(DriverRank::signatureScore(package.signer, candidate.hasNtDDInstall, allSignersEqual),
                           quint8(feature), match.score);
            candidate.date = package.inf.driverDate();
            candidate.version = package.inf.driverVersion();
            result.dependsOnUnconfirmedFacts =
                result.dependsOnUnconfirmedFacts || match.dependsOnUnconfirmedNumbering();
            result.candidates.append(candidate);
        }
    }
    if (result.candidates.isEmpty())
        return result;
    // Stable, so among complete equals the package listed first stays first: that is the one the
    // table names, while Windows' own pick is arbitrary.
    std::stable_sort(result.candidates.begin(), result.candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return compareCandidates(a, b) < 0; });

    Candidate& winner = result.candidates.first();
    for (qsizetype i = 1; i < result.candidates.size(); ++i) {
        Candidate& loser = result.candidates[i];
        if (loser.rank != winner.rank) {
            loser.outcome = Outcome::WorseRank;
            loser.reason = tr("Rank %1 is worse than the selected driver's %2 (lower ranks win).")
                               .arg(loser.rank.toString(), winner.rank.toString());
        } else if (loser.date != winner.date) {
            loser.outcome = Outcome::OlderDate;
            loser.reason = tr("Same rank %1, but its DriverVer date %2 is older than %3.")
                               .arg(loser.rank.toString(), dateText(loser.date), dateText(winner.date));
        } else if (loser.version != winner.version) {
            loser.outcome = Outcome::LowerVersion;
            loser.reason = tr("Same rank %1 and date %2, but its DriverVer version %3 is lower than %4.")
                               .arg(loser.rank.toString(), dateText(loser.date), loser.version.toString(),
                                    winner.version.toString());
        } else {
            loser.outcome = Outcome::ArbitraryTie;
            loser.reason = tr("Ties with the selected driver on rank %1, date and version; Windows may pick "
                              "either.")
                               .arg(loser.rank.toString());
            result.arbitrary = true;
        }
    }
    winner.outcome = result.arbitrary ? Outcome::SelectedArbitrarily : Outcome::Selected;
    if (result.arbitrary) {
        winner.reason = tr("Selected among equals: another candidate has the same rank %1, date and version, so "
                           "Windows' choice is arbitrary.")
                            .arg(winner.rank.toString());
    } else if (result.candidates.size() > 1 && result.candidates.at(1).rank == winner.rank) {
        winner.reason = tr("Selected: rank %1 ties, and its DriverVer is newer.").arg(winner.rank.toString());
    } else {
        winner.reason = tr("Selected: rank %1 is the lowest (%2).")
                            .arg(winner.rank.toString(), DriverRank::matchKindName(winner.match.kind));
    }
    return result;
}

QString DriverSelection::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Selected: return tr("selected");
    case Outcome::SelectedArbitrarily: return tr("selected (arbitrary tie)");
    case Outcome::WorseRank: return tr("worse rank");
    case Outcome::OlderDate: return tr("older date");
    case Outcome::LowerVersion: return tr("lower version");
    case Outcome::ArbitraryTie: return tr("arbitrary tie");
    }
    return {};
}
