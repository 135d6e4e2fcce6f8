// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FakePlatformPorts.h"
#include "device/GuestHandshake.h"
#include "device/PlatformDevice.h"

#include <QTest>

using xp::device::AccessWidth;
using xp::device::FreeBsdTunables;
using xp::device::GuestHandshake;
using xp::device::HandshakeError;
using xp::device::HandshakeOutcome;
using xp::device::HandshakeStep;
using xp::device::LinuxKernelConfig;
using xp::device::LinuxUnplugOptions;
using xp::device::PortDirection;
using xp::device::WindowsXenbusInput;
using xp::device::XenDocHandshakeInput;

Q_DECLARE_METATYPE(xp::device::Flavour)

namespace {

constexpr int kNoChange = -1; // magicAfterBuild column: the magic stays as it was

// The expected trace lines, in the order the drivers make them.
const QString kMagicOk = QStringLiteral("read-magic r16 0x10 0x49d2");
const QString kVersion1 = QStringLiteral("read-protocol-version r8 0x12 0x1");
const QString kReReadOk = QStringLiteral("re-read-magic r16 0x10 0x49d2");
const QString kReReadBlacklisted = QStringLiteral("re-read-magic r16 0x10 0xd249");
const QString kLinuxProduct = QStringLiteral("write-product-number w16 0x12 0x3");
const QString kLinuxBuild = QStringLiteral("write-build-number w32 0x10 0x1");

QString render(const xp::device::PortAccess& access)
{
    const auto step = xp::device::handshakeStepId(access.step);
    return QStringLiteral("%1 %2%3 0x%4 0x%5")
        .arg(QString::fromUtf8(step.data(), qsizetype(step.size())))
        .arg(access.direction == PortDirection::Read ? QLatin1Char('r') : QLatin1Char('w'))
        .arg(int(access.width) * 8)
        .arg(access.port, 0, 16)
        .arg(access.value, 0, 16);
}

QStringList render(const HandshakeOutcome& outcome)
{
    QStringList lines;
    for (const auto& access : outcome.trace)
        lines << render(access);
    return lines;
}

QList<int> masks(const HandshakeOutcome& outcome)
{
    QList<int> list;
    for (std::uint16_t mask : outcome.masksWritten)
        list << mask;
    return list;
}

/// Every table has the device's answers in the columns magic, version and magicAfterBuild.
void addDeviceColumns()
{
    QTest::addColumn<int>("magic");
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("magicAfterBuild");
}

FakePlatformPorts portsFromRow()
{
    QFETCH(int, magic);
    QFETCH(int, version);
    QFETCH(int, magicAfterBuild);
    std::optional<std::uint16_t> after;
    if (magicAfterBuild != kNoChange)
        after = quint16(magicAfterBuild);
    return FakePlatformPorts(quint16(magic), quint8(version), after);
}

/// The summary fields must say what the trace says.
void checkSummary(const HandshakeOutcome& outcome)
{
    std::optional<std::uint16_t> magic;
    std::optional<std::uint8_t> version;
    std::optional<std::uint16_t> product;
    std::optional<std::uint32_t> build;
    std::vector<std::uint16_t> written;
    for (const auto& access : outcome.trace) {
        switch (access.step) {
        case HandshakeStep::ReadMagic: magic = quint16(access.value); break;
        case HandshakeStep::ReadProtocolVersion: version = quint8(access.value); break;
        case HandshakeStep::WriteProductNumber: product = quint16(access.value); break;
        case HandshakeStep::WriteBuildNumber: build = access.value; break;
        case HandshakeStep::ReReadMagic: break;
        case HandshakeStep::WriteUnplugMask:
        case HandshakeStep::WriteDiskUnplugMask:
        case HandshakeStep::WriteNicUnplugMask: written.push_back(quint16(access.value)); break;
        case HandshakeStep::WriteUnplugType:
        case HandshakeStep::WriteProtocolVersion:
        case HandshakeStep::WriteUnplugIndex: break;
        }
    }
    QCOMPARE(outcome.magic, magic);
    QCOMPARE(outcome.magicRecognised, magic == std::optional<std::uint16_t>(0x49d2));
    QCOMPARE(outcome.protocolVersion, version);
    QCOMPARE(outcome.productWritten, product);
    QCOMPARE(outcome.buildWritten, build);
    QVERIFY(outcome.masksWritten == written);
}

/// The device wrote every mask the outcome claims, at port 0x10 with 16 bits, and nothing else there.
void checkDeviceSawMasks(const FakePlatformPorts& ports, const HandshakeOutcome& outcome)
{
    std::vector<std::uint16_t> seen;
    for (const auto& write : ports.writes())
        if (write.port == 0x10 && write.width == AccessWidth::Word)
            seen.push_back(quint16(write.value));
    QVERIFY(seen == outcome.masksWritten);
}

} // namespace

