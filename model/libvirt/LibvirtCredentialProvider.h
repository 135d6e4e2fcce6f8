// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include <QList>
#include <QString>

/// One credential libvirt asks for while a connection is opened (a virConnectCredential without libvirt types).
struct LibvirtCredential
{
    /// Mirrors virConnectCredentialType (VIR_CRED_*); checked against libvirt's values in LibvirtSession.cpp.
    enum class Type { Username = 1, AuthName, Language, CNonce, Passphrase, EchoPrompt, NoEchoPrompt, Realm, External };

    Type type = Type::AuthName;
    QString prompt;
    QString challenge;
    QString defaultResult;
    /// The answer; filled by the provider.
    QString result;
};

/// Answers libvirt's authentication questions for virConnectOpenAuth. The GUI answers with a dialog, xpctl
/// from the environment (LibvirtEnvironmentCredentials) or not at all.
///
/// Called on the worker thread that opens the connection, possibly on several at once (parallel sessions), so
/// implementations must be thread-safe; a GUI implementation may block its calling worker while it asks the
/// user, never the other way round.
class LibvirtCredentialProvider
{
public:
    virtual ~LibvirtCredentialProvider() = default;

    /// The credential types this provider can answer. libvirt only asks for these and fails the
    /// authentication when a method needs another one.
    virtual QList<LibvirtCredential::Type> supportedTypes() const = 0;
    /// Fills result of every entry. Returning false refuses, and the open fails with libvirt's auth error.
    virtual bool provide(const QString& uri, QList<LibvirtCredential>& credentials) = 0;
};
