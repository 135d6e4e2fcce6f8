// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ReportCommand.h"

#include "CtlDomains.h"
#include "CtlExitStatus.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/fleet/FleetReport.h"
#include "model/fleet/VmReport.h"

#include <QTextStream>

ReportCommand::ReportCommand(QTextStream& out, QTextStream& err, const QStringList& uris)
    : m_out(out)
    , m_err(err)
    , m_uris(uris.isEmpty() ? QStringList{DataPaths::demoNodeUri()} : uris)
{}

int ReportCommand::usageError(const QString& message)
{
    m_err << "xpctl report: " << message << '\n';
    return CtlExitStatus::UsageError;
}

int ReportCommand::run(const QStringList& args)
{
    QString format = QStringLiteral("csv");
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--format"))
            return usageError(tr("unknown argument '%1'").arg(args.at(i)));
        if (i + 1 >= args.size())
            return usageError(tr("--format needs a value"));
        format = args.at(++i);
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return usageError(tr("--format must be csv or json"));
    }
    const DriverCatalogue& catalogue = DriverCatalogue::shipped();
    const BindingEngine engine(catalogue);
    QList<FleetReportRow> rows;
    if (const int status = CtlDomains::parallel<FleetReportRow>(
            m_uris, m_err,
            [&engine, &catalogue](const QString& uri, const DomainSnapshot& domain) {
                return std::optional(FleetReport::row(uri, VmReport::record(uri, domain, engine), catalogue));
            },
            rows))
        return status;
    FleetReport::sort(rows);
    const QByteArray text = format == QLatin1String("json") ? FleetReport::json(rows) : FleetReport::csv(rows);
    CtlDomains::writeUtf8(m_out, text);
    return CtlExitStatus::Done;
}
