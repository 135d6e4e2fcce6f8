// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/libvirt/PromptCredentialProvider.h"
#include "ui/CredentialDialog.h"
#include "ui/CredentialPrompter.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using Type = LibvirtCredential::Type;

namespace {
const QString kUri = QStringLiteral("qemu+tcp://kvm1/system");
constexpr int kFinishMs = 5000;

LibvirtCredential question(Type type, const QString& prompt, const QString& defaultResult = {})
{
    LibvirtCredential credential;
    credential.type = type;
    credential.prompt = prompt;
    credential.defaultResult = defaultResult;
    return credential;
}

QList<LibvirtCredential> login()
{
    return {question(Type::AuthName, QStringLiteral("Please enter your authentication name"), QStringLiteral("root")),
            question(Type::Passphrase, QStringLiteral("Please enter your password:"))};
}

/// A libvirt worker asking through the provider.
struct Worker
{
    Worker(PromptCredentialProvider& provider, const QString& uri)
        : provider(provider)
        , credentials(login())
    {
        thread.reset(QThread::create([this, &provider, uri] { ok = provider.provide(uri, credentials); }));
        thread->start();
    }
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

void click(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(which), Qt::LeftButton);
}
} // namespace

class tst_CredentialDialog : public QObject
{
    Q_OBJECT

private slots:
    void oneFieldPerQuestion();
    void secretsAreNotEchoed_data();
    void secretsAreNotEchoed();
    void labelFallsBackToTheType();
    void answerReachesTheWorker();
    void cancelRefuses();
    void questionsWaitTheirTurn();
    void prompterGoneRefuses();
};

void tst_CredentialDialog::oneFieldPerQuestion()
{
    CredentialDialog dialog(kUri, login());
    QCOMPARE(dialog.objectName(), QStringLiteral("credentialDialog"));
    QVERIFY(dialog.windowTitle().contains(kUri));
    QLineEdit* user = dialog.findChild<QLineEdit*>(QStringLiteral("credentialField0"));
    QLineEdit* password = dialog.findChild<QLineEdit*>(QStringLiteral("credentialField1"));
    QVERIFY(user && password);
    QCOMPARE(user->text(), QStringLiteral("root"));
    QCOMPARE(user->echoMode(), QLineEdit::Normal);
    QCOMPARE(user->accessibleName(), QStringLiteral("Please enter your authentication name:"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->accessibleName(), QStringLiteral("Please enter your password:"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Typing starts where libvirt had no answer to offer.
    QTRY_COMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(password, QStringLiteral("s3cret"));
    const QList<LibvirtCredential> answers = dialog.answers();
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).result, QStringLiteral("root"));
    QCOMPARE(answers.at(1).result, QStringLiteral("s3cret"));
    QCOMPARE(answers.at(1).type, Type::Passphrase);
}

void tst_CredentialDialog::secretsAreNotEchoed_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("secret");
    QTest::newRow("username") << int(Type::Username) << false;
    QTest::newRow("authname") << int(Type::AuthName) << false;
    QTest::newRow("passphrase") << int(Type::Passphrase) << true;
    QTest::newRow("echo-prompt") << int(Type::EchoPrompt) << false;
    QTest::newRow("no-echo-prompt") << int(Type::NoEchoPrompt) << true;
    QTest::newRow("realm") << int(Type::Realm) << false;
}

void tst_CredentialDialog::secretsAreNotEchoed()
{
    QFETCH(int, type);
    QFETCH(bool, secret);
    CredentialDialog dialog(kUri, {question(Type(type), QStringLiteral("Q"), QStringLiteral("default"))});
    QCOMPARE(dialog.field(0)->echoMode(), secret ? QLineEdit::Password : QLineEdit::Normal);
    // A default is never put into a hidden field, where the user could not see what is sent.
    QCOMPARE(dialog.field(0)->text(), secret ? QString() : QStringLiteral("default"));
}

