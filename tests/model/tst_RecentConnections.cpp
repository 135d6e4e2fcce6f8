// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/core/DataPaths.h"
#include "model/fleet/ConnectionPreset.h"
#include "model/fleet/RecentConnections.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using Kind = ConnectionPreset::Kind;
Q_DECLARE_METATYPE(ConnectionPreset::Kind)

class tst_RecentConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void build_data();
    void build();
    void match_data();
    void match();
    void newestFirst();
    void sameUriOnce();
    void keepsAtMostTen();
    void forget();
    void ignoresDuplicatesInTheFile();
};

void tst_RecentConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_RecentConnections::init()
{
    QSettings().clear();
}

void tst_RecentConnections::build_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("problem");
    const QString none;
    const QString port = QStringLiteral("The port must be a number from 1 to 65535.");
    // Remote presets: driver+ssh://[user@]host[:port]/system
    QTest::newRow("qemu-ssh") << Kind::QemuSsh << "kvm1.example.com"
                              << "root" << none << "qemu+ssh://root@kvm1.example.com/system" << none;
    QTest::newRow("xen-ssh") << Kind::XenSsh << "dom0"
                             << "admin" << none << "xen+ssh://admin@dom0/system" << none;
    QTest::newRow("user-omitted") << Kind::XenSsh << "dom0"
                                  << "" << none << "xen+ssh://dom0/system" << none;
    QTest::newRow("fields-trimmed") << Kind::QemuSsh << "  kvm1 "
                                    << " root " << none << "qemu+ssh://root@kvm1/system" << none;
    QTest::newRow("host-with-port") << Kind::QemuSsh << "kvm1:2222"
                                    << "root" << none << "qemu+ssh://root@kvm1:2222/system" << none;
    QTest::newRow("ipv4") << Kind::QemuSsh << "192.0.2.10"
                          << "" << none << "qemu+ssh://192.0.2.10/system" << none;
    QTest::newRow("ipv4-port") << Kind::XenSsh << "192.0.2.10:22"
                               << "root" << none << "xen+ssh://root@192.0.2.10:22/system" << none;
    QTest::newRow("ipv6-gets-brackets") << Kind::QemuSsh << "2001:db8::1"
                                        << "root" << none << "qemu+ssh://root@[2001:db8::1]/system" << none;
    QTest::newRow("ipv6-loopback") << Kind::QemuSsh << "::1"
                                   << "" << none << "qemu+ssh://[::1]/system" << none;
    QTest::newRow("ipv6-bracketed-port") << Kind::XenSsh << "[2001:db8::1]:2222"
                                         << "root" << none << "xen+ssh://root@[2001:db8::1]:2222/system" << none;
    QTest::newRow("ipv6-bracketed") << Kind::XenSsh << "[fe80::1]"
                                    << "" << none << "xen+ssh://[fe80::1]/system" << none;
    QTest::newRow("user-with-at") << Kind::QemuSsh << "kvm1"
                                  << "ops@corp" << none << "qemu+ssh://ops%40corp@kvm1/system" << none;
    QTest::newRow("user-with-backslash") << Kind::QemuSsh << "kvm1"
                                         << "CORP\\ops" << none << "qemu+ssh://CORP%5Cops@kvm1/system" << none;
    QTest::newRow("no-host") << Kind::QemuSsh << "  "
                             << "root" << none << none << "Enter the host to connect to.";
    QTest::newRow("port-too-big") << Kind::QemuSsh << "kvm1:65536"
                                  << "" << none << none << port;
    QTest::newRow("port-zero") << Kind::QemuSsh << "kvm1:0"
                               << "" << none << none << port;
    QTest::newRow("port-not-number") << Kind::QemuSsh << "kvm1:ssh"
                                     << "" << none << none << port;
    QTest::newRow("ipv6-bad-port") << Kind::QemuSsh << "[::1]:x"
                                   << "" << none << none << port;
    QTest::newRow("host-with-space") << Kind::XenSsh << "my host"
                                     << "" << none << none << "\"my host\" is not a host name or address.";
    QTest::newRow("host-with-slash") << Kind::XenSsh << "host/system"
                                     << "" << none << none << "\"host/system\" is not a host name or address.";
    QTest::newRow("host-with-user") << Kind::XenSsh << "root@host"
                                    << "" << none << none << "\"root@host\" is not a host name or address.";
    QTest::newRow("name-in-brackets") << Kind::XenSsh << "[dom0]"
                                      << "" << none << none << "Only an IPv6 address goes in square brackets.";
    // Local presets ignore the host and user fields.
    QTest::newRow("xen") << Kind::Xen << "ignored"
                         << "ignored" << none << "xen:///system" << none;
    QTest::newRow("qemu-system") << Kind::QemuSystem << ""
                                 << "" << none << "qemu:///system" << none;
    QTest::newRow("demo") << Kind::Demo << ""
                          << "" << none << DataPaths::demoNodeUri() << none;
    // Custom URIs are taken as typed, once they look like something libvirt can open.
    QTest::newRow("custom-tls") << Kind::Custom << ""
                                << ""
                                << " qemu+tls://kvm1/system?no_verify=1 "
                                << "qemu+tls://kvm1/system?no_verify=1" << none;
    QTest::newRow("custom-test-file") << Kind::Custom << ""
                                      << ""
                                      << "test:///srv/lab.xml"
                                      << "test:///srv/lab.xml" << none;
    QTest::newRow("custom-alias") << Kind::Custom << ""
                                  << ""
                                  << "hail"
                                  << "hail" << none;
    QTest::newRow("custom-empty") << Kind::Custom << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "Enter a connection URI.";
    QTest::newRow("custom-space") << Kind::Custom << ""
                                  << ""
                                  << "qemu:// /system"
                                  << "qemu:// /system"
                                  << "A URI cannot contain spaces.";
    QTest::newRow("custom-no-scheme") << Kind::Custom << ""
                                      << ""
                                      << "host/system"
                                      << "host/system"
                                      << "Expected driver[+transport]://[user@][host][:port]/path, for example "
                                         "qemu:///system.";
    QTest::newRow("custom-bad-scheme") << Kind::Custom << ""
                                       << ""
                                       << "://host/system"
                                       << "://host/system"
                                       << "The URI must start with a driver such as xen://, qemu:// or qemu+ssh://.";
    QTest::newRow("custom-bad-port") << Kind::Custom << ""
                                     << ""
                                     << "qemu+tcp://kvm1:port/system"
                                     << "qemu+tcp://kvm1:port/system"
                                     << "This URI is malformed; check the host, port and user name.";
}

