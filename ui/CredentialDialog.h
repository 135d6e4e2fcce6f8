// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "model/libvirt/LibvirtCredentialProvider.h"

#include <QDialog>

class QLineEdit;

/// One form for everything libvirt asks while opening @p uri (user name, password, realm, ...), one field per
/// question in libvirt's order. Passwords and other no-echo prompts are not shown as typed. Cancel refuses, and
/// the connection then fails with libvirt's authentication error.
class CredentialDialog : public QDialog
{
    Q_OBJECT

public:
    CredentialDialog(const QString& uri, const QList<LibvirtCredential>& questions, QWidget* parent = nullptr);

    QString uri() const { return m_uri; }
    /// The questions with result filled from the fields.
    QList<LibvirtCredential> answers() const;
    /// The field for question @p index (objectName "credentialField<index>").
    QLineEdit* field(int index) const;

    /// The label for a question: libvirt's prompt, or a name for its type when the prompt is empty.
    static QString labelFor(const LibvirtCredential& question);
    static bool isSecret(LibvirtCredential::Type type);

private:
    QString m_uri;
    QList<LibvirtCredential> m_questions;
    QList<QLineEdit*> m_fields;
};
