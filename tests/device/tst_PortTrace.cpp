// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FakePlatformPorts.h"
#include "device/PortTrace.h"

#include <QTest>

using xp::device::AccessWidth;
using xp::device::HandshakeStep;
using xp::device::PortAccess;
using xp::device::PortDirection;
using xp::device::PortTrace;

namespace {

/// Answers every read with more bits than any width has, to show that the trace cuts them.
class WidePorts : public xp::device::PortIo
{
public:
    std::uint32_t read(std::uint16_t, AccessWidth) override { return 0xabcd49d2u; }
    void write(std::uint16_t, AccessWidth, std::uint32_t value) override { m_lastWrite = value; }
    std::uint32_t lastWrite() const { return m_lastWrite; }

private:
    std::uint32_t m_lastWrite = 0;
};

} // namespace

class tst_PortTrace : public QObject
{
    Q_OBJECT

private slots:
    void records();
    void cutsToWidth_data();
    void cutsToWidth();
    void stepIds_data();
    void stepIds();
};

void tst_PortTrace::records()
{
    FakePlatformPorts ports;
    PortTrace trace(ports);
    QCOMPARE(trace.read(HandshakeStep::ReadMagic, 0x10, AccessWidth::Word), 0x49d2u);
    QCOMPARE(trace.read(HandshakeStep::ReadProtocolVersion, 0x12, AccessWidth::Byte), 1u);
    trace.write(HandshakeStep::WriteUnplugMask, 0x10, AccessWidth::Word, 0x3);
    const std::vector<PortAccess> expected{
        {HandshakeStep::ReadMagic, 0x10, AccessWidth::Word, PortDirection::Read, 0x49d2},
        {HandshakeStep::ReadProtocolVersion, 0x12, AccessWidth::Byte, PortDirection::Read, 1},
        {HandshakeStep::WriteUnplugMask, 0x10, AccessWidth::Word, PortDirection::Write, 0x3},
    };
    QVERIFY(trace.accesses() == expected);
    QCOMPARE(ports.writes().size(), std::size_t(1));
    QCOMPARE(ports.writes().at(0).value, 0x3u);

    QVERIFY(trace.take() == expected);
    QVERIFY(trace.accesses().empty());
}

void tst_PortTrace::cutsToWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<uint>("read");
    QTest::addColumn<uint>("written");
    // Pitfall 1: the width is part of the access; a guest's inb/inw/inl only sees that many bits.
    QTest::newRow("byte") << int(AccessWidth::Byte) << 0xd2u << 0x78u;
    QTest::newRow("word") << int(AccessWidth::Word) << 0x49d2u << 0x5678u;
    QTest::newRow("dword") << int(AccessWidth::Dword) << 0xabcd49d2u << 0x12345678u;
}

void tst_PortTrace::cutsToWidth()
{
    QFETCH(int, width);
    QFETCH(uint, read);
    QFETCH(uint, written);
    WidePorts ports;
    PortTrace trace(ports);
    QCOMPARE(trace.read(HandshakeStep::ReadMagic, 0x10, AccessWidth(width)), read);
    trace.write(HandshakeStep::WriteBuildNumber, 0x10, AccessWidth(width), 0x12345678u);
    QCOMPARE(ports.lastWrite(), written);
    QCOMPARE(trace.accesses().at(0).value, read);
    QCOMPARE(trace.accesses().at(1).value, written);
}

void tst_PortTrace::stepIds_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("id");
    QTest::newRow("read-magic") << int(HandshakeStep::ReadMagic) << "read-magic";
    QTest::newRow("read-protocol-version") << int(HandshakeStep::ReadProtocolVersion) << "read-protocol-version";
    QTest::newRow("write-product-number") << int(HandshakeStep::WriteProductNumber) << "write-product-number";
    QTest::newRow("write-build-number") << int(HandshakeStep::WriteBuildNumber) << "write-build-number";
    QTest::newRow("re-read-magic") << int(HandshakeStep::ReReadMagic) << "re-read-magic";
    QTest::newRow("write-unplug-mask") << int(HandshakeStep::WriteUnplugMask) << "write-unplug-mask";
    QTest::newRow("write-disk-unplug-mask") << int(HandshakeStep::WriteDiskUnplugMask) << "write-disk-unplug-mask";
    QTest::newRow("write-nic-unplug-mask") << int(HandshakeStep::WriteNicUnplugMask) << "write-nic-unplug-mask";
}

void tst_PortTrace::stepIds()
{
    QFETCH(int, step);
    QFETCH(QString, id);
    const auto text = xp::device::handshakeStepId(HandshakeStep(step));
    QCOMPARE(QString::fromUtf8(text.data(), qsizetype(text.size())), id);
}

QTEST_APPLESS_MAIN(tst_PortTrace)
#include "tst_PortTrace.moc"