class tst_GuestHandshake : public QObject
{
    Q_OBJECT

private slots:
    void linuxKernel_data();
    void linuxKernel();
    void linuxKernelError_data();
    void linuxKernelError();
    void linuxNeverMakesNoAccess();
    void windowsXenbus_data();
    void windowsXenbus();
    void windowsXenbusError_data();
    void windowsXenbusError();
    void windowsBuildNumber_data();
    void windowsBuildNumber();
    void legacyCitrix_data();
    void legacyCitrix();
    void legacyCitrixError_data();
    void legacyCitrixError();
    void xenDoc_data();
    void xenDoc();
    void freeBsd_data();
    void freeBsd();
    void freeBsdError_data();
    void freeBsdError();
    void netBsd_data();
    void netBsd();
    void netBsdError_data();
    void netBsdError();
    void xenbus70_data();
    void xenbus70();
};

void tst_GuestHandshake::linuxKernel_data()
{
    addDeviceColumns();
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<bool>("frontends");
    QTest::addColumn<QStringList>("trace");
    QTest::addColumn<QList<int>>("masks");
    QTest::addColumn<uint>("platformPciUnplug");
    QTest::addColumn<bool>("pvDevices");
    QTest::addColumn<bool>("pvAndLegacy");
    const QStringList handshake{kMagicOk, kVersion1, kLinuxProduct, kLinuxBuild, kReReadOk};
    const auto mask = [&](const char* value) {
        return handshake + QStringList{QStringLiteral("write-unplug-mask w16 0x10 ") + QLatin1String(value)};
    };
    // §4.2: product 3, build 1, protocol 1; defaults NICS|ALL_IDE_DISKS when netfront/blkfront are built.
    QTest::newRow("defaults-both-frontends")
        << 0x49d2 << 1 << kNoChange << "" << true << mask("0x3") << QList<int>{3} << 3u << true << false;
    QTest::newRow("ide-disks-is-bit0") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=ide-disks" << true << mask("0x1")
                                       << QList<int>{1} << 1u << true << false;
    QTest::newRow("aux-ide-disks-is-bit2") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=aux-ide-disks" << true
                                           << mask("0x4") << QList<int>{4} << 4u << true << false;
    QTest::newRow("nics-is-bit1") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=nics" << true << mask("0x2")
                                  << QList<int>{2} << 2u << true << false;
    QTest::newRow("all-is-0x7") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=all" << true << mask("0x7")
                                << QList<int>{7} << 7u << true << false;
    // The kernel writes even an empty mask when no frontend was built.
    QTest::newRow("no-frontends-writes-zero")
        << 0x49d2 << 1 << kNoChange << "" << false << mask("0x0") << QList<int>{0} << 0u << false << false;
    // §4.2 step 5: unnecessary completes the handshake but writes no mask (8 would be NVMe, pitfall 3).
    QTest::newRow("unnecessary-no-mask-write") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=unnecessary" << true
                                               << handshake << QList<int>{} << 8u << true << true;
    // §4.2 step 3: a wrong magic is tolerated with unnecessary; PV and emulated disks run together.
    QTest::newRow("magic-wrong-tolerated-with-unnecessary")
        << 0xffff << 1 << kNoChange << "xen_emul_unplug=unnecessary" << true
        << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")} << QList<int>{} << 8u << true << true;
    // Upstream QEMU never answers 0xd249 (pitfall 2), whatever the build.
    QTest::newRow("upstream-ignores-build") << 0x49d2 << 1 << kNoChange << "xen_emul_unplug=nics,ide-disks" << true
                                            << mask("0x3") << QList<int>{3} << 3u << true << false;
}

