// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/NextBoot.h"

#include <QTest>

class tst_NextBoot : public QObject
{
    Q_OBJECT

private slots:
    void differences_data();
    void differences();
    void commentsAreNotADeviceChange();
    void sameMetadata_data();
    void sameMetadata();
};

void tst_NextBoot::differences_data()
{
    QTest::addColumn<VmConfig>("next");
    QTest::addColumn<QStringList>("expected");

    const VmConfig same;
    QTest::newRow("identical") << same << QStringList();

    VmConfig platform;
    platform.platform.deviceId = 0x0002;
    QTest::newRow("platform-device-id") << platform << QStringList{QStringLiteral("platform device")};

    VmConfig revision;
    revision.platform.revision = 2;
    QTest::newRow("platform-revision") << revision << QStringList{QStringLiteral("platform device")};

    VmConfig vendor;
    vendor.vendor.enabled = true;
    QTest::newRow("vendor-device-on") << vendor << QStringList{QStringLiteral("vendor device")};

    VmConfig flavour;
    flavour.flavour = xp::device::Flavour::QemuTraditional;
    QTest::newRow("flavour") << flavour << QStringList{QStringLiteral("device model")};

    VmConfig blacklist;
    blacklist.blacklist = {BlacklistItem{1, 1, 5, {}}};
    blacklist.platform.enabled = false;
    QTest::newRow("blacklist-and-platform-off")
        << blacklist << QStringList{QStringLiteral("platform device"), QStringLiteral("blacklist")};

    VmConfig comment;
    comment.blacklist = {BlacklistItem{1, 1, 5, QStringLiteral("bugcheck on resume")}};
    QTest::newRow("blacklist-entry-added-with-comment") << comment << QStringList{QStringLiteral("blacklist")};

    // The guest description applies as soon as it is written: nothing waits for a boot.
    VmConfig guest;
    guest.guest.drivers = {QStringLiteral("xenbus-9.0")};
    guest.guest.release = QStringLiteral("10.0.17763");
    QTest::newRow("guest-description-only") << guest << QStringList();
}

void tst_NextBoot::differences()
{
    QFETCH(VmConfig, next);
    QFETCH(QStringList, expected);
    VmConfig running;
    QCOMPARE(NextBoot::differences(running, next), expected);
}

void tst_NextBoot::commentsAreNotADeviceChange()
{
    // Comments are xpconsole's notes; the device model never sees them.
    VmConfig running;
    running.blacklist = {BlacklistItem{1, 1, 5, {}}};
    VmConfig next = running;
    next.blacklist.first().comment = QStringLiteral("bugcheck on resume");
    QCOMPARE(NextBoot::differences(running, next), QStringList());
}

void tst_NextBoot::sameMetadata_data()
{
    QTest::addColumn<QString>("running");
    QTest::addColumn<QString>("next");
    QTest::addColumn<bool>("same");
    const QString meta = QStringLiteral("<metadata><xp:platform xmlns:xp='urn:xpconsole:platform:1' schema='1'>"
                                        "<xp:blacklist/></xp:platform></metadata>");
    // The live XML carries runtime-only elements (ids, aliases); only the metadata block counts.
    QTest::newRow("runtime-elements-differ") << QStringLiteral("<domain id='7'>%1<devices><alias name='ide0'/>"
                                                               "</devices></domain>")
                                                    .arg(meta)
                                             << QStringLiteral("<domain>%1<devices/></domain>").arg(meta) << true;
    QTest::newRow("metadata-differs") << QStringLiteral("<domain>%1</domain>").arg(meta)
                                      << QStringLiteral("<domain>%1</domain>")
                                             .arg(QString(meta).replace(QStringLiteral("<xp:blacklist/>"),
                                                                        QStringLiteral("<xp:blacklist><xp:entry "
                                                                                       "product='1' build='60'/>"
                                                                                       "</xp:blacklist>")))
                                      << false;
    QTest::newRow("neither-has-metadata") << QStringLiteral("<domain/>") << QStringLiteral("<domain id='1'/>") << true;
    QTest::newRow("metadata-added") << QStringLiteral("<domain/>") << QStringLiteral("<domain>%1</domain>").arg(meta)
                                    << false;
}

void tst_NextBoot::sameMetadata()
{
    QFETCH(QString, running);
    QFETCH(QString, next);
    QFETCH(bool, same);
    QCOMPARE(NextBoot::sameMetadata(running, next), same);
}

QTEST_GUILESS_MAIN(tst_NextBoot)
#include "tst_NextBoot.moc"
