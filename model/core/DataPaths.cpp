// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

QString DataPaths::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("XP_DATA_DIR");
    if (!overridden.isEmpty())
        return overridden;
    // An installed program finds its data relative to itself, so a relocated prefix still works.
    if (QCoreApplication::instance()) {
        const QString installed = QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral("../" XP_INSTALL_DATADIR "/xpconsole"));
        if (QFileInfo::exists(installed + QStringLiteral("/drivers/catalogue.json")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(XP_SOURCE_DATA_DIR);
}

QString DataPaths::driversDirectory()
{
    return dataDirectory() + QStringLiteral("/drivers");
}

QString DataPaths::demoFleetFile()
{
    return dataDirectory() + QStringLiteral("/demo-fleet.xml");
}

QString DataPaths::demoNodeUri()
{
    return QStringLiteral("test://") + demoFleetFile();
}
