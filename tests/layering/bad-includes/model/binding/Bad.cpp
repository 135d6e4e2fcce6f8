// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// A fixture for layering.includes.refuses: never compiled.
#include "model/core/VmConfig.h"

#include <libvirt/libvirt.h>
