// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/LinuxUnplugOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

using xp::device::LinuxKernelConfig;
using xp::device::LinuxPvPredicates;
using xp::device::LinuxUnplugOptions;

namespace {

QStringList toStringList(const std::vector<std::string>& tokens)
{
    QStringList list;
    for (const auto& token : tokens)
        list << QString::fromStdString(token);
    return list;
}

constexpr unsigned kIde = LinuxUnplugOptions::kAllIdeDisks;
constexpr unsigned kNics = LinuxUnplugOptions::kAllNics;
constexpr unsigned kAux = LinuxUnplugOptions::kAuxIdeDisks;
constexpr unsigned kAll = LinuxUnplugOptions::kAll;
constexpr unsigned kUnnecessary = LinuxUnplugOptions::kUnnecessary;
constexpr unsigned kNever = LinuxUnplugOptions::kNever;

} // namespace

class tst_LinuxUnplugOptions : public QObject
{
    Q_OBJECT

private slots:
    void flagValues();
    void parseValue_data();
    void parseValue();
    void unrecognised_data();
    void unrecognised();
    void commandLine_data();
    void commandLine();
    void effectiveFlags_data();
    void effectiveFlags();
    void wireMask_data();
    void wireMask();
    void predicates_data();
    void predicates();
};

void tst_LinuxUnplugOptions::flagValues()
{
    // §4.2: XEN_UNPLUG_* in include/xen/platform_pci.h.
    QCOMPARE(kIde, 1u);
    QCOMPARE(kNics, 2u);
    QCOMPARE(kAux, 4u);
    QCOMPARE(kAll, 7u);
    QCOMPARE(kUnnecessary, 8u);
    QCOMPARE(kNever, 16u);
}

void tst_LinuxUnplugOptions::parseValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<uint>("flags");
    // §4.2: strncmp over the token's length, tried as all, ide-disks, aux-ide-disks, nics, unnecessary, never.
    QTest::newRow("all") << "all" << kAll;
    QTest::newRow("ide-disks") << "ide-disks" << kIde;
    QTest::newRow("aux-ide-disks") << "aux-ide-disks" << kAux;
    QTest::newRow("nics") << "nics" << kNics;
    QTest::newRow("unnecessary") << "unnecessary" << kUnnecessary;
    QTest::newRow("never") << "never" << kNever;
    QTest::newRow("prefix-a-is-all") << "a" << kAll;
    QTest::newRow("prefix-al-is-all") << "al" << kAll;
    QTest::newRow("prefix-au-is-aux") << "au" << kAux;
    QTest::newRow("prefix-i-is-ide-disks") << "i" << kIde;
    QTest::newRow("prefix-n-is-nics-not-never") << "n" << kNics;
    QTest::newRow("prefix-ne-is-never") << "ne" << kNever;
    QTest::newRow("prefix-nic") << "nic" << kNics;
    QTest::newRow("prefix-u-is-unnecessary") << "u" << kUnnecessary;
    QTest::newRow("list-nics-ide-disks") << "nics,ide-disks" << (kNics | kIde);
    QTest::newRow("list-aux-nics") << "aux-ide-disks,nics" << (kAux | kNics);
    QTest::newRow("list-never-unnecessary") << "never,unnecessary" << (kNever | kUnnecessary);
    // §4.2 code-reading hazard: an empty token has length 0 and matches "all".
    QTest::newRow("trailing-comma-empty-token-is-all") << "nics," << (kNics | kAll);
    QTest::newRow("leading-comma-empty-token-is-all") << ",never" << (kAll | kNever);
    QTest::newRow("empty-value-is-all") << "" << kAll;
}

void tst_LinuxUnplugOptions::parseValue()
{
    QFETCH(QString, value);
    QFETCH(uint, flags);
    const auto options = LinuxUnplugOptions::parseValue(value.toStdString());
    QVERIFY(options.present());
    QCOMPARE(options.flags(), flags);
    QVERIFY(options.unrecognised().empty());
    QCOMPARE(options.never(), (flags & kNever) != 0);
    QCOMPARE(options.unnecessary(), (flags & kUnnecessary) != 0);
}

