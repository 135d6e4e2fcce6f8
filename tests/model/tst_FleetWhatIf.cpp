// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/WhereClause.h"

#include <QTest>

// The fleet what-if's classes (issue 20 item 1), each from the comparison of two predictions, and --where's syntax.
class tst_FleetWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void tokens();
    void counts();
    void whereParses_data();
    void whereParses();
};

namespace {

Finding finding(const char* id, Finding::Severity severity)
{
    return Finding{QLatin1String(id), severity, QStringLiteral("m"), {}};
}

PreviewOutcome outcome(const char* driver, const QList<Finding>& findings = {})
{
    PreviewOutcome o;
    o.activeDriver = QLatin1String(driver);
    o.findings = findings;
    return o;
}

} // namespace

void tst_FleetWhatIf::classify_data()
{
    QTest::addColumn<PreviewOutcome>("before");
    QTest::addColumn<PreviewOutcome>("after");
    QTest::addColumn<int>("cls");
    using C = WhatIfOutcome::Class;
    const Finding error = finding("XP-TWO-STACKS", Finding::Severity::Error);
    const Finding warning = finding("XP-CHILD-IDS-CHANGE", Finding::Severity::Warning);
    const Finding noPv = finding("XP-NO-PV", Finding::Severity::Warning);
    const Finding info = finding("XP-MODEL-ONLY", Finding::Severity::Info);
    QTest::newRow("same prediction") << outcome("a") << outcome("a") << int(C::Unchanged);
    QTest::newRow("another driver, no finding") << outcome("a") << outcome("b") << int(C::Healthy);
    QTest::newRow("an error goes") << outcome("a", {error}) << outcome("a") << int(C::Healthy);
    // An info describes the same boot (XP-MODEL-ONLY: the setting cannot be realized; XP-WU-REFUSED: the installer
    // refuses): nothing the guest meets differs, so the VM is unchanged, and the info is listed as gained.
    QTest::newRow("an info comes") << outcome("a") << outcome("a", {info}) << int(C::Unchanged);
    QTest::newRow("an error becomes an info") << outcome("a", {error}) << outcome("a", {info}) << int(C::Healthy);
    QTest::newRow("a warning comes") << outcome("a") << outcome("a", {warning}) << int(C::GuestStep);
    // A warning the VM had already is not the change's doing.
    QTest::newRow("a warning stays") << outcome("a", {warning}) << outcome("a", {warning}) << int(C::Unchanged);
    QTest::newRow("PV lost, devices kept") << outcome("a") << outcome("", {noPv}) << int(C::LosesPv);
    QTest::newRow("PV gained") << outcome("", {noPv}) << outcome("a") << int(C::Healthy);
    // An error outweighs everything else: the VM will not boot or runs two stacks.
    QTest::newRow("an error comes") << outcome("a") << outcome("a", {error}) << int(C::Breaks);
    QTest::newRow("PV lost with an error") << outcome("a") << outcome("", {error, noPv}) << int(C::Breaks);
    PreviewOutcome installs = outcome("a");
    installs.wuInstalls = {QStringLiteral("b")};
    QTest::newRow("Windows Update installs") << outcome("a") << installs << int(C::Healthy);
}

void tst_FleetWhatIf::classify()
{
    QFETCH(PreviewOutcome, before);
    QFETCH(PreviewOutcome, after);
    QFETCH(int, cls);
    QCOMPARE(int(FleetWhatIf::classify(before, after)), cls);
}

void tst_FleetWhatIf::tokens()
{
    for (int c = 0; c < WhatIfOutcome::kClassCount; ++c) {
        const auto cls = WhatIfOutcome::Class(c);
        QCOMPARE(FleetWhatIf::fromToken(FleetWhatIf::token(cls)), cls);
        QVERIFY(!FleetWhatIf::text(cls).isEmpty());
    }
    QCOMPARE(FleetWhatIf::fromToken(QStringLiteral("fine")), std::nullopt);
}

void tst_FleetWhatIf::counts()
{
    WhatIfOutcome a;
    a.cls = WhatIfOutcome::Class::Breaks;
    a.uncertainFacts = {QStringLiteral("x: y")};
    WhatIfOutcome b;
    b.cls = WhatIfOutcome::Class::Breaks;
    WhatIfOutcome c;
    const FleetWhatIf::Counts counts = FleetWhatIf::count({a, b, c});
    QCOMPARE(counts.total(), 3);
    QCOMPARE(counts.perClass[std::size_t(WhatIfOutcome::Class::Breaks)], 2);
    QCOMPARE(counts.perClass[std::size_t(WhatIfOutcome::Class::Unchanged)], 1);
    QCOMPARE(counts.uncertain(), 1);
    QCOMPARE(counts.uncertainPerClass[std::size_t(WhatIfOutcome::Class::Breaks)], 1);
}

void tst_FleetWhatIf::whereParses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("contains");
    QTest::addColumn<QString>("value");
    using K = WhereClause::Key;
    QTest::newRow("os contains") << QStringLiteral("os~Windows Server") << true << int(K::Os) << true
                                 << QStringLiteral("Windows Server");
    QTest::newRow("host equals") << QStringLiteral("host=xen3") << true << int(K::Host) << false
                                 << QStringLiteral("xen3");
    QTest::newRow("key in capitals") << QStringLiteral("FINDING=XP-NO-PV") << true << int(K::Finding) << false
                                     << QStringLiteral("XP-NO-PV");
    // The first = or ~ separates: a value may hold either.
    QTest::newRow("value with =") << QStringLiteral("driver=a=b") << true << int(K::Driver) << false
                                  << QStringLiteral("a=b");
    QTest::newRow("state") << QStringLiteral("state=running") << true << int(K::State) << false
                           << QStringLiteral("running");
    QTest::newRow("flavour") << QStringLiteral("flavour=xenserver") << true << int(K::Flavour) << false
                             << QStringLiteral("xenserver");
    QTest::newRow("unknown key") << QStringLiteral("colour=blue") << false << 0 << false << QString();
    QTest::newRow("no operator") << QStringLiteral("os") << false << 0 << false << QString();
    QTest::newRow("no value") << QStringLiteral("os=") << false << 0 << false << QString();
    QTest::newRow("no key") << QStringLiteral("=x") << false << 0 << false << QString();
}

void tst_FleetWhatIf::whereParses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, key);
    QFETCH(bool, contains);
    QFETCH(QString, value);
    QString error;
    const auto clause = WhereClause::parse(text, &error);
    QCOMPARE(clause.has_value(), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(int(clause->key()), key);
    QCOMPARE(clause->contains(), contains);
    QCOMPARE(clause->value(), value);
}

QTEST_GUILESS_MAIN(tst_FleetWhatIf)
#include "tst_FleetWhatIf.moc"
