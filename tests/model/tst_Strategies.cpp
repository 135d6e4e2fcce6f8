// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "XpTestConfig.h"
#include "model/binding/BindingEngine.h"
#include "model/binding/DriverCatalogue.h"
#include "model/fleet/FleetWhatIf.h"
#include "model/fleet/StrategySet.h"
#include "model/fleet/VmReport.h"
#include "model/libvirt/LibvirtSession.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// The strategies of the 2013 debate (issue 20 item 2, data/strategies/strategies.json) on the demo node
// (data/demo-fleet.xml): the strategy table is checked cell by cell against an expectation derived by hand from the
// binding engine's rules (the derivation is written out below, above the table); every VM lands in exactly one class
// per strategy, and that class is FleetWhatIf::classify of the two previews; StrategySet::load refuses a broken file;
// every shipped strategy has a translated title and summary.
namespace {

const QString kUri = QStringLiteral("test://" XP_SOURCE_DIR "/data/demo-fleet.xml");

/// The demo node's VMs, by hand from data/demo-fleet.xml: the expectation below is about exactly these.
const QStringList kDemoVms{
    QStringLiteral("acct-01"),      QStringLiteral("backup-01"),    QStringLiteral("build-linux-01"),
    QStringLiteral("crm-app-01"),   QStringLiteral("dc-01"),        QStringLiteral("dc-02"),
    QStringLiteral("erp-db-01"),    QStringLiteral("files-02"),     QStringLiteral("files-03"),
    QStringLiteral("fw-01"),        QStringLiteral("hr-legacy-01"), QStringLiteral("intranet-01"),
    QStringLiteral("lab-07"),       QStringLiteral("lab-win7-01"),  QStringLiteral("legacy-app-01"),
    QStringLiteral("mail-01"),      QStringLiteral("monitor-01"),   QStringLiteral("mx-01"),
    QStringLiteral("nas-01"),       QStringLiteral("pos-01"),       QStringLiteral("print-01"),
    QStringLiteral("rds-01"),       QStringLiteral("scan-01"),      QStringLiteral("sql-02"),
    QStringLiteral("vdi-win10-01"), QStringLiteral("vdi-win11-01"), QStringLiteral("web-01"),
    QStringLiteral("web-02"),       QStringLiteral("web-03")};

// ---- The derivation -------------------------------------------------------------------------------------------------
//
// The engine's rules it rests on (model/binding/BindingEngine.cpp, DriverRank.cpp, DriverSelection.cpp, PciIds.cpp,
// device/PlatformDevice.cpp, device/Blacklist.cpp, model/fleet/FleetWhatIf.cpp):
//
// R1 Rank 0xSSGGTHHH, lower wins; ties go to the newer DriverVer date, then the higher version. Every package involved
//    is trusted-signed (SS 00 on Windows 6.1 and later). GG is the FeatureScore: 0xFE for the xenbus INFs
//    (xenserver-vmtools-9, xenproject-9.1, xcpng-tools-8.3, and xp-guarded-xenbus, which is the vmtools INF), the
//    default 0xFF for citrix-legacy-6.0, gplpv-1.0, xenserver-6.1, xenserver-7.0 and xp-stub. So any xenbus match
//    outranks any match of the others, whatever the identifier score.
// R2 Identifier scores. Plain PCI\VEN_5853&DEV_xxxx is a hardware ID at position 3 before Windows 10 and a compatible
//    ID at position 1 from Windows 10 on. On the platform device 0001:
//      Windows 6.x: legacy/gplpv/stub 0x0003 (hardware = INF hardware), xenbus INFs 0x1003 (hardware = INF compatible);
//      Windows 10+: legacy/gplpv/stub 0x2001 (compatible = INF hardware), xenproject/xcpng 0x3001 (their DEV_0001 is
//                   compatible ID k=0), vmtools and the guarded copy 0x3101 (DEV_0001 is their compatible ID k=1).
//    So on Windows 10 an installed xenproject-9.1 or xcpng-tools-8.3 (FE3001) keeps 0001 against vmtools (FE3101),
//    and the stub (FF2001) never beats a xenbus INF. On 0002 every xenbus INF matches (vmtools through k=0). On the
//    vendor device C000 rev 01 vmtools matches its own hardware ID: 0x00FE0000; at rev 02 nothing matches.
//    Legacy and stub tie on Windows 6.x (FF0003): the stub's DriverVer 2013-10-01 is newer than citrix-legacy-6.0's
//    2011-09-30 and gplpv-1.0's 2013-01-01, so the stub takes 0001 from both.
// R3 Windows Update (guest windows-update other than off) adds a package to a device's candidates when one of its
//    targets (catalogue or wu-publish+=) is among the device's IDs, it is not installed, and its installer does not
//    refuse (refusesOverStacks against the installed packages' stacks: XP-WU-REFUSED, info). A winner that is not
//    installed is a Windows Update install. xenserver-vmtools-9 is published for C000 only.
// R4 Legacy stacks (citrix-legacy, gplpv, citrix-standard) start when they bind a device, or from a root-enumerated
//    device even when another driver took their PCI device: citrix-legacy-6.0 has ROOT\XENEVTCHN, gplpv-1.0 none.
//    A stub (stack stub, handshake none) starts nothing. Without a platform device nothing starts.
// R5 xenbus: one instance is active: the device its record names; if the record names a device that is gone, the
//    highest-precedence device when the build forces activation (xcpng-tools-8.3 yes), else none (XP-BUS-LOCKED,
//    warning); without a record, the build's vendor device (its INF pins DEV_C000&SUBSYS_), else the first claim.
// R6 Handshakes run against one device model, legacy stacks first: a blacklisting persists. xenserver-trad blacklists
//    product 1 on a platform device other than 0001, Linux (product 3, build 1) likewise, and listed builds of
//    products 1, 2 and 0xffff; qemu-traditional listed builds only; qemu-upstream and xenserver nothing, and an entry
//    there is XP-BLACKLIST-NOT-ENFORCED (warning). A blacklisted legacy driver stops; xenbus reading 0xd249 only logs
//    it, but xenserver-trad then ignores its unplug. Both are XP-DRIVER-BLACKLISTED (warning).
// R7 Devices: qemu-upstream and qemu-traditional keep the platform device at 0001 rev 01 (another ID: XP-MODEL-ONLY,
//    info); xenserver-trad and xenserver take it (0002 rev 02; subsystem 0002, except xenserver's UEFI profile:
//    0001). qemu-traditional has no vendor device (model only); on xenserver* a vendor device other than C000 rev 01
//    is previewed but model only. platform-device=ID also turns a platform device that was off on.
// R8 Findings: XP-PLATFORM-IDS-CLASH (error) when 0001 and 0002 are exposed together, whichever device carries 0002;
//    XP-TWO-STACKS (error) when a legacy stack and xenbus both start; XP-WU-BUGCHECK-RISK (error) when a legacy stack
//    starts and Windows Update installs a package whose handshake is not none; XP-CHILD-IDS-CHANGE (warning) when
//    the active xenbus device changes; Linux before 6.15 (and the 6.1.141 backport) on 0002:
//    XP-LINUX-0002-UNSUPPORTED (error).
// R9 Classes: a new error finding -> breaks; an active driver before and none after -> loses-pv; a new warning ->
//    guest-step; any other difference in driver, stacks, Windows Update installs, unplugged devices, flavour, devices
//    (identity, bound package, xenbus active) or warning/error ids -> healthy; else unchanged (an info finding on its
//    own, XP-MODEL-ONLY or XP-WU-REFUSED, leaves a VM unchanged).
//
// The demo node, what decides (updates = windows-update automatic):
//   erp-db-01    xenserver-trad, Server 2012 R2, updates, citrix-legacy-6.0, vendor C000: vmtools from WU on C000 next
//                to the legacy stack (XP-TWO-STACKS, XP-WU-BUGCHECK-RISK).
//   pos-01       xenserver-trad, Server 2012 R2, updates, citrix-legacy-6.0, no vendor device.
//   acct-01      xenserver-trad, Server 2012 R2, updates off, citrix-legacy-6.0.
//   hr-legacy-01 qemu-traditional, Server 2012 R2, updates off, citrix-legacy-6.0 blacklisted (no PV).
//   lab-win7-01  qemu-traditional, Windows 7, updates, gplpv-1.0.
//   dc-01        xenserver-trad, Server 2022, updates, vmtools, C000 (active).
//   mail-01      xenserver-trad, Server 2019, updates, vmtools, C000, record 0001 (locked there).
//   files-02     qemu-upstream, Server 2016, updates, xenproject-9.1, blacklist 1:60 (not enforced).
//   files-03     xenserver UEFI, Server 2022, updates, vmtools on 0001, blacklist 1:60 (not enforced).
//   print-01     qemu-upstream, Server 2019, updates, xcpng-tools-8.3, record 0002 (gone; forced to 0001).
//   crm-app-01   qemu-upstream, Server 2022, updates, vmtools on 0001, platform 0002 model only.
//   vdi-win10-01 qemu-upstream, Windows 10, updates, vmtools, C000, platform device off (no PV).
//   vdi-win11-01 qemu-upstream, Windows 11, updates, nothing installed (no PV).
//   dc-02        qemu-upstream, Server 2016, updates off, citrix-legacy-6.0 + xenproject-9.1 (XP-TWO-STACKS).
//   intranet-01  qemu-upstream, Server 2016, updates off, xenproject-9.1 + xcpng-tools-8.3 (its inventory).
//   scan-01      xenserver compat, Server 2019, updates off, vmtools, record 0001 REV_02 gone (inactive, no PV).
//   rds-01       qemu-upstream, Server 2019, updates off, vmtools, vendor 0002 (XP-PLATFORM-IDS-CLASH).
//   sql-02       qemu-upstream, Server 2019, updates off, vmtools, C000 rev 02 (XP-VENDOR-REV-MISMATCH).
//   lab-07       qemu-upstream, Server 2019 from libosinfo, updates off (the default), nothing installed (no PV).
//   Linux: web-01 upstream 6.1, web-02 xenserver-trad 6.1, build-linux-01 upstream 6.15, backup-01 upstream 6.1,
//          monitor-01 qemu-traditional 5.10, legacy-app-01 xenserver-trad 4.19 on 0002, web-03 xenserver 5.10 on 0002.
//   BSD:   nas-01 upstream FreeBSD, fw-01 upstream OpenBSD, mx-01 qemu-traditional NetBSD.
//
// do-nothing (no change): preview(config, {}) is the prediction itself. Every VM is unchanged.
//
// publish-legacy-ids (vmtools published for 0001 and 0002): only Windows VMs with updates on can change (R3), and
// only where vmtools outranks what holds 0001 (R1, R2).
//   pos-01       vmtools (FE1003) takes 0001 from the legacy INF (FF0003) through WU; citrix-legacy still starts from
//                ROOT\XENEVTCHN: XP-TWO-STACKS, XP-WU-BUGCHECK-RISK -> breaks.
//   erp-db-01    vmtools takes 0001 too; the stacks and both errors are what it had -> 0001's driver differs ->
//                healthy.
//   lab-win7-01  vmtools takes 0001 from gplpv (FE1003 < FF0003); gplpv has no root device and stops, xenbus runs
//                alone: no error -> driver gplpv-1.0 -> xenserver-vmtools-9 -> healthy.
//   vdi-win11-01 vmtools binds 0001 through WU and runs: XP-NO-PV goes -> healthy.
//   Unchanged: updates off; vmtools installed already (dc-01, mail-01, files-03, crm-app-01, vdi-win10-01); an
//   installed xenproject/xcpng keeps 0001 on Windows 10 (files-02, print-01: FE3001 < FE3101); Linux and BSD.
//
// platform-v2 (platform-device=0x0002:0x02, vmtools published for 0002): only xenserver-trad and xenserver realize it
// (R7); elsewhere it is XP-MODEL-ONLY, an info, and the 0002 publication reaches no device.
//   web-02       Linux 6.1 on xenserver-trad 0002: does not bind 0002, product 3 blacklisted (no unplug):
//                XP-LINUX-0002-UNSUPPORTED -> breaks.
//   acct-01      citrix-legacy from ROOT\XENEVTCHN is blacklisted (product 1 on 0002), updates off so nothing binds
//                0002: legacy driver before, none after -> loses-pv.
//   mail-01      record 0001 gone, vmtools not known to force activation: xenbus inactive (XP-BUS-LOCKED becomes a
//                warning, XP-NO-PV) -> loses-pv.
//   erp-db-01    citrix-legacy blacklisted on 0002; vmtools from WU still active on C000 but its unplug is ignored
//                (blacklisted device model): errors go, XP-DRIVER-BLACKLISTED new -> guest-step.
//   pos-01       citrix-legacy blacklisted; vmtools from WU binds 0002 (FE1003) and is active, unplug ignored:
//                XP-DRIVER-BLACKLISTED -> guest-step.
//   files-03     xenserver UEFI 0002 rev 02: vmtools binds it (compatible DEV_0002), active moves 0001 -> 0002:
//                XP-CHILD-IDS-CHANGE -> guest-step.
//   dc-01        vmtools binds 0002 (product 0xffff is not blacklisted), C000 stays active, no finding -> healthy.
//   scan-01      xenserver compat 0002: vmtools binds it, record (0001 REV_02) still gone, still no PV, same findings
//                -> the device differs -> healthy.
//   vdi-win10-01 the change turns the platform device on (0001 rev 01 on qemu-upstream, XP-MODEL-ONLY info):
//                xenbus runs on C000, XP-VENDOR-WITHOUT-PLATFORM and XP-NO-PV go -> healthy.
//   Unchanged: qemu-upstream and qemu-traditional VMs (model only); crm-app-01 has this setting already;
//   legacy-app-01 and web-03 are already on 0002 rev 02.
//
// blacklist-old-builds (blacklist+=0x0001:0x0-0xffffffff, vmtools published for 0001): the entry is enforced only by
// xenserver-trad and qemu-traditional (R6); elsewhere it is XP-BLACKLIST-NOT-ENFORCED, a warning, whatever the OS.
//   acct-01      citrix-legacy blacklisted, updates off: legacy before, nothing after -> loses-pv.
//   erp-db-01    citrix-legacy blacklisted; vmtools (WU, now also on 0001) runs on C000 with its unplug ignored:
//                errors go, XP-DRIVER-BLACKLISTED new -> guest-step.
//   pos-01       citrix-legacy blacklisted; vmtools from WU takes 0001, unplug ignored: XP-DRIVER-BLACKLISTED ->
//                guest-step.
//   lab-win7-01  qemu-traditional enforces product 1 only, gplpv is product 2; the publication for 0001 replaces
//                gplpv by vmtools as in publish-legacy-ids -> healthy.
//   dc-02, print-01, rds-01, sql-02, crm-app-01, vdi-win10-01, lab-07, intranet-01, web-01, build-linux-01,
//   backup-01, nas-01, fw-01 (qemu-upstream), scan-01, web-03 (xenserver): XP-BLACKLIST-NOT-ENFORCED new ->
//                guest-step (vdi-win11-01 also gains xenbus through the publication; still guest-step).
//   Unchanged: files-02 and files-03 carry XP-BLACKLIST-NOT-ENFORCED already and keep their xenbus; dc-01 and mail-01
//   (xenserver-trad, vmtools installed), web-02 and legacy-app-01 (xenserver-trad Linux), hr-legacy-01 (blacklisted
//   already), monitor-01 and mx-01 (qemu-traditional, nothing of product 1).
//
// expose-both (vendor-device=0x0002:0x01, vmtools published for 0002): a 0002 device next to 0001 is
// XP-PLATFORM-IDS-CLASH, an error (R8), on every flavour that exposes it (xenserver* too, marked model only).
//   erp-db-01, dc-01, dc-02, files-02, files-03, mail-01, print-01, scan-01, sql-02, crm-app-01, acct-01,
//   vdi-win11-01, lab-07, intranet-01, pos-01, web-01, web-02, build-linux-01, backup-01, nas-01, fw-01:
//                0001 and a vendor 0002 -> XP-PLATFORM-IDS-CLASH -> breaks.
//   vdi-win10-01 no platform device, so no clash; vmtools binds 0002 instead of C000, still nothing starts -> healthy.
//   legacy-app-01, web-03 platform device already 0002: no clash; a vendor device more -> healthy.
//   Unchanged: rds-01 has exactly this vendor device and updates off; qemu-traditional (hr-legacy-01, lab-win7-01,
//   monitor-01, mx-01) has no xen-pvdevice: model only.
//
// wu-stub (xp-stub published for 0001 and 0002): only Windows VMs with updates on, and only against a non-xenbus INF
// (R2: the stub has no FeatureScore).
//   lab-win7-01  the stub takes 0001 from gplpv (newer DriverVer); gplpv has no root device and stops; the stub
//                starts nothing: gplpv-1.0 before, nothing after -> loses-pv.
//   pos-01       the stub takes 0001; citrix-legacy keeps running from ROOT\XENEVTCHN; handshake none, so no
//                XP-WU-BUGCHECK-RISK -> 0001's driver and the WU installs differ -> healthy.
//   erp-db-01    the same on 0001; its risk through C000 is the baseline's -> healthy.
//   vdi-win11-01 the stub binds 0001 through WU, starts nothing, still XP-NO-PV -> healthy.
//   Unchanged: updates off; xenbus installed on 0001 (dc-01, mail-01, files-02, files-03, print-01, crm-app-01);
//   vdi-win10-01 exposes neither 0001 nor 0002; Linux and BSD.
//
// refuse-over-legacy (xp-guarded-xenbus published for 0001 and 0002):
//   vdi-win11-01 nothing installed, so nothing to refuse: the guarded xenbus binds 0001 and runs -> healthy.
//   Unchanged: pos-01, erp-db-01 (citrix-legacy) and lab-win7-01 (gplpv): the installer refuses, XP-WU-REFUSED is an
//   info; vmtools installed (dc-01, mail-01, files-03, crm-app-01): the guarded copy ties in rank, date and version,
//   and the installed one is kept; files-02, print-01: FE3101 loses to FE3001; updates off; Linux and BSD.
//
// what-shipped (vendor-device=0xc000:0x01): Windows Update targets C000 with vmtools (R3).
//   pos-01       vmtools from WU on C000, active, next to citrix-legacy: XP-TWO-STACKS, XP-WU-BUGCHECK-RISK -> breaks.
//   files-02     vmtools from WU binds C000, xenbus moves 0001 -> C000: XP-CHILD-IDS-CHANGE -> guest-step.
//   files-03, crm-app-01 installed vmtools binds C000 and becomes active: XP-CHILD-IDS-CHANGE -> guest-step.
//   rds-01       C000 replaces the vendor 0002 (the clash goes), active 0001 -> C000: XP-CHILD-IDS-CHANGE ->
//                guest-step.
//   sql-02       C000 rev 01 replaces rev 02 (the mismatch goes), active 0001 -> C000: XP-CHILD-IDS-CHANGE ->
//                guest-step.
//   print-01     vmtools from WU on C000; record 0002 gone, xcpng forces the highest precedence, now C000: the child
//                IDs change as before (no new id) -> driver xcpng-tools-8.3 -> xenserver-vmtools-9 -> healthy.
//   vdi-win11-01 vmtools from WU on C000, runs: XP-NO-PV goes -> healthy.
//   scan-01      installed vmtools binds C000, the record is still gone, nothing forced: same findings -> healthy.
//   acct-01, dc-02, intranet-01, lab-07 (updates off, nothing binds C000), web-01, web-02, build-linux-01,
//   legacy-app-01, web-03, backup-01, nas-01, fw-01 (Linux and BSD bind nothing on C000): a device more -> healthy.
//   Unchanged: erp-db-01, dc-01, mail-01 (C000 rev 01 already; mail-01's record keeps it on 0001), vdi-win10-01
//   (C000 already); qemu-traditional (hr-legacy-01, lab-win7-01, monitor-01, mx-01): model only.
//
// The table: counts in the order of `xpctl strategies` (breaks, loses-pv, guest-step, healthy, unchanged), the named
// classes sorted; unchanged is every other demo VM, and its count is written out as a check of the derivation.

struct Expected
{
    QString strategy;
    int breaks = 0;
    int losesPv = 0;
    int guestStep = 0;
    int healthy = 0;
    int unchanged = 0;
    QStringList breaksVms;
    QStringList losesPvVms;
    QStringList guestStepVms;
    QStringList healthyVms;

