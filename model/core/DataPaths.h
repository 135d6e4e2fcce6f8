// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QString>

/// Where the shipped data (driver catalogue, demo node) lives: $XP_DATA_DIR, then the install
/// location next to the program (<prefix>/share/xpconsole), then the source tree of this build.
class DataPaths
{
public:
    static QString dataDirectory();
    static QString driversDirectory();
    static QString demoFleetFile();
    /// The bundled demo node through libvirt's test driver: what xpconsole and xpctl open without --connect.
    static QString demoNodeUri();
};
