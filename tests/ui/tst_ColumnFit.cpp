// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "ui/ColumnFit.h"
#include "ui/VmTableDelegate.h"

#include <QHeaderView>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

// ColumnFit measures only the longest texts of each column; whenever the widest cell is among them its widths are
// exactly those of Qt's own fit over every row.
class tst_ColumnFit : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQtOverEveryRow_data();
    void sameAsQtOverEveryRow();
    void hiddenColumnKeepsItsWidth();
    void wideHeader();
    void rowsBeyondTheSample();
};

namespace {

/// A VM list's kind of columns: names, OS strings, device ids, an empty column, an occasional long text.
void fill(QStandardItemModel& model, int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList os = {QStringLiteral("Windows Server 2019"), QStringLiteral("Debian 12"),
                                   QStringLiteral("FreeBSD 14.0"), QStringLiteral("Windows 11 Enterprise")};
    model.setRowCount(rows);
    model.setColumnCount(5);
    model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("OS"), QStringLiteral("Device"),
                                     QStringLiteral("Empty"), QStringLiteral("Notes")});
    for (int row = 0; row < rows; ++row) {
        model.setData(model.index(row, 0), QStringLiteral("vm-%1-%2").arg(row).arg(random.bounded(100000)));
        model.setData(model.index(row, 1), os.at(random.bounded(os.size())));
        model.setData(model.index(row, 2),
                      QStringLiteral("5853:%1").arg(random.bounded(3) + 1, 4, 10, QLatin1Char('0')));
        model.setData(model.index(row, 4), QString(random.bounded(40), QLatin1Char('a' + random.bounded(26))));
    }
}

QList<int> widths(const QTableView& view)
{
    QList<int> result;
    for (int column = 0; column < view.model()->columnCount(); ++column)
        result.append(view.columnWidth(column));
    return result;
}

} // namespace

void tst_ColumnFit::sameAsQtOverEveryRow_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("grid");
    QTest::addColumn<bool>("vmDelegate");
    QTest::newRow("empty") << 0 << true << false;
    QTest::newRow("one row") << 1 << true << false;
    QTest::newRow("300 rows") << 300 << true << false;
    QTest::newRow("300 rows, no grid") << 300 << false << false;
    // The VM table's delegate (badges come from roles this model does not have: none drawn).
    QTest::newRow("300 rows, VM delegate") << 300 << true << true;
}

void tst_ColumnFit::sameAsQtOverEveryRow()
{
    QFETCH(int, rows);
    QFETCH(bool, grid);
    QFETCH(bool, vmDelegate);
    QStandardItemModel model;
    fill(model, rows, 7);
    QTableView qt;
    QTableView ours;
    for (QTableView* view : {&qt, &ours}) {
        view->setModel(&model);
        view->setShowGrid(grid);
        if (vmDelegate)
            view->setItemDelegate(new VmTableDelegate(view));
        view->resize(800, 400);
    }
    qt.horizontalHeader()->setResizeContentsPrecision(-1);
    qt.resizeColumnsToContents();
    ColumnFit::toContents(&ours);
    QCOMPARE(widths(ours), widths(qt));
}

void tst_ColumnFit::hiddenColumnKeepsItsWidth()
{
    QStandardItemModel model;
    fill(model, 50, 3);
    QTableView view;
    view.setModel(&model);
    view.setColumnWidth(4, 123);
    view.setColumnHidden(4, true);
    ColumnFit::toContents(&view);
    view.setColumnHidden(4, false);
    QCOMPARE(view.columnWidth(4), 123);
}

void tst_ColumnFit::wideHeader()
{
    QStandardItemModel model;
    fill(model, 20, 5);
    model.setHeaderData(3, Qt::Horizontal, QStringLiteral("A header much wider than any of its cells"));
    QTableView view;
    view.setModel(&model);
    ColumnFit::toContents(&view);
    QCOMPARE(view.columnWidth(3), view.horizontalHeader()->sectionSizeHint(3));
    QVERIFY(view.columnWidth(3) > view.columnWidth(2));
}

void tst_ColumnFit::rowsBeyondTheSample()
{
    // More rows than the sample: the longest text of the model sits in a sampled row far from the top, where Qt's
    // default fit (the rows in view and a window around them) does not look.
    const int rows = ColumnFit::kSampleRows * 3;
    QStandardItemModel model;
    fill(model, rows, 11);
    const QString longest(60, QLatin1Char('x'));
    model.setData(model.index(rows - 3, 4), longest);
    QTableView view;
    view.setModel(&model);
    ColumnFit::toContents(&view);
    QVERIFY(view.columnWidth(4) >= view.sizeHintForIndex(model.index(rows - 3, 4)).width());
}

QTEST_MAIN(tst_ColumnFit)
#include "tst_ColumnFit.moc"
