// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "InventoryFiles.h"

#include <QDir>
#include <QFileInfo>

namespace {

/// The length of @p id if @p fileName is @p id alone or followed by a separator, else 0.
qsizetype fit(const QString& fileName, const QString& id)
{
    if (id.isEmpty() || !fileName.startsWith(id, Qt::CaseInsensitive))
        return 0;
    if (fileName.size() == id.size())
        return id.size();
    const QChar next = fileName.at(id.size());
    return next == QLatin1Char('.') || next == QLatin1Char('-') || next == QLatin1Char('_') ? id.size() : 0;
}

} // namespace

QList<InventoryFiles::Vm> InventoryFiles::owners(const QString& fileName, const QList<Vm>& vms)
{
    QList<Vm> best;
    qsizetype bestLength = 0;
    for (const Vm& vm : vms) {
        const qsizetype length = std::max(fit(fileName, vm.name), fit(fileName, vm.uuid));
        if (length == 0 || length < bestLength)
            continue;
        if (length > bestLength) {
            best.clear();
            bestLength = length;
        }
        best.append(vm);
    }
    return best;
}

InventoryFiles::Plan InventoryFiles::match(const QString& directory, const QList<Vm>& vms)
{
    Plan plan;
    const QDir dir(directory);
    if (!dir.exists()) {
        plan.errors.append(tr("%1: no such folder").arg(directory));
        return plan;
    }
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    if (entries.isEmpty())
        plan.errors.append(tr("%1: the folder has no files").arg(directory));
    for (const QFileInfo& file : entries) {
        const QList<Vm> found = owners(file.fileName(), vms);
        if (found.isEmpty()) {
            plan.errors.append(tr("%1: matches no VM (name the file after the VM's name or UUID, e.g. NAME.txt or "
                                  "NAME-devices.txt)")
                                   .arg(file.fileName()));
        } else if (found.size() > 1) {
            QStringList which;
            for (const Vm& vm : found)
                which.append(QStringLiteral("%1 (%2)").arg(vm.name, vm.uuid));
            plan.errors.append(tr("%1: matches %2 VMs: %3; name it after the UUID")
                                   .arg(file.fileName())
                                   .arg(found.size())
                                   .arg(which.join(QStringLiteral(", "))));
        } else {
            plan.files[found.constFirst().key].append(file.absoluteFilePath());
        }
    }
    return plan;
}
