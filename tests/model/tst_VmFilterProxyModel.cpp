// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/VmFilterProxyModel.h"
#include "model/fleet/VmListModel.h"

#include <QAbstractItemModelTester>
#include <QIdentityProxyModel>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(VmRow)

namespace {
// The names of fleet()'s VMs.
const QString kErp = QStringLiteral("erp-01");
const QString kDoctor = QStringLiteral("Ärztehaus-PC");
const QString kAccounting = QStringLiteral("会計サーバー");
const QString kBuild = QStringLiteral("build-ERP-02");

VmRow vm(const QString& name, const QString& os, const QString& platform, const QString& driver,
         const QString& findings = {}, const QString& state = QStringLiteral("running"))
{
    VmRow row;
    row.key = QStringLiteral("test:///demo/") + name;
    row.name = name;
    row.state = state;
    row.os = os;
    row.flavour = QStringLiteral("qemu-upstream");
    row.platformDevice = platform;
    row.driver = driver;
    row.findings = findings;
    return row;
}

QList<VmRow> fleet()
{
    VmRow accounting =
        vm(kAccounting, QStringLiteral("Windows XP Professional x64"), QStringLiteral("xen-platform (5853:0002)"),
           QStringLiteral("xennet"), QStringLiteral("XP-WU-BUGCHECK-RISK, XP-CHILD-IDS-CHANGE"));
    accounting.flavour = QStringLiteral("xenserver-trad");
    accounting.vendorDevice = QStringLiteral("XenServer PV (5853:c000)");
    accounting.pending = QStringLiteral("platform device");
    return {
        vm(kErp, QStringLiteral("Windows XP Professional SP3"), QStringLiteral("xen-platform (5853:0001)"),
           QStringLiteral("xenvbd"), QStringLiteral("XP-DRIVER-BLACKLISTED")),
        vm(kDoctor, QStringLiteral("Windows XP Home SP2"), QStringLiteral("none"), QStringLiteral("atapi"), {},
           QStringLiteral("shut off")),
        accounting,
        vm(kBuild, QStringLiteral("Windows Server 2003"), QStringLiteral("none"), QStringLiteral("e1000"), {},
           QStringLiteral("paused")),
    };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The names the proxy shows, in its order.
QStringList shown(const QAbstractItemModel& proxy)
{
    QStringList result;
    for (int r = 0; r < proxy.rowCount(); ++r)
        result << proxy.index(r, VmListModel::Name).data().toString();
    return result;
}

/// What a filter over each column's display text, ignoring case, accepts: the behaviour the proxy must keep.
QSet<QString> reference(const VmListModel& model, const QString& needle)
{
    QSet<QString> keys;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                keys.insert(model.row(r).key);
                break;
            }
        }
    }
    return keys;
}

QSet<QString> acceptedKeys(const QAbstractItemModel& proxy)
{
    QSet<QString> keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys.insert(proxy.index(r, 0).data(VmListModel::KeyRole).toString());
    return keys;
}

/// Lower and upper case, accents, scripts without case, a final sigma and a dotted capital I.
const QStringList kWords = {
    QStringLiteral("erp"),      QStringLiteral("ERP"),       QStringLiteral("db"),     QStringLiteral("Win"),
    QStringLiteral("xen"),      QStringLiteral("5853:0001"), QStringLiteral("PCI"),    QStringLiteral("Ärzte"),
    QStringLiteral("ärzte"),    QStringLiteral("Öl"),        QStringLiteral("straße"), QStringLiteral("会計"),
    QStringLiteral("サーバー"), QStringLiteral("Σίσυφος"),   QStringLiteral("İzmir"),  QStringLiteral("XP-WU"),
    QStringLiteral("-"),        QStringLiteral(" "),         QStringLiteral("01"),     QStringLiteral("ω"),
};

QString words(QRandomGenerator& random, int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += kWords.at(random.bounded(int(kWords.size())));
    return text;
}

VmRow generated(QRandomGenerator& random, int i)
{
    VmRow row = vm(words(random, 3) + QString::number(i), words(random, 2), words(random, 2), words(random, 1),
                   words(random, random.bounded(3)), random.bounded(2) ? QStringLiteral("running") : words(random, 1));
    row.key = QStringLiteral("test:///generated/%1").arg(i);
    row.flavour = words(random, 1);
    row.vendorDevice = words(random, random.bounded(2));
    if (random.bounded(4) == 0)
        row.pending = QStringLiteral("platform device");
    return row;
}
} // namespace

