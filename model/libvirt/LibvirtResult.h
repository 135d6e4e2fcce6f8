// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QMetaType>
#include <QString>

/// The outcome of one libvirt operation. Failures keep libvirt's own message and error code
/// (virErrorNumber) so an admin can look them up; refusals made before libvirt was called have code 0.
struct LibvirtResult
{
    Q_GADGET

public:
    enum class Status {
        Ok,
        /// libvirt reported an error; see code and message.
        Error,
        /// No connection is open (never opened, closed, or dropped and not yet re-opened).
        NotConnected,
        /// The connection was opened read-only; the write was refused before it reached libvirt.
        ReadOnly,
        /// The domain's inactive XML differs from the one the change was based on; nothing was written.
        Conflict,
        /// No domain with that UUID (VIR_ERR_NO_DOMAIN).
        NotFound,
        /// The request itself is unusable (e.g. new XML whose UUID is not the domain's); libvirt was not called.
        InvalidArgument,
    };
    Q_ENUM(Status)

    Status status = Status::Ok;
    /// virErrorNumber for Error and NotFound, 0 otherwise.
    int code = 0;
    /// virErrorDomain (which part of libvirt failed) and, for VIR_ERR_SYSTEM_ERROR, the errno; -1 when not known.
    /// ConnectError needs them to recognise a failure whatever language libvirt's message is in.
    int domain = -1;
    int int1 = -1;
    QString message;
    /// The domain the operation was about, when there is one.
    QString uuid;
    /// Fetched XML; after a define the XML libvirt stored; after a Conflict the XML found instead of the expected one.
    QString xml;

    bool ok() const { return status == Status::Ok; }
};
