// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/ProductRegistry.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/DataPaths.h"
#include "model/core/Translator.h"
#include "model/fleet/BlacklistModel.h"
#include "model/fleet/ConnectionListModel.h"
#include "model/fleet/Fleet.h"
#include "model/fleet/VmListModel.h"
#include "model/fleet/VmRecord.h"
#include "ui/BlacklistEditor.h"
#include "ui/MainWindow.h"
#include "ui/VmDetailsView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using xp::device::Flavour;

Q_DECLARE_METATYPE(VmConfig)

char* toString(const BlacklistItem& item)
{
    return QTest::toString(QStringLiteral("{0x%1 %2-%3 '%4'}")
                               .arg(item.product, 4, 16, QLatin1Char('0'))
                               .arg(item.firstBuild)
                               .arg(item.lastBuild)
                               .arg(item.comment));
}

namespace {
BlacklistItem entry(quint16 product, quint32 first, quint32 last, const QString& comment = {})
{
    return BlacklistItem{product, first, last, comment};
}

VmConfig vm(const QString& name, Flavour flavour, const QList<BlacklistItem>& blacklist)
{
    VmConfig config;
    config.key = QStringLiteral("test:///demo/") + name;
    config.name = name;
    config.flavour = flavour;
    config.flavourFromMetadata = true;
    config.hasMetadata = true;
    config.guest.os = GuestOs::Windows;
    config.blacklist = blacklist;
    return config;
}

QAction* action(const QWidget& root, const char* name)
{
    return root.findChild<QAction*>(QString::fromLatin1(name));
}

/// Opens the cell's editor as a double click would, and returns it.
template<typename Editor>
Editor* openEditor(QTableView* table, int row, int column, const char* name)
{
    const QModelIndex cell = table->model()->index(row, column);
    table->setCurrentIndex(cell);
    table->edit(cell);
    // Closed editors linger until their deferred deletion: the open one is the visible one.
    const auto editors = table->findChildren<Editor*>(QString::fromLatin1(name));
    for (Editor* editor : editors)
        if (editor->isVisible())
            return editor;
    return nullptr;
}

/// Presses Enter in a cell editor; the delegate commits on a queued call, as in the running console.
void pressEnter(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

/// Installs the catalogs of @p language as xpconsole --lang does, replacing those installed before.
void useLanguage(const QString& language)
{
    const QList<QTranslator*> installed = qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translator::install(*qApp, language);
}

/// Whether @p line shows all of @p text: QLineEdit scrolls a text that does not fit, so its start and its end are
/// then never both inside the line edit a text's width apart.
bool showsWhole(QLineEdit* line, const QString& text)
{
    const auto cursorAt = [line](qsizetype position) {
        line->setCursorPosition(int(position));
        line->grab(); // QLineEdit scrolls when it paints
        return line->inputMethodQuery(Qt::ImCursorRectangle).toRect().center().x();
    };
    line->setText(text);
    const int end = cursorAt(text.size());
    const int start = cursorAt(0);
    return start >= 0 && end <= line->width() && end - start >= line->fontMetrics().horizontalAdvance(text);
}

/// Types @p text into the Builds cell of @p row and presses Enter.
void typeBuilds(QTableView* table, int row, const QString& text)
{
    auto line = openEditor<QLineEdit>(table, row, BlacklistModel::Builds, "blacklistBuildsEditor");
    QVERIFY(line);
    line->clear();
    QTest::keyClicks(line, text);
    pressEnter(line);
}
} // namespace

class tst_BlacklistEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void controlsAreFoundByName();
    void addAnEntryByEditingCells();
    void undoAndRedoByShortcut();
    void invalidInputIsShownInlineAndRefused();
    void duplicateEntryBlocksApply();
    void readOnlyDisablesEveryWriteControl_data();
    void readOnlyDisablesEveryWriteControl();
    void switchingVmWithUnappliedEditsAsks();
    void discardQuestionIsAMessageBox_data();
    void discardQuestionIsAMessageBox();
    void sameVmReReadKeepsEdits();
    void removeThenRevert();
    void templateModeSaysEnforcementDepends();
    void vmDetailsViewHasABlacklistTab();
    void namesAndRangesFitAt1024x700_data();
    void namesAndRangesFitAt1024x700();

private:
    BlacklistEditor* m_editor = nullptr;
    QTableView* m_table = nullptr;
};

