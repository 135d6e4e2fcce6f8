// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "LibvirtEnvironmentCredentials.h"

#include "LibvirtLogging.h"

namespace {
const QString kUserVariable = QStringLiteral("XP_LIBVIRT_USERNAME");
const QString kPasswordVariable = QStringLiteral("XP_LIBVIRT_PASSWORD");
} // namespace

LibvirtEnvironmentCredentials::LibvirtEnvironmentCredentials(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QList<LibvirtCredential::Type> LibvirtEnvironmentCredentials::supportedTypes() const
{
    return {LibvirtCredential::Type::Username, LibvirtCredential::Type::AuthName, LibvirtCredential::Type::Passphrase};
}

bool LibvirtEnvironmentCredentials::provide(const QString& uri, QList<LibvirtCredential>& credentials)
{
    for (LibvirtCredential& credential : credentials) {
        const QString& variable =
            credential.type == LibvirtCredential::Type::Passphrase ? kPasswordVariable : kUserVariable;
        if (!supportedTypes().contains(credential.type) || !m_environment.contains(variable)) {
            qCInfo(lcLibvirt) << "no answer in the environment for" << credential.prompt << "on" << uri;
            return false;
        }
        credential.result = m_environment.value(variable);
    }
    return true;
}
