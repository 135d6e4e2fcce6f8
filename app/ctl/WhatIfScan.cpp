// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfScan.h"

#include "CtlDomains.h"
#include "model/binding/BindingEngine.h"
#include "model/core/DomainXmlReader.h"

int WhatIfScan::run(const QStringList& uris, const BindingEngine& engine, const QList<WhereClause>& where,
                    const QList<QList<ConfigChange>>& sets, QTextStream& err, QList<Vm>& vms)
{
    return CtlDomains::parallel<Vm>(
        uris, err,
        [&engine, &where, &sets](const QString& uri, const DomainSnapshot& domain) -> std::optional<Vm> {
            VmConfig config;
            config.key = uri + QLatin1Char('/') + domain.uuid;
            DomainXmlReader::read(domain, uri, config);
            const PreviewOutcome before = engine.preview(config);
            if (!WhereClause::allMatch(where, uri, domain, config, before))
                return std::nullopt;
            Vm vm{uri, {}};
            for (const QList<ConfigChange>& changes : sets)
                vm.perSet.append(FleetWhatIf::evaluate(engine, config, changes, &before));
            return vm;
        },
        vms);
}
