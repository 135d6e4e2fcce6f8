// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WhatIfOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject side(const QString& driver, const QStringList& findings)
{
    return QJsonObject{{QStringLiteral("active_driver"), driver.isEmpty() ? QJsonValue() : QJsonValue(driver)},
                       {QStringLiteral("findings"), QJsonArray::fromStringList(findings)}};
}

} // namespace

QByteArray WhatIfOutput::json(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts)
{
    const FleetWhatIf::Counts counts = FleetWhatIf::count(outcomes);
    QJsonObject perClass;
    QJsonObject uncertain;
    for (int c = 0; c < WhatIfOutcome::kClassCount; ++c) {
        const QString token = FleetWhatIf::token(WhatIfOutcome::Class(c));
        perClass.insert(token, counts.perClass[std::size_t(c)]);
        uncertain.insert(token, counts.uncertainPerClass[std::size_t(c)]);
    }
    QJsonArray vms;
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const WhatIfOutcome& o = outcomes.at(i);
        QJsonObject vm{{QStringLiteral("name"), o.name},
                       {QStringLiteral("uuid"), o.uuid},
                       {QStringLiteral("host"), hosts.value(i)},
                       {QStringLiteral("class"), FleetWhatIf::token(o.cls)},
                       {QStringLiteral("before"), side(o.driverBefore, o.findingsBefore)},
                       {QStringLiteral("after"), side(o.driverAfter, o.findingsAfter)},
                       {QStringLiteral("gained"), QJsonArray::fromStringList(o.gained)},
                       {QStringLiteral("lost"), QJsonArray::fromStringList(o.lost)},
                       {QStringLiteral("uncertain"), QJsonArray::fromStringList(o.uncertainFacts)}};
        if (!o.error.isEmpty())
            vm.insert(QStringLiteral("error"), o.error);
        vms.append(vm);
    }
    const QJsonObject root{
        {QStringLiteral("counts"), perClass}, {QStringLiteral("uncertain"), uncertain}, {QStringLiteral("vms"), vms}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList WhatIfOutput::csvHeader()
{
    return {QStringLiteral("name"),
            QStringLiteral("uuid"),
            QStringLiteral("host"),
            QStringLiteral("class"),
            QStringLiteral("driver_before"),
            QStringLiteral("driver_after"),
            QStringLiteral("findings_before"),
            QStringLiteral("findings_after"),
            QStringLiteral("gained"),
            QStringLiteral("lost"),
            QStringLiteral("uncertain"),
            QStringLiteral("error")};
}

QString WhatIfOutput::csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray WhatIfOutput::csv(const QList<WhatIfOutcome>& outcomes, const QStringList& hosts)
{
    const QString list = QStringLiteral(";");
    QString text;
    auto line = [&text](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(csvHeader());
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const WhatIfOutcome& o = outcomes.at(i);
        line({o.name, o.uuid, hosts.value(i), FleetWhatIf::token(o.cls), o.driverBefore, o.driverAfter,
              o.findingsBefore.join(list), o.findingsAfter.join(list), o.gained.join(list), o.lost.join(list),
              o.uncertainFacts.join(QLatin1Char('\n')), o.error});
    }
    return text.toUtf8();
}
