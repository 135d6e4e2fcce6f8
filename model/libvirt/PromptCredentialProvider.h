// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#pragma once

#include "LibvirtCredentialProvider.h"

#include <QMetaObject>
#include <functional>
#include <memory>

class QObject;
class QThread;

/// Answers libvirt's authentication questions by asking someone on the GUI thread (a dialog, in the console).
///
/// provide() runs on a libvirt worker: it queues the questions to the context object's thread and blocks that
/// worker until they are answered. The GUI thread never waits: the asker gets a Reply and completes it whenever
/// the user is done. A question nobody can answer any more is refused, never left hanging: when the context
/// object is destroyed, when every copy of the Reply is dropped unanswered, on cancel(), and when the
/// application is about to quit.
class PromptCredentialProvider : public LibvirtCredentialProvider
{
public:
    /// Completes one question round. Copies share it; the first answer or refusal wins, and dropping the last
    /// copy unanswered refuses.
    class Reply
    {
    public:
        Reply() = default;
        /// False for a default-constructed Reply, which answers nothing.
        bool isValid() const { return m_token != nullptr; }
        /// @p answers are the questions with result filled, in the order they were asked.
        void answer(const QList<LibvirtCredential>& answers) const;
        void refuse() const;

    private:
        friend class PromptCredentialProvider;
        struct Token;
        std::shared_ptr<Token> m_token;
    };

    /// Called on the context object's thread with the questions for @p uri; completes @p reply at once or later.
    using Asker = std::function<void(const QString& uri, const QList<LibvirtCredential>& questions, Reply reply)>;

    /// @p context lives on the thread that may ask the user (the GUI thread); the asker runs there.
    PromptCredentialProvider(QObject* context, Asker asker);
    ~PromptCredentialProvider() override;

    QList<LibvirtCredential::Type> supportedTypes() const override;
    /// Blocks the calling worker until the questions are answered or refused. Called on the context's own thread
    /// it refuses at once: that thread must not wait for itself.
    bool provide(const QString& uri, QList<LibvirtCredential>& credentials) override;

    /// Refuses the questions waiting now and every later one (the connection is going away).
    void cancel();
    bool isCancelled() const;

private:
    struct State;
    struct Pending;

    std::shared_ptr<State> m_state;
    QThread* m_contextThread;
    Asker m_asker;
    QMetaObject::Connection m_destroyedConnection;
    QMetaObject::Connection m_quitConnection;
};
