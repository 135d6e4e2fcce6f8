// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainPush.h"
#include "device/Flavour.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Fleet;

/// The commands of a push that libvirt cannot run (RealizationPlan::hostCommands), as shell scripts the admin can
/// review, keep and run: one for dom0 of the connection's host (the xenstore commands of every VM, grouped under a
/// comment per VM) and one for the pool master (the xe commands). Every word is single-quoted unless it is plainly
/// safe, so names and values reach the programs literally; comments never carry a line break of a VM's name.
///
/// Also knows which VMs of the host a push reaches beyond its own: the xenstore keys are host-wide.
class PlanScript
{
    Q_DECLARE_TR_FUNCTIONS(PlanScript)

public:
    enum class Target {
        /// xenstore commands, in dom0 of the host that runs the VMs.
        Dom0,
        /// xe commands, on the pool master of that host's pool.
        PoolMaster,
    };

    /// One VM of the connection, as far as the host-wide keys care.
    struct HostVm
    {
        QString uuid;
        QString name;
        xp::device::Flavour flavour = xp::device::Flavour::QemuUpstream;
    };

    struct Script
    {
        Target target = Target::Dom0;
        /// A file name to suggest, e.g. "xpconsole-plan-xen3-dom0.sh".
        QString fileName;
        /// The VMs with commands in this script, in push order.
        QStringList vms;
        QString text;
    };

    static Target targetOf(const HostCommand& command);
    /// Whether a device model of @p flavour reads the xenstore blacklist keys in dom0 (qemu-traditional and
    /// XenServer's old device model do; upstream QEMU never does).
    static bool readsHostKeys(xp::device::Flavour flavour);
    /// Whether @p item, if written, comes with xenstore commands: keys every such VM of the host reads.
    static bool writesHostKeys(const PushItem& item);
    /// Every VM @p fleet lists.
    static QList<HostVm> hostVms(const Fleet& fleet);
    /// The VMs of @p vms that are not among @p items and read the keys the items' xenstore commands write, sorted;
    /// empty when the items write none.
    static QStringList hostWideReaders(const QList<PushItem>& items, const QList<HostVm>& vms);

    /// The scripts for the host commands of @p items that can be written, on the connection @p uri, dated @p at;
    /// @p readers (hostWideReaders) are named in the dom0 script's header. No script for a target without commands.
    static QList<Script> build(const QString& uri, const QList<PushItem>& items, const QDateTime& at,
                               const QStringList& readers = {});
    /// All of @p scripts in one text (for the clipboard), each still a complete script under a banner that says
    /// where it runs.
    static QString joined(const QList<Script>& scripts);

    /// @p word as one POSIX shell word: bare when it holds only characters no shell treats specially, else in
    /// single quotes. A first word (@p command) is never left bare with a '=', which would make it an assignment.
    static QString quoted(const QString& word, bool command = false);
    static QString commandLine(const QStringList& argv);
};
