// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QLoggingCategory>

// Everything that talks to libvirt logs here; filter with QT_LOGGING_RULES="xp.model.libvirt.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)
