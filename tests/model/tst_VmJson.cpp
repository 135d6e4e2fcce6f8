// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/VmJson.h"
#include "model/fleet/VmReport.h"

#include <QJsonDocument>
#include <QTest>

// VmJson writes what QJsonDocument(VmReport::toJson(record)).toJson(Indented) writes, byte for byte: xpctl's JSON
// contract must not depend on which of the two made it.
class tst_VmJson : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQJsonDocument_data();
    void sameBytesAsQJsonDocument();
    void everyAsciiCharacterEscapedAsQt();
};

namespace {

QByteArray byQt(const VmRecord& record)
{
    // xpctl list's object: without show's guest_facts.
    return QJsonDocument(VmReport::toJson(record, false)).toJson(QJsonDocument::Indented);
}

QByteArray byVmJson(const VmRecord& record)
{
    return VmJson::object(record, 0) + '\n';
}

ExposedDevice exposed(ExposedDevice::Role role, quint16 deviceId, const QString& bound, bool xenbus)
{
    ExposedDevice d;
    d.role = role;
    d.vendorId = 0x5853;
    d.deviceId = deviceId;
    d.revision = 2;
    d.boundPackage = bound;
    d.xenbusActive = xenbus;
    return d;
}

} // namespace

void tst_VmJson::sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<VmRecord>("record");
    VmRecord empty;
    QTest::newRow("nothing known") << empty;

    VmRecord full;
    full.config.name = QStringLiteral("erp-db-01");
    full.config.uuid = QStringLiteral("5d0c7e3a-1f2b-4c11-8a01-6d656d6f0001");
    full.config.flavour = xp::device::Flavour::XenServerTrad;
    full.config.guest.os = GuestOs::Windows;
    full.config.guest.release = QStringLiteral("6.3.9600");
    full.config.guest.server = true;
    full.config.metadataErrors = {QStringLiteral("<guest os=\"plan9\">: expected windows")};
    full.snapshot.state = DomainState::Running;
    full.snapshot.id = 4;
    full.outcome.devices = {exposed(ExposedDevice::Role::Platform, 0x0001, QStringLiteral("citrix-legacy-6.0"), true),
                            exposed(ExposedDevice::Role::Vendor, 0xc000, QString(), false)};
    full.outcome.activeDriver = QStringLiteral("citrix-legacy-6.0");
    full.outcome.wuInstalls = {QStringLiteral("xenserver-vmtools-9")};
    full.outcome.unplugged = {QStringLiteral("hda"), QStringLiteral("net0 (rtl8139)")};
    full.outcome.uncertain = true;
    full.outcome.findings = {
        Finding{QStringLiteral("XP-WU-BUGCHECK-RISK"),
                Finding::Severity::Error,
                QStringLiteral("Two stacks bind."),
                {QStringLiteral("PCI\\VEN_5853&DEV_C000"), QStringLiteral("rank 0x00ff0001")}},
        Finding{QStringLiteral("XP-MODEL-ONLY"), Finding::Severity::Info, QStringLiteral("Model only."), {}}};
    QTest::newRow("every member") << full;

    // Read from a definition (issue 17): the boot object with vendor arguments, ours and foreign, and libosinfo's OS.
    VmRecord booted = full;
    booted.config.guest = GuestSettings{};
    booted.config.definition.driver = HostDriver::Qemu;
    booted.config.definition.libosinfoId = QStringLiteral("http://microsoft.com/win/2k19");
    booted.config.definition.xenDevices = HostSupport::No;
    booted.config.definition.xenDevicesDetail = QStringLiteral("no xenfv");
    for (const char* value : {"xen-pvdevice,id=xpc-vendor,device-id=0xc000", "xen-pvdevice,device-id=0xc001"}) {
        DeviceArgument argument;
        argument.value = QString::fromLatin1(value);
        argument.ours = argument.value.contains(QLatin1String("xpc-"));
        argument.deviceId = argument.ours ? 0xc000 : 0xc001;
        booted.config.definition.devices.append(argument);
    }
    QTest::newRow("read from a definition") << booted;

    // Translated text and whatever a metadata value carried: quotes, backslashes, control characters, non-ASCII,
    // a character outside the BMP and a lone surrogate.
    VmRecord odd = full;
    odd.config.name = QStringLiteral("a\"b\\c\td\ne\rf\bg\fh") + QChar(0x01) + QChar(0x1f) + QChar(0x7f);
    odd.config.uuid = QStringLiteral("Größe 日本語 ") + QString::fromUcs4(U"\U0001F600");
    odd.outcome.findings.first().message = QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y");
    odd.outcome.findings.first().evidence = {QStringLiteral("</script>"), QString(), QStringLiteral("\u00e9")};
    odd.outcome.unplugged.clear();
    QTest::newRow("odd strings") << odd;
}

void tst_VmJson::sameBytesAsQJsonDocument()
{
    QFETCH(VmRecord, record);
    QCOMPARE(byVmJson(record), byQt(record));
}

void tst_VmJson::everyAsciiCharacterEscapedAsQt()
{
    for (char16_t c = 0; c < 0x80; ++c) {
        VmRecord record;
        record.config.name = QStringLiteral("<") + QChar(c) + QStringLiteral(">");
        QVERIFY2(byVmJson(record) == byQt(record), qPrintable(QString::number(c, 16)));
    }
}

QTEST_GUILESS_MAIN(tst_VmJson)
#include "tst_VmJson.moc"
