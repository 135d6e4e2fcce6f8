// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/core/DomainSnapshot.h"
#include "model/core/ParallelStream.h"
#include "model/libvirt/LibvirtSession.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

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
    /// Every domain of every connection of @p uris (read-only), each turned by @p work into a Result on the other
    /// cores while libvirt still hands over the later domains (xp::ParallelStream); nullopt leaves it out. The
    /// results are appended to @p results connection by connection, each in listing order. Returns an exit status.
    template<typename Result>
    static int
    parallel(const QStringList& uris, QTextStream& err,
             const std::function<std::optional<Result>(const QString& uri, const DomainSnapshot& domain)>& work,
             QList<Result>& results)
    {
        struct Entry
        {
            DomainSnapshot snapshot;
            QString uri;
            std::optional<Result> result;
        };
        for (const QString& uri : uris) {
            xp::ParallelStream<Entry> stream([&work](Entry& e) {
                e.result = work(e.uri, e.snapshot);
                e.snapshot = {};
            });
            LibvirtSession session;
            if (const int status = CtlDomains::stream(session, uri, true, err, [&stream, &uri](DomainSnapshot& d) {
                    stream.push(Entry{std::move(d), uri, std::nullopt});
                }))
                return status;
            for (Entry& e : stream.finish())
                if (e.result)
                    results.append(std::move(*e.result));
        }
        return 0;
    }
    /// Writes UTF-8 text to @p out without decoding it first: a file or terminal gets the bytes as they are, a
    /// stream on a string (the tests) the text.
    static void writeUtf8(QTextStream& out, const QByteArray& utf8);
};
