// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

/// The account this process runs as, for the audit line of a migration step ("who did it"). $USER is often unset
/// (services, sudo -i, su -c, containers), so the environment is only the first source: then the password
/// database entry of the effective uid, $LOGNAME, and as the last resort the uid number itself, never "unknown".
class LocalAccount
{
public:
    /// What each source says; empty where it says nothing.
    struct Sources
    {
        QString user;
        QString username;
        /// getpwuid(geteuid())->pw_name.
        QString passwdName;
        QString logname;
        unsigned int uid = 0;
    };

    /// The sources of this process now.
    static Sources live();
    /// The first source that names an account: USER, USERNAME, the password database, LOGNAME, then the uid.
    static QString name(const Sources& sources);
    static QString name() { return name(live()); }
    /// The login name the password database has for the effective uid; empty when it has none.
    static QString passwdName();
};
