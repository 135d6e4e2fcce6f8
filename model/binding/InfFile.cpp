// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InfFile.h"

namespace {
QStringList ddInstallCandidates(QStringView installSection, WindowsVersion::Architecture architecture)
{
    const QString base = installSection.toString();
    return {base + QStringLiteral(".nt") + WindowsVersion::architectureName(architecture), base + QStringLiteral(".nt"),
            base};
}
} // namespace

bool InfFile::hasSection(QStringView name) const
{
    return m_allSections.contains(name.toString().toLower());
}

const InfFile::Section* InfFile::section(QStringView name) const
{
    const auto it = m_sectionIndex.constFind(name.toString().toLower());
    return it == m_sectionIndex.cend() ? nullptr : &m_sections.at(*it);
}

std::optional<InfTargetOs> InfFile::chooseTarget(const Manufacturer& manufacturer, const WindowsVersion& windows) const
{
    // Step 2 of "How Windows processes TargetOSVersion decorations": with no applicable decoration,
    // the undecorated section is the fallback, so it competes as the least specific candidate.
    std::optional<InfTargetOs> best;
    const InfTargetOs undecorated;
    if (undecorated.appliesTo(windows) && hasSection(manufacturer.modelsSection))
        best = undecorated;
    for (const InfTargetOs& target : manufacturer.targets) {
        if (target.appliesTo(windows) && (!best || target.isMoreSpecificThan(*best)))
            best = target;
    }
    return best;
}

QList<InfFile::ModelEntry> InfFile::modelEntries(QStringView modelsSection) const
{
    return m_models.value(modelsSection.toString().toLower());
}

QList<InfFile::ModelEntry> InfFile::modelsFor(const WindowsVersion& windows) const
{
    QList<ModelEntry> entries;
    for (const Manufacturer& manufacturer : m_manufacturers) {
        const std::optional<InfTargetOs> target = chooseTarget(manufacturer, windows);
        if (!target)
            continue;
        const QString name = target->isUndecorated() ? manufacturer.modelsSection
                                                     : manufacturer.modelsSection + QLatin1Char('.') + target->text();
        entries += modelEntries(name);
    }
    return entries;
}

QString InfFile::ddInstallSection(QStringView installSection, WindowsVersion::Architecture architecture) const
{
    for (const QString& candidate : ddInstallCandidates(installSection, architecture)) {
        const auto it = m_allSections.constFind(candidate.toLower());
        if (it != m_allSections.cend())
            return *it;
    }
    return {};
}

bool InfFile::hasNtDDInstall(QStringView installSection, WindowsVersion::Architecture architecture) const
{
    const QString chosen = ddInstallSection(installSection, architecture);
    return chosen.size() > installSection.size();
}

int InfFile::featureScore(QStringView installSection, WindowsVersion::Architecture architecture) const
{
    return m_featureScores.value(ddInstallSection(installSection, architecture).toLower(), kDefaultFeatureScore);
}
