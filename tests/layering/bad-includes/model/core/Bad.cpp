// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// A fixture for layering.includes.refuses: never compiled. Each include below breaks one rule.
#include "NotHere.h"
#include "device/Flavour.h"
#include "model/fleet/Fleet.h"
