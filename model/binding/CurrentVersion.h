// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <optional>

/// One product line of the catalogue's current-versions table (data/drivers/catalogue.json "currentVersions",
/// docs/catalogue.md "Current versions"): the catalogue packages that are builds of one Windows PV driver product,
/// and the product's newest public release as its sources say. The fleet report compares installed packages with it.
struct CurrentVersion
{
    /// A driver version below which a build is certainly older than the current release: the bus driver's DriverVer
    /// of a release no newer than the current one (XSA-468's fix, for instance). Catalogue packages model a family of
    /// builds without a product version, so a verdict needs the guest's own driver version, compared with this.
    struct DriverFloor
    {
        QVersionNumber version;
        /// The product release known to carry it ("9.4.1"); empty when the sources name none.
        QString release;
        /// One English sentence: why a build below it is outdated, with its source.
        QString fact;
        /// Set when the floor itself is not confirmed; a verdict resting on it is then uncertain.
        QString uncertain;
    };

    /// Stable id of the line ("xenserver-vmtools"); report output names it.
    QString line;
    QString name;
    /// Catalogue package ids (Windows only), each in one line at most.
    QStringList packages;
    /// False when the product gets no more releases: every build of it is outdated.
    bool maintained = false;
    /// The newest public release, as written ("9.4.2"); empty when the line is not maintained.
    QString current;
    std::optional<QDate> released;
    /// Not maintained: the last release the sources name, as written; may be empty.
    QString lastRelease;
    /// Not maintained: the line that replaces it, if the sources name one.
    QString successor;
    /// The driver whose DriverVer is compared with outdatedBelow and currentDriverVersion: the INF the line's packages
    /// model ("xenbus"). Empty when the line gives neither.
    QString driver;
    std::optional<DriverFloor> outdatedBelow;
    /// The bus driver's DriverVer in the current release, where a source publishes it: a build at or above it is
    /// current. Null when not published.
    QVersionNumber currentDriverVersion;
    QString source;
    QStringList uncertain;
};
