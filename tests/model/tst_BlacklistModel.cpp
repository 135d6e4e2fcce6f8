// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/Blacklist.h"
#include "model/fleet/BlacklistModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using xp::device::Flavour;

Q_DECLARE_METATYPE(BlacklistItem)

// QCOMPARE prints entries this way when they differ.
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

// -1 stands for "no flavour" (a fleet template) in the data tables.
std::optional<Flavour> flavourFrom(int value)
{
    if (value < 0)
        return std::nullopt;
    return Flavour(value);
}
} // namespace

class tst_BlacklistModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadReplacesRowsAndClearsUndo();
    void displaysProductsAndBuilds();
    void headersAreTranslatable();
    void validation_data();
    void validation();
    void problems_data();
    void problems();
    void editThatCreatesAnOverlapFlagsTheOtherRow();
    void longEnforcedRangeIsFlagged_data();
    void longEnforcedRangeIsFlagged();
    void effect_data();
    void effect();
    void setFlavourChangesOnlyTheEffectColumn();
    void addUndoRedoRestoresExactly();
    void removeSeveralIsOneUndoStep();
    void editUndoRedoRestoresExactly();
    void editsOfTheSameCellMerge();
    void editBackToTheStartDropsOut();
    void editsAfterTheCleanStateDoNotMerge();

private:
    BlacklistModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void tst_BlacklistModel::init()
{
    m_model = new BlacklistModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_BlacklistModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_BlacklistModel::loadReplacesRowsAndClearsUndo()
{
    m_model->setEntries({entry(1, 60, 60)});
    m_model->addEntry(entry(2, 1, 5));
    QCOMPARE(m_model->undoStack()->count(), 1);
    QVERIFY(!m_model->undoStack()->isClean());

    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    const QList<BlacklistItem> loaded{entry(4, 70000, 70999, QStringLiteral("bugcheck 0x7E on resume")),
                                      entry(0xffff, 9, 9)};
    m_model->setEntries(loaded);
    QCOMPARE(m_model->entries(), loaded);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->undoStack()->count(), 0);
    QVERIFY(m_model->undoStack()->isClean());
}

