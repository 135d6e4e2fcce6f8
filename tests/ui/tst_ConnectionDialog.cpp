// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/DataPaths.h"
#include "model/fleet/RecentConnections.h"
#include "ui/ConnectionDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using Kind = ConnectionPreset::Kind;
Q_DECLARE_METATYPE(ConnectionPreset::Kind)

namespace {
/// The dialog's controls, found the way a UI test finds them: by object name.
struct Controls
{
    explicit Controls(ConnectionDialog& dialog)
        : preset(dialog.findChild<QComboBox*>(QStringLiteral("connectionPreset")))
        , host(dialog.findChild<QLineEdit*>(QStringLiteral("connectionHost")))
        , user(dialog.findChild<QLineEdit*>(QStringLiteral("connectionUser")))
        , uri(dialog.findChild<QLineEdit*>(QStringLiteral("connectionUri")))
        , readOnly(dialog.findChild<QCheckBox*>(QStringLiteral("connectionReadOnly")))
        , recent(dialog.findChild<QListWidget*>(QStringLiteral("connectionRecent")))
        , problem(dialog.findChild<QLabel*>(QStringLiteral("connectionProblem")))
        , ok(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok))
    {}
    bool complete() const { return preset && host && user && uri && readOnly && recent && problem && ok; }
    void choose(Kind kind) const { preset->setCurrentIndex(preset->findData(int(kind))); }

    QComboBox* preset;
    QLineEdit* host;
    QLineEdit* user;
    QLineEdit* uri;
    QCheckBox* readOnly;
    QListWidget* recent;
    QLabel* problem;
    QPushButton* ok;
};
} // namespace

class tst_ConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void presetGivesUri_data();
    void presetGivesUri();
    void customUriIsEditableAndValidated();
    void invalidUriCannotBeAccepted();
    void recentListFillsTheForm();
    void doubleClickOnRecentConnects();
    void noRecentHidesTheList();
    void remembersTheLastFields();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void uriMnemonicTypesIntoTheUri();
    void editFillsTheForm_data();
    void editFillsTheForm();
};

namespace {
/// The letter after a single '&' (lower case), or a null QChar.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// Every label's and button's mnemonic in @p dialog, hidden rows included (a preset change shows them).
QMultiHash<QChar, QString> mnemonics(const QDialog& dialog)
{
    QMultiHash<QChar, QString> found;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        if (const QChar key = mnemonic(label->text()); !key.isNull())
            found.insert(key, label->text());
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>())
        if (const QChar key = mnemonic(button->text()); !key.isNull())
            found.insert(key, button->text());
    return found;
}
} // namespace

void tst_ConnectionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ConnectionDialog::init()
{
    QSettings().clear();
}

void tst_ConnectionDialog::presetGivesUri_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("remote");
    QTest::newRow("xen") << Kind::Xen << ""
                         << ""
                         << "xen:///system"
                         << "" << false;
    QTest::newRow("qemu-system") << Kind::QemuSystem << ""
                                 << ""
                                 << "qemu:///system"
                                 << "" << false;
    QTest::newRow("qemu-ssh") << Kind::QemuSsh << "kvm1.example.com"
                              << "root"
                              << "qemu+ssh://root@kvm1.example.com/system"
                              << "" << true;
    QTest::newRow("xen-ssh-ipv6-port") << Kind::XenSsh << "[2001:db8::7]:2222"
                                       << ""
                                       << "xen+ssh://[2001:db8::7]:2222/system"
                                       << "" << true;
    QTest::newRow("demo") << Kind::Demo << ""
                          << "" << DataPaths::demoNodeUri() << "" << false;
    QTest::newRow("ssh-without-host") << Kind::QemuSsh << ""
                                      << "root"
                                      << ""
                                      << "Enter the host to connect to." << true;
    QTest::newRow("ssh-bad-port") << Kind::XenSsh << "dom0:http"
                                  << ""
                                  << ""
                                  << "The port must be a number from 1 to 65535." << true;
}