void tst_GuestHandshake::linuxKernel()
{
    QFETCH(QString, commandLine);
    QFETCH(bool, frontends);
    QFETCH(QStringList, trace);
    QFETCH(QList<int>, masks);
    QFETCH(uint, platformPciUnplug);
    QFETCH(bool, pvDevices);
    QFETCH(bool, pvAndLegacy);
    FakePlatformPorts ports = portsFromRow();
    const auto options = LinuxUnplugOptions::fromCommandLine(commandLine.toStdString());
    const auto outcome = GuestHandshake::runLinux(ports, options, LinuxKernelConfig{frontends, frontends, true});
    QCOMPARE(render(outcome), trace);
    QCOMPARE(::masks(outcome), masks);
    QVERIFY(outcome.proceeds);
    QVERIFY(!outcome.blacklisted);
    QVERIFY(outcome.linuxPv);
    QCOMPARE(outcome.linuxPv->platformPciUnplug, platformPciUnplug);
    QCOMPARE(outcome.linuxPv->pvDevices, pvDevices);
    QCOMPARE(outcome.linuxPv->pvAndLegacyDiskDevices, pvAndLegacy);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::linuxKernelError_data()
{
    addDeviceColumns();
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("trace");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("blacklisted");
    const int magic = int(HandshakeError::Magic);
    const int protocol = int(HandshakeError::Protocol);
    const int blacklist = int(HandshakeError::Blacklist);
    // §4.2 step 2: ERR_MAGIC (-1).
    QTest::newRow("magic-wrong-no-device")
        << 0xffff << 1 << kNoChange << "" << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")} << magic
        << false;
    QTest::newRow("magic-byte-swapped-first-read")
        << 0xd249 << 1 << kNoChange << "" << QStringList{QStringLiteral("read-magic r16 0x10 0xd249")} << magic
        << false;
    // §4.2 / disagreement 2: only protocol 1; version 0 is ERR_PROTOCOL (-2), not "skip to step 6".
    QTest::newRow("protocol-0-rejected") << 0x49d2 << 0 << kNoChange << ""
                                         << QStringList{kMagicOk, QStringLiteral("read-protocol-version r8 0x12 0x0")}
                                         << protocol << false;
    QTest::newRow("protocol-2-rejected") << 0x49d2 << 2 << kNoChange << ""
                                         << QStringList{kMagicOk, QStringLiteral("read-protocol-version r8 0x12 0x2")}
                                         << protocol << false;
    QTest::newRow("protocol-0-unnecessary-still-aborts")
        << 0x49d2 << 0 << kNoChange << "xen_emul_unplug=unnecessary"
        << QStringList{kMagicOk, QStringLiteral("read-protocol-version r8 0x12 0x0")} << protocol << false;
    // §1.3 qemu-trad answers 0xd249 after a blacklisted build: ERR_BLACKLIST (-3).
    QTest::newRow("blacklisted-0xd249") << 0x49d2 << 1 << 0xd249 << ""
                                        << QStringList{kMagicOk, kVersion1, kLinuxProduct, kLinuxBuild,
                                                       kReReadBlacklisted}
                                        << blacklist << true;
    // §4.2: Linux treats any re-read other than 0x49d2 as blacklisted, not only 0xd249.
    QTest::newRow("re-read-other-is-blacklist")
        << 0x49d2 << 1 << 0x1234 << ""
        << QStringList{kMagicOk, kVersion1, kLinuxProduct, kLinuxBuild, QStringLiteral("re-read-magic r16 0x10 0x1234")}
        << blacklist << true;
    QTest::newRow("blacklisted-unnecessary-still-aborts")
        << 0x49d2 << 1 << 0xd249 << "xen_emul_unplug=unnecessary"
        << QStringList{kMagicOk, kVersion1, kLinuxProduct, kLinuxBuild, kReReadBlacklisted} << blacklist << true;
}

void tst_GuestHandshake::linuxKernelError()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, trace);
    QFETCH(int, error);
    QFETCH(bool, blacklisted);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome =
        GuestHandshake::runLinux(ports, LinuxUnplugOptions::fromCommandLine(commandLine.toStdString()));
    QCOMPARE(render(outcome), trace);
    QCOMPARE(int(outcome.error), error);
    QCOMPARE(outcome.blacklisted, blacklisted);
    QVERIFY(!outcome.proceeds);
    QVERIFY(outcome.masksWritten.empty());
    // Aborted: xen_platform_pci_unplug stays 0, so no PV device is used.
    QVERIFY(outcome.linuxPv);
    QCOMPARE(outcome.linuxPv->platformPciUnplug, 0u);
    QVERIFY(!outcome.linuxPv->pvDevices);
    QVERIFY(!outcome.linuxPv->pvNicDevices);
    QVERIFY(!outcome.linuxPv->pvDiskDevices);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::linuxNeverMakesNoAccess()
{
    // §4.2 step 1: never returns before any port access, even with other tokens.
    FakePlatformPorts ports;
    const auto outcome =
        GuestHandshake::runLinux(ports, LinuxUnplugOptions::fromCommandLine("xen_emul_unplug=nics,never"));
    QVERIFY(outcome.trace.empty());
    QVERIFY(ports.writes().empty());
    QVERIFY(!outcome.magic);
    QVERIFY(!outcome.proceeds);
    QCOMPARE(outcome.error, HandshakeError::None);
    QVERIFY(outcome.linuxPv);
    QCOMPARE(outcome.linuxPv->platformPciUnplug, 0u);
    QVERIFY(!outcome.linuxPv->pvDevices);
}

