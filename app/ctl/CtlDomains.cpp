// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CtlDomains.h"

#include "CtlExitStatus.h"
#include "model/libvirt/ConnectError.h"
#include "model/libvirt/LibvirtSession.h"

#include <QIODevice>
#include <QTextStream>

int CtlDomains::load(LibvirtSession& session, const QString& uri, bool readOnly, QTextStream& err,
                     QList<DomainSnapshot>& domains)
{
    domains.clear();
    return stream(session, uri, readOnly, err, [&domains](DomainSnapshot& d) { domains.append(std::move(d)); });
}

int CtlDomains::stream(LibvirtSession& session, const QString& uri, bool readOnly, QTextStream& err,
                       const std::function<void(DomainSnapshot&)>& each)
{
    const LibvirtResult opened = session.open(uri, readOnly);
    if (!opened.ok()) {
        // The cause and what to do first, as the console says it (issue 19 item 13); libvirt's words after them.
        const ConnectError error = ConnectError::classify(uri, session.lastOpenFailure());
        if (error.cause() == ConnectError::Cause::Unknown || error.isNull()) {
            err << "xpctl: " << tr("cannot open %1: %2").arg(uri, opened.message) << '\n';
        } else {
            err << "xpctl: " << tr("cannot open %1: %2").arg(uri, error.summary()) << '\n';
            err << "xpctl: " << error.advice() << '\n';
            err << "xpctl: " << tr("libvirt: %1").arg(opened.message) << '\n';
        }
        return CtlExitStatus::LibvirtError;
    }
    const LibvirtResult listed =
        session.visitDomains(LibvirtSession::XmlWanted::Inactive, [&each](DomainSnapshot& snapshot) {
            each(snapshot);
            return true;
        });
    if (!listed.ok()) {
        err << "xpctl: " << tr("cannot list the domains of %1: %2").arg(uri, listed.message) << '\n';
        return CtlExitStatus::LibvirtError;
    }
    return CtlExitStatus::Done;
}

void CtlDomains::writeUtf8(QTextStream& out, const QByteArray& utf8)
{
    if (QIODevice* device = out.device()) {
        out.flush();
        device->write(utf8);
    } else {
        out << QString::fromUtf8(utf8);
    }
}