void tst_BlacklistModel::displaysProductsAndBuilds()
{
    m_model->setEntries({entry(1, 60, 60), entry(4, 70000, 70999, QStringLiteral("resume")), entry(6, 1, 1)});
    QCOMPARE(m_model->index(0, BlacklistModel::Product).data().toString(),
             QStringLiteral("xensource-windows (0x0001)"));
    QCOMPARE(m_model->index(0, BlacklistModel::Builds).data().toString(), QStringLiteral("60"));
    QCOMPARE(m_model->index(1, BlacklistModel::Product).data().toString(),
             QStringLiteral("xenserver-windows-v7.0+ (0x0004)"));
    QCOMPARE(m_model->index(1, BlacklistModel::Builds).data().toString(), QStringLiteral("70000\u201370999"));
    QCOMPARE(m_model->index(1, BlacklistModel::Builds).data(Qt::EditRole).toString(), QStringLiteral("70000-70999"));
    QCOMPARE(m_model->index(1, BlacklistModel::Product).data(Qt::EditRole).toString(),
             QStringLiteral("xenserver-windows-v7.0+"));
    QCOMPARE(m_model->index(1, BlacklistModel::Comment).data().toString(), QStringLiteral("resume"));
    // An unknown number (not possible from metadata, but from a caller) is shown as a number and marked.
    QCOMPARE(m_model->index(2, BlacklistModel::Product).data().toString(), QStringLiteral("0x0006 (unknown)"));
    QVERIFY(m_model->index(2, BlacklistModel::Product)
                .data(BlacklistModel::ProblemRole)
                .toString()
                .contains(QStringLiteral("0x0006")));
    QCOMPARE(m_model->index(2, BlacklistModel::Product).data(BlacklistModel::BlocksApplyRole).toBool(), true);
    QCOMPARE(m_model->blockingProblemCount(), 1);
    QVERIFY(!(m_model->flags(m_model->index(0, BlacklistModel::Effect)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(0, BlacklistModel::Builds)) & Qt::ItemIsEditable);
}

void tst_BlacklistModel::headersAreTranslatable()
{
    QCOMPARE(m_model->headerData(BlacklistModel::Product, Qt::Horizontal).toString(), QStringLiteral("Product"));
    QCOMPARE(m_model->headerData(BlacklistModel::Builds, Qt::Horizontal).toString(), QStringLiteral("Builds"));
    QCOMPARE(m_model->headerData(BlacklistModel::Comment, Qt::Horizontal).toString(), QStringLiteral("Comment"));
    QCOMPARE(m_model->headerData(BlacklistModel::Effect, Qt::Horizontal).toString(), QStringLiteral("Effect"));
}

void tst_BlacklistModel::validation_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<BlacklistItem>("expected");
    QTest::addColumn<QString>("errorContains");

    const BlacklistItem start = entry(1, 60, 60, QStringLiteral("old"));
    auto with = [&](quint16 p, quint32 f, quint32 l, const QString& c = QStringLiteral("old")) {
        return entry(p, f, l, c);
    };
    QTest::newRow("product-by-registry-name")
        << int(BlacklistModel::Product) << QStringLiteral("gplpv-windows") << true << with(2, 60, 60) << QString();
    QTest::newRow("product-by-decimal-number")
        << int(BlacklistModel::Product) << QStringLiteral("4") << true << with(4, 60, 60) << QString();
    QTest::newRow("product-by-hex-number")
        << int(BlacklistModel::Product) << QStringLiteral("0xffff") << true << with(0xffff, 60, 60) << QString();
    QTest::newRow("product-unknown-number-refused")
        << int(BlacklistModel::Product) << QStringLiteral("6") << false << start << QStringLiteral("0x0006");
    QTest::newRow("product-unknown-name-refused")
        << int(BlacklistModel::Product) << QStringLiteral("citrix") << false << start << QStringLiteral("'citrix'");
    QTest::newRow("product-empty-refused")
        << int(BlacklistModel::Product) << QStringLiteral(" ") << false << start << QStringLiteral("Enter a product");
    QTest::newRow("build-single-decimal")
        << int(BlacklistModel::Builds) << QStringLiteral("61") << true << with(1, 61, 61) << QString();
    QTest::newRow("build-single-hex") << int(BlacklistModel::Builds) << QStringLiteral("0x11170") << true
                                      << with(1, 70000, 70000) << QString();
    QTest::newRow("build-range") << int(BlacklistModel::Builds) << QStringLiteral("70000-70999") << true
                                 << with(1, 70000, 70999) << QString();
    QTest::newRow("build-range-en-dash-and-spaces")
        << int(BlacklistModel::Builds) << QStringLiteral("1 \u2013 5") << true << with(1, 1, 5) << QString();
    QTest::newRow("build-range-hex-ends")
        << int(BlacklistModel::Builds) << QStringLiteral("0x10-0x20") << true << with(1, 16, 32) << QString();
    QTest::newRow("build-largest") << int(BlacklistModel::Builds) << QStringLiteral("0xffffffff") << true
                                   << with(1, 0xffffffffu, 0xffffffffu) << QString();
    QTest::newRow("build-reversed-range-refused") << int(BlacklistModel::Builds) << QStringLiteral("5-1") << false
                                                  << start << QStringLiteral("5\u20131 is reversed");
    QTest::newRow("build-too-large-refused") << int(BlacklistModel::Builds) << QStringLiteral("4294967296") << false
                                             << start << QStringLiteral("'4294967296'");
    QTest::newRow("build-open-range-refused")
        << int(BlacklistModel::Builds) << QStringLiteral("5-") << false << start << QStringLiteral("not a build");
    QTest::newRow("build-word-refused") << int(BlacklistModel::Builds) << QStringLiteral("latest") << false << start
                                        << QStringLiteral("'latest'");
    QTest::newRow("build-three-parts-refused")
        << int(BlacklistModel::Builds) << QStringLiteral("1-2-3") << false << start << QStringLiteral("FIRST-LAST");
    QTest::newRow("build-empty-refused") << int(BlacklistModel::Builds) << QString() << false << start
                                         << QStringLiteral("Enter a build");
    QTest::newRow("comment-text") << int(BlacklistModel::Comment) << QStringLiteral("bugcheck 0x7E on resume") << true
                                  << with(1, 60, 60, QStringLiteral("bugcheck 0x7E on resume")) << QString();
    QTest::newRow("comment-line-break-refused")
        << int(BlacklistModel::Comment) << QStringLiteral("a\nb") << false << start << QStringLiteral("single line");
    QTest::newRow("effect-not-editable") << int(BlacklistModel::Effect) << QStringLiteral("x") << false << start
                                         << QStringLiteral("cannot be edited");
}

