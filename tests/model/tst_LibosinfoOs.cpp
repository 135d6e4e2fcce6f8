// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/LibosinfoOs.h"

#include <QTest>

/// libosinfo ids as virt-install and virt-manager record them (osinfo-db data/os/<vendor>/<os>-<version>.xml.in).
class tst_LibosinfoOs : public QObject
{
    Q_OBJECT

private slots:
    void known_data();
    void known();
    void unknown_data();
    void unknown();
};

void tst_LibosinfoOs::known_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("release");
    QTest::addColumn<bool>("server");
    QTest::addColumn<bool>("uncertain");
    const int windows = int(GuestOs::Windows);
    const int linux = int(GuestOs::Linux);
    // Builds: Microsoft's Windows release information; Server 2019 is 17763, 2022 is 20348, 2025 is 26100.
    QTest::newRow("windows 10 spans builds")
        << "http://microsoft.com/win/10" << windows << "10.0.19045" << false << true;
    QTest::newRow("windows 11 spans builds")
        << "http://microsoft.com/win/11" << windows << "10.0.22631" << false << true;
    QTest::newRow("server 2019") << "http://microsoft.com/win/2k19" << windows << "10.0.17763" << true << false;
    QTest::newRow("server 2022") << "http://microsoft.com/win/2k22" << windows << "10.0.20348" << true << false;
    QTest::newRow("server 2025") << "http://microsoft.com/win/2k25" << windows << "10.0.26100" << true << false;
    QTest::newRow("server 2008, SP2 assumed")
        << "http://microsoft.com/win/2k8" << windows << "6.0.6002" << true << true;
    QTest::newRow("windows 8.1") << "http://microsoft.com/win/8.1" << windows << "6.3.9600" << false << false;
    // Kernel series: Debian's release notes (12 bookworm ships 6.1, 11 bullseye 5.10), Ubuntu 22.04 GA 5.15,
    // RHEL 9 5.14 (its minor releases keep the series).
    QTest::newRow("debian 12") << "http://debian.org/debian/12" << linux << "6.1" << false << true;
    QTest::newRow("debian 11") << "http://debian.org/debian/11" << linux << "5.10" << false << true;
    QTest::newRow("ubuntu 22.04") << "http://ubuntu.com/ubuntu/22.04" << linux << "5.15" << false << true;
    QTest::newRow("rhel 9.2 keeps 9's series") << "http://redhat.com/rhel/9.2" << linux << "5.14" << false << true;
    QTest::newRow("freebsd 13.2") << "http://freebsd.org/freebsd/13.2" << int(GuestOs::FreeBsd) << "13.2" << false
                                  << false;
    QTest::newRow("openbsd 7.3") << "http://openbsd.org/openbsd/7.3" << int(GuestOs::OpenBsd) << "7.3" << false
                                 << false;
}

void tst_LibosinfoOs::known()
{
    QFETCH(QString, id);
    QFETCH(int, os);
    QFETCH(QString, release);
    QFETCH(bool, server);
    QFETCH(bool, uncertain);
    const auto installed = LibosinfoOs::parse(id);
    QVERIFY(installed);
    QCOMPARE(int(installed->os), os);
    QCOMPARE(installed->release, release);
    QCOMPARE(installed->server, server);
    QCOMPARE(installed->id, id);
    QCOMPARE(!installed->releaseUncertainty.isEmpty(), uncertain);
}

void tst_LibosinfoOs::unknown_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("another vendor") << QStringLiteral("http://example.com/os/1");
    QTest::newRow("windows 3.1") << QStringLiteral("http://microsoft.com/win/3.1");
    QTest::newRow("fedora: kernel varies") << QStringLiteral("http://fedoraproject.org/fedora/39");
    QTest::newRow("not http") << QStringLiteral("ftp://microsoft.com/win/10");
    QTest::newRow("bsd without release") << QStringLiteral("http://freebsd.org/freebsd/");
    QTest::newRow("huge") << QStringLiteral("http://microsoft.com/win/") + QString(100000, QLatin1Char('1'));
}

void tst_LibosinfoOs::unknown()
{
    QFETCH(QString, id);
    QVERIFY(!LibosinfoOs::parse(id));
}

QTEST_GUILESS_MAIN(tst_LibosinfoOs)
#include "tst_LibosinfoOs.moc"
