// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "WindowTour.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>

// Alt+letter must reach one control: in every language, every window and every state of it, the mnemonics of what
// is on screen together (buttons, check boxes, tabs, group boxes, labels of a buddy, the menu bar's titles) differ,
// and so do the actions of each menu. A letter twice is a clash: Qt then only cycles the focus between the two.
namespace {

/// One control's text and the letter Alt goes with.
struct Mnemonic
{
    QChar letter;
    QString text;
};

/// The letter after the first single '&' (as QKeySequence::mnemonic), upper case; null when there is none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isPrint())
            return text.at(i + 1).toUpper();
    }
    return {};
}

void add(QList<Mnemonic>& scope, const QString& text)
{
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull())
        scope.append({letter, text});
}

/// A tool button that shows an action takes the action's text without its '&' (QAction::iconText()), so Qt
/// neither underlines nor binds a letter. A translation's "(&U)" still shows as "(U)", though, and reads as
/// Alt+U to everyone who sees it: that counts as the button's mnemonic.
void addToolButton(QList<Mnemonic>& scope, const QToolButton* button)
{
    const QAction* action = button->defaultAction();
    if (!action || !mnemonicOf(button->text()).isNull())
        return;
    const QChar letter = mnemonicOf(action->text());
    if (!letter.isNull() && button->text().contains(QStringLiteral("(%1)").arg(letter), Qt::CaseInsensitive))
        scope.append({letter, action->text()});
}

/// What Alt+letter can reach in @p window as shown now: its visible controls and the menu bar's titles.
QList<Mnemonic> windowScope(const QWidget* window)
{
    QList<Mnemonic> scope;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto tabs = qobject_cast<const QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(scope, tabs->tabText(i));
        } else if (auto button = qobject_cast<const QAbstractButton*>(widget)) {
            add(scope, button->text());
            if (auto tool = qobject_cast<const QToolButton*>(button))
                addToolButton(scope, tool);
        } else if (auto box = qobject_cast<const QGroupBox*>(widget)) {
            add(scope, box->title());
        } else if (auto label = qobject_cast<const QLabel*>(widget)) {
            if (label->buddy())
                add(scope, label->text());
        } else if (auto bar = qobject_cast<const QMenuBar*>(widget)) {
            const QList<QAction*> titles = bar->actions();
            for (const QAction* title : titles)
                if (title->isVisible())
                    add(scope, title->text());
        }
    }
    return scope;
}

/// A menu's own scope: the letters of its actions, whatever else is on screen.
QList<Mnemonic> menuScope(const QMenu* menu)
{
    QList<Mnemonic> scope;
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions)
        if (action->isVisible() && !action->isSeparator())
            add(scope, action->text());
    return scope;
}

/// "where: Alt+X: 'one' vs 'two'" for every letter used more than once in @p scope.
QStringList clashesIn(const QList<Mnemonic>& scope, const QString& where)
{
    std::map<char16_t, QStringList> byLetter;
    for (const Mnemonic& m : scope)
        byLetter[m.letter.unicode()].append(QLatin1Char('\'') + m.text + QLatin1Char('\''));
    QStringList clashes;
    for (auto& [letter, texts] : byLetter) {
        if (texts.size() < 2)
            continue;
        texts.sort(); // the order of the widgets is no order a reader needs
        clashes << QStringLiteral("%1: Alt+%2: %3").arg(where, QChar(letter), texts.join(QStringLiteral(" vs ")));
    }
    return clashes;
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clashIsFound();
    void everyWindowInEveryLanguage_data();
    void everyWindowInEveryLanguage();
};

void tst_Mnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Mnemonics::cleanupTestCase()
{
    WindowTour::installLanguage(QStringLiteral("en"));
}

void tst_Mnemonics::clashIsFound()
{
    // The scan itself, on what the admin found: a form label and a check box that share Alt+R (Add Connection), a
    // tab and a button that share a letter, and a tool button whose translation shows "(U)". Hidden controls and
    // a label without a buddy do not count.
    QWidget window;
    auto layout = new QVBoxLayout(&window);
    auto form = new QFormLayout;
    form->addRow(QStringLiteral("U&RI:"), new QLineEdit(&window));
    form->addRow(QString(), new QCheckBox(QStringLiteral("Open &read-only"), &window));
    form->addRow(new QLabel(QStringLiteral("&Not a buddy"), &window));
    layout->addLayout(form);
    auto tabs = new QTabBar(&window);
    tabs->addTab(QStringLiteral("&Unplug"));
    tabs->addTab(QStringLiteral("&Devices"));
    layout->addWidget(tabs);
    layout->addWidget(new QPushButton(QStringLiteral("Re&do"), &window));
    auto undo = new QAction(QStringLiteral("元に戻す(&U)"), &window);
    auto tool = new QToolButton(&window);
    tool->setDefaultAction(undo);
    layout->addWidget(tool);
    auto hidden = new QPushButton(QStringLiteral("&Hidden"), &window);
    layout->addWidget(new QPushButton(QStringLiteral("&Help"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("Save && &Quit"), &window));
    layout->addWidget(new QPushButton(QStringLiteral("&&No mnemonic"), &window));
    layout->addWidget(hidden);
    hidden->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clashes = clashesIn(windowScope(&window), QStringLiteral("here"));
    QCOMPARE(clashes, QStringList({QStringLiteral("here: Alt+D: '&Devices' vs 'Re&do'"),
                                   QStringLiteral("here: Alt+R: 'Open &read-only' vs 'U&RI:'"),
                                   QStringLiteral("here: Alt+U: '&Unplug' vs '元に戻す(&U)'")}));
}

void tst_Mnemonics::everyWindowInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("window");
    for (const QString& language : WindowTour::languages())
        for (const QString& window : WindowTour::windows())
            QTest::newRow(qPrintable(language + QLatin1Char('/') + window)) << language << window;
}

void tst_Mnemonics::everyWindowInEveryLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, window);
    QVERIFY2(WindowTour::installLanguage(language), qPrintable(language));
    QStringList clashes;
    int states = 0;
    int mnemonics = 0;
    const auto visit = [&](QWidget* shown, const QString& state) {
        const QList<Mnemonic> scope = windowScope(shown);
        mnemonics += int(scope.size());
        clashes += clashesIn(scope, QStringLiteral("%1 / %2 / %3").arg(language, window, state));
        // Menus do not change with the state: once per window.
        if (states++ > 0)
            return;
        const QList<QMenu*> menus = shown->findChildren<QMenu*>();
        for (const QMenu* menu : menus) {
            // Context menus have no title; the menu bar's overflow menu has no name either.
            const QString name = !menu->title().isEmpty()        ? menu->title()
                                 : !menu->objectName().isEmpty() ? menu->objectName()
                                                                 : QStringLiteral("without a name");
            clashes += clashesIn(menuScope(menu), QStringLiteral("%1 / %2 / menu '%3'").arg(language, window, name));
        }
    };
    QString error;
    QVERIFY2(WindowTour::run(window, visit, &error), qPrintable(error));
    QVERIFY(states > 0);
    QVERIFY2(mnemonics > 0, "no mnemonic found: is the scan looking at the window?");
    // QFAIL, not QVERIFY2: QVERIFY2 cuts its message at 1 KiB, and every offender must be listed.
    if (!clashes.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 found:\n").arg(clashes.size()) + clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_Mnemonics.moc"
