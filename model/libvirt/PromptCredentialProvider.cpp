// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "PromptCredentialProvider.h"

#include "model/core/Logging.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

/// Shared by the provider, its waiting workers and every Reply, so that none of them outlives what it locks.
struct PromptCredentialProvider::State
{
    QMutex mutex;
    QWaitCondition changed;
    /// Null once the context object is destroyed: nobody is left to ask.
    QObject* context = nullptr;
    bool cancelled = false;
};

/// One round of questions waiting for its answer.
struct PromptCredentialProvider::Pending
{
    std::shared_ptr<State> state;
    bool finished = false;
    bool ok = false;
    QList<LibvirtCredential> answers;

    void finish(bool accepted, const QList<LibvirtCredential>& results)
    {
        QMutexLocker lock(&state->mutex);
        if (finished)
            return;
        finished = true;
        ok = accepted;
        answers = results;
        state->changed.wakeAll();
    }
};

/// The last copy of a Reply to go refuses, so an asker that forgets (or is destroyed with) a question never
/// leaves a worker blocked.
struct PromptCredentialProvider::Reply::Token
{
    std::shared_ptr<Pending> pending;

    ~Token()
    {
        if (pending)
            pending->finish(false, {});
    }
};

void PromptCredentialProvider::Reply::answer(const QList<LibvirtCredential>& answers) const
{
    if (m_token)
        m_token->pending->finish(true, answers);
}

void PromptCredentialProvider::Reply::refuse() const
{
    if (m_token)
        m_token->pending->finish(false, {});
}

PromptCredentialProvider::PromptCredentialProvider(QObject* context, Asker asker)
    : m_state(std::make_shared<State>())
    , m_contextThread(context ? context->thread() : nullptr)
    , m_asker(std::move(asker))
{
    m_state->context = context;
    // Each runs on the emitting thread (the sender is its own context) and touches only the shared state.
    if (context) {
        m_destroyedConnection = QObject::connect(context, &QObject::destroyed, context, [state = m_state] {
            QMutexLocker lock(&state->mutex);
            state->context = nullptr;
            state->changed.wakeAll();
        });
    }
    // Quitting stops the event loop that would show the dialog; a worker still waiting would hold up shutdown.
    if (QCoreApplication* app = QCoreApplication::instance()) {
        m_quitConnection = QObject::connect(app, &QCoreApplication::aboutToQuit, app, [state = m_state] {
            QMutexLocker lock(&state->mutex);
            state->cancelled = true;
            state->changed.wakeAll();
        });
    }
}

PromptCredentialProvider::~PromptCredentialProvider()
{
    cancel();
    QObject::disconnect(m_destroyedConnection);
    QObject::disconnect(m_quitConnection);
}

QList<LibvirtCredential::Type> PromptCredentialProvider::supportedTypes() const
{
    using Type = LibvirtCredential::Type;
    return {Type::Username, Type::AuthName, Type::Passphrase, Type::EchoPrompt, Type::NoEchoPrompt, Type::Realm};
}

bool PromptCredentialProvider::provide(const QString& uri, QList<LibvirtCredential>& credentials)
{
    if (QThread::currentThread() == m_contextThread) {
        qCWarning(lcModel) << "credentials for" << uri << "requested on the GUI thread; refused";
        return false;
    }
    auto pending = std::make_shared<Pending>();
    pending->state = m_state;
    Reply reply;
    reply.m_token = std::make_shared<Reply::Token>();
    reply.m_token->pending = pending;
    {
        QMutexLocker lock(&m_state->mutex);
        if (m_state->cancelled || !m_state->context)
            return false;
        // Posted under the lock, so the context cannot be destroyed in between (its destroyed() handler takes
        // the lock). A call still queued when the context goes is dropped with its Reply, which refuses.
        // `reply` itself stays alive until the lock is released: a dropped call must not refuse under the lock.
        QMetaObject::invokeMethod(
            m_state->context,
            [asker = m_asker, uri, questions = credentials, reply] {
                if (asker)
                    asker(uri, questions, reply);
            },
            Qt::QueuedConnection);
    }
    reply = Reply();

    QMutexLocker lock(&m_state->mutex);
    while (!pending->finished && !m_state->cancelled && m_state->context)
        m_state->changed.wait(&m_state->mutex);
    if (!pending->finished || !pending->ok) {
        qCInfo(lcModel) << "credentials for" << uri << "refused";
        return false;
    }
    if (pending->answers.size() != credentials.size()) {
        qCWarning(lcModel) << "credentials for" << uri << "answered" << pending->answers.size() << "of"
                           << credentials.size() << "questions; refused";
        return false;
    }
    for (qsizetype i = 0; i < credentials.size(); ++i)
        credentials[i].result = pending->answers.at(i).result;
    return true;
}

void PromptCredentialProvider::cancel()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->cancelled = true;
    m_state->changed.wakeAll();
}

bool PromptCredentialProvider::isCancelled() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->cancelled;
}