void tst_BlacklistEditor::init()
{
    m_editor = new BlacklistEditor;
    m_editor->resize(900, 400);
    m_table = m_editor->findChild<QTableView*>(QStringLiteral("blacklistTable"));
    QVERIFY(m_table);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void tst_BlacklistEditor::cleanup()
{
    delete m_editor;
    m_editor = nullptr;
}

void tst_BlacklistEditor::controlsAreFoundByName()
{
    for (const char* name :
         {"blacklistAdd", "blacklistRemove", "blacklistUndo", "blacklistRedo", "blacklistApply", "blacklistRevert"}) {
        QAction* a = action(*m_editor, name);
        QVERIFY2(a, name);
        auto button = m_editor->findChild<QAbstractButton*>(QString::fromLatin1(name) + QStringLiteral("Button"));
        QVERIFY2(button, name);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(!a->isEnabled()); // nothing loaded yet
    }
    QCOMPARE(action(*m_editor, "blacklistUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(action(*m_editor, "blacklistRedo")->shortcut(), QKeySequence(QKeySequence::Redo));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("blacklistError")));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("blacklistPending")));
    QCOMPARE(m_editor->findChild<QLabel*>(QStringLiteral("blacklistContext"))->text(),
             QStringLiteral("Select a VM to see and edit its driver blacklist."));
    QVERIFY(!m_table->accessibleName().isEmpty());
}

void tst_BlacklistEditor::addAnEntryByEditingCells()
{
    const VmConfig config = vm(QStringLiteral("win10-legacy"), Flavour::QemuTraditional, {entry(1, 60, 60)});
    m_editor->setVm(config);
    auto pending = m_editor->findChild<QLabel*>(QStringLiteral("blacklistPending"));
    QVERIFY(!pending->isVisible());
    QVERIFY(!action(*m_editor, "blacklistApply")->isEnabled());

    action(*m_editor, "blacklistAdd")->trigger();
    QCOMPARE(m_table->model()->rowCount(), 2);
    // Add opens the new row's product editor: pick a registry name and press Enter.
    auto product = m_table->findChild<QComboBox*>(QStringLiteral("blacklistProductEditor"));
    QVERIFY(product);
    QVERIFY(product->isVisible());
    QCOMPARE(product->findText(QStringLiteral("gplpv-windows")) >= 0, true);
    product->setEditText(QStringLiteral("gplpv-windows"));
    pressEnter(product);
    typeBuilds(m_table, 1, QStringLiteral("1-5"));
    auto comment = openEditor<QLineEdit>(m_table, 1, BlacklistModel::Comment, "blacklistCommentEditor");
    QVERIFY(comment);
    QTest::keyClicks(comment, QStringLiteral("hangs at boot"));
    pressEnter(comment);

    const BlacklistItem added = entry(2, 1, 5, QStringLiteral("hangs at boot"));
    QCOMPARE(m_editor->entries(), (QList<BlacklistItem>{entry(1, 60, 60), added}));
    QCOMPARE(m_table->model()->index(1, BlacklistModel::Builds).data().toString(), QStringLiteral("1\u20135"));
    QVERIFY(m_table->model()
                ->index(1, BlacklistModel::Effect)
                .data()
                .toString()
                .startsWith(QStringLiteral("Drivers of gplpv-windows (0x0002) builds 1\u20135 are refused")));
    QVERIFY(m_editor->hasUnappliedEdits());
    QCOMPARE(m_editor->unappliedEditCount(), 4); // add, product, builds, comment
    QVERIFY(pending->isVisible());
    QCOMPARE(pending->text(), QStringLiteral("Changes pending: 4 unapplied edits"));

    action(*m_editor, "blacklistUndo")->trigger();
    QCOMPARE(m_editor->entries().at(1).comment, QString());
    action(*m_editor, "blacklistUndo")->trigger();
    QCOMPARE(m_editor->entries().at(1), entry(2, 0, 0));
    action(*m_editor, "blacklistRedo")->trigger();
    action(*m_editor, "blacklistRedo")->trigger();
    QCOMPARE(m_editor->entries().at(1), added);
    QVERIFY(!action(*m_editor, "blacklistRedo")->isEnabled());

    QSignalSpy applied(m_editor, &BlacklistEditor::applyRequested);
    QVERIFY(action(*m_editor, "blacklistApply")->isEnabled());
    action(*m_editor, "blacklistApply")->trigger();
    QCOMPARE(applied.count(), 1);
    const auto edited = applied.at(0).at(0).value<VmConfig>();
    QCOMPARE(edited.blacklist, (QList<BlacklistItem>{entry(1, 60, 60), added}));
    QCOMPARE(edited.key, config.key);
    QCOMPARE(edited.flavour, Flavour::QemuTraditional);
    QCOMPARE(edited.guest, config.guest);

    QSignalSpy pendingChanged(m_editor, &BlacklistEditor::pendingChanged);
    m_editor->markApplied();
    QVERIFY(!m_editor->hasUnappliedEdits());
    QCOMPARE(pendingChanged.count(), 1);
    QCOMPARE(pendingChanged.at(0).at(0).toBool(), false);
    QVERIFY(!pending->isVisible());
    QVERIFY(!action(*m_editor, "blacklistApply")->isEnabled());
    QVERIFY(!action(*m_editor, "blacklistRevert")->isEnabled());
}

void tst_BlacklistEditor::undoAndRedoByShortcut()
{
    m_editor->setVm(vm(QStringLiteral("w"), Flavour::QemuUpstream, {entry(1, 60, 60)}));
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor));
    typeBuilds(m_table, 0, QStringLiteral("61"));
    QCOMPARE(m_editor->entries().at(0), entry(1, 61, 61));
    m_table->setFocus();
    QTest::keySequence(m_table, QKeySequence::Undo);
    QCOMPARE(m_editor->entries().at(0), entry(1, 60, 60));
    QTest::keySequence(m_table, QKeySequence::Redo);
    QCOMPARE(m_editor->entries().at(0), entry(1, 61, 61));
}

void tst_BlacklistEditor::invalidInputIsShownInlineAndRefused()
{
    m_editor->setVm(vm(QStringLiteral("w"), Flavour::QemuTraditional, {entry(1, 60, 60)}));
    auto error = m_editor->findChild<QLabel*>(QStringLiteral("blacklistError"));
    QVERIFY(!error->isVisible());
    auto line = openEditor<QLineEdit>(m_table, 0, BlacklistModel::Builds, "blacklistBuildsEditor");
    QVERIFY(line);
    line->clear();
    QTest::keyClicks(line, QStringLiteral("5-1"));
    // While typing: the label under the table and a warning icon in the editor.
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("reversed")), qPrintable(error->text()));
    auto marker = line->findChild<QAction*>(QStringLiteral("blacklistInputProblem"));
    QVERIFY(marker);
    QVERIFY(marker->isVisible());
    QCOMPARE(line->toolTip(), error->text());

    pressEnter(line);
    QCOMPARE(m_editor->entries().at(0), entry(1, 60, 60));
    QVERIFY(!m_editor->hasUnappliedEdits());
    QVERIFY(error->isVisible()); // the refusal stays on show
    QVERIFY(error->text().contains(QStringLiteral("5\u20131 is reversed")));

    // Fixing the text while typing clears the marker; the accepted edit clears the label.
    line = openEditor<QLineEdit>(m_table, 0, BlacklistModel::Builds, "blacklistBuildsEditor");
    QVERIFY(line);
    line->clear();
    QTest::keyClicks(line, QStringLiteral("1-5"));
    QVERIFY(!line->findChild<QAction*>(QStringLiteral("blacklistInputProblem"))->isVisible());
    pressEnter(line);
    QCOMPARE(m_editor->entries().at(0), entry(1, 1, 5));
    QVERIFY(!error->isVisible());
}

