// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/VmListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
VmRow vm(const QString& name, const QString& state = QStringLiteral("running"))
{
    VmRow row;
    row.key = QStringLiteral("test:///demo/") + name;
    row.name = name;
    row.state = state;
    return row;
}
} // namespace

class tst_VmListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertsNewRowsInOneBatch();
    void updatesChangedRowsInPlace();
    void unchangedRowsEmitNothing();
    void removesContiguousRunsAsBlocks();
    void removeKeepsKeyIndexConsistent();
    void headersAreTranslatable();

private:
    VmListModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void tst_VmListModel::init()
{
    m_model = new VmListModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_VmListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_VmListModel::insertsNewRowsInOneBatch()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->upsert({vm(QStringLiteral("a")), vm(QStringLiteral("b")), vm(QStringLiteral("c"))});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOf(vm(QStringLiteral("c")).key), 2);
}

void tst_VmListModel::updatesChangedRowsInPlace()
{
    m_model->upsert({vm(QStringLiteral("a")), vm(QStringLiteral("b"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->upsert({vm(QStringLiteral("b"), QStringLiteral("shut off")), vm(QStringLiteral("c"))});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->index(1, VmListModel::State).data().toString(), QStringLiteral("shut off"));
}

void tst_VmListModel::unchangedRowsEmitNothing()
{
    m_model->upsert({vm(QStringLiteral("a"))});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->upsert({vm(QStringLiteral("a"))});
    QCOMPARE(changed.count(), 0);
}

void tst_VmListModel::removesContiguousRunsAsBlocks()
{
    QList<VmRow> rows;
    for (char c = 'a'; c <= 'h'; ++c)
        rows.append(vm(QString(QLatin1Char(c))));
    m_model->upsert(rows);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    // b,c,d form one run, f another, g joins f.
    m_model->remove({rows[1].key, rows[2].key, rows[3].key, rows[5].key, rows[6].key, QStringLiteral("unknown")});
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 5);
    QCOMPARE(removed.at(0).at(2).toInt(), 6);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 3);
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_VmListModel::removeKeepsKeyIndexConsistent()
{
    m_model->upsert({vm(QStringLiteral("a")), vm(QStringLiteral("b")), vm(QStringLiteral("c"))});
    m_model->remove({vm(QStringLiteral("a")).key});
    QCOMPARE(m_model->rowOf(vm(QStringLiteral("a")).key), -1);
    QCOMPARE(m_model->rowOf(vm(QStringLiteral("c")).key), 1);
    QCOMPARE(m_model->row(1).name, QStringLiteral("c"));
}

void tst_VmListModel::headersAreTranslatable()
{
    QCOMPARE(m_model->columnCount(), int(VmListModel::ColumnCount));
    for (int c = 0; c < m_model->columnCount(); ++c)
        QVERIFY2(!m_model->headerData(c, Qt::Horizontal).toString().isEmpty(), qPrintable(QString::number(c)));
}

QTEST_GUILESS_MAIN(tst_VmListModel)
#include "tst_VmListModel.moc"
