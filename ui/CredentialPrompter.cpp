// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "CredentialPrompter.h"

#include "CredentialDialog.h"
#include "Logging.h"

#include <QWidget>

CredentialPrompter::CredentialPrompter(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("credentialPrompter"));
}

void CredentialPrompter::setWindow(QWidget* window)
{
    m_window = window;
    setParent(window);
}

CredentialPrompter::~CredentialPrompter()
{
    // The queued replies are dropped with the queue and so refuse; the open dialog's reply refuses here.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog;
    }
}

PromptCredentialProvider::Asker CredentialPrompter::asker()
{
    return [self = QPointer<CredentialPrompter>(this)](const QString& uri, const QList<LibvirtCredential>& questions,
                                                       PromptCredentialProvider::Reply reply) {
        if (self)
            self->ask(uri, questions, std::move(reply));
    };
}

void CredentialPrompter::ask(const QString& uri, const QList<LibvirtCredential>& questions,
                             PromptCredentialProvider::Reply reply)
{
    m_queue.enqueue({uri, questions, std::move(reply)});
    if (!m_dialog)
        showNext();
}

void CredentialPrompter::showNext()
{
    if (m_queue.isEmpty())
        return;
    const Question question = m_queue.dequeue();
    auto dialog = new CredentialDialog(question.uri, question.credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    qCInfo(lcUi) << "asking for credentials for" << question.uri;
    connect(dialog, &QDialog::finished, this, [this, dialog, reply = question.reply](int result) {
        if (result == QDialog::Accepted)
            reply.answer(dialog->answers());
        else
            reply.refuse();
        m_dialog.clear();
        showNext();
    });
    dialog->open();
}