void tst_BlacklistModel::validation()
{
    QFETCH(int, column);
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(BlacklistItem, expected);
    QFETCH(QString, errorContains);

    m_model->setEntries({entry(1, 60, 60, QStringLiteral("old"))});
    const QModelIndex cell = m_model->index(0, column);
    QCOMPARE(m_model->checkInput(cell, input).isEmpty(), accepted);
    QCOMPARE(m_model->setData(cell, input), accepted);
    QCOMPARE(m_model->entry(0), expected);
    QCOMPARE(m_model->undoStack()->count(), accepted ? 1 : 0);
    if (accepted) {
        QVERIFY(m_model->lastError().isEmpty());
    } else {
        QVERIFY2(m_model->lastError().contains(errorContains), qPrintable(m_model->lastError()));
        QCOMPARE(m_model->checkInput(cell, input), m_model->lastError());
    }
}

void tst_BlacklistModel::problems_data()
{
    QTest::addColumn<QList<BlacklistItem>>("entries");
    QTest::addColumn<QStringList>("problems"); // a fragment per row; empty = no problem
    QTest::addColumn<int>("blocking");

    QTest::newRow("overlap-flagged-not-blocking")
        << QList<BlacklistItem>{entry(1, 1, 5), entry(1, 5, 9)}
        << QStringList{QStringLiteral("overlap row 2"), QStringLiteral("overlap row 1")} << 0;
    QTest::newRow("range-containing-a-build-flagged")
        << QList<BlacklistItem>{entry(4, 70000, 70999), entry(4, 70500, 70500)}
        << QStringList{QStringLiteral("overlap row 2"), QStringLiteral("overlap row 1")} << 0;
    QTest::newRow("duplicate-blocks") << QList<BlacklistItem>{entry(1, 60, 60), entry(1, 60, 60, QStringLiteral("x"))}
                                      << QStringList{QStringLiteral("as row 2"), QStringLiteral("as row 1")} << 2;
    QTest::newRow("same-builds-other-product-fine")
        << QList<BlacklistItem>{entry(1, 60, 60), entry(2, 60, 60)} << QStringList{QString(), QString()} << 0;
    QTest::newRow("adjacent-ranges-fine")
        << QList<BlacklistItem>{entry(1, 1, 5), entry(1, 6, 9)} << QStringList{QString(), QString()} << 0;
    QTest::newRow("unknown-product-blocks")
        << QList<BlacklistItem>{entry(6, 1, 1)} << QStringList{QStringLiteral("not in Xen's product registry")} << 1;
}

void tst_BlacklistModel::problems()
{
    QFETCH(QList<BlacklistItem>, entries);
    QFETCH(QStringList, problems);
    QFETCH(int, blocking);

    m_model->setEntries(entries);
    for (int row = 0; row < problems.size(); ++row) {
        const QString problem =
            m_model->index(row, BlacklistModel::Builds).data(BlacklistModel::ProblemRole).toString();
        if (problems.at(row).isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(problems.at(row)), qPrintable(problem));
    }
    QCOMPARE(m_model->blockingProblemCount(), blocking);
    QCOMPARE(m_model->firstProblem().isEmpty(),
             std::all_of(problems.cbegin(), problems.cend(), [](const QString& p) { return p.isEmpty(); }));
}