void tst_ConnectionDialog::presetGivesUri()
{
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, uri);
    QFETCH(QString, problem);
    QFETCH(bool, remote);
    ConnectionDialog dialog;
    QCOMPARE(dialog.objectName(), QStringLiteral("connectionDialog"));
    const Controls controls(dialog);
    QVERIFY(controls.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    controls.choose(kind);
    QCOMPARE(dialog.preset(), kind);
    QCOMPARE(controls.host->isVisible(), remote);
    QCOMPARE(controls.user->isVisible(), remote);
    // Editable under every preset: typing into it chooses a custom URI (uriMnemonicTypesIntoTheUri).
    QVERIFY(!controls.uri->isReadOnly());
    if (remote) {
        QTest::keyClicks(controls.host, host);
        QTest::keyClicks(controls.user, user);
    }
    QCOMPARE(controls.uri->text(), uri);
    QCOMPARE(dialog.uri(), uri);
    QCOMPARE(dialog.problem(), problem);
    QCOMPARE(controls.ok->isEnabled(), problem.isEmpty());
    QCOMPARE(controls.problem->isVisible(), !problem.isEmpty());
    QCOMPARE(controls.problem->text(), problem);
}

void tst_ConnectionDialog::customUriIsEditableAndValidated()
{
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    controls.choose(Kind::QemuSystem);
    controls.choose(Kind::Custom);
    QVERIFY(!controls.uri->isReadOnly());
    // A custom URI starts from the one the previous preset would have opened.
    QCOMPARE(controls.uri->text(), QStringLiteral("qemu:///system"));
    QVERIFY(controls.ok->isEnabled());
    controls.uri->clear();
    QTest::keyClicks(controls.uri, QStringLiteral("qemu system"));
    QVERIFY(!controls.ok->isEnabled());
    QCOMPARE(controls.problem->text(), QStringLiteral("A URI cannot contain spaces."));
    controls.uri->selectAll();
    QTest::keyClicks(controls.uri, QStringLiteral("qemu+tcp://kvm1/system"));
    QVERIFY(controls.ok->isEnabled());
    QVERIFY(!controls.problem->isVisible());
    QTest::mouseClick(controls.readOnly, Qt::LeftButton);
    QVERIFY(dialog.readOnly());
    QTest::mouseClick(controls.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.uri(), QStringLiteral("qemu+tcp://kvm1/system"));
}

void tst_ConnectionDialog::invalidUriCannotBeAccepted()
{
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    controls.choose(Kind::XenSsh);
    QVERIFY(!controls.ok->isEnabled());
    // Neither Enter nor a direct accept() (a double-clicked recent entry) gets past the validation.
    QTest::keyClick(controls.host, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.uri(), QString());
}

void tst_ConnectionDialog::recentListFillsTheForm()
{
    RecentConnections::remember(QStringLiteral("qemu+tls://kvm2/system"), false);
    RecentConnections::remember(QStringLiteral("xen+ssh://admin@dom0:2222/system"), true);
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    QVERIFY(controls.recent->isVisible());
    QCOMPARE(controls.recent->count(), 2);
    QCOMPARE(controls.recent->item(0)->text(), QStringLiteral("xen+ssh://admin@dom0:2222/system (read-only)"));
    QCOMPARE(controls.recent->item(1)->text(), QStringLiteral("qemu+tls://kvm2/system"));

    QTest::mouseClick(controls.recent->viewport(), Qt::LeftButton, {},
                      controls.recent->visualItemRect(controls.recent->item(0)).center());
    QCOMPARE(dialog.preset(), Kind::XenSsh);
    QCOMPARE(controls.host->text(), QStringLiteral("dom0:2222"));
    QCOMPARE(controls.user->text(), QStringLiteral("admin"));
    QCOMPARE(controls.uri->text(), QStringLiteral("xen+ssh://admin@dom0:2222/system"));
    QVERIFY(controls.readOnly->isChecked());

    QTest::mouseClick(controls.recent->viewport(), Qt::LeftButton, {},
                      controls.recent->visualItemRect(controls.recent->item(1)).center());
    QCOMPARE(dialog.preset(), Kind::Custom);
    QCOMPARE(controls.uri->text(), QStringLiteral("qemu+tls://kvm2/system"));
    QVERIFY(!controls.readOnly->isChecked());
    QVERIFY(controls.ok->isEnabled());
}