    QStringList vms(WhatIfOutcome::Class cls) const
    {
        switch (cls) {
        case WhatIfOutcome::Class::Breaks: return breaksVms;
        case WhatIfOutcome::Class::LosesPv: return losesPvVms;
        case WhatIfOutcome::Class::GuestStep: return guestStepVms;
        case WhatIfOutcome::Class::Healthy: return healthyVms;
        case WhatIfOutcome::Class::Unchanged: break;
        }
        QStringList rest = kDemoVms;
        for (const QStringList& named : {breaksVms, losesPvVms, guestStepVms, healthyVms})
            for (const QString& vm : named)
                rest.removeAll(vm);
        return rest;
    }
    int count(WhatIfOutcome::Class cls) const
    {
        switch (cls) {
        case WhatIfOutcome::Class::Breaks: return breaks;
        case WhatIfOutcome::Class::LosesPv: return losesPv;
        case WhatIfOutcome::Class::GuestStep: return guestStep;
        case WhatIfOutcome::Class::Healthy: return healthy;
        case WhatIfOutcome::Class::Unchanged: break;
        }
        return unchanged;
    }
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<Expected> expectation()
{
    QList<Expected> table;
    auto add = [&table](const char* id, std::array<int, 5> counts, const QStringList& breaks,
                        const QStringList& losesPv, const QStringList& guestStep, const QStringList& healthy) {
        table.append(Expected{QString::fromLatin1(id), counts[0], counts[1], counts[2], counts[3], counts[4],
                              sorted(breaks), sorted(losesPv), sorted(guestStep), sorted(healthy)});
    };
    const auto s = [](std::initializer_list<const char*> names) {
        QStringList list;
        for (const char* n : names)
            list << QString::fromLatin1(n);
        return list;
    };
    //   strategy                  breaks loses guest healthy unchanged
    add("do-nothing", {0, 0, 0, 0, 29}, {}, {}, {}, {});
    add("publish-legacy-ids", {1, 0, 0, 3, 25}, s({"pos-01"}), {}, {}, s({"erp-db-01", "lab-win7-01", "vdi-win11-01"}));
    add("platform-v2", {1, 2, 3, 3, 20}, s({"web-02"}), s({"acct-01", "mail-01"}),
        s({"erp-db-01", "files-03", "pos-01"}), s({"dc-01", "scan-01", "vdi-win10-01"}));
    add("blacklist-old-builds", {0, 1, 18, 1, 9}, {}, s({"acct-01"}),
        s({"erp-db-01", "pos-01", "dc-02", "print-01", "rds-01", "sql-02", "crm-app-01", "vdi-win10-01", "vdi-win11-01",
           "lab-07", "intranet-01", "web-01", "build-linux-01", "backup-01", "nas-01", "fw-01", "scan-01", "web-03"}),
        s({"lab-win7-01"}));
    add("expose-both", {21, 0, 0, 3, 5},
        s({"erp-db-01", "dc-01",  "dc-02",      "files-02",       "files-03",     "mail-01", "print-01",
           "scan-01",   "sql-02", "crm-app-01", "acct-01",        "vdi-win11-01", "lab-07",  "intranet-01",
           "pos-01",    "web-01", "web-02",     "build-linux-01", "backup-01",    "nas-01",  "fw-01"}),
        {}, {}, s({"vdi-win10-01", "legacy-app-01", "web-03"}));
    add("wu-stub", {0, 1, 0, 3, 25}, {}, s({"lab-win7-01"}), {}, s({"pos-01", "erp-db-01", "vdi-win11-01"}));
    add("refuse-over-legacy", {0, 0, 0, 1, 28}, {}, {}, {}, s({"vdi-win11-01"}));
    add("what-shipped", {1, 0, 5, 15, 8}, s({"pos-01"}), {},
        s({"files-02", "files-03", "crm-app-01", "rds-01", "sql-02"}),
        s({"print-01", "vdi-win11-01", "scan-01", "acct-01", "dc-02", "intranet-01", "lab-07", "web-01", "web-02",
           "build-linux-01", "legacy-app-01", "web-03", "backup-01", "nas-01", "fw-01"}));
    return table;
}

const QList<WhatIfOutcome::Class> kClasses{WhatIfOutcome::Class::Breaks, WhatIfOutcome::Class::LosesPv,
                                           WhatIfOutcome::Class::GuestStep, WhatIfOutcome::Class::Healthy,
                                           WhatIfOutcome::Class::Unchanged};

} // namespace

class tst_Strategies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoNodeIsTheDerivedOne();
    void everyShippedStrategyIsExpected();
    void cell_data();
    void cell();
    void everyVmInExactlyOneClass();
    void outcomeIsClassifyOfPreviews_data();
    void outcomeIsClassifyOfPreviews();
    void translatedNames();
    void loadRefuses_data();
    void loadRefuses();

private:
    std::unique_ptr<BindingEngine> m_engine;
    QList<VmConfig> m_demo;
    /// Per strategy id, the outcome of every demo VM, in m_demo's order.
    QHash<QString, QList<WhatIfOutcome>> m_outcomes;
};

