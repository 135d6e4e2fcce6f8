// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "BootView.h"
#include "Finding.h"
#include "model/core/VmConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

/// The guest facts a prediction uses (OS, release, installed drivers, Windows Update, the driver bound to each Xen
/// device), each with where it came from and how old it is (issue 18 item 3).
///
/// The prediction takes the most direct source: what the guest agent reported, then the imported driver inventory,
/// then what the admin declared in our metadata, then libosinfo's record of the install. Two sources that disagree
/// are a finding that names both; a report or inventory from before the VM's last boot is marked, since the guest
/// may have changed since.
class GuestFacts
{
    Q_DECLARE_TR_FUNCTIONS(GuestFacts)

public:
    enum class Source { GuestAgent, Inventory, Declared, Libosinfo, Default };
    enum class Age {
        /// From this boot of the VM, or timeless (a declaration).
        Current,
        /// From before the VM's last boot, which this console saw.
        OlderThanBoot,
        /// Dated, but the console did not see the VM's last boot: it may or may not be older.
        BootUnknown,
    };

    struct Fact
    {
        /// Stable, for JSON: "os", "release", "drivers", "windows-update", "bound-driver".
        QString key;
        /// Translated label: "Guest OS", "Driver on PCI\VEN_5853&DEV_0001...".
        QString label;
        QString value;
        Source source = Source::Default;
        /// When the source said it; invalid for declarations and libosinfo, which carry no date.
        QDateTime at;
        Age age = Age::Current;
        /// What the other sources say where they differ from value: "declared in xpconsole's metadata: Windows 10".
        QStringList disagreements;
    };

    static GuestFacts of(const VmConfig& config, const BootView& boot);

    const QList<Fact>& facts() const { return m_facts; }
    const QList<Finding>& findings() const { return m_findings; }
    const QStringList& uncertainFacts() const { return m_uncertain; }
    /// Whether apply() changes anything: the agent or the inventory says more than the metadata and libosinfo.
    bool changesConfig() const { return m_agentOs.has_value() || m_inventoryDrivers.has_value(); }
    /// Brings @p effective (BootView's) to what the guest reported: the agent's OS and release, the inventory's
    /// installed packages.
    void apply(VmConfig& effective) const;
    /// Where the OS the prediction uses comes from.
    Source osSource() const { return m_osSource; }

    /// The driver the inventory says is bound to @p device: "xenbus.inf 9.1.0.350 (xcpng-tools-8.3)", or why none
    /// is ("no driver (problem 28)").
    static QString boundDriverText(const InventoryDevice& device);
    /// "guest-agent", "inventory", "metadata", "libosinfo", "default".
    static QString sourceName(Source source);
    /// One translated phrase: "reported by the guest agent", "imported (dc-01.txt)", "declared in xpconsole's
    /// metadata"...
    static QString sourceText(Source source, const VmConfig& config);
    /// "3 h ago", "2 d ago", translated; empty for an invalid time.
    static QString ageText(const QDateTime& at, const QDateTime& now);
    static QString ageName(Age age);

    /// The OS, release and edition the agent's report stands for; nullopt when it reported nothing usable.
    struct AgentOs
    {
        GuestOs os = GuestOs::Unknown;
        QString release;
        bool server = false;
        /// Set when the release is a distribution's kernel whose upstream version the report does not give.
        QString uncertainty;
    };
    static std::optional<AgentOs> agentOs(const AgentReport& report);

private:
    Age ageOf(const QDateTime& at, const VmConfig& config) const;
    void readOs(const VmConfig& config, const BootView& boot);
    void readDrivers(const VmConfig& config);
    void readBoundDrivers(const VmConfig& config);
    void noteAge(const Fact& fact, const QString& what);

    QList<Fact> m_facts;
    QList<Finding> m_findings;
    QStringList m_uncertain;
    Source m_osSource = Source::Default;
    std::optional<AgentOs> m_agentOs;
    std::optional<QStringList> m_inventoryDrivers;
};
