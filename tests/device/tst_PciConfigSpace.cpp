// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "device/PciConfigSpace.h"

#include <QTest>

using xp::device::AccessWidth;
using xp::device::BarKind;
using xp::device::PciConfigSpace;

Q_DECLARE_METATYPE(xp::device::BarKind)

class tst_PciConfigSpace : public QObject
{
    Q_OBJECT

private slots:
    void freshSpaceIsZero();
    void writeMask_data();
    void writeMask();
    void presetIsReadOnly();
    void littleEndian_data();
    void littleEndian();
    void barSizing_data();
    void barSizing();
    void barAddressKeepsTypeBits();
    void missingBars_data();
    void missingBars();
    void crossBoundaryRead_data();
    void crossBoundaryRead();
    void crossBoundaryWrite();
    void writeOutsideIsIgnored();
    void resetRestoresPresets();
};

void tst_PciConfigSpace::freshSpaceIsZero()
{
    const PciConfigSpace space;
    for (std::size_t i = 0; i < PciConfigSpace::kSize; ++i)
        QCOMPARE(int(space.bytes()[i]), 0);
}

void tst_PciConfigSpace::writeMask_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<quint32>("expected");
    // Source for the writable fields: qemu/qemu hw/pci/pci.c pci_init_wmask (not in the facts file).
    QTest::newRow("vendor-id read-only") << 0x00 << 2 << 0xffffu << 0u;
    QTest::newRow("device-id read-only") << 0x02 << 2 << 0xffffu << 0u;
    QTest::newRow("command all ones keeps io|mem|master|serr|intx-disable") << 0x04 << 2 << 0xffffu << 0x0507u;
    QTest::newRow("command io enable") << 0x04 << 2 << 0x0001u << 0x0001u;
    QTest::newRow("command memory enable") << 0x04 << 2 << 0x0002u << 0x0002u;
    QTest::newRow("command bus master") << 0x04 << 2 << 0x0004u << 0x0004u;
    QTest::newRow("command intx disable") << 0x04 << 2 << 0x0400u << 0x0400u;
    QTest::newRow("command special cycles hard-wired") << 0x04 << 2 << 0x0008u << 0u;
    QTest::newRow("command high byte alone") << 0x05 << 1 << 0xffu << 0x05u;
    QTest::newRow("command dword write leaves status") << 0x04 << 4 << 0xffffffffu << 0x00000507u;
    QTest::newRow("status read-only") << 0x06 << 2 << 0xffffu << 0u;
    QTest::newRow("revision and class read-only") << 0x08 << 4 << 0xffffffffu << 0u;
    QTest::newRow("cache line size writable") << 0x0c << 1 << 0xa5u << 0xa5u;
    QTest::newRow("latency timer read-only") << 0x0d << 1 << 0xffu << 0u;
    QTest::newRow("header type read-only") << 0x0e << 1 << 0xffu << 0u;
    QTest::newRow("undefined bar0 ignores writes") << 0x10 << 4 << 0xffffffffu << 0u;
    QTest::newRow("cardbus cis read-only") << 0x28 << 4 << 0xffffffffu << 0u;
    QTest::newRow("subsystem read-only") << 0x2c << 4 << 0xffffffffu << 0u;
    QTest::newRow("expansion rom absent") << 0x30 << 4 << 0xffffffffu << 0u;
    QTest::newRow("capability pointer absent") << 0x34 << 1 << 0xffu << 0u;
    QTest::newRow("interrupt line writable") << 0x3c << 1 << 0x0bu << 0x0bu;
    QTest::newRow("interrupt pin read-only") << 0x3d << 1 << 0xffu << 0u;
    QTest::newRow("min-gnt max-lat read-only") << 0x3e << 2 << 0xffffu << 0u;
    QTest::newRow("device-specific 0x40 writable") << 0x40 << 4 << 0xdeadbeefu << 0xdeadbeefu;
    QTest::newRow("device-specific last dword writable") << 0xfc << 4 << 0x12345678u << 0x12345678u;
}

void tst_PciConfigSpace::writeMask()
{
    QFETCH(int, offset);
    QFETCH(int, width);
    QFETCH(quint32, value);
    QFETCH(quint32, expected);
    PciConfigSpace space;
    space.write(quint16(offset), AccessWidth(width), value);
    QCOMPARE(space.read(quint16(offset), AccessWidth(width)), expected);
}