void tst_Strategies::initTestCase()
{
    const StrategySet& set = StrategySet::shipped();
    QVERIFY2(!set.strategies().isEmpty(), qPrintable(set.errorString()));
    // What xpctl strategies evaluates against: the driver catalogue plus the what-if packages.
    m_engine = std::make_unique<BindingEngine>(set.catalogue());
    LibvirtSession session;
    const LibvirtResult opened = session.open(kUri, true);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QList<DomainSnapshot> domains;
    const LibvirtResult listed = session.listDomains(&domains, true);
    QVERIFY2(listed.ok(), qPrintable(listed.message));
    // As tst_BulkPreview and the fleet read them (VmReport::record: DomainXmlReader on the snapshot).
    for (const DomainSnapshot& d : std::as_const(domains))
        m_demo.append(VmReport::record(kUri, d, *m_engine).config);
    for (const Strategy& s : set.strategies()) {
        QList<WhatIfOutcome> outcomes;
        for (const VmConfig& config : std::as_const(m_demo))
            outcomes.append(FleetWhatIf::evaluate(*m_engine, config, s.changes));
        m_outcomes.insert(s.id, outcomes);
    }
}

void tst_Strategies::demoNodeIsTheDerivedOne()
{
    // The derivation is about these VMs: a VM added to or removed from the node must be derived too.
    QStringList names;
    for (const VmConfig& c : std::as_const(m_demo))
        names << c.name;
    QCOMPARE(sorted(names), sorted(kDemoVms));
}

