// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "LibvirtCredentialProvider.h"

#include <QProcessEnvironment>

/// Answers libvirt's questions from the environment, for scripts: the user name from XP_LIBVIRT_USERNAME and
/// the password from XP_LIBVIRT_PASSWORD. Anything else, or a variable that is not set, is refused rather than
/// prompted for, so a script never hangs on a terminal prompt.
class LibvirtEnvironmentCredentials : public LibvirtCredentialProvider
{
public:
    explicit LibvirtEnvironmentCredentials(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<LibvirtCredential::Type> supportedTypes() const override;
    bool provide(const QString& uri, QList<LibvirtCredential>& credentials) override;

private:
    QProcessEnvironment m_environment;
};