void tst_BlacklistEditor::duplicateEntryBlocksApply()
{
    m_editor->setVm(vm(QStringLiteral("w"), Flavour::QemuTraditional, {entry(1, 0, 0)}));
    m_table->setCurrentIndex(m_table->model()->index(0, 0));
    action(*m_editor, "blacklistAdd")->trigger(); // the new row defaults to the current row's product, build 0
    QTest::keyClick(m_table->findChild<QComboBox*>(QStringLiteral("blacklistProductEditor")), Qt::Key_Escape);
    QCOMPARE(m_editor->entries(), (QList<BlacklistItem>{entry(1, 0, 0), entry(1, 0, 0)}));
    QVERIFY(m_editor->hasUnappliedEdits());
    QVERIFY(!action(*m_editor, "blacklistApply")->isEnabled());
    auto error = m_editor->findChild<QLabel*>(QStringLiteral("blacklistError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("same product and builds")), qPrintable(error->text()));
    typeBuilds(m_table, 1, QStringLiteral("7"));
    QVERIFY(action(*m_editor, "blacklistApply")->isEnabled());
    QVERIFY(!error->isVisible());
}

void tst_BlacklistEditor::readOnlyDisablesEveryWriteControl_data()
{
    QTest::addColumn<bool>("byConnection"); // else: the VM's metadata has a newer schema
    QTest::newRow("read-only-connection") << true;
    QTest::newRow("newer-metadata-schema") << false;
}

void tst_BlacklistEditor::readOnlyDisablesEveryWriteControl()
{
    QFETCH(bool, byConnection);
    VmConfig config = vm(QStringLiteral("w"), Flavour::QemuTraditional, {entry(1, 60, 60)});
    config.metadataReadOnly = !byConnection;
    m_editor->setVm(config);
    if (byConnection) {
        typeBuilds(m_table, 0, QStringLiteral("61")); // an edit, so Undo, Apply and Revert were enabled
        QVERIFY(action(*m_editor, "blacklistUndo")->isEnabled());
        QVERIFY(action(*m_editor, "blacklistApply")->isEnabled());
        m_editor->setReadOnly(true);
    }
    m_table->selectRow(0);
    for (const char* name :
         {"blacklistAdd", "blacklistRemove", "blacklistUndo", "blacklistRedo", "blacklistApply", "blacklistRevert"})
        QVERIFY2(!action(*m_editor, name)->isEnabled(), name);
    QCOMPARE(m_table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QSignalSpy applied(m_editor, &BlacklistEditor::applyRequested);
    QTest::keySequence(m_table, QKeySequence::Undo);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(m_editor->entries().at(0).firstBuild, byConnection ? 61u : 60u);

    if (byConnection) {
        m_editor->setReadOnly(false);
        QVERIFY(action(*m_editor, "blacklistAdd")->isEnabled());
        QVERIFY(action(*m_editor, "blacklistUndo")->isEnabled());
        QVERIFY(m_table->editTriggers() != QAbstractItemView::NoEditTriggers);
    } else {
        QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("blacklistContext"))
                    ->text()
                    .contains(QStringLiteral("read-only")));
    }
}

void tst_BlacklistEditor::switchingVmWithUnappliedEditsAsks()
{
    const VmConfig legacy = vm(QStringLiteral("win10-legacy"), Flavour::QemuTraditional, {entry(1, 60, 60)});
    m_editor->setVm(legacy);
    QStringList questions;
    QStringList consequences;
    bool answer = false;
    m_editor->setDiscardPrompt([&](const QString& question, const QString& consequence) {
        questions.append(question);
        consequences.append(consequence);
        return answer;
    });
    QVERIFY(m_editor->maybeDiscard()); // nothing to lose: no question
    QVERIFY(questions.isEmpty());

    typeBuilds(m_table, 0, QStringLiteral("61"));
    auto comment = openEditor<QLineEdit>(m_table, 0, BlacklistModel::Comment, "blacklistCommentEditor");
    QTest::keyClicks(comment, QStringLiteral("x"));
    pressEnter(comment);
    QCOMPARE(m_editor->unappliedEditCount(), 2);

    QVERIFY(!m_editor->maybeDiscard());
    QCOMPARE(questions, QStringList{QStringLiteral("Discard 2 unapplied blacklist edits for VM win10-legacy?")});
    QVERIFY(consequences.constFirst().contains(QStringLiteral("stays as it was last applied")));
    QVERIFY(m_editor->hasUnappliedEdits());
    QCOMPARE(m_editor->entries().at(0), entry(1, 61, 61, QStringLiteral("x")));

    answer = true;
    QVERIFY(m_editor->maybeDiscard());
    QCOMPARE(questions.size(), 2);
    QVERIFY(!m_editor->hasUnappliedEdits());
    QCOMPARE(m_editor->entries(), legacy.blacklist);
    m_editor->setVm(vm(QStringLiteral("other"), Flavour::QemuUpstream, {}));
    QCOMPARE(m_editor->vmKey(), QStringLiteral("test:///demo/other"));

    action(*m_editor, "blacklistAdd")->trigger();
    QVERIFY(m_editor->hasUnappliedEdits());
    QVERIFY(m_editor->maybeDiscard());
    QCOMPARE(questions.constLast(), QStringLiteral("Discard the unapplied blacklist edit for VM other?"));
    QCOMPARE(m_table->model()->rowCount(), 0);
}

void tst_BlacklistEditor::discardQuestionIsAMessageBox_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<bool>("discarded");
    QTest::newRow("cancel-keeps-the-edits") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard-drops-the-edits") << int(QMessageBox::Discard) << true;
}

