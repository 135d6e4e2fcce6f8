// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/MetadataCodec.h"
#include "model/core/NextBoot.h"

#include <QTest>

class tst_NextBoot : public QObject
{
    Q_OBJECT

private slots:
    void differences_data();
    void differences();
    void commentsAreNotADeviceChange();
    void pending_data();
    void pending();
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

void tst_NextBoot::pending_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<bool>("compared");
    QTest::addColumn<QString>("live");
    QTest::addColumn<QString>("persistent");
    QTest::addColumn<QStringList>("expected");
    // The shape libvirt 9.0 gives (virsh metadata VM urn:xpconsole:platform:1 --live on the demo node): our
    // element without prefix or namespace declaration.
    const QString trad = QStringLiteral("<platform schema=\"1\">\n  <device-model flavour=\"qemu-traditional\"/>\n"
                                        "  <blacklist/>\n</platform>");
    const QString tradWithEntry = QString(trad).replace(
        QStringLiteral("<blacklist/>"), QStringLiteral("<blacklist><entry product=\"1\" build=\"60\"/></blacklist>"));
    QTest::newRow("same element") << 3 << true << trad << trad << QStringList();
    QTest::newRow("entry added for the next boot")
        << 3 << true << trad << tradWithEntry << QStringList{QStringLiteral("blacklist")};
    QTest::newRow("element added for the next boot")
        << 3 << true << QString() << tradWithEntry
        << QStringList{QStringLiteral("device model"), QStringLiteral("blacklist")};
    QTest::newRow("element removed for the next boot")
        << 3 << true << tradWithEntry << QString()
        << QStringList{QStringLiteral("device model"), QStringLiteral("blacklist")};
    QTest::newRow("shut off") << -1 << true << trad << tradWithEntry << QStringList();
    QTest::newRow("not compared") << 3 << false << trad << tradWithEntry << QStringList();
    QTest::newRow("text differs, devices do not")
        << 3 << true << trad
        << QString(trad).replace(QStringLiteral("<blacklist/>"), QStringLiteral("<blacklist></blacklist>"))
        << QStringList();
}

void tst_NextBoot::pending()
{
    QFETCH(int, id);
    QFETCH(bool, compared);
    QFETCH(QString, live);
    QFETCH(QString, persistent);
    QFETCH(QStringList, expected);
    DomainSnapshot snapshot;
    snapshot.id = id;
    snapshot.metadataCompared = compared;
    snapshot.liveMetadata = live;
    snapshot.persistentMetadata = persistent;
    // The next boot as DomainXmlReader reads it from the inactive XML.
    VmConfig next;
    next.flavour = xp::device::Flavour::QemuUpstream;
    if (!persistent.isEmpty())
        MetadataCodec::read(
            QString(persistent)
                .replace(QStringLiteral("<platform "), QStringLiteral("<platform xmlns=\"urn:xpconsole:platform:1\" ")),
            next);
    QCOMPARE(NextBoot::pending(snapshot, next), expected);
}

QTEST_GUILESS_MAIN(tst_NextBoot)
#include "tst_NextBoot.moc"