void tst_GuestHandshake::windowsXenbus_data()
{
    addDeviceColumns();
    QTest::addColumn<bool>("disks");
    QTest::addColumn<bool>("nics");
    QTest::addColumn<bool>("bootEmulated");
    QTest::addColumn<bool>("nvmeInDiskMask");
    QTest::addColumn<QStringList>("trace");
    QTest::addColumn<bool>("blacklisted");
    const QStringList identify{kMagicOk, kVersion1, QStringLiteral("write-product-number w16 0x12 0xffff"),
                               QStringLiteral("write-build-number w32 0x10 0x90100")};
    const QString disks9 = QStringLiteral("write-disk-unplug-mask w16 0x10 0x9");
    const QString nics2 = QStringLiteral("write-nic-unplug-mask w16 0x10 0x2");
    // §6.1: product 0xffff, build (9<<16)|(1<<8)|0, disks 0x9 then NICs 0x2 as separate writes.
    QTest::newRow("disks-and-nics") << 0x49d2 << 1 << kNoChange << true << true << false << true
                                    << identify + QStringList{kReReadOk, disks9, nics2} << false;
    QTest::newRow("disks-only") << 0x49d2 << 1 << kNoChange << true << false << false << true
                                << identify + QStringList{kReReadOk, disks9} << false;
    QTest::newRow("nics-only") << 0x49d2 << 1 << kNoChange << false << true << false << true
                               << identify + QStringList{kReReadOk, nics2} << false;
    // §6.1: XEN:BOOT_EMULATED=TRUE keeps the primary master: 0x4.
    QTest::newRow("boot-emulated-aux") << 0x49d2 << 1 << kNoChange << true << true << true << true
                                       << identify + QStringList{kReReadOk,
                                                                 QStringLiteral("write-disk-unplug-mask w16 0x10 0x4"),
                                                                 nics2}
                                       << false;
    // Builds without NVMe support (the sources in the reference index) write 0x1.
    QTest::newRow("older-build-disks-0x1")
        << 0x49d2 << 1 << kNoChange << true << false << false << false
        << identify + QStringList{kReReadOk, QStringLiteral("write-disk-unplug-mask w16 0x10 0x1")} << false;
    // Nothing requested (registry DISKS/NICS 0 or vetoed): handshake only.
    QTest::newRow("nothing-requested") << 0x49d2 << 1 << kNoChange << false << false << false << true
                                       << identify + QStringList{kReReadOk} << false;
    // Disagreement 2: version 0 skips product/build/re-read but still unplugs.
    QTest::newRow("version-0-skips-handshake-still-unplugs")
        << 0x49d2 << 0 << kNoChange << true << true << false << true
        << QStringList{kMagicOk, QStringLiteral("read-protocol-version r8 0x12 0x0"), disks9, nics2} << false;
    // Any non-zero version identifies (Linux would reject 2).
    QTest::newRow("version-2-identifies")
        << 0x49d2 << 2 << kNoChange << false << true << false << true
        << QStringList{kMagicOk,       QStringLiteral("read-protocol-version r8 0x12 0x2"),
                       identify.at(2), identify.at(3),
                       kReReadOk,      nics2}
        << false;
    // Disagreement 3 / §6.1: blacklisting is only logged; the unplug still proceeds.
    QTest::newRow("re-read-0xd249-only-logged") << 0x49d2 << 1 << 0xd249 << true << true << false << true
                                                << identify + QStringList{kReReadBlacklisted, disks9, nics2} << true;
    // The first read already 0xd249: blacklisted, no version read, still unplugs.
    QTest::newRow("first-read-0xd249-skips-to-unplug")
        << 0xd249 << 1 << kNoChange << true << true << false << true
        << QStringList{QStringLiteral("read-magic r16 0x10 0xd249"), disks9, nics2} << true;
    // Only 0xd249 counts as blacklisted for xenbus.
    QTest::newRow("re-read-other-not-blacklisted")
        << 0x49d2 << 1 << 0x1234 << false << true << false << true
        << identify + QStringList{QStringLiteral("re-read-magic r16 0x10 0x1234"), nics2} << false;
}

