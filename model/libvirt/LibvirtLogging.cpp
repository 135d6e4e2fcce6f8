// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtLogging.h"

Q_LOGGING_CATEGORY(lcLibvirt, "xp.model.libvirt", QtInfoMsg)
