// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/core/ConfigDelta.h"
#include "model/core/DomainXmlReader.h"
#include "model/migration/LocalAccount.h"
#include "model/migration/MigrationPlanner.h"
#include "model/migration/MigrationSession.h"

#include <QDomDocument>
#include <QFile>
#include <QSysInfo>
#include <QTest>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The migration planner on the demo fleet's VMs and on configurations derived from them: the steps follow from
// the facts, no step's simulated boot has an avoidable error, and every rollback is exact.
namespace {

using Kind = MigrationStep::Kind;
using Role = MigrationStep::Role;

/// A VM of data/demo-fleet.xml, read as the console reads it.
VmConfig demoVm(const QString& name)
{
    QFile file(QStringLiteral(XP_SOURCE_DIR "/data/demo-fleet.xml"));
    QDomDocument doc;
    if (!file.open(QIODevice::ReadOnly) || !doc.setContent(&file))
        qFatal("cannot read the demo fleet");
    for (QDomElement d = doc.documentElement().firstChildElement(QStringLiteral("domain")); !d.isNull();
         d = d.nextSiblingElement(QStringLiteral("domain"))) {
        if (d.firstChildElement(QStringLiteral("name")).text() != name)
            continue;
        QString xml;
        QTextStream stream(&xml);
        d.save(stream, 1);
        VmConfig config;
        DomainXmlReader::read(xml, config);
        config.name = name;
        return config;
    }
    qFatal("no demo VM %s", qPrintable(name));
}

VmConfig changed(VmConfig config, const QStringList& texts)
{
    const auto changes = ConfigDelta::parse(texts, nullptr);
    if (!changes || !BindingEngine::apply(config, *changes, nullptr))
        qFatal("bad changes %s", qPrintable(texts.join(QLatin1Char(' '))));
    return config;
}

MigrationTarget target(const QString& package, quint16 platform, quint8 revision, bool vendor)
{
    MigrationTarget t;
    t.package = package;
    t.platformDeviceId = platform;
    t.platformRevision = revision;
    t.vendorEnabled = vendor;
    return t;
}

QString kindLetters(const MigrationPlan& plan)
{
    QString letters;
    for (const MigrationStep& s : plan.steps)
        letters += s.kind == Kind::VmChange      ? QLatin1Char('V')
                   : s.kind == Kind::GuestAction ? QLatin1Char('G')
                                                 : QLatin1Char('P');
    return letters;
}

QString dump(const MigrationPlan& plan)
{
    QStringList lines{plan.refusal, plan.notes.join(QLatin1Char(' '))};
    for (int i = 0; i < plan.size(); ++i) {
        const MigrationStep& s = plan.steps.at(i);
        lines << QStringLiteral("%1. %2 [%3] -> %4")
                     .arg(i + 1)
                     .arg(s.title, ConfigDelta::texts(s.changes).join(QLatin1Char(' ')),
                          s.outcome.findingIds().join(QLatin1Char(' ')) + QLatin1Char(' ') + s.outcome.activeDriver);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(VmConfig)
Q_DECLARE_METATYPE(MigrationTarget)
Q_DECLARE_METATYPE(QList<MigrationStep::Role>)

class tst_MigrationPlanner : public QObject
{
    Q_OBJECT

private slots:
    void plansFromTheFacts_data();
    void plansFromTheFacts();
    void refusals_data();
    void refusals();
    void suggestsTheVendorPackageForErpDb();
    void temporaryBlacklistHitsOtherVmsOfTheHost();
    void resumesFromTheRecordedProgress();
    void resumeNoticesChangesOutsideTheWizard();
    void accountName_data();
    void accountName();
    void currentUserWithoutUserOrUsername();

private:
    const BindingEngine m_engine{DriverCatalogue::shipped()};
};

void tst_MigrationPlanner::plansFromTheFacts_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<MigrationTarget>("target");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<QList<Role>>("roles");
    QTest::addColumn<bool>("finalError");

    // The seed: legacy Citrix on 0001, Windows Update on, the vendor device already exposed. Windows Update is
    // stopped first (the race is live), the xenserver-trad device model blacklists the legacy build while the new
    // drivers go in next to it, and both measures are lifted at the end.
    QTest::newRow("erp-db-01-legacy-citrix-wu-to-vmtools-on-c000")
        << demoVm(QStringLiteral("erp-db-01")) << target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true)
        << QStringLiteral("GVPGGVG") << QList<Role>{Role::StopWindowsUpdate,
                                                    Role::Blacklist,
                                                    Role::PowerCycle,
                                                    Role::Install,
                                                    Role::Remove,
                                                    Role::LiftBlacklist,
                                                    Role::RestoreWindowsUpdate}
        << false;
    // The same without the temporary blacklist (another VM of the host runs the same build): the legacy drivers
    // are uninstalled before the new ones come, and no VM setting changes.
    MigrationTarget noBlacklist = target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true);
    noBlacklist.temporaryBlacklist = false;
    QTest::newRow("erp-db-01-without-temporary-blacklist")
        << demoVm(QStringLiteral("erp-db-01")) << noBlacklist << QStringLiteral("GGGG")
        << QList<Role>{Role::StopWindowsUpdate, Role::Remove, Role::Install, Role::RestoreWindowsUpdate} << false;
    // win-xenbus on 0001 moves to XenServer's 0002: one VM change, then a power cycle.
    QTest::newRow("xenbus-0001-to-0002") << changed(demoVm(QStringLiteral("acct-01")),
                                                    {QStringLiteral("driver-=citrix-legacy-6.0"),
                                                     QStringLiteral("driver+=xenproject-9.1")})
                                         << target(QStringLiteral("xenproject-9.1"), 0x0002, 0x02, false)
                                         << QStringLiteral("VP") << QList<Role>{Role::PlatformDevice, Role::PowerCycle}
                                         << false;
    // Legacy Citrix on XenServer to 0002: XenServer blacklists product 1 on a non-0001 device by itself, so no
    // entry is needed; the legacy stack stays as a fallback until the new one runs.
    QTest::newRow("acct-01-legacy-to-xenproject-on-0002")
        << demoVm(QStringLiteral("acct-01")) << target(QStringLiteral("xenproject-9.1"), 0x0002, 0x02, false)
        << QStringLiteral("VPGG") << QList<Role>{Role::PlatformDevice, Role::PowerCycle, Role::Install, Role::Remove}
        << false;
    // qemu-upstream never enforces the blacklist: the legacy drivers must go before the new ones come.
    QTest::newRow("legacy-on-qemu-upstream-removes-first")
        << changed(demoVm(QStringLiteral("dc-02")), {QStringLiteral("driver-=xenproject-9.1")})
        << target(QStringLiteral("xenproject-9.1"), 0x0001, 0x01, false) << QStringLiteral("GG")
        << QList<Role>{Role::Remove, Role::Install} << false;
    // Linux gets its drivers with the kernel: nothing to migrate.
    QTest::newRow("linux-nothing-to-migrate")
        << demoVm(QStringLiteral("web-01")) << target(QStringLiteral("linux"), 0x0001, 0x01, false) << QString()
        << QList<Role>{} << false;
    // Linux 6.1.0 on 0002: the one step is flagged, no order avoids the error.
    QTest::newRow("linux-6.1.0-to-0002-flagged")
        << demoVm(QStringLiteral("web-02")) << target(QStringLiteral("linux"), 0x0002, 0x02, false)
        << QStringLiteral("VP") << QList<Role>{Role::PlatformDevice, Role::PowerCycle} << true;
}