void tst_LinuxUnplugOptions::unrecognised_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<uint>("flags");
    QTest::addColumn<QStringList>("tokens");
    // §4.2: unknown → warning only ("unrecognised option"), the rest still counts.
    QTest::newRow("unknown-token") << "foo" << 0u << QStringList{u"foo"_s};
    QTest::newRow("longer-than-name") << "allx" << 0u << QStringList{u"allx"_s};
    QTest::newRow("name-with-suffix") << "nics2" << 0u << QStringList{u"nics2"_s};
    QTest::newRow("case-sensitive") << "NICS" << 0u << QStringList{u"NICS"_s};
    QTest::newRow("ide-is-not-a-prefix-of-ide-disks-typo") << "ide-disk5" << 0u << QStringList{u"ide-disk5"_s};
    QTest::newRow("known-and-unknown") << "nics,foo,ide-disks,bar" << (kNics | kIde) << QStringList{u"foo"_s, u"bar"_s};
    QTest::newRow("space-is-part-of-token") << "nics, ide-disks" << kNics << QStringList{u" ide-disks"_s};
}

void tst_LinuxUnplugOptions::unrecognised()
{
    QFETCH(QString, value);
    QFETCH(uint, flags);
    QFETCH(QStringList, tokens);
    const auto options = LinuxUnplugOptions::parseValue(value.toStdString());
    QCOMPARE(options.flags(), flags);
    QCOMPARE(toStringList(options.unrecognised()), tokens);
}

void tst_LinuxUnplugOptions::commandLine_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<bool>("present");
    QTest::addColumn<uint>("flags");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("absent") << "root=/dev/xvda1 ro quiet" << false << 0u << QStringList{};
    QTest::newRow("empty") << "" << false << 0u << QStringList{};
    QTest::newRow("middle") << "root=/dev/xvda1 xen_emul_unplug=never quiet" << true << kNever << QStringList{};
    QTest::newRow("first-and-tabs") << "xen_emul_unplug=unnecessary\troot=/dev/sda1" << true << kUnnecessary
                                    << QStringList{};
    // kernel/params.c parameqn(): '-' and '_' are interchangeable in parameter names.
    QTest::newRow("dashes-in-name") << "xen-emul-unplug=nics" << true << kNics << QStringList{};
    // Early parameters are handled once per occurrence; the flags accumulate.
    QTest::newRow("two-occurrences-accumulate")
        << "xen_emul_unplug=nics xen_emul_unplug=ide-disks" << true << (kNics | kIde) << QStringList{};
    QTest::newRow("quoted-value") << "xen_emul_unplug=\"nics,aux-ide-disks\" ro" << true << (kNics | kAux)
                                  << QStringList{};
    QTest::newRow("quoted-argument") << "\"xen_emul_unplug=never\"" << true << kNever << QStringList{};
    // parse_args() stops at "--": what follows is for init.
    QTest::newRow("after-double-dash-ignored") << "ro -- xen_emul_unplug=never" << false << 0u << QStringList{};
    QTest::newRow("before-double-dash") << "xen_emul_unplug=nics -- xen_emul_unplug=never" << true << kNics
                                        << QStringList{};
    QTest::newRow("other-parameter-same-prefix") << "xen_emul_unplug_x=never" << false << 0u << QStringList{};
    QTest::newRow("value-is-not-a-name") << "foo=xen_emul_unplug=never" << false << 0u << QStringList{};
    // The handler gets NULL without "=" and does nothing; the defaults then apply.
    QTest::newRow("name-without-value") << "xen_emul_unplug ro" << true << 0u << QStringList{};
    QTest::newRow("empty-value-is-all") << "xen_emul_unplug= ro" << true << kAll << QStringList{};
    QTest::newRow("unknown-token-warning") << "xen_emul_unplug=nics,bogus" << true << kNics << QStringList{u"bogus"_s};
}

void tst_LinuxUnplugOptions::commandLine()
{
    QFETCH(QString, commandLine);
    QFETCH(bool, present);
    QFETCH(uint, flags);
    QFETCH(QStringList, tokens);
    const auto options = LinuxUnplugOptions::fromCommandLine(commandLine.toStdString());
    QCOMPARE(options.present(), present);
    QCOMPARE(options.flags(), flags);
    QCOMPARE(toStringList(options.unrecognised()), tokens);
}

