// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/libvirt/PromptCredentialProvider.h"

#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

using Type = LibvirtCredential::Type;
using Reply = PromptCredentialProvider::Reply;

namespace {
const QString kUri = QStringLiteral("qemu+tcp://kvm1/system");
// Long enough for a worker to have posted its question; short against any test timeout.
constexpr unsigned long kLetWorkerPostMs = 200;
constexpr int kFinishMs = 5000;

QList<LibvirtCredential> questions()
{
    LibvirtCredential user;
    user.type = Type::AuthName;
    user.prompt = QStringLiteral("Username:");
    user.defaultResult = QStringLiteral("root");
    LibvirtCredential password;
    password.type = Type::Passphrase;
    password.prompt = QStringLiteral("Password:");
    return {user, password};
}

QList<LibvirtCredential> answered(QList<LibvirtCredential> credentials, const QString& user, const QString& pass)
{
    credentials[0].result = user;
    credentials[1].result = pass;
    return credentials;
}

/// provide() on its own thread, as a libvirt worker calls it.
struct Worker
{
    explicit Worker(PromptCredentialProvider& provider, QList<LibvirtCredential> asked = questions())
        : provider(provider)
        , credentials(std::move(asked))
    {
        thread.reset(QThread::create([this, &provider] { ok = provider.provide(kUri, credentials); }));
        thread->start();
    }
    // A failed check must not leave the test hanging on a worker that still waits.
    ~Worker()
    {
        provider.cancel();
        thread->wait();
    }
    bool finished() const { return thread->isFinished(); }

    PromptCredentialProvider& provider;
    QList<LibvirtCredential> credentials;
    std::atomic<bool> ok{false};
    std::unique_ptr<QThread> thread;
};
} // namespace

class tst_PromptCredentialProvider : public QObject
{
    Q_OBJECT

private slots:
    void answerReachesTheWorker();
    void refusal_data();
    void refusal();
    void answerLater();
    void twoWorkersAtOnce();
    void contextDestroyedWithQuestionQueued();
    void contextDestroyedWhileAsking();
    void cancelLetsTheWorkerGoAndRefusesLaterQuestions();
    void quittingRefuses();
    void guiThreadIsNeverBlocked();
};

void tst_PromptCredentialProvider::answerReachesTheWorker()
{
    QObject context;
    QThread* askedOn = nullptr;
    QString askedUri;
    QList<LibvirtCredential> asked;
    PromptCredentialProvider provider(&context, [&](const QString& uri, const QList<LibvirtCredential>& q, Reply r) {
        askedOn = QThread::currentThread();
        askedUri = uri;
        asked = q;
        r.answer(answered(q, QStringLiteral("alice"), QStringLiteral("s3cret")));
    });
    QVERIFY(provider.supportedTypes().contains(Type::Passphrase));
    QVERIFY(!provider.supportedTypes().contains(Type::External));
    Worker worker(provider);
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(worker.ok);
    QCOMPARE(askedOn, QThread::currentThread());
    QCOMPARE(askedUri, kUri);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).prompt, QStringLiteral("Username:"));
    QCOMPARE(asked.at(0).defaultResult, QStringLiteral("root"));
    QCOMPARE(worker.credentials.at(0).result, QStringLiteral("alice"));
    QCOMPARE(worker.credentials.at(1).result, QStringLiteral("s3cret"));
}

void tst_PromptCredentialProvider::refusal_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("refused") << 0;
    QTest::newRow("reply-dropped") << 1;
    QTest::newRow("too-few-answers") << 2;
    QTest::newRow("answer-after-refusal-is-ignored") << 3;
}

void tst_PromptCredentialProvider::refusal()
{
    QFETCH(int, how);
    QObject context;
    PromptCredentialProvider provider(&context, [how](const QString&, const QList<LibvirtCredential>& q, Reply r) {
        switch (how) {
        case 0: r.refuse(); break;
        case 1: break; // the reply goes out of scope unanswered
        case 2: r.answer(q.mid(0, 1)); break;
        case 3:
            r.refuse();
            r.answer(answered(q, QStringLiteral("late"), QStringLiteral("late")));
            break;
        }
    });
    Worker worker(provider);
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
    QVERIFY(worker.credentials.at(0).result.isEmpty());
}

void tst_PromptCredentialProvider::answerLater()
{
    // As a dialog does: the asker returns at once and the user answers a while later.
    QObject context;
    PromptCredentialProvider provider(&context, [&context](const QString&, const QList<LibvirtCredential>& q, Reply r) {
        QTimer::singleShot(300, &context,
                           [q, r] { r.answer(answered(q, QStringLiteral("bob"), QStringLiteral("pw"))); });
    });
    Worker worker(provider);
    QTest::qWait(100);
    QVERIFY(!worker.finished());
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(worker.ok);
    QCOMPARE(worker.credentials.at(0).result, QStringLiteral("bob"));
}

