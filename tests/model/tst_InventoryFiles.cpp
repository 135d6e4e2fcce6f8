// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/InventoryFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 18 items 2 and 6: which VM each file of an inventory folder belongs to, and the files that belong to none
// or to two, which must stop the whole import.
class tst_InventoryFiles : public QObject
{
    Q_OBJECT

private slots:
    void owners_data();
    void owners();
    void matchFolder();
    void missingOrEmptyFolder();

private:
    static QList<InventoryFiles::Vm> fleet()
    {
        return {{u"k1"_s, u"dc-01"_s, u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000001"_s},
                {u"k2"_s, u"dc-01-b"_s, u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000002"_s},
                {u"k3"_s, u"web"_s, u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000003"_s},
                // The same name on another connection.
                {u"k4"_s, u"web"_s, u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000004"_s}};
    }
};

void tst_InventoryFiles::owners_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("name-alone") << u"dc-01"_s << QStringList{u"k1"_s};
    QTest::newRow("name-dot-extension") << u"dc-01.txt"_s << QStringList{u"k1"_s};
    QTest::newRow("name-dash-suffix") << u"dc-01-devices.txt"_s << QStringList{u"k1"_s};
    QTest::newRow("name-underscore-suffix") << u"dc-01_drivers.log"_s << QStringList{u"k1"_s};
    QTest::newRow("case-insensitive") << u"DC-01.TXT"_s << QStringList{u"k1"_s};
    // dc-01-b.txt fits both dc-01 (followed by "-b.txt") and dc-01-b: the longer name wins.
    QTest::newRow("longer-name-wins") << u"dc-01-b.txt"_s << QStringList{u"k2"_s};
    QTest::newRow("uuid") << u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000004-devices.txt"_s << QStringList{u"k4"_s};
    QTest::newRow("prefix-without-separator") << u"dc-010.txt"_s << QStringList{};
    QTest::newRow("no-vm") << u"notes.txt"_s << QStringList{};
    QTest::newRow("two-vms-same-name") << u"web.txt"_s << QStringList{u"k3"_s, u"k4"_s};
}

void tst_InventoryFiles::owners()
{
    QFETCH(QString, file);
    QFETCH(QStringList, keys);
    QStringList found;
    for (const InventoryFiles::Vm& vm : InventoryFiles::owners(file, fleet()))
        found.append(vm.key);
    QCOMPARE(found, keys);
}

void tst_InventoryFiles::matchFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& name : {u"dc-01-drivers.txt"_s, u"dc-01-devices.txt"_s, u"dc-01-b.txt"_s, u"web.txt"_s,
                                u"notes.txt"_s, u".hidden-dc-01.txt"_s}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(u"dc-01"_s)); // folders are not files of a VM
    const InventoryFiles::Plan plan = InventoryFiles::match(dir.path(), fleet());
    QCOMPARE(plan.files.value(u"k1"_s),
             (QStringList{dir.filePath(u"dc-01-devices.txt"_s), dir.filePath(u"dc-01-drivers.txt"_s)}));
    QCOMPARE(plan.files.value(u"k2"_s), QStringList{dir.filePath(u"dc-01-b.txt"_s)});
    QVERIFY(!plan.files.contains(u"k3"_s) && !plan.files.contains(u"k4"_s));
    // Each bad file is named, with why.
    QCOMPARE(plan.errors.size(), 2);
    QVERIFY(plan.errors.at(0).startsWith(u"notes.txt: matches no VM"_s));
    QVERIFY(plan.errors.at(1).startsWith(u"web.txt: matches 2 VMs"_s));
    QVERIFY(plan.errors.at(1).contains(u"0b9e8a52-5e2c-4b8e-9c61-7a1d00000004"_s));
}

void tst_InventoryFiles::missingOrEmptyFolder()
{
    QTemporaryDir dir;
    const InventoryFiles::Plan empty = InventoryFiles::match(dir.path(), fleet());
    QCOMPARE(empty.errors.size(), 1);
    QVERIFY(empty.errors.constFirst().contains(u"no files"_s));
    const InventoryFiles::Plan missing = InventoryFiles::match(dir.filePath(u"nope"_s), fleet());
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.constFirst().contains(u"no such folder"_s));
}

QTEST_GUILESS_MAIN(tst_InventoryFiles)
#include "tst_InventoryFiles.moc"
