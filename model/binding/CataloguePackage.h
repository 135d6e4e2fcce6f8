// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DriverRank.h"
#include "InfFile.h"
#include "model/core/VmConfig.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

/// One driver package of the catalogue (data/drivers/catalogue.json, docs/catalogue.md).
struct CataloguePackage
{
    /// How the package's driver talks to the unplug ports (device/GuestHandshake).
    enum class Handshake { None, LegacyCitrix, Xenbus, XenDoc, Linux, FreeBsd, NetBsd };

    /// A non-Windows driver's PCI id table entry (vendor 0x5853).
    struct Binding
    {
        quint16 deviceId = 0;
        /// Mainline release that first matches; empty: every kernel.
        QVersionNumber minKernel;
        /// Stable releases that got the change earlier (same major.minor, this patch level or later).
        QList<QVersionNumber> backports;
        /// Stable series the change was queued for (AUTOSEL) without a confirmed release: the version given is the
        /// earliest that could have it, and whether it does is not known.
        QList<QVersionNumber> unconfirmedBackports;
        bool uncertain = false;
    };

    QString id;
    QString name;
    GuestOs os = GuestOs::Unknown;
    /// Driver stacks conflict when two different ones are active (citrix-legacy, xenbus, linux...).
    QString stack;
    QString infFileName;
    InfFile inf;
    /// Windows: another INF the package may have shipped where the sources leave its IDs open (facts §10.6), and
    /// the fact that decides between them; the prediction uses inf and says what this one would change.
    std::optional<InfFile> alternativeInf;
    QString alternativeFact;
    DriverRank::Signer signer = DriverRank::Signer::Unknown;
    QStringList rootEnumerated;

    Handshake handshake = Handshake::None;
    quint16 product = 0;
    quint32 build = 0;
    QVersionNumber xenbusVersion;
    /// xenbus: whether the build, when the recorded active device is gone, forces the highest-precedence device
    /// active (win-xenbus FORCE_ACTIVATE, xcp-ng/win-xenbus e6951ae 2025-08; facts §10.3) or keeps every
    /// instance inactive. Unknown where the builder's choice is not public: the prediction then shows both.
    enum class ForceActivate { Unknown, No, Yes };
    ForceActivate forceActivate = ForceActivate::Unknown;

    bool published = false;
    QStringList wuTargets;

    QList<Binding> binds;
    /// Non-Windows: the PV drivers run on any platform device, the PCI driver of binds only adds to them (FreeBSD's
    /// xenpv attaches under nexus and xenpci only wires a fallback interrupt, facts §10.4).
    bool pvWithoutPciDriver = false;

    QString source;
    QStringList uncertain;
    /// The same facts as a prediction names them, "package: fact", made once when the package is added to a
    /// catalogue: every Windows prediction names several.
    QStringList uncertainNamed;
    /// Imported by the user (an .inf file or pnputil output) rather than shipped.
    bool imported = false;
    /// A package nobody ships, described to evaluate a strategy (data/strategies): no guest has it installed, it
    /// reaches a VM only through a previewed Windows Update publication (wu-publish+=).
    bool whatIf = false;
    /// Windows: driver stacks whose presence in the guest makes this package's installer refuse to install it (the
    /// guard XCP-ng's tools were to get against Citrix drivers, xcp-ng/xcp issue 181).
    QStringList refusesOverStacks;

    bool isUncertain() const { return !uncertain.isEmpty(); }
    bool isWindows() const { return os == GuestOs::Windows; }
    /// Whether a kernel of @p release matches @p binding: mainline minimum or a confirmed stable backport (Yes), only
    /// through a backport whose release is not confirmed (Unconfirmed), or not at all.
    enum class KernelMatch { No, Yes, Unconfirmed };
    static KernelMatch kernelMatch(const Binding& binding, const QVersionNumber& release);
};
