// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/binding/FindingAdvice.h"
#include "model/binding/PredictionCheck.h"
#include "model/core/DomainXmlReader.h"
#include "model/libvirt/LibvirtSession.h"

#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>

// The bundled demo node (data/demo-fleet.xml, PRODUCT §7) read through libvirt's test driver: every VM
// predicts exactly the findings its comment in the node file names, and together they cover PRODUCT §6.
namespace {

QString fleetUri()
{
    return QStringLiteral("test://" XP_SOURCE_DIR "/data/demo-fleet.xml");
}

const QStringList kRequired{QStringLiteral("XP-PLATFORM-IDS-CLASH"),
                            QStringLiteral("XP-TWO-STACKS"),
                            QStringLiteral("XP-WU-BUGCHECK-RISK"),
                            QStringLiteral("XP-VENDOR-REV-MISMATCH"),
                            QStringLiteral("XP-VENDOR-WITHOUT-PLATFORM"),
                            QStringLiteral("XP-LINUX-0002-UNSUPPORTED"),
                            QStringLiteral("XP-BLACKLIST-NOT-ENFORCED"),
                            QStringLiteral("XP-DRIVER-BLACKLISTED"),
                            QStringLiteral("XP-CHILD-IDS-CHANGE"),
                            QStringLiteral("XP-BUS-LOCKED"),
                            QStringLiteral("XP-MODEL-ONLY"),
                            QStringLiteral("XP-NO-PV")};

struct Expected
{
    QString name;
    bool running;
    QStringList findings; ///< sorted, distinct
};

QList<Expected> expectedFleet()
{
    QList<Expected> list;
    auto add = [&](const char* name, bool running, QStringList findings) {
        findings.sort();
        list.append(Expected{QString::fromUtf8(name), running, findings});
    };
    const bool on = true;
    const bool off = false;
    // Windows
    add("erp-db-01", on, {QStringLiteral("XP-TWO-STACKS"), QStringLiteral("XP-WU-BUGCHECK-RISK")});
    add("dc-01", on, {});
    // The VMs of the 2013 debate (issue 20): fine as they are, exposed by several strategies.
    add("pos-01", on, {});
    add("lab-win7-01", off, {});
    add("dc-02", on, {QStringLiteral("XP-TWO-STACKS")});
    add("intranet-01", on, {QStringLiteral("XP-SOURCES-DISAGREE"), QStringLiteral("XP-PREDICTION-DIFFERS")});
    add("files-02", on, {QStringLiteral("XP-BLACKLIST-NOT-ENFORCED")});
    add("files-03", on, {QStringLiteral("XP-BLACKLIST-NOT-ENFORCED")});
    add("mail-01", on, {QStringLiteral("XP-BUS-LOCKED")});
    add("print-01", off, {QStringLiteral("XP-CHILD-IDS-CHANGE")});
    add("scan-01", off, {QStringLiteral("XP-BUS-LOCKED"), QStringLiteral("XP-NO-PV")});
    add("rds-01", on, {QStringLiteral("XP-PLATFORM-IDS-CLASH")});
    add("sql-02", off, {QStringLiteral("XP-VENDOR-REV-MISMATCH")});
    add("crm-app-01", on, {QStringLiteral("XP-MODEL-ONLY")});
    add("hr-legacy-01", off, {QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-NO-PV")});
    add("acct-01", on, {});
    add("vdi-win10-01", off,
        {QStringLiteral("XP-MODEL-ONLY"), QStringLiteral("XP-NO-PV"), QStringLiteral("XP-VENDOR-WITHOUT-PLATFORM")});
    add("vdi-win11-01", on, {QStringLiteral("XP-NO-PV")});
    add("lab-07", off, {QStringLiteral("XP-NO-PV")});
    // Linux
    add("web-01", on, {});
    add("web-02", on, {});
    add("build-linux-01", on, {});
    add("legacy-app-01", off,
        {QStringLiteral("XP-DRIVER-BLACKLISTED"), QStringLiteral("XP-LINUX-0002-UNSUPPORTED"),
         QStringLiteral("XP-NO-PV")});
    add("web-03", off, {QStringLiteral("XP-LINUX-0002-UNSUPPORTED"), QStringLiteral("XP-NO-PV")});
    add("monitor-01", on, {});
    add("backup-01", on, {});
    // BSD
    add("nas-01", on, {});
    add("fw-01", on, {});
    add("mx-01", off, {});
    return list;
}

QStringList ids(const PreviewOutcome& outcome)
{
    QStringList list = outcome.findingIds();
    list.sort();
    return list;
}

QString details(const PreviewOutcome& outcome)
{
    QStringList lines;
    for (const Finding& f : outcome.findings)
        lines << f.id + QStringLiteral(": ") + f.message + QStringLiteral(" [") +
                     f.evidence.join(QStringLiteral("; ")) + QLatin1Char(']');
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_DemoFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fleetMatchesTable();
    void vm_data();
    void vm();
    void coversEveryFinding();
    void sizeAndStates();
    void coversFlavoursAndGuests();

private:
    VmConfig config(const DomainSnapshot& domain) const;

    DriverCatalogue m_catalogue;
    QList<DomainSnapshot> m_domains;
    QHash<QString, DomainSnapshot> m_byName;
};

void tst_DemoFleet::initTestCase()
{
    QVERIFY2(m_catalogue.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(m_catalogue.errorString()));
    LibvirtSession session;
    const LibvirtResult opened = session.open(fleetUri(), true);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    const LibvirtResult listed = session.listDomains(&m_domains, true);
    QVERIFY2(listed.ok(), qPrintable(listed.message));
    for (const DomainSnapshot& d : std::as_const(m_domains)) {
        QVERIFY2(d.error.isEmpty(), qPrintable(d.name + QStringLiteral(": ") + d.error));
        QVERIFY2(!m_byName.contains(d.name), qPrintable(d.name));
        m_byName.insert(d.name, d);
    }
}

VmConfig tst_DemoFleet::config(const DomainSnapshot& domain) const
{
    VmConfig c;
    DomainXmlReader::read(domain.inactiveXml, c);
    c.running = domain.state == DomainState::Running;
    return c;
}

void tst_DemoFleet::fleetMatchesTable()
{
    // Every VM of the node has a row below, and every row a VM.
    QStringList node = m_byName.keys();
    node.sort();
    QStringList table;
    for (const Expected& e : expectedFleet())
        table.append(e.name);
    table.sort();
    QCOMPARE(node, table);
}

void tst_DemoFleet::vm_data()
{
    QTest::addColumn<bool>("running");
    QTest::addColumn<QStringList>("findings");
    for (const Expected& e : expectedFleet())
        QTest::newRow(qPrintable(e.name)) << e.running << e.findings;
}

void tst_DemoFleet::vm()
{
    QFETCH(bool, running);
    QFETCH(QStringList, findings);
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    QVERIFY2(m_byName.contains(name), "VM missing from data/demo-fleet.xml");
    const DomainSnapshot& domain = m_byName[name];
    QCOMPARE(domain.state, running ? DomainState::Running : DomainState::ShutOff);

    VmConfig c;
    QVERIFY(DomainXmlReader::read(domain.inactiveXml, c));
    QCOMPARE(c.name, name);
    QCOMPARE(c.uuid, domain.uuid);
    QVERIFY2(c.hasMetadata, "our <metadata> element did not survive libvirt");
    QVERIFY2(c.metadataErrors.isEmpty(), qPrintable(c.metadataErrors.join(QLatin1Char('\n'))));
    QVERIFY(!c.metadataReadOnly);
    QVERIFY2(c.flavourFromMetadata, "every demo VM names its device-model flavour");
    // Every VM has an OS: from our metadata, or for lab-07 from libosinfo (issue 17 item 3).
    QVERIFY(c.guest.os != GuestOs::Unknown || !c.definition.libosinfoId.isEmpty());
    QVERIFY(!c.disks.isEmpty());
    QVERIFY(!c.nics.isEmpty());
    c.running = domain.state == DomainState::Running;

    PreviewOutcome outcome = BindingEngine(m_catalogue).preview(c);
    // As the fleet does (VmReport::record): the guest's inventory checks the prediction (issue 18).
    if (const auto differs = PredictionCheck::of(c, outcome, {}).finding())
        outcome.findings.append(*differs);
    QVERIFY2(ids(outcome) == findings,
             qPrintable(QStringLiteral("got [%1], expected [%2]\n")
                            .arg(ids(outcome).join(QStringLiteral(", ")), findings.join(QStringLiteral(", "))) +
                        details(outcome)));
    // Issue 16 item 4: no sentence claims an unplug the prediction's own unplug list does not show.
    for (const Finding& f : outcome.findings)
        if (f.message.contains(QLatin1String("unplugs")) || f.message.contains(QLatin1String("are unplugged")))
            QVERIFY2(!outcome.unplugged.isEmpty(), qPrintable(f.message));
}

void tst_DemoFleet::coversEveryFinding()
{
    const BindingEngine engine(m_catalogue);
    QSet<QString> all;
    int healthy = 0;
    for (const DomainSnapshot& d : std::as_const(m_domains)) {
        const VmConfig c = config(d);
        PreviewOutcome outcome = engine.preview(c);
        if (const auto differs = PredictionCheck::of(c, outcome, {}).finding())
            outcome.findings.append(*differs);
        const QStringList found = ids(outcome);
        for (const QString& id : found)
            all.insert(id);
        if (found.isEmpty())
            ++healthy;
    }
    for (const QString& id : kRequired)
        QVERIFY2(all.contains(id), qPrintable(id));
    QVERIFY2(healthy >= 4, qPrintable(QString::number(healthy)));
    // The Binding tab says what to do about each of them.
    for (const QString& id : std::as_const(all))
        QVERIFY2(!FindingAdvice::forId(id).isEmpty(), qPrintable(id));
}

void tst_DemoFleet::sizeAndStates()
{
    QVERIFY(m_domains.size() >= 12);
    const auto running = std::count_if(m_domains.cbegin(), m_domains.cend(),
                                       [](const DomainSnapshot& d) { return d.state == DomainState::Running; });
    const auto shutOff = std::count_if(m_domains.cbegin(), m_domains.cend(),
                                       [](const DomainSnapshot& d) { return d.state == DomainState::ShutOff; });
    QVERIFY(running > 0);
    QVERIFY(shutOff > 0);
    QCOMPARE(running + shutOff, m_domains.size());
}

void tst_DemoFleet::coversFlavoursAndGuests()
{
    // Issue 5 item 5 and issue 16: every flavour, and the Windows, Linux and BSD releases the demo promises.
    QSet<xp::device::Flavour> flavours;
    QSet<QString> releases;
    QSet<GuestOs> systems;
    for (const DomainSnapshot& d : std::as_const(m_domains)) {
        const VmConfig c = config(d);
        flavours.insert(c.flavour);
        releases.insert(c.guest.release);
        systems.insert(c.guest.os);
    }
    QCOMPARE(flavours.size(), qsizetype(std::size(xp::device::kAllFlavours)));
    for (const char* release : {"6.3.9600", "10.0.14393", "10.0.17763", "10.0.20348", "10.0.19045", "10.0.22631",
                                "4.19.0", "5.10.0", "6.1.0", "6.15.0", "13.2"})
        QVERIFY2(releases.contains(QString::fromLatin1(release)), release);
    QVERIFY(systems.contains(GuestOs::FreeBsd));
    QVERIFY(systems.contains(GuestOs::NetBsd) || systems.contains(GuestOs::OpenBsd));
}

QTEST_GUILESS_MAIN(tst_DemoFleet)
#include "tst_DemoFleet.moc"
