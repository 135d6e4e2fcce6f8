// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DriverRank.h"

#include "model/core/HexText.h"

namespace {
constexpr quint16 kHardwareToCompatible = 0x1000;
constexpr quint16 kCompatibleToHardware = 0x2000;
constexpr quint16 kCompatibleToCompatible = 0x3000;
// Positions beyond these would spill into the next match type's range; no real list gets near them.
constexpr int kMaxPosition = 0xfff;
constexpr int kMaxCompatiblePosition = 0xff;
constexpr int kMaxInfCompatiblePosition = 0xf;

// Placeholder SS values (kSignatureScoresConfirmed is false): only their order is documented.
// For scale, facts §7.2 cite a Vista-era inbox rank of 0x0dff0000 and a modern WHQL one of 0x00CF2000.
constexpr quint8 kTrustedScore = 0x00;
constexpr quint8 kAuthenticodeWhenSignersDifferScore = 0x01;
constexpr quint8 kUnsignedWithNtScore = 0x80;
constexpr quint8 kUnsignedWithoutNtScore = 0xc0;
constexpr quint8 kUnknownScore = 0xff;

bool sameId(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

DriverRank::DriverRank(quint8 signatureScore, quint8 featureScore, quint16 identifierScore)
    : m_value(quint32(signatureScore) << 24 | quint32(featureScore) << 16 | identifierScore)
{}

QString DriverRank::toString() const
{
    return QStringLiteral("0x") + HexText::upperDigits(m_value, 8);
}

DriverRank::IdentifierMatch DriverRank::matchIdentifiers(const QStringList& deviceHardwareIds,
                                                         const QStringList& deviceCompatibleIds,
                                                         const QString& infHardwareId,
                                                         const QStringList& infCompatibleIds)
{
    // The four match types are checked best first; within a type the earliest device position
    // (and then the earliest INF position) gives the lowest score, so the first hit is the best.
    IdentifierMatch match;
    const auto hit = [&](MatchKind kind, quint16 score, int devicePosition, int infPosition, const QString& deviceId,
                         const QString& infId) {
        match = IdentifierMatch{kind, score, devicePosition, infPosition, deviceId, infId};
        return match;
    };
    const int hardwareCount = int(qMin<qsizetype>(deviceHardwareIds.size(), kMaxPosition + 1));
    for (int i = 0; i < hardwareCount; ++i) {
        if (sameId(deviceHardwareIds.at(i), infHardwareId))
            return hit(MatchKind::HardwareToHardware, quint16(i), i, -1, deviceHardwareIds.at(i), infHardwareId);
    }
    for (int i = 0; i < hardwareCount; ++i) {
        for (int k = 0; k < infCompatibleIds.size(); ++k) {
            if (sameId(deviceHardwareIds.at(i), infCompatibleIds.at(k)))
                return hit(MatchKind::HardwareToCompatible, quint16(kHardwareToCompatible + i), i, k,
                           deviceHardwareIds.at(i), infCompatibleIds.at(k));
        }
    }
    const int compatibleCount = int(qMin<qsizetype>(deviceCompatibleIds.size(), kMaxPosition + 1));
    for (int j = 0; j < compatibleCount; ++j) {
        if (sameId(deviceCompatibleIds.at(j), infHardwareId))
            return hit(MatchKind::CompatibleToHardware, quint16(kCompatibleToHardware + j), j, -1,
                       deviceCompatibleIds.at(j), infHardwareId);
    }
    // j + k * 0x100 is smallest for the smallest k first, then the smallest j.
    const int infCount = int(qMin<qsizetype>(infCompatibleIds.size(), kMaxInfCompatiblePosition + 1));
    for (int k = 0; k < infCount; ++k) {
        // UNCONFIRMED numbering: the entry's first compatible ID counts as k = 0.
        const int kScore = kInfCompatibleIdsCountFromZero ? k : k + 1;
        for (int j = 0; j < qMin(compatibleCount, kMaxCompatiblePosition + 1); ++j) {
            if (sameId(deviceCompatibleIds.at(j), infCompatibleIds.at(k)))
                return hit(MatchKind::CompatibleToCompatible, quint16(kCompatibleToCompatible + j + kScore * 0x100), j,
                           k, deviceCompatibleIds.at(j), infCompatibleIds.at(k));
        }
    }
    return match;
}

DriverRank::SignatureClass DriverRank::signatureClass(Signer signer, bool hasNtDDInstall)
{
    switch (signer) {
    case Signer::Whql:
    case Signer::Inbox:
    case Signer::Authenticode: return SignatureClass::Trusted;
    case Signer::Unsigned:
        return hasNtDDInstall ? SignatureClass::UnsignedWithNtDDInstall : SignatureClass::UnsignedWithoutNtDDInstall;
    case Signer::Unknown: return SignatureClass::Unknown;
    }
    return SignatureClass::Unknown;
}

quint8 DriverRank::signatureScore(Signer signer, bool hasNtDDInstall, bool allSignersEqual)
{
    switch (signatureClass(signer, hasNtDDInstall)) {
    case SignatureClass::Trusted:
        return signer == Signer::Authenticode && !allSignersEqual ? kAuthenticodeWhenSignersDifferScore : kTrustedScore;
    case SignatureClass::UnsignedWithNtDDInstall: return kUnsignedWithNtScore;
    case SignatureClass::UnsignedWithoutNtDDInstall: return kUnsignedWithoutNtScore;
    case SignatureClass::Unknown: return kUnknownScore;
    }
    return kUnknownScore;
}

DriverRank::Signer DriverRank::signerFromName(const QString& signerName)
{
    const QString name = signerName.trimmed();
    if (name.isEmpty())
        return Signer::Unknown;
    if (name.compare(QLatin1String("Microsoft Windows Hardware Compatibility Publisher"), Qt::CaseInsensitive) == 0)
        return Signer::Whql;
    if (name.compare(QLatin1String("Microsoft Windows"), Qt::CaseInsensitive) == 0)
        return Signer::Inbox;
    return Signer::Authenticode;
}

QString DriverRank::matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::None: return tr("no match");
    case MatchKind::HardwareToHardware: return tr("hardware ID matches the INF hardware ID");
    case MatchKind::HardwareToCompatible: return tr("hardware ID matches an INF compatible ID");
    case MatchKind::CompatibleToHardware: return tr("compatible ID matches the INF hardware ID");
    case MatchKind::CompatibleToCompatible: return tr("compatible ID matches an INF compatible ID");
    }
    return {};
}

QString DriverRank::signerName(Signer signer)
{
    switch (signer) {
    case Signer::Whql: return tr("WHQL");
    case Signer::Inbox: return tr("inbox");
    case Signer::Authenticode: return tr("Authenticode");
    case Signer::Unsigned: return tr("unsigned");
    case Signer::Unknown: return tr("unknown signature");
    }
    return {};
}
