// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CataloguePackage.h"

bool CataloguePackage::kernelMatches(const Binding& binding, const QVersionNumber& release)
{
    if (binding.minKernel.isNull() || QVersionNumber::compare(release, binding.minKernel) >= 0)
        return true;
    // A stable backport counts for its own series only: 5.4.293 covers 5.4.293 and later 5.4.y.
    for (const QVersionNumber& backport : binding.backports) {
        if (release.majorVersion() == backport.majorVersion() && release.minorVersion() == backport.minorVersion() &&
            release.microVersion() >= backport.microVersion())
            return true;
    }
    return false;
}
