// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/BlacklistMerge.h"

#include <QTest>

namespace {
using List = QList<BlacklistItem>;
BlacklistItem e(quint16 product, quint32 first, quint32 last = 0, const QString& comment = {})
{
    return BlacklistItem{product, first, last ? last : first, comment};
}
} // namespace

class tst_BlacklistMerge : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
};

void tst_BlacklistMerge::merge_data()
{
    QTest::addColumn<List>("ancestor");
    QTest::addColumn<List>("ours");
    QTest::addColumn<List>("theirs");
    QTest::addColumn<List>("expected");

    QTest::newRow("nobody-else-changed") << List{e(1, 60)} << List{e(1, 60), e(3, 1)} << List{e(1, 60)}
                                         << List{e(1, 60), e(3, 1)};
    QTest::newRow("both-added") << List{e(1, 60)} << List{e(1, 60), e(3, 1)} << List{e(1, 60), e(3, 77)}
                                << List{e(1, 60), e(3, 77), e(3, 1)};
    QTest::newRow("we-removed-they-added") << List{e(1, 60)} << List{} << List{e(1, 60), e(3, 77)} << List{e(3, 77)};
    QTest::newRow("they-removed-we-kept")
        << List{e(1, 60), e(2, 5)} << List{e(1, 60), e(2, 5), e(4, 9)} << List{e(2, 5)} << List{e(2, 5), e(4, 9)};
    QTest::newRow("both-added-the-same") << List{} << List{e(1, 61)} << List{e(1, 61)} << List{e(1, 61)};
    QTest::newRow("our-comment-wins") << List{e(1, 60)} << List{e(1, 60, 0, QStringLiteral("ours"))}
                                      << List{e(1, 60, 0, QStringLiteral("theirs")), e(2, 1)}
                                      << List{e(1, 60, 0, QStringLiteral("ours")), e(2, 1)};
    QTest::newRow("range-is-not-a-single-build")
        << List{e(1, 1, 5)} << List{} << List{e(1, 1, 5), e(1, 1)} << List{e(1, 1)};
}

void tst_BlacklistMerge::merge()
{
    QFETCH(List, ancestor);
    QFETCH(List, ours);
    QFETCH(List, theirs);
    QFETCH(List, expected);
    QCOMPARE(BlacklistMerge::merge(ancestor, ours, theirs), expected);
}

QTEST_GUILESS_MAIN(tst_BlacklistMerge)
#include "tst_BlacklistMerge.moc"