void tst_BlacklistEditor::discardQuestionIsAMessageBox()
{
    QFETCH(int, button);
    QFETCH(bool, discarded);
    m_editor->setVm(vm(QStringLiteral("win10-legacy"), Flavour::QemuTraditional, {entry(1, 60, 60)}));
    typeBuilds(m_table, 0, QStringLiteral("61"));
    QString shown;
    QTimer::singleShot(0, this, [&] {
        auto box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("blacklistDiscardQuestion"));
        shown = box->text();
        QCOMPARE(box->standardButton(box->defaultButton()), QMessageBox::Cancel);
        box->button(QMessageBox::StandardButton(button))->click();
    });
    QCOMPARE(m_editor->maybeDiscard(), discarded);
    QCOMPARE(shown, QStringLiteral("Discard the unapplied blacklist edit for VM win10-legacy?"));
    QCOMPARE(m_editor->hasUnappliedEdits(), !discarded);
}

void tst_BlacklistEditor::sameVmReReadKeepsEdits()
{
    VmConfig config = vm(QStringLiteral("w"), Flavour::QemuTraditional, {entry(1, 60, 60)});
    m_editor->setVm(config);
    typeBuilds(m_table, 0, QStringLiteral("1-5"));
    // libvirt reports a change of the same VM: another flavour, the same stored blacklist.
    config.flavour = Flavour::QemuUpstream;
    m_editor->setVm(config);
    QVERIFY(m_editor->hasUnappliedEdits());
    QCOMPARE(m_editor->entries().at(0), entry(1, 1, 5));
    QVERIFY(m_table->model()
                ->index(0, BlacklistModel::Effect)
                .data()
                .toString()
                .startsWith(QStringLiteral("Not enforced: upstream QEMU")));
    // Someone else changed the stored blacklist meanwhile: the edits stay, and Revert goes to the new one.
    config.blacklist = {entry(2, 9, 9)};
    m_editor->setVm(config);
    QCOMPARE(m_editor->entries().at(0), entry(1, 1, 5));
    QVERIFY(m_editor->hasUnappliedEdits());
    action(*m_editor, "blacklistRevert")->trigger();
    QCOMPARE(m_editor->entries(), config.blacklist);
    QVERIFY(!m_editor->hasUnappliedEdits());
    // Another VM is loaded afresh, and dropping edits that way is logged.
    typeBuilds(m_table, 0, QStringLiteral("10"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dropping 1 unapplied blacklist edits")));
    m_editor->setVm(vm(QStringLiteral("v"), Flavour::XenServerTrad, {}));
    QCOMPARE(m_table->model()->rowCount(), 0);
    QVERIFY(!m_editor->hasUnappliedEdits());
    QVERIFY(!action(*m_editor, "blacklistUndo")->isEnabled());
}

void tst_BlacklistEditor::removeThenRevert()
{
    const QList<BlacklistItem> stored{entry(1, 60, 60), entry(2, 1, 5), entry(0xffff, 3, 3)};
    m_editor->setVm(vm(QStringLiteral("w"), Flavour::XenServerTrad, stored));
    QVERIFY(!action(*m_editor, "blacklistRemove")->isEnabled());
    m_table->selectRow(0);
    m_table->selectionModel()->select(m_table->model()->index(2, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action(*m_editor, "blacklistRemove")->isEnabled());
    action(*m_editor, "blacklistRemove")->trigger();
    QCOMPARE(m_editor->entries(), QList<BlacklistItem>{entry(2, 1, 5)});
    QCOMPARE(m_editor->unappliedEditCount(), 1); // one step for both rows
    action(*m_editor, "blacklistRevert")->trigger();
    QCOMPARE(m_editor->entries(), stored);
    QVERIFY(!m_editor->hasUnappliedEdits());
    // Revert went back through the undo history, so the removal can be redone.
    QVERIFY(action(*m_editor, "blacklistRedo")->isEnabled());
}

void tst_BlacklistEditor::templateModeSaysEnforcementDepends()
{
    const QList<BlacklistItem> entries{entry(1, 1, 5)};
    m_editor->setTemplate(entries);
    QVERIFY(m_editor->isTemplate());
    QVERIFY(m_editor->vmKey().isEmpty());
    QVERIFY(m_table->model()
                ->index(0, BlacklistModel::Effect)
                .data()
                .toString()
                .contains(QStringLiteral("depends on each VM's device model")));
    QVERIFY(m_editor->findChild<QLabel*>(QStringLiteral("blacklistContext"))
                ->text()
                .startsWith(QStringLiteral("Fleet template.")));
    QSignalSpy templateApplied(m_editor, &BlacklistEditor::templateApplyRequested);
    QSignalSpy vmApplied(m_editor, &BlacklistEditor::applyRequested);
    QVERIFY(action(*m_editor, "blacklistApply")->isEnabled()); // a template may be applied as loaded
    action(*m_editor, "blacklistApply")->trigger();
    QCOMPARE(templateApplied.count(), 1);
    QCOMPARE(templateApplied.at(0).at(0).value<QList<BlacklistItem>>(), entries);
    QCOMPARE(vmApplied.count(), 0);

    typeBuilds(m_table, 0, QStringLiteral("2-5"));
    QStringList questions;
    m_editor->setDiscardPrompt([&](const QString& question, const QString&) {
        questions.append(question);
        return true;
    });
    QVERIFY(m_editor->maybeDiscard());
    QCOMPARE(questions, QStringList{QStringLiteral("Discard the unapplied edit of the blacklist template?")});
    QCOMPARE(m_editor->entries(), entries);
}

void tst_BlacklistEditor::vmDetailsViewHasABlacklistTab()
{
    VmDetailsView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.selectTab(QStringLiteral("blacklistTab")));
    BlacklistEditor* editor = view.blacklistEditor();
    QVERIFY(editor);
    QCOMPARE(view.currentWidget()->objectName(), QStringLiteral("blacklistTab"));
    QVERIFY(view.currentWidget()->isAncestorOf(editor));

    VmRecord record;
    record.config = vm(QStringLiteral("win10-legacy"), Flavour::QemuTraditional, {entry(1, 60, 60)});
    view.showRecord(&record);
    QCOMPARE(editor->entries(), record.config.blacklist);
    const int tab = view.currentIndex();
    QCOMPARE(view.tabText(tab), QStringLiteral("B&lacklist"));

    auto table = editor->findChild<QTableView*>(QStringLiteral("blacklistTable"));
    typeBuilds(table, 0, QStringLiteral("61"));
    QCOMPARE(view.tabText(tab), QStringLiteral("B&lacklist (changes pending)"));
    view.showRecord(&record); // the same VM refreshed
    QCOMPARE(editor->entries().at(0), entry(1, 61, 61));

    int asked = 0;
    editor->setDiscardPrompt([&](const QString&, const QString&) {
        ++asked;
        return false;
    });
    QVERIFY(!view.maybeDiscardEdits());
    QCOMPARE(asked, 1);
    editor->setDiscardPrompt([&](const QString&, const QString&) { return true; });
    QVERIFY(view.maybeDiscardEdits());
    QCOMPARE(view.tabText(tab), QStringLiteral("B&lacklist"));
    view.showRecord(nullptr);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!editor->findChild<QAction*>(QStringLiteral("blacklistAdd"))->isEnabled());
}

void tst_BlacklistEditor::namesAndRangesFitAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "de", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_BlacklistEditor::namesAndRangesFitAt1024x700()
{
    // Issue 19 item 8: in the details pane of a 1024x700 main window the product editor showed "xe…ws" and the
    // builds editor was 45 px wide. dc-01 has no entries yet: the columns are as narrow as they ever get.
    QFETCH(QString, language);
    useLanguage(language);
    const auto restore = qScopeGuard([] { useLanguage(QStringLiteral("en")); });
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    VmListModel vms;
    const BindingEngine engine(DriverCatalogue::shipped());
    ConnectionListModel connections(engine, &vms);
    MainWindow window(&vms, &connections);
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Fleet* fleet = connections.fleetAt(connections.add(DataPaths::demoNodeUri(), false));
    QSignalSpy loaded(fleet, &Fleet::loaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(window.selectVm(QStringLiteral("dc-01")));
    QVERIFY(window.details()->selectTab(QStringLiteral("blacklistTab")));
    BlacklistEditor* editor = window.details()->blacklistEditor();
    editor->setDiscardPrompt([](const QString&, const QString&) { return true; });
    auto table = editor->findChild<QTableView*>(QStringLiteral("blacklistTable"));
    QCOMPARE(table->model()->rowCount(), 0);

    QString longest; // of the product registry, which the product editor offers
    for (const auto& product : xp::device::ProductRegistry::all())
        if (product.name.size() > size_t(longest.size()))
            longest = QString::fromLatin1(product.name.data(), qsizetype(product.name.size()));
    action(*editor, "blacklistAdd")->trigger();
    auto product = table->findChild<QComboBox*>(QStringLiteral("blacklistProductEditor"));
    QVERIFY(product && product->isVisible());
    QVERIFY2(table->viewport()->rect().contains(product->geometry()), "the product editor is scrolled out of sight");
    QVERIFY2(showsWhole(product->lineEdit(), longest),
             qPrintable(QStringLiteral("%1 px for '%2'").arg(product->width()).arg(longest)));
    product->showPopup();
    QAbstractItemView* popup = product->view();
    QVERIFY2(popup->viewport()->width() >= popup->sizeHintForColumn(0),
             qPrintable(QStringLiteral("popup %1 px, names need %2")
                            .arg(popup->viewport()->width())
                            .arg(popup->sizeHintForColumn(0))));
    product->hidePopup();
    product->setEditText(longest);
    pressEnter(product);

    // The cell shows the product's label ("name (0x0004)") unelided.
    const QModelIndex cell = table->model()->index(0, BlacklistModel::Product);
    const QString label = cell.data().toString();
    QVERIFY2(label.startsWith(longest), qPrintable(label));
    const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const int needed = table->fontMetrics().horizontalAdvance(label) + 2 * textMargin;
    QVERIFY2(
        table->visualRect(cell).width() >= needed,
        qPrintable(
            QStringLiteral("%1 px for '%2', needs %3").arg(table->visualRect(cell).width()).arg(label).arg(needed)));

    // A range, and the placeholder's own text (refused, so the problem icon takes its room too).
    auto builds = openEditor<QLineEdit>(table, 0, BlacklistModel::Builds, "blacklistBuildsEditor");
    QVERIFY(builds);
    QVERIFY2(table->viewport()->rect().contains(builds->geometry()), "the builds editor is scrolled out of sight");
    for (const QString& text : {QStringLiteral("4711-4799"), builds->placeholderText()})
        QVERIFY2(showsWhole(builds, text), qPrintable(QStringLiteral("%1 px for '%2'").arg(builds->width()).arg(text)));
    QVERIFY(!builds->toolTip().isEmpty()); // the placeholder is no range: the icon was on show
    editor->revert();
}

QTEST_MAIN(tst_BlacklistEditor)
#include "tst_BlacklistEditor.moc"