void tst_PciConfigSpace::presetIsReadOnly()
{
    PciConfigSpace space;
    space.preset(PciConfigSpace::kVendorId, AccessWidth::Word, 0x5853);
    space.write(PciConfigSpace::kVendorId, AccessWidth::Word, 0x1234);
    QCOMPARE(space.read(PciConfigSpace::kVendorId, AccessWidth::Word), 0x5853u);
    space.setWriteMask(PciConfigSpace::kVendorId, AccessWidth::Word, 0x00ff);
    QCOMPARE(space.writeMask(PciConfigSpace::kVendorId, AccessWidth::Word), 0x00ffu);
    space.write(PciConfigSpace::kVendorId, AccessWidth::Word, 0x1234);
    QCOMPARE(space.read(PciConfigSpace::kVendorId, AccessWidth::Word), 0x5834u);
}

void tst_PciConfigSpace::littleEndian_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("expected");
    // Bytes 0x40..0x43 hold 44 33 22 11 after a dword write of 0x11223344.
    QTest::newRow("byte 0 is least significant") << 0x40 << 1 << 0x44u;
    QTest::newRow("byte 3 is most significant") << 0x43 << 1 << 0x11u;
    QTest::newRow("low word") << 0x40 << 2 << 0x3344u;
    QTest::newRow("high word") << 0x42 << 2 << 0x1122u;
    QTest::newRow("unaligned word") << 0x41 << 2 << 0x2233u;
    QTest::newRow("unaligned dword reaches next zero byte") << 0x41 << 4 << 0x00112233u;
}

void tst_PciConfigSpace::littleEndian()
{
    QFETCH(int, offset);
    QFETCH(int, width);
    QFETCH(quint32, expected);
    PciConfigSpace space;
    space.write(0x40, AccessWidth::Dword, 0x11223344);
    QCOMPARE(int(space.bytes()[0x40]), 0x44);
    QCOMPARE(space.read(quint16(offset), AccessWidth(width)), expected);
}

void tst_PciConfigSpace::barSizing_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<BarKind>("kind");
    QTest::addColumn<quint32>("size");
    QTest::addColumn<quint32>("resetValue");
    QTest::addColumn<quint32>("sized");
    // A sizing write of all ones reads back ~(size - 1) | type bits (qemu/qemu hw/pci/pci.c pci_register_bar).
    QTest::newRow("facts§1.1 platform BAR0 io 256") << 0 << BarKind::Io << 0x100u << 0x1u << 0xffffff01u;
    QTest::newRow("facts§1.1 platform BAR1 16MiB prefetchable")
        << 1 << BarKind::Memory32Prefetchable << 0x1000000u << 0x8u << 0xff000008u;
    QTest::newRow("facts§3 pvdevice BAR1 4MiB prefetchable")
        << 1 << BarKind::Memory32Prefetchable << 0x400000u << 0x8u << 0xffc00008u;
    QTest::newRow("memory32 4KiB non-prefetchable") << 2 << BarKind::Memory32 << 0x1000u << 0x0u << 0xfffff000u;
    QTest::newRow("smallest memory 16 bytes") << 3 << BarKind::Memory32Prefetchable << 16u << 0x8u << 0xfffffff8u;
    QTest::newRow("largest memory 2GiB") << 4 << BarKind::Memory32Prefetchable << 0x80000000u << 0x8u << 0x80000008u;
    QTest::newRow("smallest io 4 bytes at BAR5") << 5 << BarKind::Io << 4u << 0x1u << 0xfffffffdu;
}

void tst_PciConfigSpace::barSizing()
{
    QFETCH(int, index);
    QFETCH(BarKind, kind);
    QFETCH(quint32, size);
    QFETCH(quint32, resetValue);
    QFETCH(quint32, sized);
    PciConfigSpace space;
    space.defineBar(std::size_t(index), kind, size);
    const quint16 offset = PciConfigSpace::barOffset(std::size_t(index));
    QCOMPARE(space.barSize(std::size_t(index)), size);
    QCOMPARE(space.barKind(std::size_t(index)), kind);
    QCOMPARE(space.read(offset, AccessWidth::Dword), resetValue);
    space.write(offset, AccessWidth::Dword, 0xffffffff);
    QCOMPARE(space.read(offset, AccessWidth::Dword), sized);
    space.reset();
    QCOMPARE(space.read(offset, AccessWidth::Dword), resetValue);
}

void tst_PciConfigSpace::barAddressKeepsTypeBits()
{
    PciConfigSpace space;
    space.defineBar(1, BarKind::Memory32Prefetchable, 0x1000000);
    // The low address bits inside the region and the type bits are not writable.
    space.write(0x14, AccessWidth::Dword, 0xf1234567);
    QCOMPARE(space.read(0x14, AccessWidth::Dword), 0xf1000008u);
    space.defineBar(0, BarKind::Io, 0x100);
    space.write(0x10, AccessWidth::Dword, 0x0000c0fe);
    QCOMPARE(space.read(0x10, AccessWidth::Dword), 0x0000c001u);
    // Byte writes reach a BAR's bytes independently.
    space.write(0x11, AccessWidth::Byte, 0xd0);
    QCOMPARE(space.read(0x10, AccessWidth::Dword), 0x0000d001u);
}