void tst_GuestHandshake::windowsXenbus()
{
    QFETCH(bool, disks);
    QFETCH(bool, nics);
    QFETCH(bool, bootEmulated);
    QFETCH(bool, nvmeInDiskMask);
    QFETCH(QStringList, trace);
    QFETCH(bool, blacklisted);
    FakePlatformPorts ports = portsFromRow();
    WindowsXenbusInput input;
    input.unplugDisks = disks;
    input.unplugNics = nics;
    input.bootEmulated = bootEmulated;
    input.nvmeInDiskMask = nvmeInDiskMask;
    const auto outcome = GuestHandshake::runWindowsXenbus(ports, input);
    QCOMPARE(render(outcome), trace);
    QCOMPARE(outcome.blacklisted, blacklisted);
    QVERIFY(outcome.proceeds);
    QCOMPARE(outcome.error, HandshakeError::None);
    QVERIFY(!outcome.linuxPv);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::windowsXenbusError_data()
{
    addDeviceColumns();
    QTest::addColumn<QStringList>("trace");
    // §6.1: neither 0x49d2 nor 0xd249 → not supported, nothing else happens.
    QTest::newRow("no-device-0xffff") << 0xffff << 1 << kNoChange
                                      << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")};
    QTest::newRow("other-magic") << 0x1234 << 1 << kNoChange
                                 << QStringList{QStringLiteral("read-magic r16 0x10 0x1234")};
}

void tst_GuestHandshake::windowsXenbusError()
{
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    WindowsXenbusInput input;
    input.unplugDisks = true;
    input.unplugNics = true;
    const auto outcome = GuestHandshake::runWindowsXenbus(ports, input);
    QCOMPARE(render(outcome), trace);
    QCOMPARE(outcome.error, HandshakeError::Magic);
    QVERIFY(!outcome.proceeds);
    QVERIFY(!outcome.blacklisted);
    QVERIFY(outcome.masksWritten.empty());
    QVERIFY(ports.writes().empty());
    checkSummary(outcome);
}

void tst_GuestHandshake::windowsBuildNumber_data()
{
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("micro");
    QTest::addColumn<uint>("build");
    // §6.1: (MAJOR << 16) | (MINOR << 8) | MICRO.
    QTest::newRow("default-9.1.0") << 9 << 1 << 0 << 0x090100u;
    QTest::newRow("8.2.5") << 8 << 2 << 5 << 0x080205u;
    QTest::newRow("255.255.255") << 255 << 255 << 255 << 0xffffffu;
}

void tst_GuestHandshake::windowsBuildNumber()
{
    QFETCH(int, major);
    QFETCH(int, minor);
    QFETCH(int, micro);
    QFETCH(uint, build);
    WindowsXenbusInput input;
    input.major = quint8(major);
    input.minor = quint8(minor);
    input.micro = quint8(micro);
    QCOMPARE(input.build(), build);
    FakePlatformPorts ports;
    const auto outcome = GuestHandshake::runWindowsXenbus(ports, input);
    QCOMPARE(outcome.buildWritten, std::optional<std::uint32_t>(build));
    QCOMPARE(outcome.productWritten, std::optional<std::uint16_t>(0xffff));
}

void tst_GuestHandshake::legacyCitrix_data()
{
    addDeviceColumns();
    QTest::addColumn<uint>("build");
    QTest::addColumn<QStringList>("trace");
    const QString product1 = QStringLiteral("write-product-number w16 0x12 0x1");
    // §2 steps 1-6 with product 1 (§6.2); the mask is the assumed 0x3.
    QTest::newRow("version-1-full-handshake")
        << 0x49d2 << 1 << kNoChange << 60u << QStringList{kMagicOk,  kVersion1,
                                                          product1,  QStringLiteral("write-build-number w32 0x10 0x3c"),
                                                          kReReadOk, QStringLiteral("write-unplug-mask w16 0x10 0x3")};
    // §2 step 2: version 0 → straight to step 6.
    QTest::newRow("version-0-skips-to-step-6")
        << 0x49d2 << 0 << kNoChange << 60u
        << QStringList{kMagicOk, QStringLiteral("read-protocol-version r8 0x12 0x0"),
                       QStringLiteral("write-unplug-mask w16 0x10 0x3")};
    // §2 step 5 names only 0xd249 as blacklisted.
    QTest::newRow("re-read-other-not-blacklisted") << 0x49d2 << 1 << 0x1234 << 60u
                                                   << QStringList{kMagicOk,
                                                                  kVersion1,
                                                                  product1,
                                                                  QStringLiteral("write-build-number w32 0x10 0x3c"),
                                                                  QStringLiteral("re-read-magic r16 0x10 0x1234"),
                                                                  QStringLiteral("write-unplug-mask w16 0x10 0x3")};
}

void tst_GuestHandshake::legacyCitrix()
{
    QFETCH(uint, build);
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runLegacyCitrix(ports, build);
    QCOMPARE(render(outcome), trace);
    QVERIFY(outcome.proceeds);
    QVERIFY(!outcome.blacklisted);
    QCOMPARE(outcome.error, HandshakeError::None);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::legacyCitrixError_data()
{
    addDeviceColumns();
    QTest::addColumn<QStringList>("trace");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("blacklisted");
    // §6.2 + §2 step 5: blacklisted drivers must not load and unplug nothing.
    QTest::newRow("blacklisted-stops") << 0x49d2 << 1 << 0xd249
                                       << QStringList{kMagicOk, kVersion1,
                                                      QStringLiteral("write-product-number w16 0x12 0x1"),
                                                      QStringLiteral("write-build-number w32 0x10 0x3c"),
                                                      kReReadBlacklisted}
                                       << int(HandshakeError::Blacklist) << true;
    // §2 step 1: a wrong magic means do nothing.
    QTest::newRow("magic-wrong") << 0xffff << 1 << kNoChange
                                 << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")}
                                 << int(HandshakeError::Magic) << false;
    QTest::newRow("first-read-0xd249-is-wrong-magic")
        << 0xd249 << 1 << kNoChange << QStringList{QStringLiteral("read-magic r16 0x10 0xd249")}
        << int(HandshakeError::Magic) << false;
}

void tst_GuestHandshake::legacyCitrixError()
{
    QFETCH(QStringList, trace);
    QFETCH(int, error);
    QFETCH(bool, blacklisted);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runLegacyCitrix(ports, 60);
    QCOMPARE(render(outcome), trace);
    QCOMPARE(int(outcome.error), error);
    QCOMPARE(outcome.blacklisted, blacklisted);
    QVERIFY(!outcome.proceeds);
    QVERIFY(outcome.masksWritten.empty());
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::xenDoc_data()
{
    addDeviceColumns();
    QTest::addColumn<int>("product");
    QTest::addColumn<uint>("build");
    QTest::addColumn<int>("mask");
    QTest::addColumn<QStringList>("trace");
    // §2: the document's protocol as a building block, with any product (here GPLPV, 2) and mask.
    QTest::newRow("gplpv-nvme-and-nics") << 0x49d2 << 1 << kNoChange << 2 << 0x80000000u << 0xA
                                         << QStringList{kMagicOk,
                                                        kVersion1,
                                                        QStringLiteral("write-product-number w16 0x12 0x2"),
                                                        QStringLiteral("write-build-number w32 0x10 0x80000000"),
                                                        kReReadOk,
                                                        QStringLiteral("write-unplug-mask w16 0x10 0xa")};
}

void tst_GuestHandshake::xenDoc()
{
    QFETCH(int, product);
    QFETCH(uint, build);
    QFETCH(int, mask);
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runXenDoc(ports, XenDocHandshakeInput{quint16(product), build, quint16(mask)});
    QCOMPARE(render(outcome), trace);
    QVERIFY(outcome.proceeds);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::freeBsd_data()
{
    addDeviceColumns();
    QTest::addColumn<bool>("disablePvDisks");
    QTest::addColumn<bool>("disablePvNics");
    QTest::addColumn<QStringList>("trace");
    // §5: magic only (no version read even when the device speaks version 0), then 0x1|0x2.
    QTest::newRow("default-0x3") << 0x49d2 << 1 << kNoChange << false << false
                                 << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x3")};
    QTest::newRow("version-0-irrelevant") << 0x49d2 << 0 << kNoChange << false << false
                                          << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x3")};
    QTest::newRow("disable-pv-disks-keeps-bit0-off")
        << 0x49d2 << 1 << kNoChange << true << false
        << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x2")};
    QTest::newRow("disable-pv-nics-keeps-bit1-off")
        << 0x49d2 << 1 << kNoChange << false << true
        << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x1")};
    // sys/x86/xen/hvm.c: nothing to unplug, no write at all.
    QTest::newRow("both-disabled-no-write") << 0x49d2 << 1 << kNoChange << true << true << QStringList{kMagicOk};
}

void tst_GuestHandshake::freeBsd()
{
    QFETCH(bool, disablePvDisks);
    QFETCH(bool, disablePvNics);
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runFreeBsd(ports, FreeBsdTunables{disablePvDisks, disablePvNics});
    QCOMPARE(render(outcome), trace);
    QVERIFY(outcome.proceeds);
    QCOMPARE(outcome.error, HandshakeError::None);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::freeBsdError_data()
{
    addDeviceColumns();
    QTest::addColumn<QStringList>("trace");
    QTest::newRow("magic-wrong") << 0xffff << 1 << kNoChange
                                 << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")};
    // A blacklisting qemu-trad that already answers 0xd249 is just "not the magic" to FreeBSD.
    QTest::newRow("magic-0xd249") << 0xd249 << 1 << kNoChange
                                  << QStringList{QStringLiteral("read-magic r16 0x10 0xd249")};
}

void tst_GuestHandshake::freeBsdError()
{
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runFreeBsd(ports);
    QCOMPARE(render(outcome), trace);
    QCOMPARE(outcome.error, HandshakeError::Magic);
    QVERIFY(!outcome.proceeds);
    QVERIFY(ports.writes().empty());
    checkSummary(outcome);
}

void tst_GuestHandshake::netBsd_data()
{
    addDeviceColumns();
    QTest::addColumn<QStringList>("trace");
    // §5: NetBSD checks the magic and writes 0x01|0x02.
    QTest::newRow("magic-ok-0x3") << 0x49d2 << 1 << kNoChange
                                  << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x3")};
    QTest::newRow("version-0-irrelevant")
        << 0x49d2 << 0 << kNoChange << QStringList{kMagicOk, QStringLiteral("write-unplug-mask w16 0x10 0x3")};
}

void tst_GuestHandshake::netBsd()
{
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runNetBsd(ports);
    QCOMPARE(render(outcome), trace);
    QVERIFY(outcome.proceeds);
    checkSummary(outcome);
    checkDeviceSawMasks(ports, outcome);
}

void tst_GuestHandshake::netBsdError_data()
{
    addDeviceColumns();
    QTest::addColumn<QStringList>("trace");
    QTest::newRow("magic-wrong") << 0xffff << 1 << kNoChange
                                 << QStringList{QStringLiteral("read-magic r16 0x10 0xffff")};
}

void tst_GuestHandshake::netBsdError()
{
    QFETCH(QStringList, trace);
    FakePlatformPorts ports = portsFromRow();
    const auto outcome = GuestHandshake::runNetBsd(ports);
    QCOMPARE(render(outcome), trace);
    QCOMPARE(outcome.error, HandshakeError::Magic);
    QVERIFY(!outcome.proceeds);
    QVERIFY(ports.writes().empty());
    checkSummary(outcome);
}

void tst_GuestHandshake::xenbus70_data()
{
    using xp::device::Flavour;
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<int>("deviceId"); // -1: the flavour's own
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("indexedUnplugs"); // what the device model accepted
    // facts §10.5 (xcp-ng/win-xenbus d1337e3 src/xen/unplug.c): version 2 or nothing. Only XenServer 7.x's trad
    // answers 2; on it product 3 with build 0x202 passes on 0002 rev 02 and is refused on 0001 (facts §1.5).
    QTest::newRow("facts§10.5 qemu-upstream speaks version 1: gives up")
        << Flavour::QemuUpstream << -1 << int(HandshakeError::Protocol) << 0;
    QTest::newRow("facts§10.5 qemu-traditional speaks version 1: gives up")
        << Flavour::QemuTraditional << -1 << int(HandshakeError::Protocol) << 0;
    QTest::newRow("facts§10.5 xenserver (upstream QEMU) speaks version 1: gives up")
        << Flavour::XenServer << 0x0002 << int(HandshakeError::Protocol) << 0;
    QTest::newRow("facts§10.5 xenserver-trad 0002 rev 02: unplugs disk and NIC")
        << Flavour::XenServerTrad << 0x0002 << int(HandshakeError::None) << 2;
    QTest::newRow("facts§1.5 xenserver-trad 0001 refuses build 0x202: gives up")
        << Flavour::XenServerTrad << -1 << int(HandshakeError::Blacklist) << 0;
}

void tst_GuestHandshake::xenbus70()
{
    using xp::device::Flavour;
    QFETCH(Flavour, flavour);
    QFETCH(int, deviceId);
    QFETCH(int, error);
    QFETCH(int, indexedUnplugs);
    xp::device::PlatformDeviceConfig config;
    config.flavour = flavour;
    if (deviceId >= 0)
        config.deviceId = quint16(deviceId);
    auto device = xp::device::PlatformDevice::create(config);
    QVERIFY(device);
    xp::device::Xenbus70Input input;
    input.ideIndices = {0};
    input.nicIndices = {0};
    const HandshakeOutcome outcome = GuestHandshake::runXenbus70(*device, input);
    checkSummary(outcome);
    QCOMPARE(int(outcome.error), error);
    QCOMPARE(outcome.proceeds, error == int(HandshakeError::None));
    QVERIFY(outcome.masksWritten.empty()); // 7.0.0 never writes a mask
    QCOMPARE(int(device->indexedUnplugs().size()), indexedUnplugs);
    QCOMPARE(device->unplugMask(), std::uint16_t{0});
    // The preamble's order: magic, type 0, version 2, then the version read.
    QVERIFY(outcome.trace.size() >= 2);
    QCOMPARE(outcome.trace.at(1).step, HandshakeStep::WriteUnplugType);
    QCOMPARE(outcome.trace.at(1).value, 0u);
    QCOMPARE(outcome.trace.at(2).step, HandshakeStep::WriteProtocolVersion);
    QCOMPARE(outcome.trace.at(2).value, 2u);
    if (error != int(HandshakeError::Protocol)) {
        QCOMPARE(outcome.productWritten, std::optional<std::uint16_t>(3));
        QCOMPARE(outcome.buildWritten, std::optional<std::uint32_t>(0x202));
    }
}

QTEST_APPLESS_MAIN(tst_GuestHandshake)
#include "tst_GuestHandshake.moc"