void tst_MigrationPlanner::plansFromTheFacts()
{
    QFETCH(VmConfig, config);
    QFETCH(MigrationTarget, target);
    QFETCH(QString, kinds);
    QFETCH(QList<Role>, roles);
    QFETCH(bool, finalError);

    const MigrationPlanner planner(m_engine);
    const MigrationPlan plan = planner.plan(config, target);
    QVERIFY2(plan.isValid(), qPrintable(plan.refusal));
    QVERIFY2(kindLetters(plan) == kinds, qPrintable(dump(plan)));
    QList<Role> actual;
    for (const MigrationStep& s : plan.steps)
        actual << s.role;
    QVERIFY2(actual == roles, qPrintable(dump(plan)));

    // The target is in charge at the end; an error at the end only where the row says it cannot be avoided.
    const PreviewOutcome& last = plan.outcomeAfter(plan.size());
    QCOMPARE(plan.reachesTarget, !finalError);
    if (!finalError)
        QCOMPARE(last.activeDriver, target.package);
    else
        QVERIFY2(plan.notes.join(QLatin1Char(' ')).contains(QStringLiteral("not linux")), qPrintable(dump(plan)));
    QCOMPARE(last.worst() == Finding::Severity::Error, finalError);
    QCOMPARE(plan.errorSteps() > 0, finalError);
    if (plan.steps.isEmpty())
        QVERIFY(!plan.notes.isEmpty());

    VmConfig before = config;
    for (int i = 0; i < plan.size(); ++i) {
        const MigrationStep& step = plan.steps.at(i);
        QVERIFY2(!step.title.isEmpty() && !step.explanation.isEmpty() && !step.action.isEmpty(),
                 qPrintable(dump(plan)));
        QCOMPARE(step.changes.isEmpty(), step.kind == Kind::PowerCycle);
        // The step's changes lead from the previous configuration to its own, and its rollback exactly back.
        VmConfig forward = before;
        QVERIFY(BindingEngine::apply(forward, step.changes, nullptr));
        QCOMPARE(forward, step.configAfter);
        VmConfig back = step.configAfter;
        QString error;
        QVERIFY2(BindingEngine::apply(back, step.rollback, &error), qPrintable(error));
        QCOMPARE(back, before);
        QCOMPARE(step.hasError(), step.outcome.worst() == Finding::Severity::Error);
        before = step.configAfter;
    }
}