void tst_BlacklistModel::editThatCreatesAnOverlapFlagsTheOtherRow()
{
    m_model->setEntries({entry(1, 1, 5), entry(1, 10, 20)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1, BlacklistModel::Builds), QStringLiteral("3-20")));
    QVERIFY(m_model->index(0, 0).data(BlacklistModel::ProblemRole).toString().contains(QStringLiteral("row 2")));
    bool row0Flagged = false;
    for (const auto& args : std::as_const(changed))
        if (args.at(0).toModelIndex().row() == 0 &&
            args.at(2).value<QList<int>>().contains(BlacklistModel::ProblemRole))
            row0Flagged = true;
    QVERIFY(row0Flagged);
    m_model->undoStack()->undo();
    QVERIFY(m_model->index(0, 0).data(BlacklistModel::ProblemRole).toString().isEmpty());
}

void tst_BlacklistModel::longEnforcedRangeIsFlagged_data()
{
    QTest::addColumn<int>("flavour"); // -1: fleet template
    QTest::addColumn<BlacklistItem>("item");
    QTest::addColumn<bool>("flagged");

    // Realization plans one xenstore key per build, at most kMaxExpandedBuilds (256) per entry.
    QTest::newRow("trad-1000-builds-flagged") << int(Flavour::QemuTraditional) << entry(1, 1, 1000) << true;
    QTest::newRow("xenserver-1000-builds-flagged") << int(Flavour::XenServerTrad) << entry(2, 1, 1000) << true;
    QTest::newRow("trad-256-builds-fine") << int(Flavour::QemuTraditional) << entry(1, 1, 256) << false;
    QTest::newRow("trad-257-builds-flagged") << int(Flavour::QemuTraditional) << entry(1, 0, 256) << true;
    QTest::newRow("trad-unenforced-product-fine") << int(Flavour::QemuTraditional) << entry(3, 1, 1000) << false;
    QTest::newRow("upstream-fine") << int(Flavour::QemuUpstream) << entry(1, 1, 1000) << false;
    QTest::newRow("template-fine") << -1 << entry(1, 1, 1000) << false;
    QTest::newRow("whole-32-bit-range-flagged") << int(Flavour::QemuTraditional) << entry(1, 0, 0xffffffffu) << true;
}

void tst_BlacklistModel::longEnforcedRangeIsFlagged()
{
    QFETCH(int, flavour);
    QFETCH(BlacklistItem, item);
    QFETCH(bool, flagged);

    m_model->setEntries({item});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setFlavour(flavourFrom(flavour));
    const QString problem = m_model->index(0, 0).data(BlacklistModel::ProblemRole).toString();
    QCOMPARE(problem.contains(QStringLiteral("xenstore keys")), flagged);
    QCOMPARE(m_model->blockingProblemCount(), 0);
    if (flagged) {
        QCOMPARE(changed.count(), 2); // the effect, then the row's problem
        QVERIFY2(problem.contains(QString::number(quint64(item.lastBuild) - item.firstBuild + 1)), qPrintable(problem));
    }
}