void tst_PciConfigSpace::missingBars_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(PciConfigSpace::kBarCount); ++i)
        QTest::addRow("BAR%d absent reads 0 and ignores sizing", i) << i;
}

void tst_PciConfigSpace::missingBars()
{
    QFETCH(int, index);
    PciConfigSpace space;
    const quint16 offset = PciConfigSpace::barOffset(std::size_t(index));
    space.write(offset, AccessWidth::Dword, 0xffffffff);
    QCOMPARE(space.read(offset, AccessWidth::Dword), 0u);
    QCOMPARE(space.barSize(std::size_t(index)), 0u);
    QCOMPARE(space.barKind(std::size_t(index)), BarKind::None);
}

void tst_PciConfigSpace::crossBoundaryRead_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("width");
    QTest::addColumn<quint32>("expected");
    // Bytes 0xfc..0xff hold aa bb cc dd. Clipping as qemu/qemu hw/pci/pci_host.c MIN(len, limit - addr).
    QTest::newRow("last dword inside") << 0xfc << 4 << 0xddccbbaau;
    QTest::newRow("dword at 0xfd: high byte clipped to 0") << 0xfd << 4 << 0x00ddccbbu;
    QTest::newRow("dword at 0xfe: two bytes clipped") << 0xfe << 4 << 0x0000ddccu;
    QTest::newRow("dword at 0xff: three bytes clipped") << 0xff << 4 << 0x000000ddu;
    QTest::newRow("word at 0xff: one byte clipped") << 0xff << 2 << 0x00ddu;
    QTest::newRow("byte at 0xff inside") << 0xff << 1 << 0xddu;
    QTest::newRow("byte at 0x100 outside reads ones") << 0x100 << 1 << 0xffu;
    QTest::newRow("word at 0x100 outside reads ones") << 0x100 << 2 << 0xffffu;
    QTest::newRow("dword at 0x100 outside reads ones") << 0x100 << 4 << 0xffffffffu;
    QTest::newRow("dword at 0xffff outside reads ones") << 0xffff << 4 << 0xffffffffu;
}

void tst_PciConfigSpace::crossBoundaryRead()
{
    QFETCH(int, offset);
    QFETCH(int, width);
    QFETCH(quint32, expected);
    PciConfigSpace space;
    space.write(0xfc, AccessWidth::Dword, 0xddccbbaa);
    QCOMPARE(space.read(quint16(offset), AccessWidth(width)), expected);
}

void tst_PciConfigSpace::crossBoundaryWrite()
{
    PciConfigSpace space;
    space.write(0xfe, AccessWidth::Dword, 0x44332211);
    QCOMPARE(int(space.bytes()[0xfe]), 0x11);
    QCOMPARE(int(space.bytes()[0xff]), 0x22);
    // Nothing wraps around to the start of the space.
    QCOMPARE(int(space.bytes()[0x00]), 0);
    QCOMPARE(int(space.bytes()[0x01]), 0);
    QCOMPARE(int(space.bytes()[0xfd]), 0);
}

void tst_PciConfigSpace::writeOutsideIsIgnored()
{
    PciConfigSpace space;
    const auto before = space.bytes();
    space.write(0x100, AccessWidth::Dword, 0xffffffff);
    space.write(0xffff, AccessWidth::Byte, 0xff);
    QVERIFY(space.bytes() == before);
}

void tst_PciConfigSpace::resetRestoresPresets()
{
    PciConfigSpace space;
    space.preset(PciConfigSpace::kVendorId, AccessWidth::Dword, 0xc0005853);
    space.preset(PciConfigSpace::kCommand, AccessWidth::Word, 0x0003);
    space.defineBar(1, BarKind::Memory32Prefetchable, 0x400000);
    const auto image = space.bytes();
    space.write(PciConfigSpace::kCommand, AccessWidth::Word, 0x0406);
    space.write(PciConfigSpace::kCacheLineSize, AccessWidth::Byte, 0x10);
    space.write(PciConfigSpace::kInterruptLine, AccessWidth::Byte, 0x0b);
    space.write(0x14, AccessWidth::Dword, 0xffffffff);
    space.write(0x80, AccessWidth::Dword, 0x01020304);
    QVERIFY(space.bytes() != image);
    space.reset();
    QVERIFY(space.bytes() == image);
    QCOMPARE(space.read(PciConfigSpace::kCommand, AccessWidth::Word), 0x0003u);
}

QTEST_APPLESS_MAIN(tst_PciConfigSpace)
#include "tst_PciConfigSpace.moc"