void tst_Strategies::everyShippedStrategyIsExpected()
{
    // A strategy added to the data file without its column derived here would go unchecked.
    QStringList shipped;
    for (const Strategy& s : StrategySet::shipped().strategies())
        shipped << s.id;
    QStringList expected;
    for (const Expected& e : expectation())
        expected << e.strategy;
    QCOMPARE(shipped, expected); // the table's order is the data file's
}

void tst_Strategies::cell_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("vms");
    for (const Expected& e : expectation())
        for (const WhatIfOutcome::Class cls : kClasses)
            QTest::addRow("%s/%s", qPrintable(e.strategy), qPrintable(FleetWhatIf::token(cls)))
                << e.strategy << int(cls) << e.count(cls) << sorted(e.vms(cls));
}

void tst_Strategies::cell()
{
    QFETCH(QString, strategy);
    QFETCH(int, cls);
    QFETCH(int, count);
    QFETCH(QStringList, vms);
    // The hand count and the hand list agree: a slip in one of them fails here, not as a program bug.
    QCOMPARE(vms.size(), count);
    QVERIFY2(m_outcomes.contains(strategy), qPrintable(strategy));
    QStringList computed;
    for (const WhatIfOutcome& o : m_outcomes.value(strategy))
        if (int(o.cls) == cls)
            computed << o.name;
    QCOMPARE(sorted(computed), vms);
}

