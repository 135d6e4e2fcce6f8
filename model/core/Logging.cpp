// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "Logging.h"

Q_LOGGING_CATEGORY(lcModel, "xp.model", QtInfoMsg)
