// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PlanHost.h"

#include "ConnectionListModel.h"
#include "model/core/DataPaths.h"
#include "model/core/Realization.h"

#include <QFileInfo>
#include <QSysInfo>
#include <QUrl>

QString PlanHost::name(const QString& uri)
{
    if (isTestDriver(uri))
        return ConnectionListModel::displayName(uri);
    const QString host = QUrl(uri).host();
    // No host in the URI (xen:///system, qemu+unix:///system): libvirt talks to the daemon of this machine.
    return host.isEmpty() ? QSysInfo::machineHostName() : host;
}

bool PlanHost::isTestDriver(const QString& uri)
{
    return Realization::hostDriver(uri) == HostDriver::Test;
}

QString PlanHost::phrase(const QString& uri)
{
    if (!isTestDriver(uri))
        return name(uri);
    if (uri == DataPaths::demoNodeUri())
        return tr("the demo node");
    return tr("the test driver's %1").arg(QFileInfo(uri.section(QLatin1Char('?'), 0, 0).mid(7)).fileName());
}

QString PlanHost::dom0Phrase(const QString& uri)
{
    return isTestDriver(uri) ? phrase(uri) : tr("the host %1").arg(name(uri));
}

QString PlanHost::poolMasterPhrase(const QString& uri)
{
    return tr("the pool master of %1's pool").arg(phrase(uri));
}

QString PlanHost::poolMasterUncertainty()
{
    return tr("Uncertain: xpconsole cannot tell which host is the pool master; on any host of the pool, "
              "'xe pool-list params=master' gives its UUID.");
}
