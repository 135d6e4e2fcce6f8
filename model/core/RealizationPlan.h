// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// How libvirt hands extra arguments to a domain's device model (PRODUCT §3, facts §9).
enum class CommandLineDialect {
    /// No way: libvirt's test driver keeps no namespaced XML, other domain types run no QEMU.
    None,
    /// The QEMU driver: <qemu:commandline> in http://libvirt.org/schemas/domain/qemu/1.0.
    Qemu,
    /// The libxl driver: <xen:commandline> in http://libvirt.org/schemas/domain/xen/1.0 (libvirt 6.7+).
    Xen,
};

/// A command that libvirt cannot run for us and that the admin runs by hand: xenstore commands in
/// dom0 of a qemu-traditional or XenServer host, or xe commands on a XenServer pool master.
struct HostCommand
{
    /// The program and its arguments, each one word, built from typed numbers and registry names only.
    QStringList argv;

    bool operator==(const HostCommand&) const = default;
};

/// A setting that the VM's flavour or libvirt driver cannot realize: kept in metadata, shown as model only.
struct ModelOnlySetting
{
    /// The setting as xpctl names it, e.g. "vendor-device 0x5853:0xc000".
    QString setting;
    /// One translated sentence: why it is not realized.
    QString reason;

    bool operator==(const ModelOnlySetting&) const = default;
};

/// What a push realizes beyond our metadata element, per flavour (PRODUCT §3).
struct RealizationPlan
{
    CommandLineDialect dialect = CommandLineDialect::None;
    /// xpconsole's own device-model arguments for the edited configuration, in order; empty when it needs none.
    QStringList arguments;
    /// Whether they differ from the baseline's, i.e. whether the push rewrites xpconsole's arguments.
    bool argumentsChanged = false;
    /// Commands to run by hand, in order (only for what the change alters).
    QList<HostCommand> hostCommands;
    /// Where and when to run hostCommands, one translated sentence each.
    QStringList hostCommandNotes;
    /// Every setting of the edited configuration that stays in metadata only.
    QList<ModelOnlySetting> modelOnly;
    /// Anything else worth saying, e.g. a command line that does not match the metadata.
    QStringList notes;
};
