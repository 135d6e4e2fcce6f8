// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/ConfigChange.h"
#include "model/core/DomainSnapshot.h"
#include "model/core/RealizationPlan.h"
#include "model/core/VmConfig.h"
#include "model/libvirt/LibvirtResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class LibvirtSession;

/// One VM's share of a push, prepared and not yet written: what was read, what would be written and why it
/// cannot be, if so.
struct PushItem
{
    QString uuid;
    QString name;
    /// The domain runs: the change waits for a power-off and a fresh start.
    bool running = false;
    /// The inactive XML the change is based on; the define is refused unless libvirt still has exactly this.
    QString originalXml;
    VmConfig baseline;
    VmConfig edited;
    /// The changes asked for (empty when the edited configuration came from elsewhere, e.g. the GUI).
    QList<ConfigChange> changes;
    /// The XML to define, the diff against originalXml (empty when equal), and what is realized how.
    QString newXml;
    QString diff;
    RealizationPlan plan;
    /// Why this VM cannot take the change; empty when it can. Nothing is written to a refused VM.
    QString refusal;

    bool canWrite() const { return refusal.isEmpty(); }
    bool hasChanges() const { return canWrite() && newXml != originalXml; }
};

/// What happened to one PushItem.
struct PushResult
{
    enum class Status {
        /// Defined, read back, every field as written.
        Verified,
        /// Nothing to write: the XML would not change.
        Unchanged,
        /// The VM could not take the change (PushItem::refusal); nothing was written.
        Refused,
        /// The domain changed since it was read; nothing was written, the user's change is in item.
        Conflict,
        /// The connection is read-only; refused before libvirt.
        ReadOnly,
        /// libvirt failed; message has its answer.
        Failed,
        /// Defined, but the read-back lost or changed fields (problems lists them).
        NotKept,
        /// The user cancelled the run before this VM's turn; nothing was written.
        Cancelled,
    };

    Status status = Status::Unchanged;
    QString message;
    /// After a define the XML libvirt stored; after a conflict the XML found instead of the expected one.
    QString storedXml;
    /// Every field that libvirt dropped or changed, one translated sentence each.
    QStringList problems;
    /// The change waits for the VM to be powered off and started again.
    bool needsPowerCycle = false;
    /// The item as prepared; on a conflict this is the user's change, kept to be prepared again.
    PushItem item;
};

/// The push of PRODUCT §7 on one libvirt session: read the inactive XML, patch (DomainPatcher), diff
/// (UnifiedDiff), define only if the XML is still what was read (LibvirtSession::defineIfUnchanged), read back
/// and verify every field written. prepare*() never writes; commit() writes one prepared item.
class DomainPush
{
    Q_DECLARE_TR_FUNCTIONS(DomainPush)

public:
    explicit DomainPush(LibvirtSession& session);

    /// Reads the domain's state and inactive XML now and prepares @p changes on it.
    PushItem prepare(const QString& uuid, const QList<ConfigChange>& changes);
    /// Prepares @p changes on @p snapshot's inactive XML (from a listing).
    PushItem prepare(const DomainSnapshot& snapshot, const QList<ConfigChange>& changes) const;
    /// Prepares an edited configuration (the GUI's editors) on the inactive XML it was read from.
    PushItem prepareEdited(const DomainSnapshot& snapshot, const VmConfig& edited) const;
    /// The same changes on many VMs, each with its own diff; the refused ones say why, before anything runs.
    QList<PushItem> prepareAll(const QList<DomainSnapshot>& domains, const QList<ConfigChange>& changes) const;

    /// Writes @p item: defineIfUnchanged, then verify() on what libvirt stored.
    PushResult commit(const PushItem& item);

    /// The preparations above without a session, for callers whose libvirt calls run elsewhere (the GUI's
    /// LibvirtConnection): @p uri decides the command-line dialect.
    static PushItem prepareOn(const QString& uri, const DomainSnapshot& snapshot, const QList<ConfigChange>& changes);
    static PushItem prepareEditedOn(const QString& uri, const DomainSnapshot& snapshot, const VmConfig& edited);
    /// What commit() reports before anything is written: Refused or Unchanged; nullopt when @p item must be
    /// defined.
    static std::optional<PushResult> judgeBeforeDefine(const PushItem& item);
    /// What commit() reports once libvirt answered the define of @p item with @p defined.
    static PushResult judgeDefine(const PushItem& item, const LibvirtResult& defined);

    /// Every field of @p item that @p storedXml does not hold as written: our metadata fields, our
    /// command-line arguments, foreign arguments and foreign metadata (which must not change).
    static QStringList verify(const PushItem& item, const QString& storedXml);

    /// "takes effect after the VM is powered off and started again", translated.
    static QString powerCycleNote();

private:
    static PushItem prepareWith(const QString& uri, const DomainSnapshot& snapshot, const QList<ConfigChange>& changes,
                                const VmConfig* edited);

    LibvirtSession& m_session;
};