void tst_BlacklistModel::effect_data()
{
    QTest::addColumn<BlacklistItem>("item");
    QTest::addColumn<int>("flavour"); // -1: fleet template
    QTest::addColumn<QVariant>("enforced");
    QTest::addColumn<QStringList>("fragments");

    const int upstream = int(Flavour::QemuUpstream);
    const int trad = int(Flavour::QemuTraditional);
    const int xenserverTrad = int(Flavour::XenServerTrad);
    // Each row names the platform-facts section (or PRODUCT section) its expectation rests on.
    QTest::newRow("facts-1.2-pitfall-2: upstream never answers 0xd249")
        << entry(1, 1, 5) << upstream << QVariant(false)
        << QStringList{QStringLiteral("Not enforced"), QStringLiteral("upstream QEMU never answers 0xd249"),
                       QStringLiteral("xensource-windows (0x0001) builds 1\u20135")};
    QTest::newRow("facts-1.3-2: trad refuses xensource-windows")
        << entry(1, 60, 60) << trad << QVariant(true)
        << QStringList{QStringLiteral("Drivers of xensource-windows (0x0001) build 60 are refused"),
                       QStringLiteral("keeps its emulated disks and NICs")};
    QTest::newRow("facts-1.3: trad refuses gplpv-windows")
        << entry(2, 1, 3) << trad << QVariant(true) << QStringList{QStringLiteral("are refused")};
    QTest::newRow("facts-1.3: trad does not look up linux")
        << entry(3, 1, 1) << trad << QVariant(false)
        << QStringList{QStringLiteral("Not enforced"), QStringLiteral("only products 1, 2 and 0xffff")};
    QTest::newRow("facts-1.3-6.1: trad answers experimental, xenbus only logs")
        << entry(0xffff, 1, 9) << trad << QVariant(true)
        << QStringList{QStringLiteral("answers 0xd249"), QStringLiteral("only log it")};
    QTest::newRow("facts-1.5: xenserver-trad refuses xensource-windows, plus the device-ID rule")
        << entry(1, 60, 60) << xenserverTrad << QVariant(true)
        << QStringList{QStringLiteral("are refused"), QStringLiteral("platform device ID is not 0x0001")};
    QTest::newRow("facts-1.5: xenserver-trad judges v7.0 by the encoded identity")
        << entry(4, 70000, 70999) << xenserverTrad << QVariant(false)
        << QStringList{QStringLiteral("Not enforced as an entry"), QStringLiteral("encoded in the build number")};
    QTest::newRow("facts-1.3-1.5: xenserver-trad does not look up v7.2")
        << entry(5, 1, 1) << xenserverTrad << QVariant(false)
        << QStringList{QStringLiteral("Not enforced"), QStringLiteral("only products 1, 2 and 0xffff")};
    QTest::newRow("PRODUCT-3-table: template, enforcement depends on the VM")
        << entry(1, 1, 5) << -1 << QVariant()
        << QStringList{QStringLiteral("depends on each VM's device model"), QStringLiteral("not on qemu-upstream")};
    QTest::newRow("facts-1.3: template, linux looked up nowhere")
        << entry(3, 1, 1) << -1 << QVariant() << QStringList{QStringLiteral("none looks up linux (0x0003)")};
}

void tst_BlacklistModel::effect()
{
    QFETCH(BlacklistItem, item);
    QFETCH(int, flavour);
    QFETCH(QVariant, enforced);
    QFETCH(QStringList, fragments);

    m_model->setEntries({item});
    m_model->setFlavour(flavourFrom(flavour));
    const QModelIndex cell = m_model->index(0, BlacklistModel::Effect);
    const QString sentence = cell.data().toString();
    for (const QString& fragment : std::as_const(fragments))
        QVERIFY2(sentence.contains(fragment), qPrintable(sentence));
    QCOMPARE(cell.data(BlacklistModel::EnforcedRole), enforced);
    // The expectation must agree with the device layer, which the binding preview uses too.
    if (const auto f = flavourFrom(flavour))
        QCOMPARE(cell.data(BlacklistModel::EnforcedRole).toBool(), xp::device::Blacklist::enforced(*f, item.product));
}

void tst_BlacklistModel::setFlavourChangesOnlyTheEffectColumn()
{
    m_model->setEntries({entry(1, 1, 5), entry(2, 7, 7), entry(3, 1, 1)});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setFlavour(Flavour::QemuTraditional);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), m_model->index(0, BlacklistModel::Effect));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), m_model->index(2, BlacklistModel::Effect));
    QCOMPARE(reset.count(), 0);
    QVERIFY(m_model->index(0, BlacklistModel::Effect).data().toString().contains(QStringLiteral("are refused")));

    m_model->setFlavour(Flavour::QemuTraditional);
    QCOMPARE(changed.count(), 1);
    m_model->setFlavour(Flavour::QemuUpstream);
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->index(0, BlacklistModel::Effect).data().toString().startsWith(QStringLiteral("Not enforced")));
    QCOMPARE(m_model->undoStack()->count(), 0); // the flavour is context, not an edit
}

void tst_BlacklistModel::addUndoRedoRestoresExactly()
{
    const QList<BlacklistItem> before{entry(1, 60, 60, QStringLiteral("a")), entry(2, 1, 2)};
    m_model->setEntries(before);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    const BlacklistItem added = entry(1, 1, 5, QStringLiteral("new"));
    QCOMPARE(m_model->addEntry(added, 1), 1);
    const QList<BlacklistItem> after{before.at(0), added, before.at(1)};
    QCOMPARE(m_model->entries(), after);
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Add blacklist entry xensource-windows 1\u20135"));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 1);

    m_model->undoStack()->undo();
    QCOMPARE(m_model->entries(), before);
    QCOMPARE(removed.count(), 1);
    QVERIFY(m_model->undoStack()->isClean());
    m_model->undoStack()->redo();
    QCOMPARE(m_model->entries(), after);
    QCOMPARE(inserted.count(), 2);
    QVERIFY(!m_model->undoStack()->isClean());

    QCOMPARE(m_model->addEntry(entry(0xffff, 3, 3), 99), 3); // out of range appends
    QCOMPARE(m_model->entries().constLast(), entry(0xffff, 3, 3));
}

