// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfScan.h"

#include "CtlDomains.h"
#include "model/binding/BindingEngine.h"
#include "model/core/DomainXmlReader.h"
#include "model/core/ParallelStream.h"
#include "model/libvirt/LibvirtSession.h"


int WhatIfScan::run(const QStringList& uris, const BindingEngine& engine, const QList<WhereClause>& where,
                    const QList<QList<ConfigChange>>& sets, QTextStream& err, QList<Vm>& vms)
{
    struct Entry
    {
        DomainSnapshot snapshot;
        QString uri;
        bool selected = false;
        QList<WhatIfOutcome> perSet;
    };
    for (const QString& uri : uris) {
        xp::ParallelStream<Entry> stream([&engine, &where, &sets](Entry& e) {
            VmConfig config;
            config.key = e.uri + QLatin1Char('/') + e.snapshot.uuid;
            DomainXmlReader::read(e.snapshot, e.uri, config);
            const PreviewOutcome before = engine.preview(config);
            e.selected = WhereClause::allMatch(where, e.uri, e.snapshot, config, before);
            if (e.selected)
                for (const QList<ConfigChange>& changes : sets)
                    e.perSet.append(FleetWhatIf::evaluate(engine, config, changes, &before));
            e.snapshot = {};
        });
        LibvirtSession session;
        if (const int status = CtlDomains::stream(session, uri, true, err, [&stream, &uri](DomainSnapshot& d) {
                Entry entry;
                entry.snapshot = std::move(d);
                entry.uri = uri;
                stream.push(std::move(entry));
            }))
            return status;
        for (Entry& e : stream.finish())
            if (e.selected)
                vms.append(Vm{e.uri, std::move(e.perSet)});
    }
    return 0;
}
