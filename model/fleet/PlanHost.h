// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QCoreApplication>
#include <QString>

/// Which machine the commands of a push plan run on, named from the connection's URI, so that "run on the host"
/// says which host: qemu+ssh://root@xen3/system is xen3, a local URI (xen:///system) this machine, libvirt's test
/// driver the demo node. xe commands go to the pool master of that host's pool, which a libvirt URI cannot name.
class PlanHost
{
    Q_DECLARE_TR_FUNCTIONS(PlanHost)

public:
    /// The host's name: the URI's host, this machine's host name for a local URI, or the connection's display name
    /// for the test driver ("demo node").
    static QString name(const QString& uri);
    /// Whether @p uri is libvirt's test driver: no real host runs anything for it.
    static bool isTestDriver(const QString& uri);
    /// The host in a sentence: "xen3", "the demo node", "the test driver's fleet.xml".
    static QString phrase(const QString& uri);
    /// "the host xen3" ("the demo node" on the test driver): where the dom0 (xenstore) commands run.
    static QString dom0Phrase(const QString& uri);
    /// "the pool master of xen3's pool", which xpconsole cannot tell (poolMasterUncertainty).
    static QString poolMasterPhrase(const QString& uri);
    /// One sentence: the master is not known to xpconsole, and how to find it.
    static QString poolMasterUncertainty();
};