void tst_BlacklistModel::removeSeveralIsOneUndoStep()
{
    const QList<BlacklistItem> before{entry(1, 60, 60), entry(2, 1, 2), entry(4, 7, 9, QStringLiteral("c"))};
    m_model->setEntries(before);
    m_model->removeEntries({2, 0, 2, 17});
    QCOMPARE(m_model->entries(), QList<BlacklistItem>{before.at(1)});
    QCOMPARE(m_model->undoStack()->count(), 1);
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Remove 2 blacklist entries"));
    m_model->undoStack()->undo();
    QCOMPARE(m_model->entries(), before);
    m_model->removeEntries({1});
    QCOMPARE(m_model->undoStack()->undoText(), QStringLiteral("Remove blacklist entry gplpv-windows 1\u20132"));
    m_model->undoStack()->undo();
    QCOMPARE(m_model->entries(), before);
}

void tst_BlacklistModel::editUndoRedoRestoresExactly()
{
    const QList<BlacklistItem> before{entry(1, 60, 60, QStringLiteral("a"))};
    m_model->setEntries(before);
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Product), QStringLiteral("gplpv-windows")));
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Comment), QStringLiteral("b")));
    const QList<BlacklistItem> after{entry(2, 60, 60, QStringLiteral("b"))};
    QCOMPARE(m_model->entries(), after);
    QCOMPARE(m_model->undoStack()->count(), 2);
    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QCOMPARE(m_model->entries(), before);
    m_model->undoStack()->redo();
    m_model->undoStack()->redo();
    QCOMPARE(m_model->entries(), after);
    // An edit to the value the cell already has is no edit.
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("0x3c")));
    QCOMPARE(m_model->undoStack()->count(), 2);
}

void tst_BlacklistModel::editsOfTheSameCellMerge()
{
    m_model->setEntries({entry(1, 60, 60)});
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("61")));
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("62-70")));
    QCOMPARE(m_model->undoStack()->count(), 1);
    QCOMPARE(m_model->undoStack()->undoText(),
             QStringLiteral("Change builds of blacklist entry xensource-windows 60 to 62\u201370"));
    QCOMPARE(m_model->entry(0), entry(1, 62, 70));
    // Another cell is another step.
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Comment), QStringLiteral("x")));
    QCOMPARE(m_model->undoStack()->count(), 2);
    m_model->undoStack()->undo();
    m_model->undoStack()->undo();
    QCOMPARE(m_model->entry(0), entry(1, 60, 60));
}

void tst_BlacklistModel::editBackToTheStartDropsOut()
{
    m_model->setEntries({entry(1, 60, 60)});
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("61")));
    QVERIFY(!m_model->undoStack()->isClean());
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("60")));
    QCOMPARE(m_model->undoStack()->count(), 0);
    QVERIFY(m_model->undoStack()->isClean());
    QCOMPARE(m_model->entry(0), entry(1, 60, 60));
}

void tst_BlacklistModel::editsAfterTheCleanStateDoNotMerge()
{
    m_model->setEntries({entry(1, 60, 60)});
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("61")));
    m_model->undoStack()->setClean(); // applied
    QVERIFY(m_model->setData(m_model->index(0, BlacklistModel::Builds), QStringLiteral("62")));
    QCOMPARE(m_model->undoStack()->count(), 2);
    m_model->undoStack()->undo();
    QVERIFY(m_model->undoStack()->isClean());
    QCOMPARE(m_model->entry(0), entry(1, 61, 61));
}

QTEST_GUILESS_MAIN(tst_BlacklistModel)
#include "tst_BlacklistModel.moc"