void tst_RecentConnections::build()
{
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(QString, custom);
    QFETCH(QString, expected);
    QFETCH(QString, problem);
    const ConnectionPreset::Built built = ConnectionPreset::build(kind, host, user, custom);
    QCOMPARE(built.problem, problem);
    QCOMPARE(built.ok(), problem.isEmpty());
    if (built.ok() || kind == Kind::Custom)
        QCOMPARE(built.uri, expected);
}

void tst_RecentConnections::match_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::newRow("xen") << "xen:///system" << Kind::Xen << ""
                         << "";
    QTest::newRow("qemu") << "qemu:///system" << Kind::QemuSystem << ""
                          << "";
    QTest::newRow("demo") << DataPaths::demoNodeUri() << Kind::Demo << ""
                          << "";
    QTest::newRow("qemu-ssh") << "qemu+ssh://root@kvm1:2222/system" << Kind::QemuSsh << "kvm1:2222"
                              << "root";
    QTest::newRow("xen-ssh-ipv6") << "xen+ssh://[2001:db8::1]/system" << Kind::XenSsh << "[2001:db8::1]"
                                  << "";
    QTest::newRow("encoded-user") << "qemu+ssh://ops%40corp@kvm1/system" << Kind::QemuSsh << "kvm1"
                                  << "ops@corp";
    QTest::newRow("with-query") << "qemu+ssh://root@kvm1/system?keyfile=/k" << Kind::Custom << ""
                                << "";
    QTest::newRow("session") << "qemu+ssh://root@kvm1/session" << Kind::Custom << ""
                             << "";
    QTest::newRow("tls") << "qemu+tls://kvm1/system" << Kind::Custom << ""
                         << "";
}