void tst_Strategies::everyVmInExactlyOneClass()
{
    for (const Expected& e : expectation()) {
        // The expectation: the named classes are disjoint, name only demo VMs, and with unchanged cover the node.
        QStringList all;
        for (const WhatIfOutcome::Class cls : kClasses)
            all += e.vms(cls);
        QVERIFY2(QSet<QString>(all.cbegin(), all.cend()).size() == all.size(), qPrintable(e.strategy));
        QCOMPARE(sorted(all), sorted(kDemoVms));
        // The program: one outcome per demo VM, each VM once.
        QStringList computed;
        for (const WhatIfOutcome& o : m_outcomes.value(e.strategy))
            computed << o.name;
        QCOMPARE(sorted(computed), sorted(kDemoVms));
        const FleetWhatIf::Counts counts = FleetWhatIf::count(m_outcomes.value(e.strategy));
        QCOMPARE(counts.total(), int(kDemoVms.size()));
    }
}

void tst_Strategies::outcomeIsClassifyOfPreviews_data()
{
    QTest::addColumn<QString>("strategy");
    for (const Strategy& s : StrategySet::shipped().strategies())
        QTest::newRow(qPrintable(s.id)) << s.id;
}

void tst_Strategies::outcomeIsClassifyOfPreviews()
{
    // A row of the table is the comparison of the two previews `xpctl preview` shows for the VM, nothing else.
    QFETCH(QString, strategy);
    const Strategy* s = StrategySet::shipped().find(strategy);
    QVERIFY(s);
    const QList<WhatIfOutcome> outcomes = m_outcomes.value(strategy);
    QCOMPARE(outcomes.size(), m_demo.size());
    for (qsizetype i = 0; i < m_demo.size(); ++i) {
        const VmConfig& config = m_demo.at(i);
        const WhatIfOutcome& o = outcomes.at(i);
        QCOMPARE(o.name, config.name);
        QString error;
        const PreviewOutcome before = m_engine->preview(config);
        const PreviewOutcome after = m_engine->preview(config, s->changes, &error);
        // Every shipped change applies to every demo VM (no blacklist entry or driver is there already).
        QVERIFY2(error.isEmpty() && o.error.isEmpty(), qPrintable(config.name + QLatin1Char(' ') + error + o.error));
        QVERIFY2(int(o.cls) == int(FleetWhatIf::classify(before, after)), qPrintable(config.name));
        QVERIFY2(o.driverBefore == before.activeDriver, qPrintable(config.name));
        QVERIFY2(o.driverAfter == after.activeDriver, qPrintable(config.name));
        QVERIFY2(o.findingsBefore == before.findingIds(), qPrintable(config.name));
        QVERIFY2(o.findingsAfter == after.findingIds(), qPrintable(config.name));
    }
}

