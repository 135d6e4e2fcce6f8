// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "DomainSnapshot.h"
#include "VmConfig.h"

#include <QCoreApplication>
#include <QString>

/// Turns a libvirt domain XML into a VmConfig: the identity, the emulated disks and NICs that the unplug
/// rules look at, and our metadata element (MetadataCodec). One streaming pass; no DOM for the domain.
class DomainXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(DomainXmlReader)

public:
    /// Fills @p config from @p domainXml. Returns false, records the error in config.metadataErrors and marks the
    /// metadata read-only only when the XML itself cannot be read: not well-formed, or refused by XmlLimits (a
    /// DOCTYPE, nesting deeper than libvirt allows).
    static bool read(const QString& domainXml, VmConfig& config);
    /// read() of a definition as libvirt gives it and a listing keeps it (DomainSnapshot::inactiveXml, UTF-8).
    static bool read(const QByteArray& domainXmlUtf8, VmConfig& config);
    /// read() of a listed domain on the connection @p uri, plus what only the listing knows: the libvirt driver,
    /// whether the host's QEMU has Xen's devices, name, UUID and run state (libvirt's listing names the VM,
    /// whatever the XML says).
    static bool read(const DomainSnapshot& snapshot, const QString& uri, VmConfig& config);
    /// The part of that read() that comes from the listing, not the XML: for a config read from a copy of it.
    static void adoptListing(const DomainSnapshot& snapshot, const QString& uri, VmConfig& config);

    /// Our metadata element exactly as it appears in @p domainXml (with its namespace declaration), or
    /// an empty string when the domain has none or read() refuses the XML.
    static QString metadataElement(const QString& domainXml);
    static QString metadataElement(const QByteArray& domainXmlUtf8);
};