void tst_MigrationPlanner::refusals_data()
{
    QTest::addColumn<VmConfig>("config");
    QTest::addColumn<MigrationTarget>("target");
    QTest::addColumn<QString>("reason");
    QTest::newRow("0002-on-qemu-upstream")
        << demoVm(QStringLiteral("dc-02")) << target(QStringLiteral("xenproject-9.1"), 0x0002, 0x02, false)
        << QStringLiteral("fixed platform device");
    QTest::newRow("vendor-on-qemu-traditional")
        << demoVm(QStringLiteral("hr-legacy-01")) << target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true)
        << QStringLiteral("no xen-pvdevice");
    QTest::newRow("windows-package-for-linux")
        << demoVm(QStringLiteral("web-01")) << target(QStringLiteral("xenproject-9.1"), 0x0001, 0x01, false)
        << QStringLiteral("not a driver for this guest");
    QTest::newRow("unknown-package") << demoVm(QStringLiteral("erp-db-01"))
                                     << target(QStringLiteral("no-such-driver"), 0x0001, 0x01, true)
                                     << QStringLiteral("not in the driver catalogue");
}

void tst_MigrationPlanner::refusals()
{
    QFETCH(VmConfig, config);
    QFETCH(MigrationTarget, target);
    QFETCH(QString, reason);
    const MigrationPlan plan = MigrationPlanner(m_engine).plan(config, target);
    QVERIFY(!plan.isValid());
    QVERIFY2(plan.refusal.contains(reason), qPrintable(plan.refusal));
    QVERIFY(plan.steps.isEmpty());
}

