// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "CredentialDialog.h"
#include "model/libvirt/PromptCredentialProvider.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class QWidget;

/// Plugs CredentialDialog into PromptCredentialProvider: questions from any number of connections are shown one
/// dialog at a time (window-modal on @p window, never a nested event loop), in the order they arrive. Questions
/// still queued when the prompter goes are refused.
///
/// Wiring: connections.setCredentialAsker(&prompter, prompter.asker());
class CredentialPrompter : public QObject
{
    Q_OBJECT

public:
    /// @p window parents the dialogs; it may be set later (setWindow()), before the event loop asks anything.
    explicit CredentialPrompter(QWidget* window = nullptr);
    ~CredentialPrompter() override;

    void setWindow(QWidget* window);

    /// The asker for PromptCredentialProvider / ConnectionListModel::setCredentialAsker; use this prompter as
    /// its context.
    PromptCredentialProvider::Asker asker();
    /// Shows the questions now or after the dialogs before them.
    void ask(const QString& uri, const QList<LibvirtCredential>& questions, PromptCredentialProvider::Reply reply);

    /// The dialog on screen, or null.
    CredentialDialog* currentDialog() const { return m_dialog; }
    int waiting() const { return int(m_queue.size()); }

private:
    struct Question
    {
        QString uri;
        QList<LibvirtCredential> credentials;
        PromptCredentialProvider::Reply reply;
    };

    void showNext();

    QPointer<QWidget> m_window;
    QPointer<CredentialDialog> m_dialog;
    QQueue<Question> m_queue;
};