class tst_VmFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void narrowsAndWidens_data();
    void narrowsAndWidens();
    void clearingShowsEveryRow();
    void followsSourceChanges_data();
    void followsSourceChanges();
    void followsSourceChangesDuringARefilter_data();
    void followsSourceChangesDuringARefilter();
    void sortsIgnoringCase();
    void readsTheRoleOfOtherModels();
    void matchesTheColumnFilter_data();
    void matchesTheColumnFilter();

private:
    VmListModel* m_model = nullptr;
    VmFilterProxyModel* m_proxy = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void tst_VmFilterProxyModel::init()
{
    m_model = new VmListModel(this);
    m_model->upsert(fleet());
    m_proxy = new VmFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(VmListModel::Name);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void tst_VmFilterProxyModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

void tst_VmFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList{kErp, kDoctor, kAccounting, kBuild};
    QTest::newRow("name") << kErp << QStringList{kErp};
    QTest::newRow("name in another case") << QStringLiteral("Erp-0") << QStringList{kErp, kBuild};
    QTest::newRow("state") << QStringLiteral("shut off") << QStringList{kDoctor};
    QTest::newRow("pending badge") << QStringLiteral("changes pending") << QStringList{kAccounting};
    QTest::newRow("os") << QStringLiteral("xp home") << QStringList{kDoctor};
    QTest::newRow("os of several") << QStringLiteral("WINDOWS XP") << QStringList{kErp, kDoctor, kAccounting};
    QTest::newRow("flavour") << QStringLiteral("xenserver-trad") << QStringList{kAccounting};
    QTest::newRow("platform device") << QStringLiteral("5853:0001") << QStringList{kErp};
    QTest::newRow("vendor device") << QStringLiteral("pv (5853:C000") << QStringList{kAccounting};
    QTest::newRow("driver") << QStringLiteral("XENVBD") << QStringList{kErp};
    QTest::newRow("finding id") << QStringLiteral("xp-driver-blacklisted") << QStringList{kErp};
    QTest::newRow("second finding id") << QStringLiteral("XP-CHILD-IDS") << QStringList{kAccounting};
    QTest::newRow("umlaut, lower case") << QStringLiteral("ärzte") << QStringList{kDoctor};
    QTest::newRow("umlaut, upper case") << QStringLiteral("ÄRZTEHAUS-pc") << QStringList{kDoctor};
    QTest::newRow("japanese") << QStringLiteral("サーバー") << QStringList{kAccounting};
    QTest::newRow("no match") << QStringLiteral("windows 95") << QStringList{};
    QTest::newRow("across two columns") << QStringLiteral("erp-01running") << QStringList{};
    QTest::newRow("across the separator")
        << kErp + VmListModel::kFilterSeparator + QStringLiteral("running") << QStringList{};
    QTest::newRow("separator only") << QString(VmListModel::kFilterSeparator) << QStringList{};
}

void tst_VmFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(sorted(shown(*m_proxy)), sorted(expected));
    QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, text));
}

void tst_VmFilterProxyModel::narrowsAndWidens_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("finding id") << QStringLiteral("xp-wu-bugcheck");
    QTest::newRow("device") << QStringLiteral("xen-platform (5853:0001)");
    QTest::newRow("umlaut") << QStringLiteral("ÄRZTE");
    QTest::newRow("until nothing matches") << QStringLiteral("erp-01x");
}

