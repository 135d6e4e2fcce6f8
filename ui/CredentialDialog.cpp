// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CredentialDialog.h"

#include "model/fleet/ConnectionListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CredentialDialog::CredentialDialog(const QString& uri, const QList<LibvirtCredential>& questions, QWidget* parent)
    : QDialog(parent)
    , m_uri(uri)
    , m_questions(questions)
{
    setObjectName(QStringLiteral("credentialDialog"));
    setWindowTitle(tr("Log in to %1").arg(ConnectionListModel::displayName(uri)));

    auto intro = new QLabel(tr("libvirt needs these to open <b>%1</b>:").arg(uri.toHtmlEscaped()), this);
    intro->setObjectName(QStringLiteral("credentialIntro"));
    intro->setWordWrap(true);
    auto form = new QFormLayout;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const LibvirtCredential& question = questions.at(i);
        auto field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("credentialField%1").arg(i));
        const QString label = labelFor(question);
        field->setAccessibleName(label);
        if (isSecret(question.type)) {
            field->setEchoMode(QLineEdit::Password);
        } else {
            field->setText(question.defaultResult);
        }
        if (!question.challenge.isEmpty()) {
            auto challenge = new QLabel(question.challenge, this);
            challenge->setWordWrap(true);
            challenge->setTextInteractionFlags(Qt::TextSelectableByMouse);
            form->addRow(QString(), challenge);
        }
        form->addRow(label, field);
        m_fields.append(field);
    }

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("credentialButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    // Typing starts in the first field libvirt did not fill in itself (usually the password).
    for (QLineEdit* field : std::as_const(m_fields)) {
        if (field->text().isEmpty()) {
            field->setFocus();
            break;
        }
    }
}

QList<LibvirtCredential> CredentialDialog::answers() const
{
    QList<LibvirtCredential> answers = m_questions;
    for (qsizetype i = 0; i < answers.size(); ++i)
        answers[i].result = m_fields.at(i)->text();
    return answers;
}

QLineEdit* CredentialDialog::field(int index) const
{
    return index >= 0 && index < m_fields.size() ? m_fields.at(index) : nullptr;
}

QString CredentialDialog::labelFor(const LibvirtCredential& question)
{
    QString prompt = question.prompt.trimmed();
    if (prompt.endsWith(QLatin1Char(':')))
        prompt.chop(1);
    if (!prompt.isEmpty())
        return prompt + QLatin1Char(':');
    using Type = LibvirtCredential::Type;
    switch (question.type) {
    case Type::Username:
    case Type::AuthName: return tr("User name:");
    case Type::Passphrase: return tr("Password:");
    case Type::Realm: return tr("Realm:");
    case Type::Language: return tr("Language:");
    case Type::CNonce: return tr("Client nonce:");
    case Type::EchoPrompt:
    case Type::NoEchoPrompt:
    case Type::External: break;
    }
    return tr("Answer:");
}

bool CredentialDialog::isSecret(LibvirtCredential::Type type)
{
    return type == LibvirtCredential::Type::Passphrase || type == LibvirtCredential::Type::NoEchoPrompt;
}
