// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 xpconsole developers
#include "FindingAdvice.h"

QString FindingAdvice::forId(const QString& id)
{
    if (id == QLatin1String("XP-WU-BUGCHECK-RISK"))
        return tr("Before the VM boots again, move it off the legacy stack with the driver migration wizard (VM menu, "
                  "Migrate Drivers), or set Windows Update to off for it until then.");
    if (id == QLatin1String("XP-WU-REFUSED"))
        return tr("Nothing breaks: the guest keeps its drivers. To give it the offered ones, move it off the installed "
                  "stack with the driver migration wizard (VM menu, Migrate Drivers).");
    if (id == QLatin1String("XP-TWO-STACKS"))
        return tr("Leave one stack: remove the other's drivers in the guest, or blacklist their build on a device "
                  "model that enforces it. The driver migration wizard plans the order.");
    if (id == QLatin1String("XP-PLATFORM-IDS-CLASH"))
        return tr("Expose one platform device only: 5853:0001 or 5853:0002, not both.");
    if (id == QLatin1String("XP-VENDOR-REV-MISMATCH"))
        return tr("Give the vendor device the revision the drivers match (01), or turn the vendor device off.");
    if (id == QLatin1String("XP-VENDOR-WITHOUT-PLATFORM"))
        return tr("Turn the platform device on, or the vendor device off.");
    if (id == QLatin1String("XP-LINUX-0002-UNSUPPORTED"))
        return tr("Keep platform device 0001 for this guest, or first update its kernel to a release that binds 0002.");
    if (id == QLatin1String("XP-BLACKLIST-NOT-ENFORCED"))
        return tr("On this device model the entries only record intent: to keep those drivers off, remove them in "
                  "the guest, or run the VM on a device model that enforces the blacklist.");
    if (id == QLatin1String("XP-DRIVER-BLACKLISTED"))
        return tr("The guest stays on emulated disks and NICs. For PV drivers, install a build that is not "
                  "blacklisted, or lift the entry once the guest has a fixed build.");
    if (id == QLatin1String("XP-NEXT-BOOT-PENDING"))
        return tr("Shut the VM down and start it again when the findings below are acceptable (VM menu, Shut Down and "
                  "Start to Apply); a reboot from inside the guest keeps the running definition.");
    if (id == QLatin1String("XP-MIGRATION-UNFINISHED"))
        return tr("Open the driver migration wizard (VM menu, Migrate Drivers) to finish the migration or roll it "
                  "back; it resumes at the next step. Ask whoever recorded the last step before you go on.");
    if (id == QLatin1String("XP-CHILD-IDS-CHANGE"))
        return tr("Windows reinstalls every PV device at the next boot; a NIC with static addresses may need them "
                  "set again. Plan a maintenance window, or keep the active xenbus device as it is.");
    if (id == QLatin1String("XP-BUS-LOCKED"))
        return tr("The record is the guest's own (XENFILT\\Parameters\\ActiveDeviceID); xpconsole cannot change it. "
                  "If it names a device that is no longer exposed, expose that device again with the same ID, "
                  "revision and subsystem, or clear the record in the guest before the change. To move xenbus to "
                  "the vendor device, follow the driver vendor's procedure in the guest.");
    if (id == QLatin1String("XP-MODEL-ONLY"))
        return tr("The setting is kept in metadata only; Apply lists what, if anything, to run on the host.");
    if (id == QLatin1String("XP-NO-PV"))
        return tr("Install PV drivers in the guest that bind the exposed device, or expose the device its drivers "
                  "bind.");
    if (id == QLatin1String("XP-DEVICE-REFUSED"))
        return tr("Change the refused device setting: the VM would not start as configured. A xen-pvdevice needs a "
                  "QEMU built with Xen support; on a plain KVM host remove it.");
    if (id == QLatin1String("XP-DEFINITION-DIFFERS"))
        return tr("Push any change (or the same settings again) to make the definition match the metadata, or change "
                  "the metadata to what the definition has.");
    if (id == QLatin1String("XP-FOREIGN-VENDOR-DEVICE") || id == QLatin1String("XP-PUSH-REFUSED"))
        return tr("Add the change \"Take over another tool's vendor device\" (take-over=vendor-device) to let "
                  "xpconsole manage it, or remove it with the tool that added it.");
    if (id == QLatin1String("XP-TWO-VENDOR-DEVICES"))
        return tr("Keep one vendor device: remove the others from the device-model command line.");
    if (id == QLatin1String("XP-DEVICE-MODEL-DIFFERS"))
        return tr("Set the device model in the metadata to what the definition runs (Device model change), or change "
                  "the domain's emulator.");
    if (id == QLatin1String("XP-NO-XEN-PLATFORM") || id == QLatin1String("XP-XEN-PV-GUEST"))
        return tr("Nothing to do for Xen PV drivers here: no platform device is exposed, so none binds.");
    if (id == QLatin1String("XP-OS-DIFFERS"))
        return tr("Correct the guest OS in the metadata (or reinstall as recorded): the prediction uses the "
                  "metadata's.");
    if (id == QLatin1String("XP-SOURCES-DISAGREE"))
        return tr("Correct the metadata to what the guest reports (What if, or xpctl apply with driver+= and "
                  "driver-=); the prediction already follows the guest.");
    if (id == QLatin1String("XP-FACT-OLDER-THAN-BOOT"))
        return tr("Import a new inventory from the running guest (pnputil /enum-drivers and /enum-devices /drivers) "
                  "before relying on this prediction.");
    if (id == QLatin1String("XP-PREDICTION-DIFFERS"))
        return tr("Compare the bound driver with the record: an installed package missing from the catalogue, a "
                  "newer build of a package, or a stale active-device record are the usual causes. Until they "
                  "agree, preview the next boot with care.");
    return {};
}

QString FindingAdvice::severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info: return tr("info");
    case Finding::Severity::Warning: return tr("warning");
    case Finding::Severity::Error: return tr("error");
    }
    return {};
}