void tst_MigrationPlanner::suggestsTheVendorPackageForErpDb()
{
    const VmConfig erp = demoVm(QStringLiteral("erp-db-01"));
    const MigrationPlanner planner(m_engine);
    QVERIFY(planner.targetPackages(erp).contains(QStringLiteral("citrix-legacy-6.0")));
    QVERIFY(!planner.targetPackages(erp).contains(QStringLiteral("linux")));
    QCOMPARE(planner.suggestedTarget(erp), target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true));
    const VmConfig acct = demoVm(QStringLiteral("acct-01"));
    QCOMPARE(planner.suggestedTarget(acct), target(QStringLiteral("xenproject-9.1"), 0x0001, 0x01, false));
    // Issue 16 item 5: a step whose next boot rests on uncertain facts names them, as the Binding tab does.
    const MigrationPlan plan = planner.plan(erp, planner.suggestedTarget(erp));
    QVERIFY(!plan.steps.isEmpty());
    const MigrationStep& first = plan.steps.constFirst();
    QVERIFY(!first.outcome.uncertainFacts.isEmpty());
    for (const QString& fact : first.outcome.uncertainFacts)
        QVERIFY2(first.explanation.contains(fact), qPrintable(fact));
}

void tst_MigrationPlanner::temporaryBlacklistHitsOtherVmsOfTheHost()
{
    const VmConfig erp = demoVm(QStringLiteral("erp-db-01"));
    const MigrationPlanner planner(m_engine);
    const MigrationTarget t = target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true);
    QCOMPARE(planner.temporaryBlacklist(erp, t), (QList<BlacklistItem>{BlacklistItem{1, 60, 60, {}}}));
    // acct-01 (xenserver-trad) and hr-legacy-01 (qemu-traditional) read the key; dc-02's upstream QEMU does not.
    QList<VmConfig> host;
    for (const char* name : {"acct-01", "hr-legacy-01", "dc-02", "dc-01", "web-02"})
        host << demoVm(QString::fromLatin1(name));
    QCOMPARE(planner.blacklistPeers(erp, t, host),
             (QStringList{QStringLiteral("acct-01"), QStringLiteral("hr-legacy-01")}));
    // No entry where the device model cannot enforce one.
    QVERIFY(planner
                .temporaryBlacklist(demoVm(QStringLiteral("dc-02")),
                                    target(QStringLiteral("xenproject-9.1"), 0x0001, 0x01, false))
                .isEmpty());
    // facts §10.1: nor on XenServer 8, whose upstream QEMU has no blacklist: the same VM there gets no entry, and a
    // xenserver VM on the host is no peer of one.
    VmConfig erpOnXenServer8 = erp;
    erpOnXenServer8.flavour = xp::device::Flavour::XenServer;
    QVERIFY(planner.temporaryBlacklist(erpOnXenServer8, t).isEmpty());
    QVERIFY(!planner.blacklistPeers(erp, t, {demoVm(QStringLiteral("files-03"))}).contains(QStringLiteral("files-03")));
}

void tst_MigrationPlanner::resumesFromTheRecordedProgress()
{
    const VmConfig erp = demoVm(QStringLiteral("erp-db-01"));
    const MigrationPlanner planner(m_engine);
    const MigrationTarget t = target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true);
    const MigrationPlan plan = planner.plan(erp, t);
    QCOMPARE(plan.size(), 7);
    for (int completed = 0; completed <= plan.size(); ++completed) {
        // What the wizard records after @p completed steps.
        VmConfig now = plan.configAfter(completed);
        MigrationProgress progress;
        progress.target = t;
        progress.stepCount = plan.size();
        progress.completedSteps = completed;
        const auto back = ConfigDelta::between(now, erp, nullptr);
        QVERIFY(back);
        progress.rollback = ConfigDelta::texts(*back);
        now.migration = progress;
        QString why;
        const auto resumed = planner.resume(now, &why);
        QVERIFY2(resumed, qPrintable(why));
        QCOMPARE(resumed->size(), plan.size());
        for (int i = 0; i < plan.size(); ++i) {
            QCOMPARE(resumed->steps.at(i).title, plan.steps.at(i).title);
            QCOMPARE(ConfigDelta::texts(resumed->steps.at(i).changes), ConfigDelta::texts(plan.steps.at(i).changes));
        }
    }
}