void tst_Strategies::translatedNames()
{
    // A column header and its sentence in the user's language; title() falls back to the data's English name and
    // summary() to nothing for an id it does not know, so a summary is what proves the translation exists.
    QSet<QString> titles;
    for (const Strategy& s : StrategySet::shipped().strategies()) {
        const QString title = StrategySet::title(s);
        const QString summary = StrategySet::summary(s);
        QVERIFY2(!title.isEmpty() && title != s.id, qPrintable(s.id));
        QVERIFY2(!summary.isEmpty() && summary != s.id, qPrintable(s.id));
        QVERIFY2(summary != title, qPrintable(s.id));
        titles.insert(title);
    }
    QCOMPARE(titles.size(), StrategySet::shipped().strategies().size()); // column headers tell strategies apart
    Strategy unknown;
    unknown.id = QStringLiteral("no-such-strategy");
    unknown.name = QStringLiteral("No such strategy");
    QCOMPARE(StrategySet::title(unknown), unknown.name);
    QVERIFY(StrategySet::summary(unknown).isEmpty());
}

void tst_Strategies::loadRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("named"); // what the error must name

    // A valid file with one what-if package (the stub's INF, copied next to it) and one strategy publishing it; each
    // refusal row breaks exactly one thing of it, so the refusal is about that thing.
    const QJsonObject stub{
        {QStringLiteral("id"), QStringLiteral("test-stub")},
        {QStringLiteral("os"), QStringLiteral("windows")},
        {QStringLiteral("stack"), QStringLiteral("stub")},
        {QStringLiteral("inf"), QStringLiteral("xp-stub.inf")},
        {QStringLiteral("signer"), QStringLiteral("whql")},
        {QStringLiteral("handshake"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("none")}}}};
    const auto strategy = [](const QString& id, const QStringList& changes) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), id},
                           {QStringLiteral("changes"), QJsonArray::fromStringList(changes)}};
    };
    const QString publish = QStringLiteral("wu-publish+=test-stub@PCI\\VEN_5853&DEV_0001");
    const auto file = [](const QJsonArray& packages, const QJsonArray& strategies) {
        return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                         {QStringLiteral("packages"), packages},
                                         {QStringLiteral("strategies"), strategies}})
            .toJson();
    };

    QTest::newRow("valid") << file({stub}, {strategy(QStringLiteral("base"), {publish})}) << true << QString();
    QTest::newRow("wu-publish of an unknown package")
        << file({stub}, {strategy(QStringLiteral("base"),
                                  {QStringLiteral("wu-publish+=no-such-package@PCI\\VEN_5853&DEV_0001")})})
        << false << QStringLiteral("no-such-package");
    QTest::newRow("duplicate id") << file({stub}, {strategy(QStringLiteral("base"), {publish}),
                                                   strategy(QStringLiteral("base"),
                                                            {QStringLiteral("vendor-device=0xc000:0x01")})})
                                  << false << QStringLiteral("base");
    QTest::newRow("bad --set") << file({stub}, {strategy(QStringLiteral("base"), {QStringLiteral("colour=blue")})})
                               << false << QStringLiteral("colour=blue");
    // The shipped vmtools id with the shipped INF: a strategy must never change what a shipped package is.
    QJsonObject shadow = stub;
    shadow.insert(QStringLiteral("id"), QStringLiteral("xenserver-vmtools-9"));
    shadow.insert(QStringLiteral("stack"), QStringLiteral("xenbus"));
    shadow.insert(QStringLiteral("inf"), QStringLiteral(XP_SOURCE_DIR "/data/drivers/xenserver-vmtools-9.inf"));
    QTest::newRow("what-if package shadows the catalogue")
        << file({stub, shadow}, {strategy(QStringLiteral("base"), {publish})}) << false
        << QStringLiteral("xenserver-vmtools-9");
}

