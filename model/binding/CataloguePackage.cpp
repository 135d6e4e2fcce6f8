// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CataloguePackage.h"

#include <algorithm>

CataloguePackage::KernelMatch CataloguePackage::kernelMatch(const Binding& binding, const QVersionNumber& release)
{
    if (binding.minKernel.isNull() || QVersionNumber::compare(release, binding.minKernel) >= 0)
        return KernelMatch::Yes;
    // A stable backport counts for its own series only: 5.4.293 covers 5.4.293 and later 5.4.y.
    auto covers = [&](const QVersionNumber& backport) {
        return release.majorVersion() == backport.majorVersion() && release.minorVersion() == backport.minorVersion() &&
               release.microVersion() >= backport.microVersion();
    };
    if (std::any_of(binding.backports.cbegin(), binding.backports.cend(), covers))
        return KernelMatch::Yes;
    if (std::any_of(binding.unconfirmedBackports.cbegin(), binding.unconfirmedBackports.cend(), covers))
        return KernelMatch::Unconfirmed;
    return KernelMatch::No;
}
