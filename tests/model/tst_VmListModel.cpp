// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/VmListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(VmRow)

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
    void filterTextJoinsEveryColumn_data();
    void filterTextJoinsEveryColumn();
    void filterTextFollowsChanges();

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

void tst_VmListModel::filterTextJoinsEveryColumn_data()
{
    QTest::addColumn<VmRow>("row");
    VmRow plain = vm(QStringLiteral("erp-01"));
    plain.os = QStringLiteral("Windows XP Professional SP3");
    plain.flavour = QStringLiteral("qemu-upstream");
    plain.platformDevice = QStringLiteral("xen-platform (5853:0001)");
    plain.vendorDevice = QStringLiteral("XenServer PV (5853:C000)");
    plain.driver = QStringLiteral("xenvbd");
    plain.findings = QStringLiteral("XP-WU-BUGCHECK-RISK, XP-DRIVER-BLACKLISTED");
    QTest::newRow("every column") << plain;
    VmRow pending = plain;
    pending.pending = QStringLiteral("platform device");
    QTest::newRow("changes pending") << pending;
    QTest::newRow("empty columns") << vm(QStringLiteral("bare"), QString());
    VmRow international = plain;
    international.name = QStringLiteral("Ärztehaus-会計");
    international.os = QStringLiteral("WINDOWS XP ΣΊΣΥΦΟΣ");
    QTest::newRow("umlaut, japanese and greek") << international;
}

void tst_VmListModel::filterTextJoinsEveryColumn()
{
    QFETCH(VmRow, row);
    m_model->upsert({row});
    QStringList columns;
    for (int c = 0; c < m_model->columnCount(); ++c)
        columns << m_model->index(0, c).data().toString();
    const QString expected = columns.join(VmListModel::kFilterSeparator).toCaseFolded();
    QCOMPARE(m_model->filterText(0), expected);
    for (int c = 0; c < m_model->columnCount(); ++c)
        QCOMPARE(m_model->index(0, c).data(VmListModel::FilterTextRole).toString(), expected);
    if (!row.pending.isEmpty())
        QVERIFY(m_model->filterText(0).contains(QStringLiteral("changes pending")));
}

void tst_VmListModel::filterTextFollowsChanges()
{
    m_model->upsert({vm(QStringLiteral("a")), vm(QStringLiteral("b")), vm(QStringLiteral("c"))});
    // A filter proxy re-filters the changed row in its dataChanged slot, so the text must be new by then.
    QString seen;
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this, &seen](const QModelIndex& first) { seen = m_model->filterText(first.row()); });
    m_model->upsert({vm(QStringLiteral("b"), QStringLiteral("Shut Off"))});
    QVERIFY2(seen.contains(QStringLiteral("shut off")), qPrintable(seen));
    m_model->remove({vm(QStringLiteral("a")).key});
    QVERIFY(m_model->filterText(0).startsWith(QStringLiteral("b") + VmListModel::kFilterSeparator));
    QVERIFY(m_model->filterText(1).startsWith(QStringLiteral("c") + VmListModel::kFilterSeparator));
    m_model->upsert({vm(QStringLiteral("d"))});
    QVERIFY(m_model->filterText(2).startsWith(QStringLiteral("d") + VmListModel::kFilterSeparator));
}

QTEST_GUILESS_MAIN(tst_VmListModel)
#include "tst_VmListModel.moc"