void tst_PromptCredentialProvider::twoWorkersAtOnce()
{
    QObject context;
    QList<Reply> replies;
    QList<QList<LibvirtCredential>> asked;
    PromptCredentialProvider provider(&context, [&](const QString&, const QList<LibvirtCredential>& q, Reply r) {
        asked << q;
        replies << r;
    });
    QList<LibvirtCredential> first = questions();
    first[0].prompt = QStringLiteral("first");
    QList<LibvirtCredential> second = questions();
    second[0].prompt = QStringLiteral("second");
    Worker a(provider, first);
    Worker b(provider, second);
    QTRY_COMPARE_WITH_TIMEOUT(replies.size(), 2, kFinishMs);
    // Each answer goes to the worker that asked, whatever the order.
    for (int i = 0; i < 2; ++i)
        replies.at(i).answer(answered(asked.at(i), asked.at(i).at(0).prompt, QStringLiteral("pw")));
    QTRY_VERIFY_WITH_TIMEOUT(a.finished() && b.finished(), kFinishMs);
    QVERIFY(a.ok && b.ok);
    QCOMPARE(a.credentials.at(0).result, QStringLiteral("first"));
    QCOMPARE(b.credentials.at(0).result, QStringLiteral("second"));
}

void tst_PromptCredentialProvider::contextDestroyedWithQuestionQueued()
{
    auto context = std::make_unique<QObject>();
    int asked = 0;
    PromptCredentialProvider provider(context.get(),
                                      [&asked](const QString&, const QList<LibvirtCredential>&, Reply) { ++asked; });
    Worker worker(provider);
    // No events processed: the question is still queued when its context goes.
    QThread::msleep(kLetWorkerPostMs);
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
    QCOMPARE(asked, 0);
    // Nobody is left to ask: later questions are refused at once.
    QList<LibvirtCredential> again = questions();
    Worker late(provider, again);
    QTRY_VERIFY_WITH_TIMEOUT(late.finished(), kFinishMs);
    QVERIFY(!late.ok);
}

void tst_PromptCredentialProvider::contextDestroyedWhileAsking()
{
    auto context = std::make_unique<QObject>();
    Reply kept;
    PromptCredentialProvider provider(context.get(),
                                      [&kept](const QString&, const QList<LibvirtCredential>&, Reply r) { kept = r; });
    Worker worker(provider);
    QTRY_VERIFY_WITH_TIMEOUT(kept.isValid(), kFinishMs);
    QVERIFY(!worker.finished());
    // The reply is still held somewhere, but the asker's context is gone: the worker must not wait for it.
    context.reset();
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
}

void tst_PromptCredentialProvider::cancelLetsTheWorkerGoAndRefusesLaterQuestions()
{
    QObject context;
    int asked = 0;
    Reply kept;
    PromptCredentialProvider provider(&context, [&](const QString&, const QList<LibvirtCredential>&, Reply r) {
        ++asked;
        kept = r;
    });
    Worker worker(provider);
    QTRY_COMPARE_WITH_TIMEOUT(asked, 1, kFinishMs);
    QVERIFY(!worker.finished());
    provider.cancel();
    QVERIFY(provider.isCancelled());
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
    Worker late(provider);
    QTRY_VERIFY_WITH_TIMEOUT(late.finished(), kFinishMs);
    QVERIFY(!late.ok);
    QTest::qWait(50);
    QCOMPARE(asked, 1);
    // Answering a cancelled question afterwards is harmless.
    kept.answer(answered(questions(), QStringLiteral("x"), QStringLiteral("y")));
}

void tst_PromptCredentialProvider::quittingRefuses()
{
    QObject context;
    Reply kept;
    PromptCredentialProvider provider(&context,
                                      [&kept](const QString&, const QList<LibvirtCredential>&, Reply r) { kept = r; });
    Worker worker(provider);
    QTest::qWait(kLetWorkerPostMs);
    QVERIFY(!worker.finished());
    // What QCoreApplication::exec() emits on its way out; the event loop that would answer is gone.
    QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit", Qt::DirectConnection));
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
    QVERIFY(provider.isCancelled());
}

void tst_PromptCredentialProvider::guiThreadIsNeverBlocked()
{
    QObject context;
    int asked = 0;
    PromptCredentialProvider provider(&context,
                                      [&asked](const QString&, const QList<LibvirtCredential>&, Reply) { ++asked; });
    QList<LibvirtCredential> credentials = questions();
    // On the context's own thread there is nobody else to answer; waiting would hang the GUI.
    QVERIFY(!provider.provide(kUri, credentials));
    QCOMPARE(asked, 0);
}

QTEST_GUILESS_MAIN(tst_PromptCredentialProvider)
#include "tst_PromptCredentialProvider.moc"
