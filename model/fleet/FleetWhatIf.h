// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/binding/PreviewOutcome.h"
#include "model/core/ConfigChange.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>
#include <optional>

class BindingEngine;
struct VmConfig;

/// What one proposed change does to one VM's next boot, in one of five classes (issue 20 item 1).
struct WhatIfOutcome
{
    /// From harmless to harmful; a VM lands in the most harmful class its comparison supports.
    enum class Class { Unchanged, Healthy, GuestStep, LosesPv, Breaks };
    static constexpr int kClassCount = 5;

    QString key;
    QString name;
    QString uuid;
    Class cls = Class::Unchanged;
    QString driverBefore;
    QString driverAfter;
    QStringList findingsBefore;
    QStringList findingsAfter;
    QStringList gained;
    QStringList lost;
    /// The uncertain facts the prediction after the change rests on; the VM is counted in its class and marked.
    QStringList uncertainFacts;
    /// Why the change does not apply to this VM (ConfigChange's words); the VM then counts as unchanged.
    QString error;

    bool uncertain() const { return !uncertainFacts.isEmpty(); }
};

/// The fleet what-if: a change previewed on every VM, without writing anything, each VM classified by comparing its
/// next boot before and after (issue 20). Before and after are both the binding engine's prediction of the VM's
/// definition, exactly what `xpctl preview` compares: what the fleet adds about the running guest
/// (XP-NEXT-BOOT-PENDING, XP-PREDICTION-DIFFERS, XP-MIGRATION-UNFINISHED) is not part of the change's effect.
class FleetWhatIf
{
    Q_DECLARE_TR_FUNCTIONS(FleetWhatIf)

public:
    /// Classifies @p changes on the VM @p config (read from its definition); @p before is its prediction without
    /// them when the caller has it already (engine.preview(config)). Thread-safe, as the engine is.
    static WhatIfOutcome evaluate(const BindingEngine& engine, const VmConfig& config,
                                  const QList<ConfigChange>& changes, const PreviewOutcome* before = nullptr);
    /// The class from the two predictions, @p before without and @p after with the change.
    static WhatIfOutcome::Class classify(const PreviewOutcome& before, const PreviewOutcome& after);

    /// The JSON token: unchanged, healthy, guest-step, loses-pv, breaks.
    static QString token(WhatIfOutcome::Class cls);
    static std::optional<WhatIfOutcome::Class> fromToken(const QString& token);
    /// The class in the user's language, for tables and charts.
    static QString text(WhatIfOutcome::Class cls);

    /// @p outcomes and @p hosts (each outcome's connection) sorted alike: the most harmful class first, then by name.
    static void sortWorstFirst(QList<WhatIfOutcome>& outcomes, QStringList& hosts);

    /// How many VMs of @p outcomes fall in each class, and how many of them are marked uncertain.
    struct Counts
    {
        std::array<int, WhatIfOutcome::kClassCount> perClass{};
        std::array<int, WhatIfOutcome::kClassCount> uncertainPerClass{};
        int total() const;
        int uncertain() const;
    };
    static Counts count(const QList<WhatIfOutcome>& outcomes);
};