void tst_ConnectionDialog::doubleClickOnRecentConnects()
{
    RecentConnections::remember(QStringLiteral("qemu:///system"), true);
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QPoint centre = controls.recent->visualItemRect(controls.recent->item(0)).center();
    // What a real double click delivers: press and release, then the double click and its release.
    QTest::mouseClick(controls.recent->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(controls.recent->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.uri(), QStringLiteral("qemu:///system"));
    QVERIFY(dialog.readOnly());
}

void tst_ConnectionDialog::noRecentHidesTheList()
{
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    QCOMPARE(controls.recent->count(), 0);
    QVERIFY(!controls.recent->isVisible());
}

void tst_ConnectionDialog::remembersTheLastFields()
{
    {
        ConnectionDialog dialog;
        const Controls controls(dialog);
        controls.choose(Kind::QemuSsh);
        controls.host->setText(QStringLiteral("kvm9"));
        controls.user->setText(QStringLiteral("ops"));
        dialog.accept();
    }
    ConnectionDialog again;
    const Controls controls(again);
    QCOMPARE(again.preset(), Kind::QemuSsh);
    QCOMPARE(controls.uri->text(), QStringLiteral("qemu+ssh://ops@kvm9/system"));
}

void tst_ConnectionDialog::mnemonicsAreUnique_data()
{
    QTest::addColumn<bool>("edit");
    QTest::newRow("add") << false;
    QTest::newRow("edit") << true;
}

void tst_ConnectionDialog::mnemonicsAreUnique()
{
    QFETCH(bool, edit);
    // Issue 19 item 3: Alt+R was both "URI" and "Open read-only".
    RecentConnections::remember(QStringLiteral("qemu:///system"), false);
    ConnectionDialog dialog;
    if (edit)
        dialog.setConnection(QStringLiteral("xen+ssh://root@dom0/system"), true);
    const QMultiHash<QChar, QString> found = mnemonics(dialog);
    // Type, Host, User, URI, read-only, Recent, Connect at least.
    QVERIFY2(found.size() >= 7, qPrintable(QStringList(found.values()).join(QStringLiteral(", "))));
    for (const QChar key : found.uniqueKeys())
        QVERIFY2(found.count(key) == 1,
                 qPrintable(QStringLiteral("Alt+%1 is shared by: %2")
                                .arg(key, QStringList(found.values(key)).join(QStringLiteral(", ")))));
}

void tst_ConnectionDialog::uriMnemonicTypesIntoTheUri()
{
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The default preset (Xen) fills the URI in itself; the admin presses the URI label's key and types one.
    QCOMPARE(dialog.preset(), Kind::Xen);
    QLabel* label = nullptr;
    for (QLabel* candidate : dialog.findChildren<QLabel*>())
        if (candidate->buddy() == controls.uri)
            label = candidate;
    QVERIFY(label);
    const QChar key = mnemonic(label->text());
    QVERIFY(!key.isNull());
    QTest::keyClick(&dialog, key.toLatin1(), Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), controls.uri);
    const QString typed = QStringLiteral("qemu+ssh://root@kvm7.example.com/system");
    QTest::keyClicks(QApplication::focusWidget(), typed);
    QCOMPARE(controls.uri->text(), typed);
    QCOMPARE(dialog.preset(), Kind::Custom);
    QVERIFY(!controls.readOnly->isChecked());
    QVERIFY(controls.ok->isEnabled());
    QTest::keyClick(controls.uri, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.uri(), typed);
}

void tst_ConnectionDialog::editFillsTheForm_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::newRow("xen-ssh-read-only") << QStringLiteral("xen+ssh://admin@dom0:2222/system") << true << Kind::XenSsh
                                       << QStringLiteral("dom0:2222") << QStringLiteral("admin");
    QTest::newRow("custom") << QStringLiteral("qemu+tls://kvm2/system") << false << Kind::Custom << QString()
                            << QString();
    QTest::newRow("demo") << DataPaths::demoNodeUri() << true << Kind::Demo << QString() << QString();
}

void tst_ConnectionDialog::editFillsTheForm()
{
    QFETCH(QString, uri);
    QFETCH(bool, readOnly);
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(QString, user);
    ConnectionDialog dialog;
    const Controls controls(dialog);
    dialog.setConnection(uri, readOnly);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Connection"));
    QCOMPARE(dialog.preset(), kind);
    QCOMPARE(controls.uri->text(), uri);
    QCOMPARE(controls.readOnly->isChecked(), readOnly);
    if (ConnectionPreset::isRemote(kind)) {
        QCOMPARE(controls.host->text(), host);
        QCOMPARE(controls.user->text(), user);
    }
    QVERIFY(controls.ok->isEnabled());
    QCOMPARE(dialog.uri(), uri);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_ConnectionDialog.moc"