void tst_CredentialDialog::labelFallsBackToTheType()
{
    QCOMPARE(CredentialDialog::labelFor(question(Type::Passphrase, {})), QStringLiteral("Password:"));
    QCOMPARE(CredentialDialog::labelFor(question(Type::Username, QStringLiteral("  "))), QStringLiteral("User name:"));
    QCOMPARE(CredentialDialog::labelFor(question(Type::Realm, QStringLiteral("Realm"))), QStringLiteral("Realm:"));
}

void tst_CredentialDialog::answerReachesTheWorker()
{
    QWidget window;
    auto prompter = new CredentialPrompter(&window);
    PromptCredentialProvider provider(prompter, prompter->asker());
    Worker worker(provider, kUri);
    QTRY_VERIFY_WITH_TIMEOUT(prompter->currentDialog(), kFinishMs);
    CredentialDialog* dialog = prompter->currentDialog();
    QCOMPARE(dialog->uri(), kUri);
    QCOMPARE(dialog->parentWidget(), &window);
    QVERIFY(!worker.finished());
    dialog->field(1)->setText(QStringLiteral("s3cret"));
    click(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(worker.ok);
    QCOMPARE(worker.credentials.at(0).result, QStringLiteral("root"));
    QCOMPARE(worker.credentials.at(1).result, QStringLiteral("s3cret"));
    QTRY_VERIFY(!prompter->currentDialog());
}

void tst_CredentialDialog::cancelRefuses()
{
    QWidget window;
    auto prompter = new CredentialPrompter(&window);
    PromptCredentialProvider provider(prompter, prompter->asker());
    Worker worker(provider, kUri);
    QTRY_VERIFY_WITH_TIMEOUT(prompter->currentDialog(), kFinishMs);
    click(prompter->currentDialog(), QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
    QVERIFY(worker.credentials.at(1).result.isEmpty());
}

void tst_CredentialDialog::questionsWaitTheirTurn()
{
    QWidget window;
    auto prompter = new CredentialPrompter(&window);
    PromptCredentialProvider provider(prompter, prompter->asker());
    const QString second = QStringLiteral("xen+tcp://dom0/system");
    Worker first(provider, kUri);
    QTRY_VERIFY_WITH_TIMEOUT(prompter->currentDialog(), kFinishMs);
    Worker other(provider, second);
    QTRY_COMPARE_WITH_TIMEOUT(prompter->waiting(), 1, kFinishMs);
    // One dialog at a time, in the order the questions came.
    QCOMPARE(prompter->currentDialog()->uri(), kUri);
    click(prompter->currentDialog(), QDialogButtonBox::Cancel);
    QTRY_VERIFY_WITH_TIMEOUT(prompter->currentDialog() && prompter->currentDialog()->uri() == second, kFinishMs);
    QCOMPARE(prompter->waiting(), 0);
    prompter->currentDialog()->field(1)->setText(QStringLiteral("pw"));
    click(prompter->currentDialog(), QDialogButtonBox::Ok);
    QTRY_VERIFY_WITH_TIMEOUT(first.finished() && other.finished(), kFinishMs);
    QVERIFY(!first.ok);
    QVERIFY(other.ok);
    QCOMPARE(other.credentials.at(1).result, QStringLiteral("pw"));
}

void tst_CredentialDialog::prompterGoneRefuses()
{
    QWidget window;
    auto prompter = new CredentialPrompter(&window);
    PromptCredentialProvider provider(prompter, prompter->asker());
    Worker worker(provider, kUri);
    QTRY_VERIFY_WITH_TIMEOUT(prompter->currentDialog(), kFinishMs);
    // The window closes with the question on screen: the worker is let go, not left waiting.
    delete prompter;
    QTRY_VERIFY_WITH_TIMEOUT(worker.finished(), kFinishMs);
    QVERIFY(!worker.ok);
}

QTEST_MAIN(tst_CredentialDialog)
#include "tst_CredentialDialog.moc"
