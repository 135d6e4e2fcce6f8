// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "InfTargetOs.h"
#include "WindowsVersion.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <optional>

/// A parsed driver INF (made by InfParser): the [Version] facts, the manufacturers with their
/// TargetOSVersion decorations, the Models entries and the FeatureScore of each DDInstall section.
/// Every value has its %strkey% tokens already replaced from the [Strings] section chosen at parse time.
///
/// Only the sections driver selection reads are kept line by line (Version, the chosen Strings,
/// Manufacturer, the Models and DDInstall sections they name), so a huge INF costs little memory;
/// sectionNames() still lists every section.
class InfFile
{
public:
    /// One logical line: `key = value, value...` or just `value, value...`.
    struct Line
    {
        QString key;
        QStringList values;
        int lineNumber = 0;
        bool hasKey = false;
    };

    struct Section
    {
        QString name; ///< as first written
        int lineNumber = 0;
        QList<Line> lines;
    };

    struct Manufacturer
    {
        QString name;
        QString modelsSection;
        /// The decorations Windows understands; the undecorated section is always a candidate too.
        QList<InfTargetOs> targets;
        /// Decorations Windows would ignore (malformed, unknown architecture, BuildNumber too low).
        QStringList ignoredTargets;
        int lineNumber = 0;
    };

    /// `description = install-section, hardware-id[, compatible-id...]`.
    struct ModelEntry
    {
        QString modelsSection;
        QString description;
        QString installSection;
        QString hardwareId;
        QStringList compatibleIds;
        int lineNumber = 0;
    };

    /// Windows' default when a DDInstall section has no FeatureScore directive.
    static constexpr int kDefaultFeatureScore = 0xFF;

    const QString& fileName() const { return m_fileName; }
    /// Every section name in file order, as first written.
    const QStringList& sectionNames() const { return m_sectionNames; }
    bool hasSection(QStringView name) const;
    /// Case-insensitive; null for an absent section or one that driver selection does not read.
    const Section* section(QStringView name) const;

    /// The [Strings] section used for substitution ("Strings", "Strings.0407", or empty if none).
    const QString& stringsSection() const { return m_stringsSection; }

    const QString& signature() const { return m_signature; }
    const QString& className() const { return m_className; }
    const QString& classGuid() const { return m_classGuid; }
    const QString& provider() const { return m_provider; }
    const QString& catalogFile() const { return m_catalogFile; }
    std::optional<int> pnpLockdown() const { return m_pnpLockdown; }
    /// Invalid when the INF has no DriverVer.
    QDate driverDate() const { return m_driverDate; }
    /// Null when DriverVer gives no version.
    const QVersionNumber& driverVersion() const { return m_driverVersion; }

    const QList<Manufacturer>& manufacturers() const { return m_manufacturers; }
    /// The decoration Windows @p windows chooses for @p manufacturer, or nothing when none applies
    /// (then this INF installs nothing from that manufacturer there).
    std::optional<InfTargetOs> chooseTarget(const Manufacturer& manufacturer, const WindowsVersion& windows) const;
    /// The entries of one Models section (case-insensitive name), in file order.
    QList<ModelEntry> modelEntries(QStringView modelsSection) const;
    /// Every entry Windows @p windows would consider: for each manufacturer, the entries of its
    /// best-matching decorated Models section.
    QList<ModelEntry> modelsFor(const WindowsVersion& windows) const;

    /// The DDInstall section Windows processes for @p installSection on @p architecture:
    /// <section>.NT<architecture>, else <section>.NT, else <section> (creating-inf-files-for-multiple-
    /// platforms-and-operating-systems). Empty when none exists.
    QString ddInstallSection(QStringView installSection, WindowsVersion::Architecture architecture) const;
    /// Whether that section carries a .NT (or .NT<architecture>) extension; this moves an unsigned
    /// driver into the better of the two unsigned signature classes (facts §7.2).
    bool hasNtDDInstall(QStringView installSection, WindowsVersion::Architecture architecture) const;
    /// FeatureScore of that DDInstall section, kDefaultFeatureScore when it has none.
    int featureScore(QStringView installSection, WindowsVersion::Architecture architecture) const;

private:
    friend class InfParser;

    QString m_fileName;
    QStringList m_sectionNames;
    QList<Section> m_sections;
    QHash<QString, qsizetype> m_sectionIndex; ///< lower-case name -> m_sections
    QHash<QString, QString> m_allSections;    ///< lower-case name -> name as first written
    QString m_stringsSection;
    QString m_signature;
    QString m_className;
    QString m_classGuid;
    QString m_provider;
    QString m_catalogFile;
    std::optional<int> m_pnpLockdown;
    QDate m_driverDate;
    QVersionNumber m_driverVersion;
    QList<Manufacturer> m_manufacturers;
    QHash<QString, QList<ModelEntry>> m_models; ///< lower-case models section -> entries
    QHash<QString, int> m_featureScores;        ///< lower-case DDInstall section -> FeatureScore
};