void tst_Strategies::loadRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(XP_SOURCE_DIR "/data/strategies/xp-stub.inf"),
                        dir.filePath(QStringLiteral("xp-stub.inf"))));
    QFile out(dir.filePath(QStringLiteral("strategies.json")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(json), json.size());
    out.close();

    DriverCatalogue base;
    QVERIFY2(base.load(QStringLiteral(XP_SOURCE_DIR "/data/drivers")), qPrintable(base.errorString()));
    StrategySet set;
    QCOMPARE(set.load(dir.path(), base), ok);
    if (ok) {
        QVERIFY2(set.errorString().isEmpty(), qPrintable(set.errorString()));
        QCOMPARE(set.strategies().size(), 1);
        QCOMPARE(set.strategies().constFirst().packages, QStringList{QStringLiteral("test-stub")});
        const CataloguePackage* p = set.catalogue().find(QStringLiteral("test-stub"));
        QVERIFY(p && p->whatIf);
        // The base catalogue is left as it was: the what-if package is in the set's copy only.
        QVERIFY(!base.find(QStringLiteral("test-stub")));
        return;
    }
    QVERIFY2(set.errorString().contains(named), qPrintable(set.errorString()));
    QVERIFY(set.strategies().isEmpty()); // a strategy table with a column missing would compare the wrong things
}

QTEST_GUILESS_MAIN(tst_Strategies)
#include "tst_Strategies.moc"
