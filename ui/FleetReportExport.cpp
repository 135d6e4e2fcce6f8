// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FleetReportExport.h"

#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/FleetReport.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

void FleetReportExport::start(const ConnectionListModel* connections, const QString& path, QObject* context,
                              std::function<void(int rows, const QString& error)> done)
{
    QList<QPair<QString, VmRecord>> records;
    for (int row = 0; row < connections->rowCount(); ++row) {
        const Fleet* fleet = connections->fleetAt(row);
        for (const QString& key : fleet->keys())
            if (const VmRecord* record = fleet->record(key))
                records.append({fleet->uri(), *record});
    }
    const DriverCatalogue* catalogue = &connections->engine().catalogue();
    QThreadPool::globalInstance()->start(
        [guard = QPointer<QObject>(context), records, catalogue, path, done = std::move(done)] {
            QList<FleetReportRow> rows;
            rows.reserve(records.size());
            for (const auto& [uri, record] : records)
                rows.append(FleetReport::row(uri, record, *catalogue));
            FleetReport::sort(rows);
            QSaveFile file(path);
            QString error;
            if (!file.open(QIODevice::WriteOnly)) {
                error = file.errorString();
            } else {
                file.write(path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? FleetReport::json(rows)
                                                                                      : FleetReport::csv(rows));
                if (!file.commit())
                    error = file.errorString();
            }
            // Through the application object: only the GUI thread may look at the guard.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, done, count = int(rows.size()), error] {
                    if (guard)
                        done(count, error);
                },
                Qt::QueuedConnection);
        });
}
