// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/DomainSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

class LibvirtSession;
class QTextStream;

/// The first step every fleet command of xpctl shares: open the connection and list every domain with
/// its inactive XML, saying on @p err what went wrong.
class CtlDomains
{
    Q_DECLARE_TR_FUNCTIONS(CtlDomains)

public:
    /// Returns an xpctl exit status: 0, or CtlExitStatus::LibvirtError after a message on @p err.
    static int load(LibvirtSession& session, const QString& uri, bool readOnly, QTextStream& err,
                    QList<DomainSnapshot>& domains);
    /// load() for a caller that works on each domain as soon as it has arrived, in listing order.
    static int stream(LibvirtSession& session, const QString& uri, bool readOnly, QTextStream& err,
                      const std::function<void(DomainSnapshot&)>& each);
    /// Writes UTF-8 text to @p out without decoding it first: a file or terminal gets the bytes as they are, a
    /// stream on a string (the tests) the text.
    static void writeUtf8(QTextStream& out, const QByteArray& utf8);
};