void tst_RecentConnections::match()
{
    QFETCH(QString, uri);
    QFETCH(Kind, kind);
    QFETCH(QString, host);
    QFETCH(QString, user);
    const ConnectionPreset::Match found = ConnectionPreset::match(uri);
    QCOMPARE(found.kind, kind);
    QCOMPARE(found.host, host);
    QCOMPARE(found.user, user);
    if (kind != Kind::Custom)
        QCOMPARE(ConnectionPreset::build(found.kind, found.host, found.user).uri, uri);
}

void tst_RecentConnections::newestFirst()
{
    QVERIFY(RecentConnections::load().isEmpty());
    RecentConnections::remember(QStringLiteral("xen:///system"), false);
    RecentConnections::remember(QStringLiteral("qemu:///system"), true);
    RecentConnections::remember(QStringLiteral("qemu+ssh://root@kvm1/system"), false);
    const QList<RecentConnection> expected{{QStringLiteral("qemu+ssh://root@kvm1/system"), false},
                                           {QStringLiteral("qemu:///system"), true},
                                           {QStringLiteral("xen:///system"), false}};
    QCOMPARE(RecentConnections::load(), expected);
}

void tst_RecentConnections::sameUriOnce()
{
    RecentConnections::remember(QStringLiteral("xen:///system"), false);
    RecentConnections::remember(QStringLiteral("qemu:///system"), false);
    RecentConnections::remember(QStringLiteral(" xen:///system "), true);
    RecentConnections::remember(QStringLiteral(""), true);
    const QList<RecentConnection> expected{{QStringLiteral("xen:///system"), true},
                                           {QStringLiteral("qemu:///system"), false}};
    QCOMPARE(RecentConnections::load(), expected);
}

void tst_RecentConnections::keepsAtMostTen()
{
    for (int i = 1; i <= 12; ++i)
        RecentConnections::remember(QStringLiteral("qemu+ssh://host%1/system").arg(i), i % 2 == 0);
    const QList<RecentConnection> recent = RecentConnections::load();
    QCOMPARE(recent.size(), RecentConnections::kMaximum);
    QCOMPARE(recent.constFirst(), (RecentConnection{QStringLiteral("qemu+ssh://host12/system"), true}));
    QCOMPARE(recent.constLast(), (RecentConnection{QStringLiteral("qemu+ssh://host3/system"), false}));
    // The file holds no more than the list: nothing old comes back after a removal.
    QCOMPARE(QSettings().value(QStringLiteral("connections/recent/size")).toInt(), RecentConnections::kMaximum);
}

void tst_RecentConnections::forget()
{
    RecentConnections::remember(QStringLiteral("xen:///system"), false);
    RecentConnections::remember(QStringLiteral("qemu:///system"), false);
    RecentConnections::forget(QStringLiteral("xen:///system"));
    const QList<RecentConnection> expected{{QStringLiteral("qemu:///system"), false}};
    QCOMPARE(RecentConnections::load(), expected);
}

void tst_RecentConnections::ignoresDuplicatesInTheFile()
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("connections/recent"), 3);
    const QStringList uris{QStringLiteral("xen:///system"), QString(), QStringLiteral("xen:///system")};
    for (int i = 0; i < uris.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("uri"), uris.at(i));
        settings.setValue(QStringLiteral("readOnly"), i == 0);
    }
    settings.endArray();
    settings.sync();
    const QList<RecentConnection> expected{{QStringLiteral("xen:///system"), true}};
    QCOMPARE(RecentConnections::load(), expected);
}

QTEST_GUILESS_MAIN(tst_RecentConnections)
#include "tst_RecentConnections.moc"
