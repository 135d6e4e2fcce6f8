// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QLoggingCategory>

// One category per layer; filter with QT_LOGGING_RULES="xp.model.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcModel)