void tst_MigrationPlanner::resumeNoticesChangesOutsideTheWizard()
{
    const VmConfig erp = demoVm(QStringLiteral("erp-db-01"));
    const MigrationPlanner planner(m_engine);
    const MigrationTarget t = target(QStringLiteral("xenserver-vmtools-9"), 0x0001, 0x01, true);
    const MigrationPlan plan = planner.plan(erp, t);
    VmConfig now = plan.configAfter(2);
    MigrationProgress progress{t, plan.size(), 2, MigrationProgress::State::InProgress, {}, {}, {}};
    progress.rollback = ConfigDelta::texts(*ConfigDelta::between(now, erp, nullptr));
    // Someone turned Windows Update on again behind the wizard's back.
    now.guest.windowsUpdate = WindowsUpdate::Automatic;
    now.migration = progress;
    QString why;
    QVERIFY(!planner.resume(now, &why));
    QVERIFY2(why.contains(QStringLiteral("changed outside the wizard")), qPrintable(why));
    now.migration.reset();
    QVERIFY(!planner.resume(now, &why));
    QVERIFY2(why.contains(QStringLiteral("No driver migration")), qPrintable(why));
}

void tst_MigrationPlanner::accountName_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("passwd");
    QTest::addColumn<QString>("logname");
    QTest::addColumn<QString>("expected");

    QTest::newRow("user-first") << u"alice"_s << u"bob"_s << u"carol"_s << u"dave"_s << u"alice"_s;
    QTest::newRow("username-without-user") << QString() << u"bob"_s << u"carol"_s << u"dave"_s << u"bob"_s;
    // A service, su -c or a container without $USER: the password database names the account.
    QTest::newRow("passwd-without-environment") << QString() << QString() << u"carol"_s << u"dave"_s << u"carol"_s;
    QTest::newRow("blank-user-is-no-name") << u"  "_s << QString() << u"carol"_s << QString() << u"carol"_s;
    QTest::newRow("logname-without-passwd-entry") << QString() << QString() << QString() << u"dave"_s << u"dave"_s;
    // Nothing names it (a uid without an entry, as in many containers): its number, never "unknown".
    QTest::newRow("uid-when-nothing-names-it") << QString() << QString() << QString() << QString() << u"1234"_s;
}

void tst_MigrationPlanner::accountName()
{
    QFETCH(QString, user);
    QFETCH(QString, username);
    QFETCH(QString, passwd);
    QFETCH(QString, logname);
    QFETCH(QString, expected);
    QCOMPARE(LocalAccount::name({user, username, passwd, logname, 1234}), expected);
}

void tst_MigrationPlanner::currentUserWithoutUserOrUsername()
{
    // The audit line of a step recorded from a session without $USER and $USERNAME (issue 19 item 17).
    struct Restore
    {
        QByteArray user = qgetenv("USER");
        QByteArray username = qgetenv("USERNAME");
        bool hadUser = qEnvironmentVariableIsSet("USER");
        bool hadUsername = qEnvironmentVariableIsSet("USERNAME");
        ~Restore()
        {
            hadUser ? qputenv("USER", user) : qunsetenv("USER");
            hadUsername ? qputenv("USERNAME", username) : qunsetenv("USERNAME");
        }
    } restore;
    qunsetenv("USER");
    qunsetenv("USERNAME");

    const passwd* entry = getpwuid(geteuid());
    QString account = entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("LOGNAME");
    if (account.isEmpty())
        account = QString::number(geteuid());
    const QString user = MigrationSession::currentUser();
    QVERIFY2(!user.startsWith(u"unknown@"_s), qPrintable(user));
    QCOMPARE(user, account + u'@' + QSysInfo::machineHostName());
}

QTEST_GUILESS_MAIN(tst_MigrationPlanner)
#include "tst_MigrationPlanner.moc"
