// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LocalAccount.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

LocalAccount::Sources LocalAccount::live()
{
    Sources sources;
    sources.user = qEnvironmentVariable("USER");
    sources.username = qEnvironmentVariable("USERNAME");
    sources.passwdName = passwdName();
    sources.logname = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    sources.uid = geteuid();
#endif
    return sources;
}

QString LocalAccount::name(const Sources& sources)
{
    for (const QString* candidate : {&sources.user, &sources.username, &sources.passwdName, &sources.logname})
        if (!candidate->trimmed().isEmpty())
            return candidate->trimmed();
    return QString::number(sources.uid);
}

QString LocalAccount::passwdName()
{
#ifdef Q_OS_UNIX
    // getpwuid_r: the migration may be recorded while another thread (libvirt's SSH auth) reads the database too.
    const long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(suggested > 0 ? size_t(suggested) : size_t(16384));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
#endif
    return {};
}
