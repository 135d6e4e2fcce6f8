// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/GuestInventory.h"

#include <QTest>

// pnputil /enum-drivers output (issue 4 item 3) turned into the guest's driver store for the preview.
class tst_GuestInventory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void importDrivesThePreview();

private:
    DriverCatalogue m_catalogue;
};

void tst_GuestInventory::initTestCase()
{
    QVERIFY(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")));
}

void tst_GuestInventory::matches_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("publishedName");
    QTest::addColumn<QString>("catalogueId");
    QTest::newRow("win11 XenServer xenbus 9.1") << "enum-drivers-win11.txt"
                                                << "oem7.inf"
                                                << "xenserver-vmtools-9";
    QTest::newRow("win11 Xen Project xenbus") << "enum-drivers-win11.txt"
                                              << "oem9.inf"
                                              << "xenproject-9.1";
    QTest::newRow("win11 Microsoft printer is no PV driver") << "enum-drivers-win11.txt"
                                                             << "oem4.inf"
                                                             << "";
}

void tst_GuestInventory::matches()
{
    QFETCH(QString, file);
    QFETCH(QString, publishedName);
    QFETCH(QString, catalogueId);
    const auto parsed = PnputilParser::parseFile(QStringLiteral(XP_TEST_DATA_DIR "/pnputil/") + file);
    QVERIFY(!parsed.error);
    const QList<GuestInventory::Match> matches = GuestInventory::match(parsed.value, m_catalogue);
    const auto it = std::find_if(matches.cbegin(), matches.cend(), [&](const GuestInventory::Match& m) {
        return m.package.publishedName == publishedName;
    });
    QVERIFY(it != matches.cend());
    QVERIFY2(it->catalogueId == catalogueId, qPrintable(it->reason));
    QVERIFY(!it->reason.isEmpty());
}

void tst_GuestInventory::importDrivesThePreview()
{
    const auto parsed = PnputilParser::parseFile(QStringLiteral(XP_TEST_DATA_DIR "/pnputil/enum-drivers-win11.txt"));
    QVERIFY(!parsed.error);
    VmConfig config;
    config.guest.os = GuestOs::Windows;
    config.guest.release = QStringLiteral("10.0.22631");
    const QStringList added = GuestInventory::importInto(config, GuestInventory::match(parsed.value, m_catalogue));
    QVERIFY(added.contains(QStringLiteral("xenserver-vmtools-9")));
    QCOMPARE(config.guest.drivers.count(QStringLiteral("xenserver-vmtools-9")), 1);
    const PreviewOutcome outcome = BindingEngine(m_catalogue).preview(config);
    QVERIFY(!outcome.activeDriver.isEmpty());
    QVERIFY(!outcome.hasFinding(QStringLiteral("XP-NO-PV")));
}

QTEST_GUILESS_MAIN(tst_GuestInventory)
#include "tst_GuestInventory.moc"
