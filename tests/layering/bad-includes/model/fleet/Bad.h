// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
// A fixture for layering.includes.refuses: never compiled.
#pragma once

#include "app/ctl/CtlExitStatus.h"
#include "model/binding/Finding.h"
#include "model/libvirt/LibvirtResult.h"