void tst_LinuxUnplugOptions::effectiveFlags_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<bool>("netfront");
    QTest::addColumn<bool>("blkfront");
    QTest::addColumn<bool>("platformPci");
    QTest::addColumn<uint>("flags");
    // §4.2 step 4: defaults only when nothing was given.
    QTest::newRow("absent-all-built") << "" << true << true << true << (kNics | kIde);
    QTest::newRow("absent-no-netfront") << "" << false << true << true << kIde;
    QTest::newRow("absent-no-blkfront") << "" << true << false << true << kNics;
    QTest::newRow("absent-no-platform-pci") << "" << true << true << false << 0u;
    QTest::newRow("given-nics-no-defaults") << "xen_emul_unplug=nics" << true << true << true << kNics;
    QTest::newRow("given-unnecessary-no-defaults")
        << "xen_emul_unplug=unnecessary" << true << true << true << kUnnecessary;
    QTest::newRow("only-unknown-tokens-defaults") << "xen_emul_unplug=bogus" << true << true << true << (kNics | kIde);
    QTest::newRow("name-without-value-defaults") << "xen_emul_unplug" << true << true << true << (kNics | kIde);
}

void tst_LinuxUnplugOptions::effectiveFlags()
{
    QFETCH(QString, commandLine);
    QFETCH(bool, netfront);
    QFETCH(bool, blkfront);
    QFETCH(bool, platformPci);
    QFETCH(uint, flags);
    const LinuxKernelConfig kernel{netfront, blkfront, platformPci};
    QCOMPARE(LinuxUnplugOptions::fromCommandLine(commandLine.toStdString()).effectiveFlags(kernel), flags);
}

void tst_LinuxUnplugOptions::wireMask_data()
{
    QTest::addColumn<uint>("linuxFlags");
    QTest::addColumn<int>("wire");
    // §4.2 / disagreement 5: ide-disks is bit0, IDE and SCSI on the wire.
    QTest::newRow("ide-disks-bit0") << kIde << 0x1;
    QTest::newRow("nics-bit1") << kNics << 0x2;
    QTest::newRow("aux-bit2") << kAux << 0x4;
    QTest::newRow("all") << kAll << 0x7;
    // Pitfall 3: 8 is NVMe on the wire and 16 is nothing; neither Linux flag may get there.
    QTest::newRow("unnecessary-not-nvme") << kUnnecessary << 0x0;
    QTest::newRow("never") << kNever << 0x0;
    QTest::newRow("nics-unnecessary") << (kNics | kUnnecessary) << 0x2;
    QTest::newRow("everything") << (kAll | kUnnecessary | kNever) << 0x7;
}

void tst_LinuxUnplugOptions::wireMask()
{
    QFETCH(uint, linuxFlags);
    QFETCH(int, wire);
    QCOMPARE(int(LinuxUnplugOptions::wireMask(linuxFlags)), wire);
}

void tst_LinuxUnplugOptions::predicates_data()
{
    QTest::addColumn<uint>("value");
    QTest::addColumn<bool>("pv");
    QTest::addColumn<bool>("nic");
    QTest::addColumn<bool>("disk");
    QTest::addColumn<bool>("legacy");
    // §4.2 predicates, as in arch/x86/xen/platform-pci-unplug.c for an HVM guest.
    QTest::newRow("zero-nothing") << 0u << false << false << false << false;
    QTest::newRow("never") << kNever << false << false << false << false;
    QTest::newRow("ide-disks") << kIde << true << true << true << false;
    QTest::newRow("nics") << kNics << true << true << true << false;
    QTest::newRow("aux") << kAux << true << true << true << false;
    QTest::newRow("all") << kAll << true << true << true << false;
    QTest::newRow("unnecessary-pv-and-legacy") << kUnnecessary << true << true << true << true;
    // __xen_has_pv_device() masks include ALL (7), so any type bit answers both; only xen_has_pv_devices honours NEVER.
    QTest::newRow("never-with-nics") << (kNever | kNics) << false << true << true << false;
    QTest::newRow("unnecessary-with-ide") << (kUnnecessary | kIde) << true << true << true << true;
}

void tst_LinuxUnplugOptions::predicates()
{
    QFETCH(uint, value);
    QFETCH(bool, pv);
    QFETCH(bool, nic);
    QFETCH(bool, disk);
    QFETCH(bool, legacy);
    const LinuxPvPredicates expected{value, pv, nic, disk, legacy};
    QCOMPARE(LinuxUnplugOptions::predicates(value), expected);
}

QTEST_APPLESS_MAIN(tst_LinuxUnplugOptions)
#include "tst_LinuxUnplugOptions.moc"