void tst_VmFilterProxyModel::narrowsAndWidens()
{
    QFETCH(QString, typed);
    // One character at a time, as textChanged delivers it, then backspace by backspace.
    for (qsizetype n = 1; n <= typed.size(); ++n) {
        m_proxy->setFilterText(typed.left(n));
        QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, typed.left(n)));
    }
    for (qsizetype n = typed.size() - 1; n >= 0; --n) {
        m_proxy->setFilterText(typed.left(n));
        QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, typed.left(n)));
        // Rows coming back are inserted where the sort puts them.
        const QStringList order = shown(*m_proxy);
        for (qsizetype i = 1; i < order.size(); ++i)
            QVERIFY2(order.at(i - 1).compare(order.at(i), Qt::CaseInsensitive) <= 0, qPrintable(order.join(u' ')));
    }
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_VmFilterProxyModel::clearingShowsEveryRow()
{
    m_proxy->setFilterText(QStringLiteral("xennet"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QVERIFY(m_proxy->filterText().isEmpty());
}

void tst_VmFilterProxyModel::followsSourceChanges_data()
{
    QTest::addColumn<QList<VmRow>>("upserted");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("expected");
    // The filter is "xen": erp-01 and 会計サーバー match it.
    const QList<VmRow> rows = fleet();
    QTest::newRow("matching row inserted") << QList<VmRow>{vm(QStringLiteral("new-vm"), QStringLiteral("Windows XP"),
                                                              QStringLiteral("none"), QStringLiteral("XENVIF"))}
                                           << QStringList{} << QStringList{kErp, kAccounting, QStringLiteral("new-vm")};
    QTest::newRow("hidden row inserted") << QList<VmRow>{vm(QStringLiteral("new-vm"), QStringLiteral("Windows XP"),
                                                            QStringLiteral("none"), QStringLiteral("atapi"))}
                                         << QStringList{} << QStringList{kErp, kAccounting};
    VmRow starts = rows.at(1);
    starts.driver = QStringLiteral("xenvbd");
    QTest::newRow("changed row starts matching")
        << QList<VmRow>{starts} << QStringList{} << QStringList{kErp, kDoctor, kAccounting};
    VmRow stops = rows.at(0);
    stops.platformDevice = QStringLiteral("none");
    stops.driver = QStringLiteral("atapi");
    QTest::newRow("changed row stops matching") << QList<VmRow>{stops} << QStringList{} << QStringList{kAccounting};
    VmRow pending = rows.at(3);
    pending.pending = QStringLiteral("xen platform device");
    QTest::newRow("pending state is not display text")
        << QList<VmRow>{pending} << QStringList{} << QStringList{kErp, kAccounting};
    QTest::newRow("matching row removed") << QList<VmRow>{} << QStringList{rows.at(0).key} << QStringList{kAccounting};
    QTest::newRow("hidden row removed") << QList<VmRow>{} << QStringList{rows.at(1).key}
                                        << QStringList{kErp, kAccounting};
    QTest::newRow("every row removed") << QList<VmRow>{}
                                       << QStringList{rows.at(0).key, rows.at(1).key, rows.at(2).key, rows.at(3).key}
                                       << QStringList{};
}

void tst_VmFilterProxyModel::followsSourceChanges()
{
    QFETCH(QList<VmRow>, upserted);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(QStringLiteral("xen"));
    m_model->upsert(upserted);
    m_model->remove(removed);
    QCOMPARE(sorted(shown(*m_proxy)), sorted(expected));
    QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, QStringLiteral("xen")));
    // The change is still filtered right when the needle narrows and widens again.
    m_proxy->setFilterText(QStringLiteral("xen-"));
    QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, QStringLiteral("xen-")));
    m_proxy->setFilterText({});
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_VmFilterProxyModel::followsSourceChangesDuringARefilter_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<VmRow>("changed");
    QTest::addColumn<QStringList>("expected");
    // "xen" shows erp-01 and 会計サーバー; the change arrives while the new needle hides or shows rows, as from a
    // message box's event loop opened by a slot of the view.
    VmRow doctor = fleet().at(1);
    doctor.driver = QStringLiteral("xenvbd");
    QTest::newRow("typed: a hidden row starts matching")
        << QStringLiteral("xen") << QStringLiteral("xenvbd") << doctor << QStringList{kErp, kDoctor};
    VmRow erp = fleet().at(0);
    erp.platformDevice = QStringLiteral("none");
    erp.driver = QStringLiteral("atapi");
    QTest::newRow("erased: a shown row stops matching")
        << QStringLiteral("xenvbd") << QStringLiteral("xen") << erp << QStringList{kAccounting};
    VmRow inserted = vm(QStringLiteral("new-vm"), {}, {}, QStringLiteral("xenvbd"));
    QTest::newRow("typed: a matching row inserted")
        << QStringLiteral("xen") << QStringLiteral("xenvbd") << inserted << QStringList{kErp, QStringLiteral("new-vm")};
}

