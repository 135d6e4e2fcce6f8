// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// A Windows driver rank 0xSSGGTHHH: signature score << 24 + feature score << 16 + identifier score;
/// lower is better (facts §7.2, MicrosoftDocs how-setup-ranks-drivers, identifier-score,
/// signature-score and feature-score pages).
class DriverRank
{
    Q_DECLARE_TR_FUNCTIONS(DriverRank)

public:
    /// How a driver package is signed, as far as the console can know it.
    enum class Signer {
        Whql,         ///< Windows Hardware Compatibility Publisher (WHQL, attestation)
        Inbox,        ///< shipped with Windows
        Authenticode, ///< a trusted third-party code-signing certificate
        Unsigned,     ///< no valid signature
        Unknown,      ///< signing state not known
    };

    /// The four signature classes of the signature-score page, best first.
    enum class SignatureClass {
        Trusted,                    ///< WHQL, inbox, Windows SE or trusted Authenticode
        UnsignedWithNtDDInstall,    ///< no valid signature, installed by a DDInstall section with .nt
        UnsignedWithoutNtDDInstall, ///< no valid signature, DDInstall section without .nt
        Unknown,                    ///< not signed, or signing state unknown
    };

    /// The four identifier match types, best first.
    enum class MatchKind {
        None,
        HardwareToHardware,     ///< device hardware ID = INF hardware ID: 0x0000 + device position
        HardwareToCompatible,   ///< device hardware ID = INF compatible ID: 0x1000 + device position
        CompatibleToHardware,   ///< device compatible ID = INF hardware ID: 0x2000 + device position
        CompatibleToCompatible, ///< device compatible ID = INF compatible ID: 0x3000 + j + k * 0x100
    };

    /// The best identifier match of one INF Models entry against a device.
    struct IdentifierMatch
    {
        MatchKind kind = MatchKind::None;
        quint16 score = 0;
        /// Position in the device's hardware-ID list (hardware kinds) or compatible-ID list.
        int devicePosition = -1;
        /// -1 for the entry's hardware ID, otherwise the index among its compatible IDs.
        int infPosition = -1;
        QString deviceId;
        QString infId;

        bool matched() const { return kind != MatchKind::None; }
        /// True when the score depends on how the entry's compatible IDs are numbered (k) while that numbering
        /// is unconfirmed (kInfCompatibleIdNumberingConfirmed); settled since facts §10.7.
        bool dependsOnUnconfirmedNumbering() const
        {
            return kind == MatchKind::CompatibleToCompatible && !kInfCompatibleIdNumberingConfirmed;
        }
        bool operator==(const IdentifierMatch&) const = default;
    };

    /// The first compatible ID of an INF Models entry has k = 0 (its hardware ID being position 0): Microsoft's
    /// "Driver Rank Example" scores INF_CID_1 as 0x3000 + j (facts §10.7, settling what §7.2 left open).
    static constexpr bool kInfCompatibleIdsCountFromZero = true;
    static constexpr bool kInfCompatibleIdNumberingConfirmed = true;
    /// UNCONFIRMED (facts §7.2): Microsoft documents only the order of the signature classes, not
    /// their SS values, so signatureScore() returns ordered placeholders.
    static constexpr bool kSignatureScoresConfirmed = false;

    DriverRank() = default;
    DriverRank(quint8 signatureScore, quint8 featureScore, quint16 identifierScore);

    quint32 value() const { return m_value; }
    quint8 signatureScore() const { return quint8(m_value >> 24); }
    quint8 featureScore() const { return quint8(m_value >> 16); }
    quint16 identifierScore() const { return quint16(m_value); }
    /// "0x00FE3001", the spelling of setupapi.dev.log.
    QString toString() const;

    auto operator<=>(const DriverRank&) const = default;

    /// The best (lowest) identifier score of the Models entry (@p infHardwareId, @p infCompatibleIds)
    /// against a device's ID lists; matching ignores case. MatchKind::None when nothing matches.
    static IdentifierMatch matchIdentifiers(const QStringList& deviceHardwareIds,
                                            const QStringList& deviceCompatibleIds, const QString& infHardwareId,
                                            const QStringList& infCompatibleIds);
    static SignatureClass signatureClass(Signer signer, bool hasNtDDInstall);
    /// Placeholder SS value of a class; only the order is documented (kSignatureScoresConfirmed).
    /// With @p allSignersEqual off (the AllSignersEqual policy, on by default since Windows 7),
    /// a Microsoft signature (WHQL, inbox) beats Authenticode.
    static quint8 signatureScore(Signer signer, bool hasNtDDInstall, bool allSignersEqual = true);
    /// Maps the "Signer name" pnputil prints. The two Microsoft names are the ones Windows shows for
    /// WHQL and inbox packages (observed, not a documented contract); any other name is Authenticode,
    /// and an empty name is Unknown.
    static Signer signerFromName(const QString& signerName);

    static QString matchKindName(MatchKind kind);
    static QString signerName(Signer signer);

private:
    quint32 m_value = 0;
};
