// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/DefinitionFacts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

struct _virConnect;

/// Whether a QEMU-driver domain's emulator can realize xen-pvdevice (issue 17 item 2), asked of libvirt once per
/// emulator, architecture and domain type on a connection.
///
/// The signal: libvirt's domain capabilities for machine type xenfv. QEMU defines xenfv (hw/i386/pc_piix.c) and
/// builds xen-pvdevice (hw/i386/xen/meson.build) under the same CONFIG_XEN, so libvirt accepting the machine means
/// the binary has the device, and "the machine 'xenfv' is not supported by emulator" means it has not (checked
/// with libvirt 9.0 and Debian 12's qemu-system-x86_64). Any other answer (libvirt cannot probe the binary,
/// the call is not allowed) leaves it unknown, with libvirt's words.
class XenDeviceProbe
{
    Q_DECLARE_TR_FUNCTIONS(XenDeviceProbe)

public:
    struct Answer
    {
        HostSupport support = HostSupport::NotAsked;
        QString detail;
    };

    /// The answer for the domain @p inactiveXml describes; asks libvirt on @p connection when this probe has not
    /// seen its emulator yet. NotAsked for a domain that is not for QEMU (type other than kvm or qemu).
    Answer answer(_virConnect* connection, const QByteArray& inactiveXml);
    /// What the probe asks about: the domain type, <os><type arch=...> and <devices><emulator> of @p inactiveXml,
    /// found by a scan that starts after <metadata> (foreign metadata may hold anything). Empty when absent.
    struct Target
    {
        QByteArray type;
        QByteArray arch;
        QByteArray emulator;
    };
    static Target targetOf(const QByteArray& inactiveXml);

    /// Forgets every answer (a reconnect may reach another host).
    void clear() { m_answers.clear(); }

    /// Where the first start tag @p element begins at or after @p from in @p xml, or -1.
    static qsizetype startTag(const QByteArray& xml, const QByteArray& element, qsizetype from = 0);
    /// The text of the first element @p name at or after @p from, and the attribute @p attribute of the first
    /// element @p element there (either quote); empty when absent. A scan, not a parse: libvirt formats the XML,
    /// and the listing already holds it.
    static QByteArray elementText(const QByteArray& xml, const QByteArray& name, qsizetype from = 0);
    static QByteArray attribute(const QByteArray& xml, const QByteArray& element, const QByteArray& attribute,
                                qsizetype from = 0);

private:
    Answer ask(_virConnect* connection, const QByteArray& emulator, const QByteArray& arch,
               const QByteArray& virtType) const;

    QHash<QByteArray, Answer> m_answers;
};