void tst_VmFilterProxyModel::followsSourceChangesDuringARefilter()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(VmRow, changed);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(from);
    bool done = false;
    const auto change = [&] {
        if (!std::exchange(done, true))
            m_model->upsert({changed});
    };
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, change);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, change);
    m_proxy->setFilterText(to);
    QVERIFY(done);
    QCOMPARE(sorted(shown(*m_proxy)), sorted(expected));
    QCOMPARE(acceptedKeys(*m_proxy), reference(*m_model, to));
}

void tst_VmFilterProxyModel::sortsIgnoringCase()
{
    QCOMPARE(m_proxy->sortCaseSensitivity(), Qt::CaseInsensitive);
    m_model->upsert({vm(QStringLiteral("Zeta"), {}, {}, {}), vm(QStringLiteral("alpha"), {}, {}, {})});
    m_proxy->setFilterText(QStringLiteral("a"));
    const QStringList order = shown(*m_proxy);
    QCOMPARE(order.first(), QStringLiteral("alpha"));
    QCOMPARE(order.indexOf(kBuild), order.indexOf(kErp) - 1);
    QVERIFY(order.indexOf(QStringLiteral("Zeta")) > order.indexOf(kErp));
}

void tst_VmFilterProxyModel::readsTheRoleOfOtherModels()
{
    QIdentityProxyModel identity;
    identity.setSourceModel(m_model);
    VmFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&identity);
    for (const QString& text : {QStringLiteral("XEN"), QStringLiteral("ärzte"), QStringLiteral("nothing")}) {
        proxy.setFilterText(text);
        m_proxy->setFilterText(text);
        QCOMPARE(acceptedKeys(proxy), acceptedKeys(*m_proxy));
    }
}

void tst_VmFilterProxyModel::matchesTheColumnFilter_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 2") << 2u;
    QTest::newRow("seed 3") << 3u;
}

void tst_VmFilterProxyModel::matchesTheColumnFilter()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QList<VmRow> rows;
    for (int i = 0; i < 300; ++i)
        rows << generated(random, i);
    m_model->upsert(rows);
    // The filter this proxy replaces: a fixed string over every column's display text, ignoring case.
    QSortFilterProxyModel before;
    before.setSourceModel(m_model);
    before.setFilterKeyColumn(-1);
    before.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QStringList needles;
    for (int i = 0; i < 40; ++i) {
        // A piece of a random row's column, sometimes in another case, sometimes reaching into the next column.
        const int row = random.bounded(int(m_model->rowCount()));
        const QString text = m_model->index(row, random.bounded(int(VmListModel::ColumnCount))).data().toString() +
                             QStringLiteral("running");
        const int from = random.bounded(int(text.size()));
        const QString piece = text.mid(from, 1 + random.bounded(8));
        needles << (i % 3 == 1 ? piece.toUpper() : i % 3 == 2 ? piece.toLower() : piece);
    }
    needles << kWords;
    for (const QString& word : kWords)
        needles << word.toUpper();
    for (const QString& needle : std::as_const(needles)) {
        m_proxy->setFilterText(needle);
        before.setFilterFixedString(needle);
        const QSet<QString> expected = reference(*m_model, needle);
        QVERIFY2(acceptedKeys(*m_proxy) == expected, qPrintable(needle));
        QVERIFY2(acceptedKeys(before) == expected, qPrintable(needle));
    }
    // A few needles typed and erased again, character by character.
    for (const QString& needle : needles.mid(0, 5)) {
        QStringList steps;
        for (qsizetype n = 1; n <= needle.size(); ++n)
            steps << needle.left(n);
        for (qsizetype n = needle.size() - 1; n >= 0; --n)
            steps << needle.left(n);
        for (const QString& step : std::as_const(steps)) {
            m_proxy->setFilterText(step);
            QVERIFY2(acceptedKeys(*m_proxy) == reference(*m_model, step), qPrintable(step));
        }
    }
}

QTEST_GUILESS_MAIN(tst_VmFilterProxyModel)
#include "tst_VmFilterProxyModel.moc"
